package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/workspace"
)

// TestCloseAsksThenShowsTheStartView: File › Close (Ctrl+W) on a document with unsaved changes asks
// to save them, as quitting does; Cancel keeps the document and its English, Don't save closes it,
// leaving no autosave behind: the window then shows no document (the title is Glose's alone, the
// document's actions greyed) but Open…, the sample and the recent files, one of which a click opens.
func TestCloseAsksThenShowsTheStartView(t *testing.T) {
	path := filepath.Join(t.TempDir(), "article.json")
	must(t, workspace.Save(path, testDoc(t)))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	layOut(ui)
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, "Déjà vu.")

	var question string
	answer := cancel
	ui.opts.Choose = func(_, msg string, _ []string, done func(int)) { question = msg; done(answer) }
	closeKey := custom(fyne.KeyW, ctrl)
	pressShortcut(ui, closeKey)
	if want := "Save the changes to “article.json” before closing?"; question != want {
		t.Fatalf("Ctrl+W asks %q, want %q", question, want)
	}
	if ui.path != path || !strings.Contains(ui.doc.Segments[0].Target, "Déjà vu.") {
		t.Fatalf("Cancel: the document is %q with %q", ui.path, ui.doc.Segments[0].Target)
	}

	ui.AutosaveNow()
	if _, ok := workspace.Recovery(path, workspace.AutosaveID(testDoc(t))); !ok {
		t.Fatal("no autosave of the changes before closing")
	}
	answer = dontSave
	pressShortcut(ui, closeKey)
	if ui.hasDocument() || ui.path != "" || ui.lock != nil {
		t.Fatalf("Don't save: a document is still open (path %q, lock %v)", ui.path, ui.lock != nil)
	}
	if sidecar, ok := workspace.Recovery(path, workspace.AutosaveID(testDoc(t))); ok {
		t.Errorf("the autosave of the changes given up is still there: %s", sidecar)
	}
	if got := ui.win.Title(); got != "Glose" {
		t.Errorf("window title %q with no document, want Glose", got)
	}
	if got := ui.status.full; got != "Closed “article.json”" {
		t.Errorf("status %q", got)
	}
	for _, a := range ui.acts.file {
		if a.name == "Close" && !a.item.Disabled {
			t.Error("Close is not greyed with no document open")
		}
	}
	if !ui.start.buttons.Visible() || findShown(ui.win.Content(), func(o fyne.CanvasObject) bool {
		b := asButton(o)
		return b != nil && b.Text == "Open…"
	}) == nil {
		t.Fatal("the start view shows no Open… button")
	}
	recent := shownButton(ui.win.Content(), "article.json — "+shortFolder(filepath.Dir(path)))
	if recent == nil {
		t.Fatal("the start view does not list the file just closed")
	}
	test.Tap(recent)
	if ui.path != path || !ui.hasDocument() || ui.start.buttons.Visible() {
		t.Errorf("the recent file's button opened %q (start view shown %v)", ui.path, ui.start.buttons.Visible())
	}
	if ui.doc.Segments[0].Target != testDoc(t).Segments[0].Target {
		t.Errorf("the changes given up came back: %q", ui.doc.Segments[0].Target)
	}
}

// TestCloseUnchangedAsksNothing: closing a document without unsaved changes asks nothing, and the
// sample article, which has no file, closes too.
func TestCloseUnchangedAsksNothing(t *testing.T) {
	ui, asked := newTestUI(t, nil, false)
	ui.OpenSample()
	layOut(ui)
	pressShortcut(ui, custom(fyne.KeyW, ctrl))
	if len(*asked) != 0 || ui.hasDocument() {
		t.Errorf("closing the sample asked %q; document open %v", *asked, ui.hasDocument())
	}
	if got := ui.emptyHint.Text; !strings.HasPrefix(got, "No document open.") {
		t.Errorf("the window says %q", got)
	}
}

// TestShortFolder: the start view names a recent file's folder from the home folder as "~", and a
// deep one by its start and its end, so that its button stays within the pane.
func TestShortFolder(t *testing.T) {
	t.Setenv("HOME", "/home/ana")
	for folder, want := range map[string]string{
		"/home/ana":                 "~",
		"/home/ana/Documents":       "~/Documents",
		"/home/anabel/Documents":    "/home/anabel/Documents",
		"/srv/clients/afp/2026/nov": "/srv/clients/afp/2026/nov",
		"/home/ana/Documents/Clients/Agence France-Presse/2026/novembre/articles-traduits": "~/Documents/Clie…2026/novembre/articles-traduits",
	} {
		if got := shortFolder(folder); got != want {
			t.Errorf("%s: %q, want %q", folder, got, want)
		}
		if n := len([]rune(shortFolder(folder))); n > startFolderLen {
			t.Errorf("%s: %d characters", folder, n)
		}
	}
}
