package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestUpdateFromReviewersGloseJSON: a reviewer who forgot to turn Track changes on returns the
// document, saved by Glose, with their edits showing no changes. The translator updates their own
// document from it (File › Update the translation from a file…, which offers .json): Apply takes the
// reviewer's English and status, and the segment then shows the change, under its English, to accept
// or reject against the translator's version; the English span's link stays.
func TestUpdateFromReviewersGloseJSON(t *testing.T) {
	ui := translatedUI(t)
	data, err := annotate.Marshal(ui.doc)
	must(t, err)
	reviewer, err := annotate.Unmarshal(data, "relu.json")
	must(t, err)
	e := annotate.NewEditor(reviewer)
	_, err = e.SetTarget("s2", "Donald Trump hailed a “very good meeting” at the White House.")
	must(t, err)
	must(t, e.SetStatus("s2", annotate.StatusReviewed))
	if reviewer.Segment("s2").Changed() {
		t.Fatal("the reviewer's copy tracks the change: not the case tested")
	}
	out, err := annotate.Marshal(reviewer)
	must(t, err)
	path := filepath.Join(t.TempDir(), "relu.json")
	must(t, os.WriteFile(path, out, 0o644))

	ui.updateFrom(path)
	summaryLine(t, ui, "Segment 2: “Donald Trump hailed a “very good meeting” at the White House…”, translated → reviewed")
	tapDialogButton(t, ui, "Apply")
	s2 := ui.doc.Segment("s2")
	if s2.Status != annotate.StatusReviewed || !s2.Changed() || !strings.HasPrefix(s2.TranslatorTarget, "Donald Trump welcomed") {
		t.Fatalf("segment 2: %s, changed %v, translator's %q", s2.Status, s2.Changed(), s2.TranslatorTarget)
	}
	layOut(ui)
	if r := visibleRow(t, ui, 1); !r.changes.Visible() {
		t.Error("segment 2 shows no line of changes")
	}
	if ui.doc.Span("en1") == nil {
		t.Error("the English span of segment 1 is gone")
	}
}
