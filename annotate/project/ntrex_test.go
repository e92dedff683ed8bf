package project_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
)

// ntrexPair is a line of shared/data/parallel-ntrex-en-fr.jsonl (NTREX-128, CC BY-SA 4.0): an English
// news sentence and its professional French translation.
type ntrexPair struct {
	Doc string `json:"doc_id"`
	EN  string `json:"en"`
	FR  string `json:"fr"`
}

func ntrexPairs(t *testing.T) []ntrexPair {
	t.Helper()
	path := filepath.Join(repoRoot(t), "..", "shared", "data", "parallel-ntrex-en-fr.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	defer f.Close()
	var out []ntrexPair
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var p ntrexPair
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, p)
	}
	return out
}

// guillemetDoc is a one-segment document of fr, each « … » of which is a QUOTE, translated as en.
func guillemetDoc(t *testing.T, fr, en string) *annotate.Document {
	t.Helper()
	d := annotate.NewDocument("ntrex", "NTREX", fr, "fr", "en")
	d.AddSegment(0, len(fr), 0, annotate.KindSentence)
	d.Segments[0].Target = en
	e := annotate.NewEditor(d)
	for from := 0; ; {
		a := strings.Index(fr[from:], "«")
		if a < 0 {
			break
		}
		a += from
		b := strings.Index(fr[a:], "»")
		if b < 0 {
			break
		}
		b += a + len("»")
		if err := e.AddSpan(&annotate.Span{Side: annotate.Source, Start: a, End: b, Label: annotate.LabelQuote}); err != nil {
			t.Fatal(err)
		}
		from = b
	}
	return d
}

// quoteProposals returns the English each French « … » of fr is projected onto in en.
func quoteProposals(t *testing.T, fr, en string) []string {
	t.Helper()
	d := guillemetDoc(t, fr, en)
	props, err := project.Propose(d, "s1", project.Options{Labels: []string{annotate.LabelQuote}})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range props {
		out = append(out, en[p.Start:p.End])
	}
	return out
}

// TestQuoteEvidenceOnNTREX measures how quotations are projected on real translations, and on English
// that is not the translation (each French sentence with the English of a sentence of another article
// holding a quotation): what projection proposes on the first is mostly right, on the second all wrong.
// It logs both counts and fails unless the false ones are fewer than half the true ones (before the
// English had to look like a translation of the French, they were 249 for 351).
func TestQuoteEvidenceOnNTREX(t *testing.T) {
	pairs := ntrexPairs(t)
	var quoted []int // pairs whose English has a quotation in double quotes
	for i, p := range pairs {
		if strings.ContainsAny(p.EN, "\"“") {
			quoted = append(quoted, i)
		}
	}
	var frQuotes, matched, wrong, tried int
	for i, p := range pairs {
		if !strings.Contains(p.FR, "«") {
			continue
		}
		frQuotes += strings.Count(p.FR, "«")
		matched += len(quoteProposals(t, p.FR, p.EN))
		for k := 0; k < len(quoted); k++ { // the next quoted sentence of another article
			if j := quoted[(i+k)%len(quoted)]; pairs[j].Doc != p.Doc {
				tried++
				got := quoteProposals(t, p.FR, pairs[j].EN)
				wrong += len(got)
				if len(got) > 0 && testing.Verbose() {
					t.Logf("wrong: %q → %q", p.FR, got)
				}
				break
			}
		}
	}
	t.Logf("%d French quotations: %d projected on their translation; on %d unrelated English sentences with quotations, %d projected",
		frQuotes, matched, tried, wrong)
	if wrong*2 >= matched {
		t.Errorf("%d quotations projected onto unrelated English, for %d onto the translation", wrong, matched)
	}
}

// TestUnrelatedQuoteNotProposed is the case of QA report 9: with an English that is not the translation
// of the segment, the French « professionnels » was projected onto its one, unrelated, quotation.
func TestUnrelatedQuoteNotProposed(t *testing.T) {
	fr := "De son côté, M. Lavrov a renvoyé le compliment au dirigeant américain, en qualifiant l'administration de " +
		"Donald Trump de « professionnels », qui savent travailler pour résoudre des questions importantes."
	for _, c := range []struct{ en, want string }{
		{`Hello world "Currently our dialogue is free of ideology."in`, ""},
		{"Mr Lavrov returned the compliment, calling Donald Trump's administration “professionals” who know how to work.", "“professionals”"},
		{"Mr Lavrov returned the compliment, calling Donald Trump's administration “true professionals”.", "“true professionals”"},
		{"Mr Lavrov called them “real pros at work”.", "“real pros at work”"},
		// The limit: one French word rendered in five English words or more, sharing no stem with it.
		{"Mr Lavrov called them “people who know their trade”.", ""},
	} {
		got := strings.Join(quoteProposals(t, fr, c.en), " | ")
		if got != c.want {
			t.Errorf("%q: quotation proposed on %q, want %q", c.en, got, c.want)
		}
	}
}
