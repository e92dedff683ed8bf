package tm

import (
	"context"
	"fmt"
	"testing"
)

// TestHonestScores: 100 % is for the same text only (the kind of space apart); any other
// difference costs a point or more, as in memoQ and Trados, and says what it is.
func TestHonestScores(t *testing.T) {
	const (
		wales = "Cette proposition découle du projet de modification du nom de l’assemblée, qui deviendrait le Parlement gallois."
		cafe  = "Le café est très bon aujourd’hui."
		quote = "Des membres de l’Assemblée du pays de Galles inquiets de « passer pour des marionnettes »"
		rate  = "Le taux est passé à 1 000 euros en 2023 👍🏽 🇫🇷."
	)
	tests := []struct {
		query, source string
		score         float64
		diffs         []string
	}{
		{wales, wales, 100, nil},
		{"Cette proposition découle du projet de modification du nom de l’assemblée, qui deviendrait le Parlement gallois.",
			wales, 100, nil},
		// A no-break space is typography: the same text.
		{"Le taux est passé à 1\u00a0000 euros en 2023 👍🏽 🇫🇷.", rate, 100, nil},
		// Another tense: one word of 17 differs, though both stem alike.
		{"Cette proposition découlait du projet de modification du nom de l’assemblée, qui deviendrait le Parlement gallois.",
			wales, 100 * 16 / 17.0, []string{"word forms"}},
		{"cette proposition decoule du projet de modification du nom de l’assemblee, qui deviendrait le parlement gallois.",
			wales, 97, []string{"accents", "case"}},
		{"Cette proposition découle du projet de modification du nom de l’assemblée, qui deviendrait le Parlement gallois",
			wales, 98, []string{"punctuation"}},
		{"Cette proposition découle du projet de modification du nom de l'assemblée, qui deviendrait le Parlement gallois.",
			wales, 99, []string{"quotation marks"}},
		{"Le café est tres bon aujourd'hui.", cafe, 97, []string{"accents", "quotation marks"}},
		// A combining accent is another accent, not another word.
		{"Le cafe\u0301 est tre\u0300s bon aujourd’hui.", cafe, 100, nil},
		{"Le cafe est tres bon aujourd’hui.", cafe, 98, []string{"accents"}},
		{"LE CAFÉ EST TRÈS BON AUJOURD’HUI.", cafe, 99, []string{"case"}},
		{`Des membres de l’Assemblée du pays de Galles inquiets de "passer pour des marionnettes"`, quote, 99, []string{"quotation marks"}},
		{"Des membres de l’Assemblée du pays de Galles inquiets de “passer pour des marionnettes”", quote, 99, []string{"quotation marks"}},
		{"Le taux est passé à 1000 euros en 2023 👍🏽 🇫🇷.", rate, 99, []string{"number format"}},
		{"Le taux est passé à 1 000 euros en 2024 👍🏽 🇫🇷.", rate, 100 * 8 / 9.0, []string{"numbers"}},
		{"Le  taux est passé à 1 000 euros en 2023 👍🏽🇫🇷 .", rate, 99, []string{"spacing"}},
		{"Le taux est passé à 1 000 euros en 2023 🇫🇷.", rate, 98, []string{"punctuation"}},
		{"Le chat dort sur le lit.", "Le chat dort sur le canapé.", 100 * 5 / 6.0, []string{"words"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			score, d := honestScore(analyse("fr", tt.query), analyse("fr", tt.source))
			if fmt.Sprintf("%.2f", score) != fmt.Sprintf("%.2f", tt.score) || fmt.Sprint(d.Names()) != fmt.Sprint(tt.diffs) {
				t.Errorf("score %.2f %q, want %.2f %q", score, d.Names(), tt.score, tt.diffs)
			}
		})
	}
}

// TestLookupScoreIsHonest: the score Lookup returns and sorts by is the honest one, and a
// sentence that stems alike but differs ranks below the identical one.
func TestLookupScoreIsHonest(t *testing.T) {
	ctx := context.Background()
	m := openTemp(t)
	const src = "Cette proposition découle du projet de modification du nom de l’assemblée."
	if err := m.AddBatch(ctx, []Unit{fr(src, "This proposal follows from the plan to rename the assembly.")}); err != nil {
		t.Fatal(err)
	}
	got, err := m.Lookup(ctx, Query{Text: "Cette proposition découlait du projet de modification du nom de l'assemblée",
		SourceLang: "fr", TargetLang: "en"})
	if err != nil || len(got) != 1 {
		t.Fatalf("got %v, %v", got, err)
	}
	g := got[0]
	if g.ScoreStem != 100 || g.Score >= 100 || g.Score < 85 || g.Differences&DiffWordForms == 0 ||
		g.Differences&DiffPunctuation == 0 || g.Differences&DiffQuotes == 0 || len(g.SourceDiff) == 0 {
		t.Errorf("got score %.1f (stemmed %.1f), differences %q, diff %v", g.Score, g.ScoreStem, g.Differences.Names(), g.SourceDiff)
	}
}
