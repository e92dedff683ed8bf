package preannotate

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/segment"
)

// fuzzSeeds are French news with guillemets, dashes, both apostrophes, no-break spaces, emoji and
// combining marks.
var fuzzSeeds = []string{
	"« Je pense que c’est fini », a déclaré Sergueï Lavrov à Moscou. « Nous verrons », a-t-il ajouté.",
	"M. Lavrov a-t-il indiqué que «\u00a0la guerre est finie\u202f». D'après l'AFP, « rien n’est joué ».",
	"— Oh ! dit-elle ; puis — Non.\n— Si, répondit Marie Curie.\n\n« Le premier paragraphe\n\n« continue ici. »",
	"Emmanuel Macron 😀 e\u0301té a rencontré l’ONU à New York — « C’est historique », selon Le Monde.",
	"PARIS, 3 mai (AFP) - La Maison-Blanche 👩‍👩‍👧 a « déclaré » : « Non », précise le porte-parole.",
	"À Bruxelles, l’Union européenne 🇪🇺 : « Bravo 👍🏽 », a répondu🏽 Angela Merkel 🇩🇪 1\ufe0f\u20e3 x\u0301.",
	"—0", "« ", "»", "",
}

// checkRange fails unless [start, end) is a non-empty range of text on grapheme cluster boundaries.
func checkRange(t *testing.T, text, what string, start, end int) {
	t.Helper()
	if start < 0 || end > len(text) || start >= end {
		t.Fatalf("%s [%d, %d) outside %q", what, start, end, text)
	}
	if !utf8.RuneStart(text[start]) || end < len(text) && !utf8.RuneStart(text[end]) {
		t.Fatalf("%s [%d, %d) splits a character of %q", what, start, end, text)
	}
	d := annotate.NewDocument("check", "", text, "fr", "en")
	d.Spans = []*annotate.Span{{ID: "t1", Side: annotate.Source, Start: start, End: end, Label: annotate.LabelMISC}}
	if splits := d.ClusterSplits(); len(splits) > 0 {
		t.Fatalf("%s %q cuts a grapheme cluster: %v", what, text[start:end], splits[0])
	}
}

func checkResult(t *testing.T, s string, r *Result) {
	t.Helper()
	for _, m := range r.Mentions {
		checkRange(t, s, "mention", m.Start, m.End)
		if m.Entity < -1 || m.Entity >= len(r.Entities) {
			t.Fatalf("mention %+v: entity index out of range", m)
		}
	}
	for _, q := range r.Quotes {
		checkRange(t, s, "quote", q.Start, q.End)
		if !q.Cue.Empty() {
			checkRange(t, s, "cue", q.Cue.Start, q.Cue.End)
		}
		if q.Speaker < -1 || q.Speaker >= len(r.Mentions) {
			t.Fatalf("quote %+v: speaker index out of range", q)
		}
	}
	for _, e := range r.Entities {
		for _, i := range e.Mentions {
			if i < 0 || i >= len(r.Mentions) {
				t.Fatalf("entity %+v: mention index out of range", e)
			}
		}
	}
}

// FuzzText pre-annotates arbitrary (NFC, as the importer guarantees) text: no panic, every proposal
// inside the text on grapheme cluster boundaries with valid cross-references, and Run on a segmented document
// of the same text leaves it valid.
func FuzzText(f *testing.F) {
	model, err := ner.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))
		r, err := Text(s, Options{NER: model})
		if err != nil {
			t.Fatalf("Text: %v", err)
		}
		checkResult(t, s, r)
		d := annotate.NewDocument("fuzz", "", s, "fr", "en")
		for _, u := range segment.Split(s) {
			d.AddSegment(u.Start, u.End, u.Paragraph, string(u.Kind))
		}
		if err := Run(d, Options{NER: model}); err != nil {
			t.Fatalf("Run: %v", err)
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("Run left an invalid document for %q: %v", s, err)
		}
		if splits := d.ClusterSplits(); len(splits) > 0 {
			t.Fatalf("Run proposed a span cutting a grapheme cluster of %q: %v", s, splits[0])
		}
	})
}
