package app

import (
	"cmp"
	"context"
	"fmt"
	"golang.org/x/text/unicode/norm"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/tm"
)

// The French of the documents below: « guillemets » with no-break spaces, accents, an emoji; the
// fourth segment repeats the first, so that its look-up shows what the memory offers of it.
const (
	undoFR   = "Le ministre était à «\u00a0Washington\u00a0» hier 😀."
	undoEN   = `The minister was in "Washington" yesterday 😀, Zoe` + "\u0301."
	undoNear = "Le ministre était à «\u00a0Washington\u00a0» hier."
)

// storedEN is undoEN as the memory keeps it, in NFC (tm's TestTMXImportComposes): Zoé.
var storedEN = norm.NFC.String(undoEN)

// undoDoc is a document of four segments, the first and last of the same French.
func undoDoc() *annotate.Document {
	return pairDoc(undoFR, "Il est reparti jeudi.", "Il reviendra.", undoFR)
}

// wholeMemory lists every unit of the memory, with its document and segment: "doc/seg: French →
// English", sorted.
func wholeMemory(t *testing.T, ui *UI) []string {
	t.Helper()
	var out []string
	err := ui.sugg.src.mem.Each(context.Background(), func(u tm.Unit) error {
		out = append(out, u.Origin+"/"+u.Segment+": "+u.Source+" → "+u.Target)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// storeUnits puts units in ui's memory, as an earlier session or an import did.
func storeUnits(t *testing.T, ui *UI, units ...tm.Unit) {
	t.Helper()
	for i := range units {
		units[i].SourceLang, units[i].TargetLang = "fr", "en"
	}
	must(t, ui.sugg.src.mem.AddBatch(context.Background(), units))
	ui.sugg.sourcesChanged()
}

// undoKey and redoKey are Ctrl+Z and Ctrl+Shift+Z.
var (
	undoKey fyne.Shortcut = &fyne.ShortcutUndo{}
	redoKey fyne.Shortcut = custom(fyne.KeyZ, ctrl|shift)
)

// pressUntil presses key until done says so, at most five times (projections and the review taken
// away are undone with the step they followed, but a test should not depend on how many steps
// typing made).
func pressUntil(t *testing.T, ui *UI, key fyne.Shortcut, what string, done func() bool) {
	t.Helper()
	for range 5 {
		if done() {
			return
		}
		pressShortcut(ui, key)
	}
	if !done() {
		t.Fatalf("%s: still not done after five presses", what)
	}
}

// memoryHelds are what the memory may hold of the French of undoDoc's first segment before it is
// confirmed: what giving the memory back must restore.
func memoryHelds() []memoryHeld {
	return []memoryHeld{
		{"nothing", func(*annotate.Document) []tm.Unit { return nil }},
		{"English from the segment", func(d *annotate.Document) []tm.Unit {
			return []tm.Unit{{Source: undoFR, Target: "An older English 👍🏽.", Origin: d.ID, Segment: d.Segments[0].ID}}
		}},
		{"the pair from another document", func(*annotate.Document) []tm.Unit {
			return []tm.Unit{{Source: undoFR, Target: undoEN, Origin: "autre-doc", Segment: "s9", Note: "client"}}
		}},
	}
}

// memoryHeld is one of memoryHelds: its name and the units it puts in the memory.
type memoryHeld struct {
	name  string
	units func(d *annotate.Document) []tm.Unit
}

// TestConfirmUndoRestoresTheMemory: a segment confirmed (Ctrl+Enter, or a status shortcut), then
// Ctrl+Z: the memory holds again exactly what it held before, whatever that was (nothing, an English
// from this segment, the same pair from another document, whose place comes back), and no longer
// offers the English as a 100% match for the same French; Ctrl+Shift+Z stores it again.
func TestConfirmUndoRestoresTheMemory(t *testing.T) {
	confirms := []struct {
		name string
		do   func(t *testing.T, ui *UI)
	}{
		{"Ctrl+Enter", func(t *testing.T, ui *UI) { visibleRow(t, ui, 0).entry.TypedShortcut(ctrlKey(fyne.KeyReturn)) }},
		{"Alt+3", func(_ *testing.T, ui *UI) { pressShortcut(ui, custom(fyne.KeyName("3"), alt)) }},
	}
	for _, c := range confirms {
		for _, h := range memoryHelds() {
			t.Run(c.name+"/"+h.name, func(t *testing.T) {
				d := undoDoc()
				ui := suggestUI(t, d, nil, nil)
				if us := h.units(d); len(us) > 0 {
					storeUnits(t, ui, us...)
				}
				before := wholeMemory(t, ui)
				ui.focusSegment(0, annotate.Target)
				visibleRow(t, ui, 0).entry.SetText(undoEN)
				c.do(t, ui)
				seg := d.Segments[0]
				confirmed := d.ID + "/" + seg.ID + ": " + undoFR + " → " + storedEN
				holds := func(what string, want bool) {
					t.Helper()
					if got := slices.Contains(wholeMemory(t, ui), confirmed); got != want {
						t.Errorf("after %s the memory holds %q", what, wholeMemory(t, ui))
					}
				}
				holds(c.name, true)
				pressUntil(t, ui, undoKey, "Ctrl+Z", func() bool { return !seg.Status.Done() })
				if got := wholeMemory(t, ui); !slices.Equal(got, before) {
					t.Errorf("after Ctrl+Z the memory holds %q, want %q as before", got, before)
				}
				if seg.Target != undoEN {
					t.Errorf("Ctrl+Z took the English away too: %q", seg.Target)
				}
				ui.focusSegment(3, annotate.Target)
				if h.name == "nothing" && offered(ui, storedEN) {
					t.Errorf("after Ctrl+Z the memory still offers the English: %+v", ui.sugg.offers)
				}
				pressUntil(t, ui, redoKey, "Ctrl+Shift+Z", func() bool { return seg.Status.Done() })
				holds("Ctrl+Shift+Z", true)
				pressUntil(t, ui, undoKey, "Ctrl+Z again", func() bool { return !seg.Status.Done() })
				if got := wholeMemory(t, ui); !slices.Equal(got, before) {
					t.Errorf("after Ctrl+Z again the memory holds %q, want %q", got, before)
				}
			})
		}
	}
}

// TestEditUndoFollowsTheMemory: every way of changing a confirmed segment's English (typing, then
// leaving it; Replace; the quote-style fix; a spelling fix; a suggestion inserted, then leaving it) gives the memory
// the new English; Ctrl+Z gives it the old one back at once, wherever the caret is, Ctrl+Shift+Z
// the new one, and undoing on to before the confirmation leaves the memory without the segment.
func TestEditUndoFollowsTheMemory(t *testing.T) {
	const typed = "The minister was in Washington on Monday 😀."
	cases := []struct {
		name string
		en   string                     // segment 1's English as confirmed; undoEN if ""
		edit func(t *testing.T, ui *UI) // changes segment 1's English
	}{
		{"typing", "", func(t *testing.T, ui *UI) {
			ui.focusSegment(0, annotate.Target)
			visibleRow(t, ui, 0).entry.SetText(typed)
			ui.focusSegment(1, annotate.Target)
		}},
		{"Replace", "", func(t *testing.T, ui *UI) {
			ui.focusSegment(0, annotate.Target)
			openReplace(t, ui, "minister", "secretary")
			ui.find.rep.replaceOne() // shows the match
			ui.find.rep.replaceOne() // replaces it
		}},
		{"quote-style fix", "", func(t *testing.T, ui *UI) {
			_, fix := openQuoteStyle(t, ui, 0)
			fix.OnTapped()
		}},
		{"spelling fix", "The minister was in Washington yesterdya 😀.", func(t *testing.T, ui *UI) {
			openSpelling(t, ui, "yesterdya")
			spellButton(t, ui.qa, "yesterday").OnTapped()
		}},
		{"suggestion inserted", "", func(t *testing.T, ui *UI) {
			ui.focusSegment(0, annotate.Target)
			n := slices.IndexFunc(ui.sugg.offers, func(o offer) bool { return o.Text == "The minister was in Washington yesterday." })
			if n < 0 {
				t.Fatalf("the near match is not offered: %+v", ui.sugg.offers)
			}
			ui.insertSuggestion(n)
			ui.focusSegment(1, annotate.Target)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			en := cmp.Or(tc.en, undoEN)
			d := undoDoc()
			ui := suggestUI(t, d, []pair{{FR: undoNear, EN: "The minister was in Washington yesterday."}}, nil)
			ui.focusSegment(0, annotate.Target)
			visibleRow(t, ui, 0).entry.SetText(en)
			visibleRow(t, ui, 0).entry.TypedShortcut(ctrlKey(fyne.KeyReturn))
			seg := d.Segments[0]
			mine := func() []string { return memoryOf(t, ui, d.ID) }
			want := func(what string, english ...string) {
				t.Helper()
				var w []string
				for _, e := range english {
					w = append(w, undoFR+" → "+norm.NFC.String(e))
				}
				if got := mine(); !slices.Equal(got, w) {
					t.Errorf("after %s the memory holds %q, want %q (the segment: %q, %s)", what, got, w, seg.Target, seg.Status)
				}
			}
			want("Ctrl+Enter", en)
			tc.edit(t, ui)
			edited := seg.Target
			if edited == en || !seg.Status.Done() {
				t.Fatalf("%s left the segment %q, %s", tc.name, edited, seg.Status)
			}
			want(tc.name, edited)
			ui.focusSegment(2, annotate.Target)
			pressUntil(t, ui, undoKey, "Ctrl+Z", func() bool { return seg.Target == en })
			want("Ctrl+Z", en)
			pressUntil(t, ui, redoKey, "Ctrl+Shift+Z", func() bool { return seg.Target == edited })
			want("Ctrl+Shift+Z", edited)
			pressUntil(t, ui, undoKey, "Ctrl+Z to the confirmation", func() bool { return !seg.Status.Done() })
			want("Ctrl+Z of the confirmation")
			pressUntil(t, ui, redoKey, "Ctrl+Shift+Z of everything", func() bool { return seg.Target == edited && seg.Status.Done() })
			want("Ctrl+Shift+Z of everything", edited)
			ui.selectPanel(ui.sugg) // the fixes showed the QA tab
			ui.focusSegment(3, annotate.Target)
			if offered(ui, norm.NFC.String(en)) || !offered(ui, norm.NFC.String(edited)) {
				t.Errorf("the memory offers %+v for the same French", ui.sugg.offers)
			}
		})
	}
}

// TestMemoryFollowsUndoInTheBackground: with the memory written off the UI goroutine, as in the
// app, a quick Ctrl+Enter, Ctrl+Z, Ctrl+Shift+Z, Ctrl+Z, pressed before any write is done, leaves
// the memory as the last step says (writes run in order), with no data race (go test -race). What
// follows each write on the UI goroutine is left out, as in TestMemoryWritesInOrder.
func TestMemoryFollowsUndoInTheBackground(t *testing.T) {
	d := undoDoc()
	ui := suggestUI(t, d, nil, nil)
	ui.focusSegment(0, annotate.Target)
	visibleRow(t, ui, 0).entry.SetText(undoEN)
	ui.opts.Sync = false
	ui.ending.stopped.Store(true)
	seg := d.Segments[0]
	wait := func() {
		if w := ui.sugg.memo.written; w != nil {
			<-w
		}
	}
	visibleRow(t, ui, 0).entry.TypedShortcut(ctrlKey(fyne.KeyReturn))
	for i, key := range []fyne.Shortcut{undoKey, redoKey, undoKey} {
		if i == 2 {
			pressUntil(t, ui, key, "Ctrl+Z", func() bool { return !seg.Status.Done() })
			continue
		}
		pressShortcut(ui, key)
	}
	wait()
	if seg.Status.Done() {
		t.Fatalf("the segment is %s after the last Ctrl+Z", seg.Status)
	}
	if got := memoryOf(t, ui, d.ID); len(got) != 0 {
		t.Errorf("the memory holds %q after the last Ctrl+Z", got)
	}
	pressUntil(t, ui, redoKey, "Ctrl+Shift+Z", func() bool { return seg.Status.Done() })
	wait()
	if got, want := memoryOf(t, ui, d.ID), []string{undoFR + " → " + storedEN}; !slices.Equal(got, want) {
		t.Errorf("the memory holds %q after Ctrl+Shift+Z, want %q", got, want)
	}
}

// TestUntouchedSegmentsStayOutOfTheMemory: a segment read translated and never given to the memory
// stays out of it when an undo changes it (typing undone before leaving it), as when it is only
// gone through.
func TestUntouchedSegmentsStayOutOfTheMemory(t *testing.T) {
	d := undoDoc()
	d.Segments[1].Target, d.Segments[1].Status = "He left again on Thursday.", annotate.StatusTranslated
	ui := suggestUI(t, d, nil, nil)
	ui.focusSegment(1, annotate.Target)
	visibleRow(t, ui, 1).entry.SetText("He went back on Thursday.")
	pressUntil(t, ui, undoKey, "Ctrl+Z", func() bool { return d.Segments[1].Target == "He left again on Thursday." })
	ui.focusSegment(2, annotate.Target)
	if got := memoryOf(t, ui, d.ID); len(got) != 0 {
		t.Errorf("the memory holds %q", got)
	}
	if s := fmt.Sprint(d.Segments[1].Status); !strings.Contains(s, "translated") {
		t.Errorf("status %s", s)
	}
}

// TestUpdateUndoRestoresTheMemory: a reviewer's file taken in (File › Update the translation from a
// file) confirms segments the translator left as drafts and stores them; Ctrl+Z gives the memory back
// what it held, Ctrl+Shift+Z stores them again.
func TestUpdateUndoRestoresTheMemory(t *testing.T) {
	d := undoDoc()
	ui := suggestUI(t, d, nil, nil)
	for _, i := range []int{0, 1, 3} {
		ui.focusSegment(i, annotate.Target)
		visibleRow(t, ui, i).entry.SetText(fmt.Sprintf("Draft %d, Zoe\u0301 😀.", i))
	}
	ui.focusSegment(2, annotate.Target)
	path := returnedXLIFF(t, d, `state="initial" subState="glose:draft"`, `state="translated"`,
		`state="initial" subState="glose:draft"`, `state="translated"`, `state="initial" subState="glose:draft"`, `state="translated"`)
	ui.updateFrom(path)
	tapDialogButton(t, ui, "Apply")
	var want []string
	for _, i := range []int{0, 1, 3} {
		if !d.Segments[i].Status.Done() {
			t.Fatalf("segment %d is %s after the update", i+1, d.Segments[i].Status)
		}
		// The memory keeps its texts in NFC; the segment keeps its Zoe + U+0301, which the file
		// returned in NFC and so did not change.
		want = append(want, norm.NFC.String(d.SourceText(d.Segments[i])+" → "+d.Segments[i].Target))
	}
	slices.Sort(want)
	if got := memoryOf(t, ui, d.ID); !slices.Equal(got, want) {
		t.Errorf("after the update the memory holds %q, want %q", got, want)
	}
	pressShortcut(ui, undoKey)
	if got := memoryOf(t, ui, d.ID); len(got) != 0 {
		t.Errorf("after Ctrl+Z the memory holds %q", got)
	}
	pressShortcut(ui, redoKey)
	if got := memoryOf(t, ui, d.ID); !slices.Equal(got, want) {
		t.Errorf("after Ctrl+Shift+Z the memory holds %q, want %q", got, want)
	}
}
