package app

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
)

// filterDoc returns a document of n segments: every third translated (with accents, « », emoji and
// a combining accent in its English), the next a draft, the next new.
func filterDoc(n int) *annotate.Document {
	d := manySegments(n)
	for i, seg := range d.Segments {
		switch i % 3 {
		case 0:
			seg.Target, seg.Status = fmt.Sprintf("Sentence number %d, « done » 👍🏽 by José\u0301.", i+1), annotate.StatusTranslated
		case 1:
			seg.Target, seg.Status = fmt.Sprintf("Sentence number %d, half…", i+1), annotate.StatusDraft
		}
	}
	return d
}

// shownSegments returns the segments the list shows, in order.
func shownSegments(ui *UI) []int {
	var out []int
	for i := range ui.doc.Segments {
		if !ui.list.hidden(i) {
			out = append(out, i)
		}
	}
	return out
}

// rowsOnScreen returns the segments of the rows the list has on screen, in order.
func rowsOnScreen(ui *UI) []int {
	var out []int
	for _, s := range ui.list.lay.shown {
		out = append(out, s.i)
	}
	return out
}

// TestFilterKeepsWhatChangesUntilApplied: under "Not translated", confirming a draft leaves it where
// it is, under the caret, and moves on to the next row shown; applying the filter again takes it out.
func TestFilterKeepsWhatChangesUntilApplied(t *testing.T) {
	ui, _ := newTestUI(t, filterDoc(30), false)
	ui.filter.apply(showToTranslate)
	if got := shownSegments(ui); len(got) != 20 || slices.ContainsFunc(got, func(i int) bool { return i%3 == 0 }) {
		t.Fatalf("Not translated shows segments %v, want the 20 not translated", got)
	}
	if got, want := ui.filter.count.Text, "20 of 30 segments shown"; got != want || !ui.filter.count.Visible() {
		t.Errorf("count %q (shown %v), want %q", got, ui.filter.count.Visible(), want)
	}
	if ui.cur != 1 || focusedSegment(ui) != 1 {
		t.Errorf("segment %d current, %d focused; want the first shown, 2", ui.cur+1, focusedSegment(ui)+1)
	}
	for _, i := range rowsOnScreen(ui) {
		if i%3 == 0 {
			t.Fatalf("rows on screen %v: translated segment %d among them", rowsOnScreen(ui), i+1)
		}
	}
	ui.focusSegment(4, annotate.Target)
	pressShortcut(ui, custom(fyne.KeyReturn, ctrl)) // confirm and go on
	if st := ui.doc.Segments[4].Status; st != annotate.StatusTranslated {
		t.Fatalf("segment 5 is %s after Ctrl+Enter, want translated", st)
	}
	if ui.list.hidden(4) || !slices.Contains(rowsOnScreen(ui), 4) {
		t.Errorf("confirmed segment 5 left the list (rows on screen %v)", rowsOnScreen(ui))
	}
	if ui.cur != 5 {
		t.Errorf("Ctrl+Enter went to segment %d, want 6 (the next shown)", ui.cur+1)
	}
	pressShortcut(ui, custom(fyne.KeyReturn, ctrl)) // segment 6 has no English: it stays
	ui.filter.apply(ui.filter.kind)                 // the button's action
	if !ui.list.hidden(4) || slices.Contains(rowsOnScreen(ui), 4) {
		t.Errorf("applied again, segment 5 is still shown (rows on screen %v)", rowsOnScreen(ui))
	}
	if got, want := ui.filter.count.Text, "19 of 30 segments shown"; got != want {
		t.Errorf("count %q, want %q", got, want)
	}
	ui.focusSegment(7, annotate.Target)
	pressShortcut(ui, custom(fyne.KeyDown, ctrl))
	if ui.cur != 8 {
		t.Errorf("Ctrl+Down from segment 8 went to %d, want 9", ui.cur+1)
	}
	pressShortcut(ui, custom(fyne.KeyDown, ctrl))
	if ui.cur != 10 {
		t.Errorf("Ctrl+Down from segment 9 went to %d, want 11 (10 is translated, left out)", ui.cur+1)
	}
	ui.filter.apply(showAll)
	if ui.list.filtered() || ui.filter.count.Visible() || len(shownSegments(ui)) != 30 {
		t.Errorf("All segments: filtered %v, count shown %v, %d segments shown", ui.list.filtered(), ui.filter.count.Visible(), len(shownSegments(ui)))
	}
}

