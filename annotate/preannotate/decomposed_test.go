package preannotate

import (
	"fmt"
	"slices"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestDecomposedTextReadsAsComposed checks that a text writing its accents as combining marks (a gold
// file's, e + U+0301) gets the same quotations, cues, speakers and entities as the same text composed,
// at the offsets of the text as written.
func TestDecomposedTextReadsAsComposed(t *testing.T) {
	texts := []string{
		"« Nous ne céderons pas », a déclaré jeudi Gérald Darmanin, ministre de l'Intérieur, à Besançon.",
		"La réforme a été jugée « inacceptable et dangereuse » par Hélène Périé, députée de l'Hérault 👍🏽.",
		"Élisabeth Borne a précisé que le texte serait « adopté d'ici l'été ». Elle a ajouté : « Nous irons jusqu'au bout. »",
	}
	for _, text := range texts {
		want := describe(t, text, text)
		nfd := norm.NFD.String(text)
		if got := describe(t, nfd, text); !slices.Equal(got, want) {
			t.Errorf("decomposed %q:\n got %q\nwant %q", text, got, want)
		}
	}
}

// describe pre-annotates text and lists what it found, each span by its words composed and its place
// in composed, the same text in NFC.
func describe(t *testing.T, text, composed string) []string {
	t.Helper()
	res, err := Text(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	at := func(s, e int) string {
		w := norm.NFC.String(text[s:e])
		return fmt.Sprintf("%q@%d", w, len(norm.NFC.String(text[:s])))
	}
	var out []string
	for _, m := range res.Mentions {
		out = append(out, m.Label+" "+at(m.Start, m.End))
	}
	for _, q := range res.Quotes {
		s := "QUOTE " + at(q.Start, q.End)
		if !q.Cue.Empty() {
			s += " cue " + at(q.Cue.Start, q.Cue.End)
		}
		if q.Speaker >= 0 {
			m := res.Mentions[q.Speaker]
			s += " by " + at(m.Start, m.End)
		}
		out = append(out, s)
	}
	for _, e := range res.Entities {
		out = append(out, fmt.Sprintf("%s %s (%d mentions)", e.Type, e.Names["fr"], len(e.Mentions)))
	}
	if len(out) == 0 {
		t.Fatalf("nothing found in %q", composed)
	}
	return out
}
