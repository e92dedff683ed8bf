package preannotate

import (
	"strings"
	"testing"
	"time"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
)

// TestRunRecordsItself: a run that finds nothing records all the same that it ran, with which model
// (the embedded one's content ID, or none without one) and, given a clock, when; through an editor as
// part of its undo step. So the app does not offer the document pre-annotation again.
func TestRunRecordsItself(t *testing.T) {
	def, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(def.ID(), "sha256:") || len(def.ID()) != len("sha256:")+12 {
		t.Fatalf("the embedded model's ID is %q", def.ID())
	}
	text := annotate.NFC("Il pleut à verse depuis hier soir 😀 : e\u0301videmment, c’est l’automne.")
	for _, c := range []struct {
		name   string
		opts   Options
		editor bool
		model  string
	}{
		{"the embedded model, no clock", Options{}, false, def.ID()},
		{"through an editor", Options{Now: time.Now}, true, def.ID()},
		{"no entity model", Options{NoNER: true, Now: time.Now}, false, annotate.ModelNone},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := annotate.NewDocument("rain", "", text, "fr", "en")
			d.AddSegment(0, len(text), 0, annotate.KindSentence)
			var e *annotate.Editor
			if c.editor {
				e = annotate.NewEditor(d)
				c.opts.Editor = e
			}
			before := time.Now().Add(-time.Second)
			if err := Run(d, c.opts); err != nil {
				t.Fatal(err)
			}
			if len(d.Spans) != 0 {
				t.Fatalf("found %d spans in a text with nothing to find", len(d.Spans))
			}
			p := d.Meta.Preannotated
			if p == nil || p.Model != c.model || (c.opts.Now == nil) != p.At.IsZero() || c.opts.Now != nil && (p.At.Before(before) || p.At.After(time.Now())) {
				t.Fatalf("record %+v, want one with model %q, of now if a clock was given", p, c.model)
			}
			if e != nil {
				if !e.CanUndo() || e.UndoName() != "pre-annotate" {
					t.Fatalf("the run left no undo step (%q)", e.UndoName())
				}
				e.Undo()
				if d.Meta.Preannotated != nil {
					t.Error("undoing the run kept its record")
				}
			}
		})
	}
}
