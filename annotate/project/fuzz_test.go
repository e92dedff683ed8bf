package project

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/annotate/segment"
)

// fuzzPairs are French sentences with an English translation, with guillemets, dashes, both
// apostrophes, no-break spaces, emoji and combining marks; "\n" separates the targets of segments.
var fuzzPairs = [][2]string{
	{"« Je pense que c’est fini », a déclaré Sergueï Lavrov à Moscou. « Nous verrons », a-t-il ajouté.",
		"“I think it's over,” said Sergei Lavrov in Moscow.\n“We will see,” he added."},
	{"— Non\u202f! dit Marie Curie 😀 e\u0301té.\n\nL’ONU à New York\u00a0: « C’est historique », selon Le Monde.",
		"— No! said Marie Curie 😀 é.\nThe UN in New York: \"It is historic\", according to Le Monde."},
	{"M. Lavrov a indiqué que « la guerre est finie ».", "« »\n\n"},
	{"« ", "“"},
}

// fuzzDoc builds a segmented, pre-annotated document over src whose segments take the lines of tgt
// as their targets.
func fuzzDoc(t *testing.T, model *ner.Model, src, tgt string) *annotate.Document {
	src = norm.NFC.String(strings.ToValidUTF8(src, "\uFFFD"))
	d := annotate.NewDocument("fuzz", "", src, "fr", "en")
	for _, u := range segment.Split(src) {
		d.AddSegment(u.Start, u.End, u.Paragraph, string(u.Kind))
	}
	lines := strings.Split(strings.ToValidUTF8(tgt, "\uFFFD"), "\n")
	for i, s := range d.Segments {
		if i < len(lines) {
			s.Target = lines[i]
		}
	}
	if err := preannotate.Run(d, preannotate.Options{NER: model, MinConfidence: 0.01}); err != nil {
		t.Fatalf("preannotate: %v", err)
	}
	return d
}

// FuzzProject projects arbitrary pre-annotated documents onto arbitrary translations: proposals lie in
// their segment's target on character boundaries, projection keeps the document valid, and so do a
// later edit of a target and undoing everything.
func FuzzProject(f *testing.F) {
	model, err := ner.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range fuzzPairs {
		f.Add(p[0], p[1], "Sergei said: « no »")
	}
	opts := Options{
		Glossary: GlossaryFunc(func(fr string) []string { return []string{fr, "Moscow", ""} }),
		Names:    NamerFunc(ner.EnglishName),
	}
	f.Fuzz(func(t *testing.T, src, tgt, edit string) {
		d := fuzzDoc(t, model, src, tgt)
		for _, s := range d.Segments {
			ps, err := Propose(d, s.ID, opts)
			if err != nil {
				t.Fatalf("Propose(%s): %v", s.ID, err)
			}
			for _, p := range ps {
				checkProposal(t, d, p)
			}
		}
		e := annotate.NewEditor(d)
		if _, err := Document(e, opts); err != nil {
			t.Fatalf("Document: %v", err)
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("projection left an invalid document: %v", err)
		}
		if len(d.Segments) > 0 {
			if _, err := e.SetTarget(d.Segments[0].ID, strings.ToValidUTF8(edit, "")); err != nil {
				t.Fatalf("SetTarget: %v", err)
			}
			if err := d.Validate(); err != nil {
				t.Fatalf("editing a projected target left an invalid document: %v", err)
			}
		}
		for e.Undo() {
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("undo left an invalid document: %v", err)
		}
	})
}

func checkProposal(t *testing.T, d *annotate.Document, p Proposal) {
	t.Helper()
	s := d.Segment(p.Segment)
	if s == nil || d.Span(p.Source) == nil {
		t.Fatalf("proposal %+v: unknown segment or source span", p)
	}
	tg := s.Target
	if p.Start < 0 || p.End > len(tg) || p.Start >= p.End {
		t.Fatalf("proposal %+v outside target %q", p, tg)
	}
	if !utf8.RuneStart(tg[p.Start]) || p.End < len(tg) && !utf8.RuneStart(tg[p.End]) {
		t.Fatalf("proposal %+v splits a character of %q", p, tg)
	}
	if p.Confidence < 0 || p.Confidence > 1 {
		t.Fatalf("proposal %+v: confidence out of [0, 1]", p)
	}
}
