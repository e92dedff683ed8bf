package qa

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/annotate/project"
	"github.com/glose-app/glose/annotate/segment"
)

// FuzzRun checks arbitrary pre-annotated, projected translations: no panic, and every issue names an
// existing segment (and span), a known check and a severity.
func FuzzRun(f *testing.F) {
	model, err := ner.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range [][2]string{
		{"« Je pense que c’est fini », a déclaré Sergueï Lavrov à Moscou le 3 mai 2017. « Nous verrons », a-t-il ajouté.",
			"“I think it's over,” said Sergei Lavrov in Moscow on 3 May 2017.\n“We will see,” he added."},
		{"— Non\u202f! dit Marie Curie 😀 e\u0301té, 12,5 %.\n\nL’ONU à New York\u00a0: « C’est historique », selon Le Monde.",
			"— No! said Marie Curie 😀 é, 12.5%.\nThe UN in New York: \"It is historic\", according to Le Monde."},
		{"Il a payé 1 000 € en 2016.", "He paid €1,000 in 2015.  "},
		{"« ", "“ « "},
	} {
		f.Add(p[0], p[1])
	}
	checks := map[string]bool{}
	for _, c := range Checks() {
		checks[c.ID] = true
	}
	f.Fuzz(func(t *testing.T, src, tgt string) {
		d := fuzzDoc(t, model, src, tgt)
		if _, err := project.Document(annotate.NewEditor(d), project.Options{}); err != nil {
			t.Fatalf("project: %v", err)
		}
		for _, is := range Run(d, Config{}) {
			if d.Segment(is.Segment) == nil && is.Segment != "" {
				t.Fatalf("issue %+v names an unknown segment", is)
			}
			if is.Span != "" && d.Span(is.Span) == nil {
				t.Fatalf("issue %+v names an unknown span", is)
			}
			if !checks[is.Check] || is.Severity == "" || is.Message == "" {
				t.Fatalf("issue %+v: unknown check, or no severity or message", is)
			}
		}
	})
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
			s.Status = annotate.StatusTranslated
		}
	}
	if err := preannotate.Run(d, preannotate.Options{NER: model, MinConfidence: 0.01}); err != nil {
		t.Fatalf("preannotate: %v", err)
	}
	return d
}
