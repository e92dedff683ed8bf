package annotate

import (
	"bytes"
	"testing"
)

// TestRestoreIsOneUndoStep: the work recovered from an autosave replaces the file's version as one
// step: Undo gives the file's version back exactly (unmodified: it is the saved one), Redo the work,
// and the lookups follow each (a span of the work found by its ID, then not).
func TestRestoreIsOneUndoStep(t *testing.T) {
	d := testDoc(t)
	file, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	work := d.Clone()
	w := NewEditor(work)
	if _, err := w.TypeTarget("s2", "The café 😀 was closed, « fermé »."); err != nil {
		t.Fatal(err)
	}
	sp := &Span{Side: Target, Segment: "s2", Start: 4, End: 9, Label: LabelMISC, Origin: Human, Confidence: 1}
	if err := w.AddSpan(sp); err != nil {
		t.Fatal(err)
	}
	recovered, err := Marshal(work)
	if err != nil {
		t.Fatal(err)
	}

	e := NewEditor(d)
	e.MarkSaved()
	if err := e.Restore(work); err != nil {
		t.Fatal(err)
	}
	if got, _ := Marshal(d); !bytes.Equal(got, recovered) || !e.Modified() || d.Span(sp.ID) == nil {
		t.Fatalf("restored: modified %v, span %v\n%s", e.Modified(), d.Span(sp.ID), got)
	}
	if !e.Undo() || e.UndoName() != "" {
		t.Fatal("the restore is not one step")
	}
	if got, _ := Marshal(d); !bytes.Equal(got, file) || e.Modified() || d.Span(sp.ID) != nil {
		t.Fatalf("undone: modified %v\n%s", e.Modified(), got)
	}
	e.Redo()
	if got, _ := Marshal(d); !bytes.Equal(got, recovered) || !e.Modified() {
		t.Fatalf("redone: modified %v\n%s", e.Modified(), got)
	}
	if err := e.Restore(NewDocument("x", "", "autre texte", "fr", "en")); err == nil {
		t.Error("restored a document of another text")
	}
}
