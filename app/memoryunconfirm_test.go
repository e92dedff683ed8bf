package app

import (
	"context"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/tm"
)

// statusKey is Alt+N, the shortcut (and Segment menu item) of the Nth status: 1 new, 2 draft.
func statusKey(n int) fyne.Shortcut { return custom(fyne.KeyName(string(rune('0'+n))), alt) }

// TestStatusBackGivesTheMemoryBack: a segment confirmed (Ctrl+Enter), then set back to draft or new
// by its status shortcut, gives the memory back exactly what it held before the confirmation, as
// Ctrl+Z of the confirmation does: its English is no longer offered as a 100% match of the same
// French. Ctrl+Z stores it again, Ctrl+Shift+Z gives it back again. Before, the English stayed.
func TestStatusBackGivesTheMemoryBack(t *testing.T) {
	for _, st := range []annotate.Status{annotate.StatusNew, annotate.StatusDraft} {
		for _, h := range memoryHelds() {
			t.Run(string(st)+"/"+h.name, func(t *testing.T) {
				d := undoDoc()
				ui := suggestUI(t, d, nil, nil)
				if us := h.units(d); len(us) > 0 {
					storeUnits(t, ui, us...)
				}
				before := wholeMemory(t, ui)
				seg := d.Segments[0]
				confirmed := d.ID + "/" + seg.ID + ": " + undoFR + " → " + storedEN
				ui.focusSegment(0, annotate.Target)
				visibleRow(t, ui, 0).entry.SetText(undoEN)
				visibleRow(t, ui, 0).entry.TypedShortcut(ctrlKey(fyne.KeyReturn))
				if !slices.Contains(wholeMemory(t, ui), confirmed) {
					t.Fatalf("Ctrl+Enter stored nothing: %q", wholeMemory(t, ui))
				}
				ui.focusSegment(0, annotate.Target)
				pressShortcut(ui, statusKey(slices.Index(annotate.Statuses, st)+1))
				if seg.Status != st {
					t.Fatalf("the shortcut set %s", seg.Status)
				}
				if got := wholeMemory(t, ui); !slices.Equal(got, before) {
					t.Errorf("after setting %s the memory holds %q, want %q as before the confirmation", st, got, before)
				}
				ui.focusSegment(3, annotate.Target)
				if h.name == "nothing" && offered(ui, storedEN) {
					t.Errorf("the English of a %s segment is still offered: %+v", st, ui.sugg.offers)
				}
				pressShortcut(ui, undoKey)
				if !seg.Status.Done() || !slices.Contains(wholeMemory(t, ui), confirmed) {
					t.Errorf("after Ctrl+Z: %s, the memory holds %q", seg.Status, wholeMemory(t, ui))
				}
				pressShortcut(ui, redoKey)
				if got := wholeMemory(t, ui); seg.Status != st || !slices.Equal(got, before) {
					t.Errorf("after Ctrl+Shift+Z: %s, the memory holds %q, want %q", seg.Status, got, before)
				}
			})
		}
	}
}

