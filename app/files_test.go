package app

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

func TestSaveAndReopen(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, "Sergei Lavrov said: « dialogue 😀 »")
	path := filepath.Join(t.TempDir(), "article.json")
	must(t, ui.saveTo(path))
	if ui.dirty || ui.path != path {
		t.Errorf("after saving: dirty %v, path %q", ui.dirty, ui.path)
	}
	if got := ui.recentFiles(); len(got) == 0 || got[0] != path {
		t.Errorf("recent files %v, want %s first", got, path)
	}

	ui2, asked := newTestUI(t, nil, true)
	ui2.Open(path)
	if len(*asked) != 0 {
		t.Errorf("asked %v after a clean save", *asked)
	}
	d := ui2.Document()
	if len(d.Segments) == 0 {
		t.Fatalf("nothing opened: %s", ui2.status.Text)
	}
	if d.Segments[0].Target != "Sergei Lavrov said: « dialogue 😀 »" || len(d.Spans) != 2 || ui2.path != path {
		t.Errorf("reopened: target %q, %d spans, path %q", d.Segments[0].Target, len(d.Spans), ui2.path)
	}
}

func TestRecoveryAfterCrash(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "article.json")
	must(t, workspace.Save(path, testDoc(t)))
	old := time.Now().Add(-time.Hour)
	must(t, os.Chtimes(path, old, old))

	// A session edits the document, autosaves, then "crashes": the UI is dropped without closing.
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	layOut(ui)
	r := visibleRow(t, ui, 2)
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, "The minister was in Washington.")
	ui.AutosaveNow()

	for _, answer := range []bool{true, false} {
		ui2, asked := newTestUI(t, nil, answer)
		ui2.Open(path)
		if len(*asked) != 1 {
			t.Fatalf("answer %v: asked %v, want one recovery question", answer, *asked)
		}
		got := ui2.Document().Segments[2].Target
		if answer && (got != "The minister was in Washington." || !ui2.dirty) {
			t.Errorf("recovered target %q, dirty %v", got, ui2.dirty)
		}
		if !answer && got != "" {
			t.Errorf("declined recovery but the target is %q", got)
		}
	}
	// Declining removed the autosave: no more questions.
	ui3, asked := newTestUI(t, nil, true)
	ui3.Open(path)
	if len(*asked) != 0 {
		t.Errorf("asked %v after the autosave was declined", *asked)
	}
}

func TestCloseAsksAndDiscards(t *testing.T) {
	ui, asked := newTestUI(t, testDoc(t), false)
	if _, err := ui.ed.SetTarget(ui.doc.Segments[0].ID, "x"); err != nil {
		t.Fatal(err)
	}
	ui.onClose()
	if len(*asked) != 1 {
		t.Fatalf("asked %v on close with changes", *asked)
	}
	if _, ok := workspace.Recovery("", workspace.AutosaveID(ui.doc)); ok {
		t.Error("the autosave is still there after choosing not to save")
	}
}

func TestOpenPlainTextPreannotates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "article.txt")
	must(t, os.WriteFile(path, []byte(sampleText), 0o644))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	d := ui.Document()
	if len(d.Segments) < 2 || ui.path != "" {
		t.Fatalf("imported %d segments, path %q (an import has no file to save to yet)", len(d.Segments), ui.path)
	}
	if len(d.Pending()) == 0 {
		t.Error("the import was not pre-annotated")
	}
	for _, sp := range d.Spans {
		if sp.Origin != annotate.Auto {
			t.Errorf("span %s is not a suggestion", sp.ID)
		}
	}
}

// TestAutosaveInBackground checks the timed autosave: the document is copied on the UI goroutine and
// written on another, and the sidecar holds what was typed.
func TestAutosaveInBackground(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "article.json")
	must(t, workspace.Save(path, testDoc(t)))
	old := time.Now().Add(-time.Hour)
	must(t, os.Chtimes(path, old, old))

	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	layOut(ui)
	r := visibleRow(t, ui, 2)
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, "Typed before the pause.")
	written := make(chan struct{})
	ui.autosave.afterWrite = func() { close(written) }
	ui.autosave.inBackground() // what the timer runs, through fyne.Do, after a pause
	select {
	case <-written:
	case <-time.After(10 * time.Second):
		t.Fatal("the background autosave did not finish within 10 s")
	}
	side, ok := workspace.Recovery(path, ui.Document().ID)
	if !ok {
		t.Fatal("no autosave sidecar after the background autosave")
	}
	d, err := workspace.LoadRecovery(side)
	if err != nil || d.Segments[2].Target != "Typed before the pause." {
		t.Fatalf("autosave holds %v, %v", d, err)
	}
}

// TestAutosaveDuringSteadyTyping: a translator who types on without a three-second pause (each
// keystroke a change that restarts the countdown) still gets the work autosaved, at most three delays
// after the first change, so that a kill -9 loses seconds, not the whole run of typing.
func TestAutosaveDuringSteadyTyping(t *testing.T) {
	a := &autosaver{ui: &UI{opts: Options{AutosaveDelay: 3 * time.Second}}}
	t0 := time.Now()
	if d := a.wait(t0); d != 3*time.Second {
		t.Errorf("the first change is autosaved after %v, want the delay, 3s", d)
	}
	for s := 0; s < 9; s++ { // a change every second, never a pause of 3 s
		now := t0.Add(time.Duration(s) * time.Second)
		due := now.Add(a.wait(now))
		if due.After(t0.Add(9 * time.Second)) {
			t.Fatalf("a change at %d s puts the autosave %v after the first change", s, due.Sub(t0))
		}
	}
	if a.wait(t0.Add(30*time.Second)) != 0 {
		t.Error("an autosave overdue is not written at once")
	}
}

// TestOpenDialogOffersEveryReadableFormat guards the Open dialog's filter: every format Glose imports
// can be picked, not only Glose JSON and text.
func TestOpenDialogOffersEveryReadableFormat(t *testing.T) {
	exts := readableExtensions()
	for _, want := range []string{".json", ".txt", ".md", ".html", ".docx", ".odt", ".jsonl", ".ann", ".xlf", ".tmx", ".srt", ".vtt"} {
		if !slices.Contains(exts, want) {
			t.Errorf("the Open dialog does not offer %s files (offers %v)", want, exts)
		}
	}
}
