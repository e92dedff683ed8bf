package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/glose-app/glose/annotate"
)

// sourceAnnotations is annotations of d on the French alone: the English typed gets proposals of its
// own (projection), which opening the text untouched has none of.
func sourceAnnotations(d *annotate.Document) []string {
	return slices.DeleteFunc(annotations(d), func(s string) bool { return strings.Contains(s, " target ") })
}

// crashedBeforeProposals opens openArticle as the file article.txt, types into its first segment
// before its pre-annotation lands, autosaves and crashes: the autosave holds the text without
// proposals. It returns the file and what was typed.
func crashedBeforeProposals(t *testing.T) (path, typed string) {
	t.Helper()
	ui, _ := newTestUI(t, nil, false)
	path = filepath.Join(t.TempDir(), "article.txt")
	must(t, os.WriteFile(path, []byte(openArticle), 0o644))
	annotatingWhile(t, ui, func() { ui.Open(path) }) // never landed
	typed = "Sergei Lavrov « said » 👍🏽 e\u0301"
	typeIn(t, ui, 0, typed)
	ui.AutosaveNow()
	if len(ui.doc.Spans) != 0 || !ui.dirty {
		t.Fatalf("before the crash: %d spans, dirty %v", len(ui.doc.Spans), ui.dirty)
	}
	ui.closed = true // crashed: its pre-annotation never lands
	return path, typed
}

// TestRecoveredTextGetsItsProposals: a text autosaved before its pre-annotation landed, then lost in
// a crash, is recovered from the start's list with the English typed and the proposals opening the
// text gives; a text whose suggestions were all rejected is recovered as it was, without them.
func TestRecoveredTextGetsItsProposals(t *testing.T) {
	want := sourceAnnotations(openedAtOnce(t))
	_, typed := crashedBeforeProposals(t)

	ui, _ := started(t)
	if ui.unsavedList == nil || len(ui.unsavedList.items) != 1 {
		t.Fatal("the start does not list the text's work")
	}
	ui.unsavedList.recover[0].OnTapped()
	if !strings.HasSuffix(ui.doc.Segments[0].Target, typed) || ui.path != "" || !ui.dirty {
		t.Fatalf("recovered the English %q, file %q, dirty %v", ui.doc.Segments[0].Target, ui.path, ui.dirty)
	}
	if got := sourceAnnotations(ui.doc); !slices.Equal(got, want) {
		t.Errorf("recovered:\n%s\nopened:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	ui.run(ui.ed.RejectAll) // then it crashes again: the rejections say it was pre-annotated
	ui.AutosaveNow()
	ui.closed = true
	ui2, _ := started(t)
	ui2.unsavedList.recover[0].OnTapped()
	if len(ui2.doc.Spans) != 0 || len(ui2.doc.Rejected) == 0 {
		t.Errorf("a text whose proposals were rejected was recovered with %d spans, %d rejected", len(ui2.doc.Spans), len(ui2.doc.Rejected))
	}
}

// TestReopenedTextRecoveredGetsItsProposals: opening the text again offers its autosave; recovered,
// it gets its proposals in the background, as opening does, while the pre-annotation of the text
// opened anew, replaced by the recovered one, adds nothing to it.
func TestReopenedTextRecoveredGetsItsProposals(t *testing.T) {
	want := sourceAnnotations(openedAtOnce(t))
	path, typed := crashedBeforeProposals(t)

	ui, _ := newTestUI(t, nil, true) // recovers what it is offered
	lands := make(chan func(), 2)    // the text's opened anew, then the recovered one's
	ui.opts.annotateWait = -1
	ui.opts.landProposals = func(apply func()) { lands <- apply }
	ui.Open(path)
	d := ui.doc
	if !strings.HasSuffix(d.Segments[0].Target, typed) || len(d.Spans) != 0 || ui.annotating == nil || ui.annotating.d != d {
		t.Fatalf("recovered the English %q with %d spans, pre-annotating it: %v", d.Segments[0].Target, len(d.Spans), ui.annotating != nil)
	}
	for range 2 {
		(<-lands)()
	}
	if ui.doc != d || !strings.HasSuffix(d.Segments[0].Target, typed) {
		t.Fatalf("the proposals replaced the recovered document, or its English (%q)", d.Segments[0].Target)
	}
	if got := sourceAnnotations(d); !slices.Equal(got, want) {
		t.Errorf("recovered:\n%s\nopened:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if ui.ed.UndoName() != "pre-annotate" || !ui.dirty {
		t.Errorf("the step to undo is %q, dirty %v: want the pre-annotation, on unsaved work", ui.ed.UndoName(), ui.dirty)
	}
}

// TestBigTextsShowWithoutWaiting: opening waits annotateBudget for the pre-annotation of an ordinary
// text, not for one too big to be done by then, and a test's own wait, or Sync's, whatever the size.
func TestBigTextsShowWithoutWaiting(t *testing.T) {
	forever := time.Duration(1<<63 - 1)
	cases := []struct {
		opts Options
		size int
		want time.Duration
	}{
		{Options{}, 3491, annotateBudget}, // the sample
		{Options{}, annotateWaitMax, annotateBudget},
		{Options{}, annotateWaitMax + 1, -1},
		{Options{}, 4 << 20, -1},
		{Options{Sync: true}, 4 << 20, forever},
		{Options{annotateWait: time.Second}, 4 << 20, time.Second},
	}
	for _, c := range cases {
		ui := &UI{opts: c.opts}
		if got := ui.annotateWait(c.size); got != c.want {
			t.Errorf("%+v, %d bytes: waits %v, want %v", c.opts, c.size, got, c.want)
		}
	}
}