// TestStatusBackWithdrawsAnEarlierConfirmation: a segment confirmed in an earlier session (the
// memory holds its English from its place) and set back to draft here: its English leaves the
// memory, the same French's English from another document stays; Ctrl+Z stores it again and
// Ctrl+Shift+Z takes it out again.
func TestStatusBackWithdrawsAnEarlierConfirmation(t *testing.T) {
	d := undoDoc()
	seg := d.Segments[0]
	seg.Target, seg.Status = undoEN, annotate.StatusReviewed
	ui := suggestUI(t, d, nil, nil)
	other := tm.Unit{Source: undoFR, Target: "Another English 👍🏽.", Origin: "autre-doc", Segment: "s2"}
	storeUnits(t, ui, other)
	before := wholeMemory(t, ui)
	storeUnits(t, ui, tm.Unit{Source: undoFR, Target: undoEN, Origin: d.ID, Segment: seg.ID})
	confirmed := d.ID + "/" + seg.ID + ": " + undoFR + " → " + storedEN
	ui.focusSegment(0, annotate.Target)
	pressShortcut(ui, statusKey(2))
	if got := wholeMemory(t, ui); seg.Status != annotate.StatusDraft || !slices.Equal(got, before) {
		t.Errorf("after Alt+2: %s, the memory holds %q, want %q", seg.Status, got, before)
	}
	pressShortcut(ui, undoKey)
	if !seg.Status.Done() || !slices.Contains(wholeMemory(t, ui), confirmed) {
		t.Errorf("after Ctrl+Z: %s, the memory holds %q", seg.Status, wholeMemory(t, ui))
	}
	pressShortcut(ui, redoKey)
	if got := wholeMemory(t, ui); !slices.Equal(got, before) {
		t.Errorf("after Ctrl+Shift+Z the memory holds %q, want %q", got, before)
	}
	pressShortcut(ui, statusKey(1)) // a draft set to new: nothing more to take back
	if got := wholeMemory(t, ui); seg.Status != annotate.StatusNew || !slices.Equal(got, before) {
		t.Errorf("after Alt+1: %s, the memory holds %q, want %q", seg.Status, got, before)
	}
}

// TestStatusBackKeepsAClientsPair: the pair of a segment confirmed in an earlier session is also in
// a client's TMX file, imported: setting the segment back to draft takes the segment's confirmation
// out of the memory, not the client's pair, still offered at 100 % and placed as the file's; Ctrl+Z
// confirms it again from the segment, Ctrl+Shift+Z leaves the file's again. Before, the memory kept
// one unit per pair, placed at the segment, and Alt+2 deleted the client's pair.
func TestStatusBackKeepsAClientsPair(t *testing.T) {
	d := undoDoc()
	seg := d.Segments[0]
	seg.Target, seg.Status = undoEN, annotate.StatusReviewed
	ui := suggestUI(t, d, nil, nil)
	tmx := `<tmx version="1.4"><header srclang="fr"/><body>
<tu><tuv xml:lang="fr"><seg>` + undoFR + `</seg></tuv><tuv xml:lang="en"><seg>` + undoEN + `</seg></tuv></tu>
</body></tmx>`
	ui.importTMX(nopCloser{strings.NewReader(tmx)}, "client.tmx")
	clients := []string{"client.tmx/: " + undoFR + " → " + storedEN}
	if got := wholeMemory(t, ui); !slices.Equal(got, clients) {
		t.Fatalf("after the import the memory holds %q", got)
	}
	storeUnits(t, ui, tm.Unit{Source: undoFR, Target: undoEN, Origin: d.ID, Segment: seg.ID}) // an earlier session
	confirmed := []string{d.ID + "/" + seg.ID + ": " + undoFR + " → " + storedEN}
	ui.focusSegment(0, annotate.Target)
	pressShortcut(ui, statusKey(2))
	if got := wholeMemory(t, ui); seg.Status != annotate.StatusDraft || !slices.Equal(got, clients) {
		t.Errorf("after Alt+2: %s, the memory holds %q, want the client's pair %q", seg.Status, got, clients)
	}
	ui.focusSegment(3, annotate.Target)
	if !offered(ui, storedEN) {
		t.Errorf("the client's pair is no longer offered at 100 %%: %+v", ui.sugg.offers)
	}
	ui.focusSegment(0, annotate.Target)
	pressShortcut(ui, undoKey)
	if got := wholeMemory(t, ui); !seg.Status.Done() || !slices.Equal(got, confirmed) {
		t.Errorf("after Ctrl+Z: %s, the memory holds %q, want %q", seg.Status, got, confirmed)
	}
	pressShortcut(ui, redoKey)
	if got := wholeMemory(t, ui); !slices.Equal(got, clients) {
		t.Errorf("after Ctrl+Shift+Z the memory holds %q, want %q", got, clients)
	}
}

