package app

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// TestReopenWhereTheUserWas: each document opens again at the segment the person left it at,
// whether they opened another document meanwhile or closed the window, on the side tab they last
// chose (lasttab.go); a document never opened starts at its first segment.
func TestReopenWhereTheUserWas(t *testing.T) {
	dir := t.TempDir()
	long, short := filepath.Join(dir, "long.json"), filepath.Join(dir, "short.json")
	d, _ := reviewDoc(t)
	must(t, workspace.Save(long, d))
	must(t, workspace.Save(short, testDoc(t)))
	ui, _ := newTestUI(t, nil, false)
	at := func(what string, seg int, tab panel) {
		t.Helper()
		if ui.cur != seg || tab != nil && ui.tabs.SelectedIndex() != panelIndex(ui, tab) {
			t.Errorf("%s: segment %d, tab %d; want segment %d, tab %d", what, ui.cur+1, ui.tabs.SelectedIndex()+1, seg+1, panelIndex(ui, tab)+1)
		}
		if r := ui.rowFor(seg); r == nil || !ui.inView(r) {
			t.Errorf("%s: segment %d is not in view", what, seg+1)
		}
	}

	ui.Open(long)
	layOut(ui)
	at("first opening", 0, ui.sugg) // no quote to confirm, no tab chosen yet
	ui.focusSegment(30, annotate.Source)
	ui.selectPanel(ui.quotesPanel())
	ui.Open(short)
	at("another document", 0, ui.quotesPanel())
	ui.focusSegment(2, annotate.Target)
	ui.selectPanel(ui.qa)
	ui.Open(long)
	at("the first document again", 30, ui.qa) // left on Quotes, QA chosen since
	ui.Open(short)
	at("the second document again", 2, ui.qa)

	// Closed, then opened in a new window of the app.
	ui.Open(long)
	ui.focusSegment(12, annotate.Target)
	ui.selectPanel(ui.panels[0])
	ui.quit()
	ui = reopenIn(t, ui.app, long)
	at("after closing the window", 12, ui.panels[0])
}

// reopenIn opens path in a new window of app, as the next start does, laid out, saying yes to
// recovering its autosave.
func reopenIn(t *testing.T, app fyne.App, path string) *UI {
	t.Helper()
	ui := New(app, Options{Sync: true, Confirm: func(_, _ string, done func(bool)) { done(true) }})
	ui.win.Resize(fyne.NewSize(1000, 700))
	t.Cleanup(func() {
		if !ui.closed {
			ui.win.Close()
		}
	})
	ui.Open(path)
	layOut(ui)
	return ui
}

// panelIndex returns the index of side tab p.
func panelIndex(ui *UI, p panel) int {
	for i, q := range ui.panels {
		if q == p {
			return i
		}
	}
	return -1
}

// TestReopenWhereTheUserWasAfterACrash: a window that ends without closing (killed, a power cut)
// leaves its place as of its last autosave, so that the document opens again, its changes recovered,
// at the segment and on the tab the person was working at, not at the top.
func TestReopenWhereTheUserWasAfterACrash(t *testing.T) {
	path := filepath.Join(t.TempDir(), "long.json")
	d, _ := reviewDoc(t)
	must(t, workspace.Save(path, d))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	layOut(ui)
	ui.selectPanel(ui.quotesPanel())
	typeIn(t, ui, 25, "Typed before the crash.")
	ui.AutosaveNow()
	ui.autosave.stop() // the crash: no quit, the window simply gone
	ui.holdLock(nil)
	ui.closed = true

	again := reopenIn(t, ui.app, path)
	if again.doc.Segments[25].Target != "Typed before the crash." {
		t.Fatalf("the changes were not recovered: %q", again.doc.Segments[25].Target)
	}
	if again.cur != 25 || again.tabs.SelectedIndex() != panelIndex(again, again.quotesPanel()) {
		t.Errorf("reopened at segment %d, tab %d; want segment 26, the Quotes tab", again.cur+1, again.tabs.SelectedIndex()+1)
	}
}

// TestReopenWhereTheUserWasFromARelativePath: a document opened as `glose article.json`, from its
// folder, is the same document as the one Open Recent or the file dialog opens by its full path: it
// opens again where the person left it, whichever way it was opened.
func TestReopenWhereTheUserWasFromARelativePath(t *testing.T) {
	dir := t.TempDir()
	d, _ := reviewDoc(t)
	must(t, workspace.Save(filepath.Join(dir, "long.json"), d))
	t.Chdir(dir)
	ui, _ := newTestUI(t, nil, false)
	ui.Start([]string{"long.json"})
	layOut(ui)
	if !filepath.IsAbs(ui.path) {
		t.Errorf("the document opened from a relative path is known as %q", ui.path)
	}
	ui.focusSegment(20, annotate.Target)
	ui.OpenSample()
	ui.Open(filepath.Join(dir, "long.json")) // Open Recent
	if ui.cur != 20 {
		t.Errorf("opened by its full path, the document is at segment %d, want 21", ui.cur+1)
	}
}