// TestGoingToAHiddenSegmentShowsIt: Go to segment, Find, a QA tab's row and an undo that changes a
// segment's status reach a segment the filter left out; it is shown in addition, the rest stays
// filtered, and the count and the status line say so.
func TestGoingToAHiddenSegmentShowsIt(t *testing.T) {
	for _, c := range []struct {
		how  string
		jump func(ui *UI)
	}{
		{"Ctrl+G", func(ui *UI) { goToTyped(t, ui, "25") }},
		{"a QA row", func(ui *UI) {
			k := slices.IndexFunc(ui.qa.issues, func(is qa.Issue) bool { return is.Segment == ui.doc.Segments[24].ID })
			if k < 0 {
				t.Fatalf("no QA issue of segment 25 in %+v", ui.qa.issues)
			}
			ui.qa.open(ui.qa.rowOf(k))
		}},
		{"undo", func(ui *UI) {
			ui.focusSegment(1, annotate.Target)
			must(t, ui.ed.SetStatus(ui.doc.Segments[24].ID, annotate.StatusReviewed)) // as a whole-document tool would
			ui.focusSegment(1, annotate.Target)
			pressShortcut(ui, &fyne.ShortcutUndo{})
		}},
		{"Find", func(ui *UI) {
			pressShortcut(ui, ctrlKey(fyne.KeyF))
			test.Type(ui.win.Canvas().Focused(), "numéro 25,")
			pressKey(ui, fyne.KeyReturn)
		}},
	} {
		t.Run(c.how, func(t *testing.T) {
			d := filterDoc(40)
			d.Segments[24].Target = "Sentence number 99." // a number that differs: a QA warning
			ui, _ := newTestUI(t, d, false)
			ui.filter.apply(showDrafts)
			if ui.list.hidden(24) == false {
				t.Fatal("segment 25, translated, is not left out by Drafts")
			}
			c.jump(ui)
			if ui.cur != 24 || ui.list.hidden(24) || ui.rowFor(24) == nil || !ui.inView(ui.rowFor(24)) {
				t.Fatalf("current segment %d, 25 hidden %v; want segment 25 shown in view", ui.cur+1, ui.list.hidden(24))
			}
			if !ui.list.hidden(23) || !ui.list.hidden(26) || !ui.list.filtered() {
				t.Errorf("the filter no longer holds: segments 24 and 27 hidden %v %v", ui.list.hidden(23), ui.list.hidden(26))
			}
			if got, want := ui.filter.count.Text, "14 of 40 segments shown"; got != want {
				t.Errorf("count %q, want %q (13 drafts and segment 25)", got, want)
			}
			if !strings.Contains(ui.status.Text, "shown in addition to the filter") {
				t.Errorf("status line %q does not say segment 25 is shown in addition", ui.status.Text)
			}
		})
	}
}

// TestTypingInAFilteredRowLandsInItsSegment taps the second row on screen under a filter, which shows
// a segment other than the second, and types: the words go to that segment, and no other changes.
func TestTypingInAFilteredRowLandsInItsSegment(t *testing.T) {
	d := filterDoc(30)
	before := make([]string, len(d.Segments))
	for i, s := range d.Segments {
		before[i] = s.Target
	}
	ui, _ := newTestUI(t, d, false)
	ui.filter.apply(showToTranslate)
	ui.list.ScrollToTop()
	ui.list.Refresh()
	shown := ui.list.lay.shown
	if len(shown) < 3 || shown[1].i != 2 {
		t.Fatalf("rows on screen %v, want segments 2, 3, 5…", rowsOnScreen(ui))
	}
	test.Tap(shown[1].item)
	typeKeys(ui, " « Déjà » 👍🏽 José\u0301")
	for i, s := range ui.doc.Segments {
		want := before[i]
		if i == 2 {
			want += " « Déjà » 👍🏽 José\u0301"
		}
		if s.Target != want {
			t.Errorf("segment %d's English is %q, want %q", i+1, s.Target, want)
		}
	}
}

// TestSaveAfterFilteringKeepsEverything saves a filtered document and reads it back: every segment,
// shown or not, with its English and status.
func TestSaveAfterFilteringKeepsEverything(t *testing.T) {
	d := filterDoc(30)
	ui, _ := newTestUI(t, d, false)
	ui.filter.apply(showDrafts)
	path := filepath.Join(t.TempDir(), "filtered.json")
	must(t, ui.saveTo(path))
	data, err := os.ReadFile(path)
	must(t, err)
	back, err := annotate.Unmarshal(data, path)
	must(t, err)
	if len(back.Segments) != 30 {
		t.Fatalf("the file holds %d segments, want 30", len(back.Segments))
	}
	for i, s := range back.Segments {
		if w := d.Segments[i]; s.Target != w.Target || s.Status != w.Status {
			t.Errorf("segment %d saved as %q (%s), want %q (%s)", i+1, s.Target, s.Status, w.Target, w.Status)
		}
	}
}

