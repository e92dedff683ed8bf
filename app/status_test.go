package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// TestEmptySegmentIsNotFinished: in a segment with no English (or only spaces), Ctrl+Enter, Alt+3,
// Alt+4 and their menu items leave the status as it is, record no undo step and open no dialog; the
// status line says why, Ctrl+Enter stays on the segment, the bar keeps its colour and Ctrl+U still
// stops there. Once the English is written, the same keys work.
func TestEmptySegmentIsNotFinished(t *testing.T) {
	d := testDoc(t)
	d.Segments[2].Target, d.Segments[2].Status = "  \n", annotate.StatusDraft
	ui, _ := newTestUI(t, d, false)
	menu := map[string]*fyne.MenuItem{}
	for _, it := range menuNamed(t, ui, "Segment").Items {
		menu[it.Label] = it
	}
	for _, i := range []int{1, 2} {
		seg := d.Segments[i]
		was := seg.Status
		r := visibleRow(t, ui, i)
		ui.focusSegment(i, annotate.Target)
		confirm := "Nothing to confirm: segment " + string(rune('1'+i)) + " has no English yet"
		for _, c := range []struct {
			name string
			act  func()
			want string
		}{
			{"Ctrl+Enter", func() { r.entry.TypedShortcut(custom(fyne.KeyReturn, ctrl)) }, confirm},
			{"Alt+3", func() { r.entry.TypedShortcut(custom(fyne.Key3, alt)) }, "has no English yet: it cannot be marked translated"},
			{"Alt+4", func() { ui.handleShortcut(custom(fyne.Key4, alt)) }, "has no English yet: it cannot be marked reviewed"},
			{"Segment › Confirm", menu["Confirm and go to the next segment"].Action, confirm},
			{"Segment › Status: translated", menu["Status: translated"].Action, "it cannot be marked translated"},
			{"Segment › Status: reviewed", menu["Status: reviewed"].Action, "it cannot be marked reviewed"},
		} {
			ui.setStatus("")
			c.act()
			if seg.Status != was || ui.ed.CanUndo() {
				t.Errorf("segment %d, %s: status %s (was %s), undo step recorded: %v", i+1, c.name, seg.Status, was, ui.ed.CanUndo())
			}
			if ui.cur != i {
				t.Errorf("segment %d, %s: moved on to segment %d", i+1, c.name, ui.cur+1)
			}
			if !strings.Contains(ui.status.Text, c.want) {
				t.Errorf("segment %d, %s: status line %q, want %q", i+1, c.name, ui.status.Text, c.want)
			}
			if top := ui.win.Canvas().Overlays().Top(); top != nil {
				t.Errorf("segment %d, %s: a dialog is shown", i+1, c.name)
				top.Hide()
			}
		}
		if r := ui.rowFor(i); r == nil || r.marker.FillColor != statusColor(was) {
			t.Errorf("segment %d: the bar is not %s's colour", i+1, was)
		}
	}
	ui.focusSegment(0, annotate.Target)
	ui.handleShortcut(custom(fyne.KeyU, ctrl))
	if ui.cur != 1 {
		t.Errorf("Ctrl+U went to segment %d, want 2", ui.cur+1)
	}
	// With words in it, the segment is confirmed and the next one comes.
	r := visibleRow(t, ui, 1)
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, "Done.")
	ui.handleShortcut(custom(fyne.KeyReturn, ctrl))
	if d.Segments[1].Status != annotate.StatusTranslated || ui.cur != 2 {
		t.Errorf("Ctrl+Enter after typing: status %s, current segment %d", d.Segments[1].Status, ui.cur+1)
	}
}

// TestNextUntranslatedStopsAtAFinishedSegmentWithoutEnglish: a file written elsewhere (or by an older
// Glose) may call a segment with no English translated; Ctrl+U does not skip it.
func TestNextUntranslatedStopsAtAFinishedSegmentWithoutEnglish(t *testing.T) {
	d := testDoc(t)
	for _, s := range d.Segments {
		s.Target, s.Status = "Done.", annotate.StatusReviewed
	}
	d.Segments[2].Target, d.Segments[2].Status = "", annotate.StatusTranslated
	ui, _ := newTestUI(t, d, false)
	ui.focusSegment(0, annotate.Target)
	ui.handleShortcut(custom(fyne.KeyU, ctrl))
	if ui.cur != 2 {
		t.Errorf("Ctrl+U went to segment %d, want 3", ui.cur+1)
	}
}

// TestConfirmCopiesAFrenchWithoutWords: Ctrl+Enter on an empty segment whose French has no letter
// ("* * *", a year) copies the French into the English and confirms it, in one undo step, and says so;
// a segment with words still refuses.
func TestConfirmCopiesAFrenchWithoutWords(t *testing.T) {
	text := "Le sommet s'est ouvert.\n\n* * *\n\n2017 👍🏽"
	d := annotate.NewDocument("sep", "Sep", text, "fr", "en")
	a := strings.Index(text, "* * *")
	b := strings.Index(text, "2017")
	d.AddSegment(0, a-2, 0, annotate.KindSentence)
	d.AddSegment(a, a+len("* * *"), 1, annotate.KindSentence)
	d.AddSegment(b, len(text), 2, annotate.KindSentence)
	ui, _ := newTestUI(t, d, false)
	for _, i := range []int{1, 2} {
		seg := d.Segments[i]
		ui.focusSegment(i, annotate.Target)
		visibleRow(t, ui, i).entry.TypedShortcut(custom(fyne.KeyReturn, ctrl))
		if seg.Target != d.SourceText(seg) || seg.Status != annotate.StatusTranslated {
			t.Errorf("segment %d: English %q, status %s; want the French, translated", i+1, seg.Target, seg.Status)
		}
		if want := "has no words to translate"; !strings.Contains(ui.status.Text, want) {
			t.Errorf("segment %d: status line %q", i+1, ui.status.Text)
		}
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if seg := d.Segments[2]; seg.Target != "" || seg.Status != annotate.StatusNew {
		t.Errorf("after one undo: English %q, status %s", seg.Target, seg.Status)
	}
	ui.focusSegment(0, annotate.Target)
	visibleRow(t, ui, 0).entry.TypedShortcut(custom(fyne.KeyReturn, ctrl))
	if seg := d.Segments[0]; seg.Target != "" || seg.Status != annotate.StatusNew {
		t.Errorf("a segment with words: English %q, status %s", seg.Target, seg.Status)
	}
}
