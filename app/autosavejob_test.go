package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/workspace"
)

// typedPieces are typed one after another into one segment, an autosave after each: accents,
// « » with no-break spaces, an emoji and an e with a combining acute.
var typedPieces = []string{"Le café « fermé\u00a0» ", "😀 naïve ", "e\u0301te\u0301."}

// typeAndAutosave opens the document at path, types typedPieces into its third segment with an
// autosave after each, and returns the window, left open as a crash leaves it, and its autosave.
func typeAndAutosave(t *testing.T, path string) (*UI, string) {
	t.Helper()
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	layOut(ui)
	r := visibleRow(t, ui, 2)
	ui.win.Canvas().Focus(r.entry)
	for _, s := range typedPieces {
		test.Type(r.entry, s)
		ui.AutosaveNow()
	}
	side, ok := workspace.Recovery(path, ui.Document().ID)
	if !ok {
		t.Fatal("no autosave")
	}
	return ui, side
}

// crashedDocument saves the test document to a file older than anything written after it.
func crashedDocument(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "article.json")
	must(t, workspace.Save(path, testDoc(t)))
	old := time.Now().Add(-time.Hour)
	must(t, os.Chtimes(path, old, old))
	return path
}

// TestAutosaveAppendsTheChanges: after the first autosave, which writes the document in full, the
// next ones append what changed, and the start after a crash recovers all of it, exactly as typed.
func TestAutosaveAppendsTheChanges(t *testing.T) {
	path := crashedDocument(t)
	ui, side := typeAndAutosave(t, path)
	data, err := os.ReadFile(side)
	must(t, err)
	full, _ := workspace.LoadRecovery(side)
	if n := bytes.Count(data, []byte(`{"change":`)); n != len(typedPieces)-1 {
		t.Errorf("%d changes appended, want %d (the first autosave writes the document)", n, len(typedPieces)-1)
	}
	want := strings.Join(typedPieces, "")
	if got := ui.Document().Segments[2].Target; got != want {
		t.Fatalf("typed %q, the document has %q", want, got)
	}

	ui2, asked := newTestUI(t, nil, true)
	ui2.Open(path)
	if len(*asked) != 1 {
		t.Fatalf("asked %v, want the recovery question", *asked)
	}
	if got := ui2.Document().Segments[2].Target; got != want || !ui2.dirty {
		t.Errorf("recovered %q (dirty %v), typed %q", got, ui2.dirty, want)
	}
	if full == nil || full.Segments[2].Target != want {
		t.Errorf("the autosave read back holds %v", full)
	}
}

// TestRecoveryWithAChangeCutShort: an autosave whose last change was cut short gives back the
// document with the changes before it, says which were lost and where the autosave is kept whole.
func TestRecoveryWithAChangeCutShort(t *testing.T) {
	path := crashedDocument(t)
	_, side := typeAndAutosave(t, path)
	data, err := os.ReadFile(side)
	must(t, err)
	must(t, os.WriteFile(side, data[:len(data)-10], 0o600))

	ui2, asked := newTestUI(t, nil, true)
	ui2.Open(path)
	if len(*asked) != 1 {
		t.Fatalf("asked %v, want the recovery question", *asked)
	}
	if got, want := ui2.Document().Segments[2].Target, strings.Join(typedPieces[:2], ""); got != want {
		t.Errorf("recovered %q, want what the first two autosaves held, %q", got, want)
	}
	msg := dialogMessage(t, ui2)
	aside, _ := workspace.SetAsideDir()
	if !strings.Contains(msg, "cut short") || !strings.Contains(msg, "from line") || !strings.Contains(msg, aside) {
		t.Errorf("said %q", msg)
	}
	kept, _ := filepath.Glob(filepath.Join(aside, "*.damaged-*.json"))
	if len(kept) != 1 {
		t.Fatalf("kept aside: %v", kept)
	}
	if got, err := os.ReadFile(kept[0]); err != nil || !bytes.Equal(got, data[:len(data)-10]) {
		t.Errorf("the copy kept aside is not the autosave as it was: %v", err)
	}
}
