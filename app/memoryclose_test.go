package app

import (
	"context"
	"os"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/tm"
)

// TestTheMemoryClosesWithTheApp: when the app ends, the translation memory is closed once its
// writes are done, so that SQLite folds its write-ahead log into the file and removes it: the
// memory's folder holds the one file it had, which alone holds the segment confirmed last. Before,
// the memory stayed open to the end and tm.db-wal and tm.db-shm were left beside it, and a copy of
// tm.db alone, made for a colleague, missed what the log still held.
func TestTheMemoryClosesWithTheApp(t *testing.T) {
	d := undoDoc()
	ui := suggestUI(t, d, nil, nil)
	path := ui.sugg.settings().TMPath
	ui.focusSegment(0, annotate.Target)
	visibleRow(t, ui, 0).entry.SetText(undoEN)
	visibleRow(t, ui, 0).entry.TypedShortcut(ctrlKey(fyne.KeyReturn))
	if _, err := os.Stat(path + "-wal"); err != nil {
		t.Fatalf("no write-ahead log beside the memory while it is open (%v): the test proves nothing", err)
	}

	ui.afterRun()
	for _, side := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + side); err == nil {
			t.Errorf("%s is left beside the memory after the app ended", side)
		}
	}
	m, err := tm.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	n := 0
	must(t, m.Each(context.Background(), func(u tm.Unit) error {
		if u.Source == undoFR && u.Target == storedEN {
			n++
		}
		return nil
	}))
	if n != 1 {
		t.Errorf("the memory holds the confirmed segment %d times after the app ended, want once", n)
	}
}