// TestUpdateToDraftGivesTheMemoryBack: a reviewer's file that sets a translated segment back to
// draft takes its English out of the memory, as the status shortcut does; Ctrl+Z of the update
// stores it again.
func TestUpdateToDraftGivesTheMemoryBack(t *testing.T) {
	d := undoDoc()
	ui := suggestUI(t, d, nil, nil)
	ui.focusSegment(0, annotate.Target)
	visibleRow(t, ui, 0).entry.SetText(undoEN)
	visibleRow(t, ui, 0).entry.TypedShortcut(ctrlKey(fyne.KeyReturn))
	want := []string{undoFR + " → " + storedEN}
	if got := memoryOf(t, ui, d.ID); !slices.Equal(got, want) {
		t.Fatalf("after Ctrl+Enter the memory holds %q", got)
	}
	path := returnedXLIFF(t, d, `state="translated"`, `state="initial" subState="glose:draft"`)
	ui.updateFrom(path)
	tapDialogButton(t, ui, "Apply")
	if st := d.Segments[0].Status; st != annotate.StatusDraft {
		t.Fatalf("the update left segment 1 %s", st)
	}
	if got := memoryOf(t, ui, d.ID); len(got) != 0 {
		t.Errorf("after the update to draft the memory holds %q", got)
	}
	pressShortcut(ui, undoKey)
	if got := memoryOf(t, ui, d.ID); !slices.Equal(got, want) {
		t.Errorf("after Ctrl+Z the memory holds %q, want %q", got, want)
	}
}

// TestUndoAfterTheMemoryChanged: a segment confirmed into one memory file, then another file chosen
// in Settings: Ctrl+Z of the confirmation leaves the first file alone (the undo history's notes are
// of it) and makes the new one hold what the segment now is, not confirmed: its English from that
// segment goes (an earlier session put it there), the rest stays. Ctrl+Shift+Z stores the English in
// the new file. Before, Ctrl+Z did nothing to the new file, which went on offering the English.
func TestUndoAfterTheMemoryChanged(t *testing.T) {
	d := undoDoc()
	ui := suggestUI(t, d, nil, nil)
	seg := d.Segments[0]
	ui.focusSegment(0, annotate.Target)
	visibleRow(t, ui, 0).entry.SetText(undoEN)
	visibleRow(t, ui, 0).entry.TypedShortcut(ctrlKey(fyne.KeyReturn))
	confirmed := d.ID + "/" + seg.ID + ": " + undoFR + " → " + storedEN
	oldFile := wholeMemory(t, ui)
	if !slices.Contains(oldFile, confirmed) {
		t.Fatalf("Ctrl+Enter stored nothing: %q", oldFile)
	}
	s := ui.sugg.settings()
	oldPath := s.TMPath
	s.TMPath = filepath.Join(t.TempDir(), "autre.db")
	ui.applySettings(s)
	other := tm.Unit{Source: undoFR, Target: "Another English 👍🏽.", Origin: "autre-doc", Segment: "s2"}
	storeUnits(t, ui, other, tm.Unit{Source: undoFR, Target: undoEN, Origin: d.ID, Segment: seg.ID})
	newBefore := []string{"autre-doc/s2: " + undoFR + " → " + other.Target}
	pressUntil(t, ui, undoKey, "Ctrl+Z", func() bool { return !seg.Status.Done() })
	if got := wholeMemory(t, ui); !slices.Equal(got, newBefore) {
		t.Errorf("after Ctrl+Z the new memory holds %q, want %q", got, newBefore)
	}
	pressUntil(t, ui, redoKey, "Ctrl+Shift+Z", func() bool { return seg.Status.Done() })
	if got := wholeMemory(t, ui); !slices.Contains(got, confirmed) {
		t.Errorf("after Ctrl+Shift+Z the new memory holds %q", got)
	}
	pressShortcut(ui, undoKey)
	if got := wholeMemory(t, ui); !slices.Equal(got, newBefore) {
		t.Errorf("after Ctrl+Z again the new memory holds %q, want %q", got, newBefore)
	}
	s.TMPath = oldPath
	ui.applySettings(s)
	if got := wholeMemory(t, ui); !slices.Equal(got, oldFile) {
		t.Errorf("the first memory file holds %q, want %q as it was left", got, oldFile)
	}
}