// TestFilterInFrench: the choices, the count and the status line speak French.
func TestFilterInFrench(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, filterDoc(300), false)
	ui.filter.apply(showDrafts)
	if got, want := ui.filter.count.Text, "100 segments affichés sur 300"; got != want {
		t.Errorf("count %q, want %q", got, want)
	}
	if got := ui.filter.choice.Selected; got != "Brouillons" {
		t.Errorf("the choice shows %q, want Brouillons", got)
	}
	ui.focusSegment(3, annotate.Target)
	if !strings.Contains(ui.status.Text, "affiché en plus du filtre") {
		t.Errorf("status line %q", ui.status.Text)
	}
	for _, d := range []*annotate.Document{pairDoc("Une phrase.")} {
		d.Segments[0].Target, d.Segments[0].Status = "A sentence.", annotate.StatusTranslated
		ui.setDocument(d, "")
	}
	ui.filter.apply(showToTranslate)
	want := "Aucun segment à afficher pour «\u00a0Non traduits\u00a0». Choisissez «\u00a0Tous les segments\u00a0» au-dessus de la liste pour les voir tous."
	if !ui.emptyHint.Visible() || ui.emptyHint.Text != want {
		t.Errorf("empty result: hint shown %v, %q; want %q", ui.emptyHint.Visible(), ui.emptyHint.Text, want)
	}
	if got := ui.filter.count.Text; got != "0 segment affiché sur 1" {
		t.Errorf("count %q", got)
	}
}

// TestFilterKinds: each filter keeps the segments it names; QA problems are the errors and warnings
// but for the untranslated segments (not the remarks: suggestions to review), suggestions to confirm
// are on either side.
func TestFilterKinds(t *testing.T) {
	d := pairDoc("Il a 3 chats.", "Bonjour « José\u0301 » 👍🏽.", "Paris brille.", "Rien.")
	d.Segments[0].Target, d.Segments[0].Status = "He has 4 cats.", annotate.StatusTranslated
	d.Segments[1].Target, d.Segments[1].Status = "Hello “friends” 👍🏽.", annotate.StatusTranslated // the French's José\u0301 is not spell-checked
	d.Segments[2].Target, d.Segments[2].Status = "Paris shines", annotate.StatusDraft
	ed := annotate.NewEditor(d)
	paris := d.Segments[2].Start
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: paris, End: paris + len("Paris"), Label: annotate.LabelLOC, Origin: annotate.Auto, Confidence: 0.8}))
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Target, Segment: d.Segments[1].ID, Start: len("Hello “"), End: len("Hello “friends"), Label: annotate.LabelPER, Origin: annotate.Auto, Confidence: 0.8}))
	ui, _ := newTestUI(t, d, false)
	for _, c := range []struct {
		kind filterKind
		text string // for showContaining
		want []int
	}{
		{showAll, "", []int{0, 1, 2, 3}},
		{showToTranslate, "", []int{2, 3}},
		{showDrafts, "", []int{2}},
		{showQAProblems, "", []int{0}},
		{showToConfirm, "", []int{1, 2}},
		{showContaining, " jose ", []int{1}}, // José\u0301, accents and case ignored as in Find
		{showContaining, "PARIS", []int{2}},
		{showContaining, "friends”", []int{1}}, // in the English only
		{showContaining, "nowhere", nil},
	} {
		ui.filter.text.SetText(c.text)
		ui.filter.apply(c.kind)
		if got := shownSegments(ui); !slices.Equal(got, c.want) {
			t.Errorf("%s %q shows segments %v, want %v", c.kind.name(), c.text, got, c.want)
		}
	}
}

// TestFilterByTextWaitsForIt: choosing "Containing the text…" puts the focus in the filter's field and
// filters nothing until Enter there.
func TestFilterByTextWaitsForIt(t *testing.T) {
	ui, _ := newTestUI(t, filterDoc(30), false)
	ui.filter.choice.SetSelected(showContaining.name())
	if ui.list.filtered() || !ui.filter.textAt.Visible() || ui.win.Canvas().Focused() != fyne.Focusable(ui.filter.text) {
		t.Fatalf("chosen: filtered %v, field shown %v, focus %T; want the field focused, nothing filtered",
			ui.list.filtered(), ui.filter.textAt.Visible(), ui.win.Canvas().Focused())
	}
	test.Type(ui.filter.text, "NUMERO 12,")
	ui.filter.text.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := shownSegments(ui); !slices.Equal(got, []int{11}) || ui.cur != 11 || focusedSegment(ui) != 11 {
		t.Errorf("Enter: segments %v shown, segment %d current, %d focused; want 12", got, ui.cur+1, focusedSegment(ui)+1)
	}
	ui.filter.choice.SetSelected(showDrafts.name())
	if ui.filter.textAt.Visible() {
		t.Error("Drafts: the text field is still shown")
	}
}

