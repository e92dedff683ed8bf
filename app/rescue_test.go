package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// openForRescue saves a document with the test text to a file with accents, « » and an emoji in its
// name, an hour old (an autosave is offered only when newer than the file), and opens it in a UI,
// which locks it. It returns the UI, the file and its lock file.
func openForRescue(t *testing.T) (*UI, string, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "dépêche « été » 🇫🇷.json")
	must(t, workspace.Save(path, testDoc(t)))
	old := time.Now().Add(-time.Hour)
	must(t, os.Chtimes(path, old, old))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	layOut(ui)
	if ui.lock == nil || !ui.lock.Held() {
		t.Fatalf("the window does not hold the document's lock: %s", ui.status.Text)
	}
	return ui, path, ui.lock.File()
}

// rescueTyped is English typed in the case of QA16 #1, with « », an emoji with its skin tone, a flag
// and a letter with a combining accent.
const rescueTyped = "QA16 typed text « dialogue » 👍🏽 🇫🇷 Jose\u0301"

// TestPanicInTheUIKeepsTheTyping (QA16 #1): a panic in a callback of the UI goroutine, here a
// button's, seconds after typing and before the autosave's timer, used to end the app with the typing
// lost and the lock left behind. keepWorkOnPanic, around the event loop, writes the autosave and
// removes the lock before the panic goes on; the next start offers the typing back.
func TestPanicInTheUIKeepsTheTyping(t *testing.T) {
	ui, path, lockFile := openForRescue(t)
	ui.opts.Sync = false // as the app runs: the autosave waits for its timer
	ui.opts.AutosaveDelay = time.Hour
	crash := widget.NewButton("crash", func() { panic("injected") }) // any UI callback

	err := noPanic(func() {
		ui.keepWorkOnPanic(func() { // the event loop
			typeEnglish(t, ui, 0, rescueTyped)
			test.Tap(crash)
		})
	})
	if err == nil || !strings.Contains(err.Error(), "injected") {
		t.Fatalf("the panic did not go on after the rescue: %v", err)
	}
	if _, err := os.Stat(lockFile); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the lock file is still there after the panic (%v)", err)
	}

	ui2, asked := newTestUI(t, nil, true)
	ui2.Open(path)
	if len(*asked) != 1 || (*asked)[0] != "Recover unsaved changes" {
		t.Fatalf("the next start asked %q, want the recovery question", *asked)
	}
	if got := ui2.Document().Segments[0].Target; got != rescueTyped || !ui2.dirty {
		t.Errorf("recovered %q (dirty %v), want %q", got, ui2.dirty, rescueTyped)
	}
}

// TestRescueRunsOnceAndSurvivesItsOwnPanic: when writing the autosave panics too (the document may be
// half-edited), the lock still goes and the first panic goes on; a second rescue does nothing.
func TestRescueRunsOnceAndSurvivesItsOwnPanic(t *testing.T) {
	ui, _, lockFile := openForRescue(t)
	writes := 0
	ui.autosave.write = func(string, *annotate.Document) error {
		writes++
		panic("the autosave panics too")
	}
	err := noPanic(func() {
		ui.keepWorkOnPanic(func() {
			typeEnglish(t, ui, 0, rescueTyped)
			ui.run(func() error { panic("first") })
		})
	})
	if err == nil || !strings.Contains(err.Error(), "first") {
		t.Fatalf("the panic going on is %v, want the first one", err)
	}
	if _, err := os.Stat(lockFile); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the lock file is still there (%v)", err)
	}
	ui.rescue()
	if writes != 1 {
		t.Errorf("the autosave was tried %d times, want once", writes)
	}
	// Without changes, nothing is written, and the lock goes all the same.
	ui2, _, lockFile2 := openForRescue(t)
	ui2.autosave.write = func(string, *annotate.Document) error { t.Error("autosave without changes"); return nil }
	if err := noPanic(func() { ui2.keepWorkOnPanic(func() { panic("clean") }) }); err == nil {
		t.Fatal("the panic did not go on")
	}
	if _, err := os.Stat(lockFile2); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the lock file is still there without changes (%v)", err)
	}
}
