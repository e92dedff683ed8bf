package app

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/tm"
)

// memoryOf lists what the translation memory (SQLite) holds from document id: "French → English",
// sorted.
func memoryOf(t *testing.T, ui *UI, id string) []string {
	t.Helper()
	var out []string
	err := ui.sugg.src.mem.Each(context.Background(), func(u tm.Unit) error {
		if u.Origin == id {
			out = append(out, u.Source+" → "+u.Target)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// TestReplaceAllUndoRestoresTheMemory: Replace all gives the memory the new English of the confirmed
// segments it changes at once; Ctrl+Z takes it back there too, the memory holding again the English
// the segments have (the QA tester's case: after the undo, it held English no segment had and
// offered it as a 100% match), and Ctrl+Shift+Z gives it the new English again.
func TestReplaceAllUndoRestoresTheMemory(t *testing.T) {
	d := replaceDoc(t) // segments 2 and 3 are translated and reviewed
	ui := suggestUI(t, d, nil, nil)
	ui.remember(1) // confirmed before: the memory holds their English
	ui.remember(2)
	pair := func(i int) string { return d.SourceText(d.Segments[i]) + " → " + d.Segments[i].Target }
	old := []string{pair(1), pair(2)}
	slices.Sort(old)
	if got := memoryOf(t, ui, d.ID); fmt.Sprint(got) != fmt.Sprint(old) {
		t.Fatalf("memory before %q, want %q", got, old)
	}
	openReplace(t, ui, "deal", "agreement")
	ui.find.entry.TypedShortcut(custom(fyne.KeyReturn, ctrl|alt))
	replaced := []string{pair(1), pair(2)}
	slices.Sort(replaced)
	if !strings.Contains(fmt.Sprint(replaced), "Agreement or no Agreement") {
		t.Fatalf("Replace all did not replace: %q", replaced)
	}
	for _, step := range []struct {
		name     string
		shortcut fyne.Shortcut
		want     []string
	}{
		{"Replace all", nil, replaced},
		{"Ctrl+Z", &fyne.ShortcutUndo{}, old},
		{"Ctrl+Shift+Z", custom(fyne.KeyZ, ctrl|shift), replaced},
		{"Ctrl+Z again", &fyne.ShortcutUndo{}, old},
	} {
		if step.shortcut != nil {
			pressShortcut(ui, step.shortcut)
		}
		if got := memoryOf(t, ui, d.ID); fmt.Sprint(got) != fmt.Sprint(step.want) {
			t.Errorf("after %s the memory holds %q, want %q", step.name, got, step.want)
		}
	}
	if got := pair(1); got != old[0] && got != old[1] {
		t.Errorf("after the last Ctrl+Z segment 2 is %q", got)
	}
	ui.focusSegment(1, annotate.Target)
	ui.focusSegment(2, annotate.Target)
	if offered(ui, "A AGREEMENT 😀.") {
		t.Errorf("after Ctrl+Z the memory still offers the English replaced: %+v", ui.sugg.offers)
	}
}

// TestMemoryWritesInOrder: writes to the memory run one after the other, in the order they were
// asked for, whichever goroutine is scheduled first: Replace all's new English, then an undo's old
// English, must leave the old one.
func TestMemoryWritesInOrder(t *testing.T) {
	ui, _ := newTestUI(t, replaceDoc(t), false)
	ui.opts.Sync = false
	// What follows each write on the UI goroutine (the suggestions panel looks its segment up again) is
	// left out: Fyne's test driver runs fyne.Do at once on the writer's goroutine, so that two writers
	// ran it together, a race the app, which runs it on its one UI goroutine, does not have.
	ui.ending.stopped.Store(true)
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	release := make(chan struct{})
	for i := range 3 {
		wg.Add(1)
		ui.writeMemory(func() error {
			defer wg.Done()
			if i == 0 {
				<-release // the first write is slow: the others must wait for it
			}
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
			return nil
		})
	}
	close(release)
	wg.Wait()
	if fmt.Sprint(order) != "[0 1 2]" {
		t.Errorf("writes ran in the order %v, want [0 1 2]", order)
	}
}

// TestReplaceOneUndoRestoresTheMemory: Replace (one match) in a confirmed segment gives the memory
// the new English; Ctrl+Z gives it the old English back.
func TestReplaceOneUndoRestoresTheMemory(t *testing.T) {
	d := replaceDoc(t)
	ui := suggestUI(t, d, nil, nil)
	ui.remember(2) // reviewed: "A DEAL 😀."
	old := memoryOf(t, ui, d.ID)
	ui.focusSegment(2, annotate.Target)
	openReplace(t, ui, "deal", "pact")
	ui.find.rep.replaceOne() // shows the match
	ui.find.rep.replaceOne() // replaces it
	if got := d.Segments[2].Target; got != "A PACT 😀." {
		t.Fatalf("segment 3 after Replace: %q", got)
	}
	if got, want := memoryOf(t, ui, d.ID), []string{"Un ACCORD. → A PACT 😀."}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("after Replace the memory holds %q, want %q", got, want)
	}
	pressShortcut(ui, &fyne.ShortcutUndo{})
	if got := memoryOf(t, ui, d.ID); fmt.Sprint(got) != fmt.Sprint(old) {
		t.Errorf("after Ctrl+Z the memory holds %q, want %q", got, old)
	}
}