// TestRowHeightsLeaveHiddenRowsOut checks the table of heights with rows hidden against plain sums
// over the rows shown, and a row revealed.
func TestRowHeightsLeaveHiddenRowsOut(t *testing.T) {
	const pad = 4
	for _, hide := range [][]bool{
		{true, false, true, true, false, false, true},
		{false, true, true, true},
		{true, true, true},
		{true, true, false},
	} {
		var h rowHeights
		h.reset(len(hide), 0, pad)
		hs := make([]float32, len(hide))
		for i := range hs {
			hs[i] = float32(10 + 7*i)
		}
		h.setAll(hs)
		h.setHidden(slices.Clone(hide))
		check := func(step string, hide []bool) {
			t.Helper()
			var y float32
			first, last := -1, -1
			for i, x := range hide {
				if got := h.top(i); got != y {
					t.Errorf("%v %s: top(%d) = %v, want %v", hide, step, i, got, y)
				}
				if x {
					continue
				}
				if first < 0 {
					first = i
				}
				last = i
				for _, at := range []float32{y, y + hs[i] + pad - 0.5} {
					if got := h.at(at); got != i {
						t.Errorf("%v %s: at(%v) = %d, want %d", hide, step, at, got, i)
					}
				}
				y += hs[i] + pad
			}
			if got, want := h.total(), max(y-pad, 0); got != want {
				t.Errorf("%v %s: total %v, want %v", hide, step, got, want)
			}
			if got := h.at(-5); got != first {
				t.Errorf("%v %s: at(-5) = %d, want the first shown, %d", hide, step, got, first)
			}
			if got := h.at(y + 50); got != last {
				t.Errorf("%v %s: at(end) = %d, want the last shown, %d", hide, step, got, last)
			}
		}
		check("hidden", hide)
		h.reveal(1)
		shown := slices.Clone(hide)
		shown[1] = false
		check("row 1 revealed", shown)
		if got := h.count(); got != strings.Count(fmt.Sprint(shown), "false") {
			t.Errorf("%v: count %d", shown, got)
		}
	}
}

// TestNewDocumentShowsEverySegment: a filter is of the document it was applied to.
func TestNewDocumentShowsEverySegment(t *testing.T) {
	ui, _ := newTestUI(t, filterDoc(30), false)
	ui.filter.apply(showDrafts)
	ui.setDocument(ui.blank, "")
	if !ui.filter.choice.Disabled() {
		t.Error("no document open: the filter's choice is not greyed")
	}
	ui.setDocument(filterDoc(30), "")
	if ui.filter.choice.Disabled() {
		t.Error("a document open: the filter's choice is greyed")
	}
	if ui.list.filtered() || ui.filter.kind != showAll || ui.filter.choice.Selected != "All segments" || ui.filter.count.Visible() {
		t.Errorf("another document: filtered %v, kind %d, choice %q", ui.list.filtered(), ui.filter.kind, ui.filter.choice.Selected)
	}
}

// TestFilteredRowsSitAtTheirHeights: under a filter, after the window narrows and the list scrolls,
// every row on screen sits where the heights of the rows shown before it put it, at its own height,
// and shows a segment the filter keeps.
func TestFilteredRowsSitAtTheirHeights(t *testing.T) {
	ui, _ := newTestUI(t, filterDoc(300), false)
	ui.filter.apply(showDrafts)
	ui.resizeRows(520) // every height anew (SetItemHeights): the filter holds
	ui.list.ScrollToOffset(ui.list.heights.total() / 2)
	drv := fyne.CurrentApp().Driver()
	listY := drv.AbsolutePositionForObject(ui.list).Y
	off := ui.list.GetScrollOffset()
	if len(ui.list.lay.shown) < 2 {
		t.Fatalf("rows on screen %v", rowsOnScreen(ui))
	}
	for _, s := range ui.list.lay.shown {
		if s.i%3 != 1 {
			t.Errorf("segment %d, not a draft, is on screen", s.i+1)
		}
		var y float32
		for i := range s.i {
			if i%3 == 1 {
				y += ui.cache.heights[i] + ui.list.gap()
			}
		}
		r := ui.rowFor(s.i)
		if r == nil {
			t.Fatalf("segment %d is on screen without its row (on screen %v)", s.i+1, rowsOnScreen(ui))
		}
		if got := drv.AbsolutePositionForObject(r.box).Y - listY; abs32(got-(y-off)) > 0.5 {
			t.Errorf("segment %d's row is at %v, want %v", s.i+1, got, y-off)
		}
		if got, want := r.box.Size().Height, ui.cache.heights[s.i]; got != want {
			t.Errorf("segment %d's row is %v high, want %v", s.i+1, got, want)
		}
	}
}