// TestReopenWithTheCaretWhereItWas: the English's caret is part of the place. A translator who left
// a draft half-typed ("In July, the vestry|") and opens the document again types on where they
// stopped, not before the first word ("wroteIn July…"), after closing the window as after a crash;
// a caret left inside the English (after an emoji, before « ») is found there too.
func TestReopenWithTheCaretWhereItWas(t *testing.T) {
	draft := "In July, the « vestry » 😀 of Saint-Martin-de-Ré"
	cases := []struct {
		name  string
		caret int // code points
		crash bool
		want  string
	}{
		{"at the end, window closed", len([]rune(draft)), false, draft + " wrote"},
		{"after the emoji, crash", len([]rune("In July, the « vestry » 😀")), true, "In July, the « vestry » 😀 wrote of Saint-Martin-de-Ré"},
		{"before «, window closed", len([]rune("In July, the ")), false, "In July, the  wrote« vestry » 😀 of Saint-Martin-de-Ré"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "long.json")
			d, _ := reviewDoc(t)
			if !c.crash {
				d.Segments[25].Target = draft
			}
			must(t, workspace.Save(path, d))
			ui, _ := newTestUI(t, nil, false)
			ui.Open(path)
			layOut(ui)
			ui.focusSegment(25, annotate.Target)
			if c.crash { // typed since the last save: the autosave holds it
				typeIn(t, ui, 25, draft)
			}
			visibleRow(t, ui, 25).entry.setCaret(c.caret)
			if c.crash {
				ui.AutosaveNow()
				ui.autosave.stop()
				ui.holdLock(nil)
				ui.closed = true
			} else {
				ui.quit()
			}
			again := reopenIn(t, ui.app, path)
			again.win.Canvas().Unfocus() // nothing has the focus in a window just opened
			typeKeys(again, " wrote")
			if got := again.doc.Segments[25].Target; got != c.want {
				t.Errorf("typed on reopening: %q, want %q", got, c.want)
			}
		})
	}
}

// TestReopenAtTheLastSegmentShowsItWhole: a document opened again at its last segment shows that
// row whole, though a bar shows above the segments as it opens (the offer to pre-annotate a document
// never annotated) and takes its room from the bottom of the list, which left the row cut. A smaller
// window keeps the current row whole too; a row the person scrolled partly away is not pulled back.
func TestReopenAtTheLastSegmentShowsItWhole(t *testing.T) {
	path := filepath.Join(t.TempDir(), "long.json")
	d, _ := reviewDoc(t)
	d.Segments[39].Target = "The « last » one 😀, été."
	d.Spans, d.Entities, d.Links = nil, nil, nil // never annotated: the offer's bar shows on opening
	must(t, workspace.Save(path, d))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	layOut(ui)
	last := len(d.Segments) - 1
	ui.focusSegment(last, annotate.Target)
	ui.quit()

	again := New(ui.app, Options{Sync: true})
	t.Cleanup(func() { again.win.Close() })
	again.win.Resize(fyne.NewSize(1000, 700))
	again.Open(path) // as the next start does, laid out by the window
	whole := func(what string, i int) {
		t.Helper()
		if r := again.rowFor(i); r == nil || !again.inView(r) {
			t.Errorf("%s: segment %d is cut: offset %v, view %v, row at %v, %v high", what, i+1,
				again.list.GetScrollOffset(), again.list.Size().Height, again.list.top(i), again.list.height(i))
		}
	}
	if again.cur != last || !again.annotateOffer.shown() {
		t.Fatalf("reopened at segment %d, offer shown %v; want %d and the offer", again.cur+1, again.annotateOffer.shown(), last+1)
	}
	whole("opened with the offer's bar", last)
	again.win.Resize(fyne.NewSize(1000, 500))
	whole("a smaller window", last)

	again.win.Resize(fyne.NewSize(1000, 700))
	again.list.ScrollToOffset(again.list.top(last) - again.list.Size().Height + 10) // the row scrolled partly away
	off := again.list.GetScrollOffset()
	again.win.Resize(fyne.NewSize(1000, 650))
	if got := again.list.GetScrollOffset(); got != off {
		t.Errorf("a row scrolled partly away was pulled back: offset %v, want %v", got, off)
	}
}
