package qa

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/annotate/project"
	"github.com/glose-app/glose/annotate/segment"
)

// FuzzRun checks arbitrary pre-annotated, projected translations: no panic, and every issue names an
// existing segment (and span), a known check and a severity, and a misspelt word inside its segment's
// English on character boundaries. A run with a cache, after one on the same French with other
// English (an edit), finds what a run without one finds.
func FuzzRun(f *testing.F) {
	model, err := ner.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range [][3]string{
		{"« Je pense que c’est fini », a déclaré Sergueï Lavrov à Moscou le 3 mai 2017. « Nous verrons », a-t-il ajouté.",
			"“I think it's over,” said Sergei Lavrov in Moscow on 3 May 2017.\n“We will see,” he added.",
			"\"I think it's over,\" said Sergei Lavrov in Moscow on 3 May 2016.\n“We will see,” he added."},
		{"— Non\u202f! dit Marie Curie 😀 e\u0301té, 12,5 %.\n\nL’ONU à New York\u00a0: « C’est historique », selon Le Monde.",
			"— No! said Marie Curie 😀 é, 12.5%.\nThe UN in New York: \"It is historic\", according to Le Monde.",
			"— No ! said Marie Curie é, 12,5 %.\nThe UN in New York: “It is historic”, according to Le Monde."},
		{"Il a payé 1 000 € en 2016.", "He paid €1,000 in 2015.  ", "He paid €1,000 in 2016."},
		{"« ", "“ « ", ""},
		{"«\u00a0Vive la France\u202f!\u00a0», a lancé le président 🇫🇷 👨🏽‍💻 à l’e\u0301té 2017.\r\nIl a ajouté\u00a0: « Merci. »\r\n",
			"“Long live France!” said the president 🇫🇷 👨🏽‍💻 in the summer of 2017.\r\nHe added: “Thank you.”\r",
			"« Long live France ! » said the presidnet 🇫🇷 in the summer of 2017.\r\nHe added : \"Thank you.\""},
		{strings.Repeat("« Le café 😀 coûte 1\u00a0000,5\u00a0€\u00a0», dit M. Dupont\u202f; ", 60),
			strings.Repeat("“The coffee 😀 costs €1,000.5,” says Mr Dupont; ", 60),
			strings.Repeat("« The coffee costs 1 000,5 € », says Mr Dupont ; ", 60)},
	} {
		f.Add(p[0], p[1], p[2])
	}
	checks := map[string]bool{}
	for _, c := range Checks() {
		checks[c.ID] = true
	}
	f.Fuzz(func(t *testing.T, src, tgt, edited string) {
		cache := &Cache{}
		Run(projectedDoc(t, model, src, tgt), Config{Cache: cache})
		d := projectedDoc(t, model, src, edited)
		issues := Run(d, Config{})
		for _, is := range issues {
			checkIssue(t, d, checks, is)
		}
		if cached := Run(d, Config{Cache: cache}); !reflect.DeepEqual(cached, issues) {
			t.Fatalf("with the cache of a run on %q: %+v\nwithout: %+v", tgt, cached, issues)
		}
	})
}

// projectedDoc is fuzzDoc with the pre-annotations projected onto the targets.
func projectedDoc(t *testing.T, model *ner.Model, src, tgt string) *annotate.Document {
	d := fuzzDoc(t, model, src, tgt)
	if _, err := project.Document(annotate.NewEditor(d), project.Options{}); err != nil {
		t.Fatalf("project: %v", err)
	}
	return d
}

// checkIssue fails unless the issue names an existing segment (and span), a known check, a severity
// and a message, and its word range, if any, lies in the segment's English on character boundaries.
func checkIssue(t *testing.T, d *annotate.Document, checks map[string]bool, is Issue) {
	t.Helper()
	seg := d.Segment(is.Segment)
	if seg == nil && is.Segment != "" {
		t.Fatalf("issue %+v names an unknown segment", is)
	}
	if is.Span != "" && d.Span(is.Span) == nil {
		t.Fatalf("issue %+v names an unknown span", is)
	}
	if !checks[is.Check] || is.Severity == "" || is.Message == "" {
		t.Fatalf("issue %+v: unknown check, or no severity or message", is)
	}
	if is.Start == 0 && is.End == 0 {
		return
	}
	if seg == nil || is.Start < 0 || is.Start >= is.End || is.End > len(seg.Target) {
		t.Fatalf("issue %+v: word [%d, %d) outside its segment's English", is, is.Start, is.End)
	}
	en := seg.Target
	if !utf8.RuneStart(en[is.Start]) || is.End < len(en) && !utf8.RuneStart(en[is.End]) {
		t.Fatalf("issue %+v: word [%d, %d) splits a character of %q", is, is.Start, is.End, en)
	}
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