// TestUndoAfterSettingsSaved: Settings saved without changing the memory file reopen it; Ctrl+Z of a
// confirmation made before still gives it back exactly what it held (the pair confirmed from another
// document gets its place back, not deleted), and so does Ctrl+Z after another file was chosen and the
// first chosen again. Before, the notes of what the memory held were dropped with the memory object.
func TestUndoAfterSettingsSaved(t *testing.T) {
	d := undoDoc()
	ui := suggestUI(t, d, nil, nil)
	storeUnits(t, ui, tm.Unit{Source: undoFR, Target: undoEN, Origin: "autre-doc", Segment: "s9", Note: "client"})
	before := wholeMemory(t, ui)
	seg := d.Segments[0]
	ui.focusSegment(0, annotate.Target)
	visibleRow(t, ui, 0).entry.SetText(undoEN)
	visibleRow(t, ui, 0).entry.TypedShortcut(ctrlKey(fyne.KeyReturn))
	if got := wholeMemory(t, ui); slices.Equal(got, before) {
		t.Fatalf("Ctrl+Enter changed nothing: %q", got)
	}
	s := ui.sugg.settings()
	ui.applySettings(s)
	pressUntil(t, ui, undoKey, "Ctrl+Z", func() bool { return !seg.Status.Done() })
	if got := wholeMemory(t, ui); !slices.Equal(got, before) {
		t.Errorf("after Settings saved and Ctrl+Z the memory holds %q, want %q", got, before)
	}
	pressUntil(t, ui, redoKey, "Ctrl+Shift+Z", func() bool { return seg.Status.Done() })
	first := s.TMPath
	s.TMPath = filepath.Join(t.TempDir(), "autre.db")
	ui.applySettings(s)
	s.TMPath = first
	ui.applySettings(s)
	pressUntil(t, ui, undoKey, "Ctrl+Z", func() bool { return !seg.Status.Done() })
	if got := wholeMemory(t, ui); !slices.Equal(got, before) {
		t.Errorf("after another file and back, Ctrl+Z leaves the memory holding %q, want %q", got, before)
	}
}

// TestSettingsWaitForTheMemoryWrites: another memory file chosen in Settings while a confirmation's
// write is still waiting its turn: the write goes into the file it was meant for, which closes after
// it. Before, the first file was closed at once and the write failed ("database is closed").
func TestSettingsWaitForTheMemoryWrites(t *testing.T) {
	d := undoDoc()
	ui := suggestUI(t, d, nil, nil)
	first := ui.sugg.settings()
	ui.opts.Sync = false
	ui.ending.stopped.Store(true) // what follows each write on the UI goroutine is left out
	held := make(chan struct{})   // a write begun before, not done yet
	ui.sugg.memo.written = held
	ui.focusSegment(0, annotate.Target)
	visibleRow(t, ui, 0).entry.SetText(undoEN)
	visibleRow(t, ui, 0).entry.TypedShortcut(ctrlKey(fyne.KeyReturn))
	confirmation := ui.sugg.memo.written
	other := first
	other.TMPath = filepath.Join(t.TempDir(), "autre.db")
	ui.applySettings(other)
	for range 100 {
		runtime.Gosched() // let the settings' goroutine close the first file, were it to
	}
	close(held)
	<-confirmation
	m, err := tm.Open(first.TMPath)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	var got []string
	must(t, m.Each(context.Background(), func(u tm.Unit) error {
		got = append(got, u.Source+" → "+u.Target)
		return nil
	}))
	if want := []string{undoFR + " → " + storedEN}; !slices.Equal(got, want) {
		t.Errorf("the first memory file holds %q, want %q", got, want)
	}
}
