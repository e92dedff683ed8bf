package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/glose-app/glose/annotate"
)

// Sentences of twoSentenceQuoteDoc: a quotation over the first two, accents, « » and an emoji just
// before the first one's end, then enough short sentences for the list to reuse rows.
const (
	crossS0 = "Marie Curie, la directrice de l'hôpital, a déclaré : « Nous avons travaillé jour et nuit 😀."
	crossS1 = "Les résultats sont enfin là, à Besançon. »"
	crossS2 = "« C'est une victoire », a dit Paul Martin."
)

// twoSentenceQuoteDoc returns a document whose first two segments hold a quotation, suggested from its
// « to its », with Marie Curie as its suggested speaker. Segments are in paragraphs of their own from
// the third on; filler sentences make it long enough to scroll.
func twoSentenceQuoteDoc(t *testing.T) (d *annotate.Document, quote *annotate.Span) {
	t.Helper()
	parts := []string{crossS0 + " " + crossS1, crossS2}
	for i := range 40 {
		parts = append(parts, fmt.Sprintf("Phrase numéro %d, déjà écrite à Besançon.", i+1))
	}
	text := strings.Join(parts, "\n\n")
	d = annotate.NewDocument("cross", "Cross", text, "fr", "en")
	d.AddSegment(0, len(crossS0), 0, annotate.KindSentence)
	d.AddSegment(len(crossS0)+1, len(crossS0)+1+len(crossS1), 0, annotate.KindSentence)
	off := len(parts[0]) + 2
	for i, p := range parts[1:] {
		d.AddSegment(off, off+len(p), i+1, annotate.KindSentence)
		off += len(p) + 2
	}
	ed := annotate.NewEditor(d)
	q := strings.Index(text, "« Nous")
	quote = &annotate.Span{Side: annotate.Source, Start: q, End: strings.Index(text, "Besançon. »") + len("Besançon. »"),
		Label: annotate.LabelQuote, Origin: annotate.Auto, Confidence: 0.9}
	must(t, ed.AddSpan(quote))
	per := &annotate.Span{Side: annotate.Source, Start: 0, End: len("Marie Curie"), Label: annotate.LabelPER, Origin: annotate.Auto, Confidence: 0.9}
	must(t, ed.AddSpan(per))
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote.ID, To: per.ID, Origin: annotate.Auto, Confidence: 0.9}))
	return d, quote
}

// posOf returns a point of s's row where a click lands at byte off of its French.
func posOf(t *testing.T, s *sourceView, off int) fyne.Position {
	t.Helper()
	size := s.Size()
	for y := float32(1); y < size.Height; y += 2 {
		for x := float32(0); x < size.Width; x++ {
			if p := fyne.NewPos(x, y); s.OffsetAt(p) == off {
				return p
			}
		}
	}
	t.Fatalf("no point of the row %q lands at byte %d", s.Text(), off)
	return fyne.Position{}
}

// click clicks s at byte off of its French as the desktop driver does: press, release, tap; with
// Shift held when shift is set.
func click(t *testing.T, s *sourceView, off int, shift bool) {
	t.Helper()
	pos := posOf(t, s, off)
	var mod fyne.KeyModifier
	if shift {
		mod = fyne.KeyModifierShift
	}
	ev := &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos}, Button: desktop.MouseButtonPrimary, Modifier: mod}
	s.MouseDown(ev)
	s.MouseUp(ev)
	s.Tapped(&ev.PointEvent)
}

// srcSel returns the French selected in segment i's row, "" when the list shows no row for it.
func srcSel(ui *UI, i int) string {
	r := ui.rowFor(i)
	if r == nil {
		return ""
	}
	a, b := r.src.Selection()
	return r.src.Text()[a:b]
}

// TestShiftClickTagsAQuoteOverTwoSegments: a rejected quotation over two sentences is tagged again by
// clicking at its « in the first segment's French, Shift+clicking after its » in the second's, and
// pressing q: one span, with the document's offsets, named on the status line with its segments; both
// rows showed the selection and the status line named it before; Ctrl+Z takes the span back.
func TestShiftClickTagsAQuoteOverTwoSegments(t *testing.T) {
	d, quote := twoSentenceQuoteDoc(t)
	ui, _ := newTestUI(t, d, false)
	r0 := visibleRow(t, ui, 0)
	r1 := ui.rowFor(1)
	ui.selectSpan(quote.ID)
	ui.win.Canvas().Focus(r0.src)
	r0.src.TypedRune('r')
	if d.Span(quote.ID) != nil {
		t.Fatalf("the suggested quotation was not rejected: %q", ui.status.Text)
	}

	from := strings.Index(crossS0, "« Nous")
	click(t, r0.src, from, false)
	click(t, r1.src, len(crossS1), true)
	if got, want := srcSel(ui, 0), "« Nous avons travaillé jour et nuit 😀."; got != want {
		t.Errorf("first row shows %q selected, want %q", got, want)
	}
	if got := srcSel(ui, 1); got != crossS1 {
		t.Errorf("second row shows %q selected, want %q", got, crossS1)
	}
	if f := ui.win.Canvas().Focused(); f != r1.src {
		t.Errorf("the focus is on %T, want the second row's French", f)
	}
	if want := "Selected « Nous avons travaillé jour et nuit 😀. L… », segments 1–2: press a label’s key"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}

	n := len(d.Spans)
	r1.src.TypedRune('q')
	if len(d.Spans) != n+2 { // the quotation, and its reporting verb proposed as its cue
		t.Fatalf("%d spans, want %d (status %q)", len(d.Spans), n+2, ui.status.Text)
	}
	sp := d.Span(ui.selSpan)
	want := "« Nous avons travaillé jour et nuit 😀. Les résultats sont enfin là, à Besançon. »"
	if sp.Label != annotate.LabelQuote || d.SpanText(sp) != want || sp.Start != quote.Start || sp.End != quote.End {
		t.Errorf("new span %s [%d,%d) %q, want QUOTE [%d,%d) %q", sp.Label, sp.Start, sp.End, d.SpanText(sp), quote.Start, quote.End, want)
	}
	if st := "Tagged QUOTE « Nous avons travaillé jour et nuit 😀. L… » over segments 1–2 — reporting verb “déclaré” proposed as its cue: a accepts both, r on the verb rejects it"; ui.status.Text != st {
		t.Errorf("status %q, want %q", ui.status.Text, st)
	}
	if ui.crossActive() || srcSel(ui, 0) != "" || srcSel(ui, 1) != "" {
		t.Errorf("after tagging: selection over segments %v, rows select %q and %q", ui.crossActive(), srcSel(ui, 0), srcSel(ui, 1))
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if len(d.Spans) != n || d.Span(sp.ID) != nil {
		t.Errorf("after Ctrl+Z: %d spans, want %d", len(d.Spans), n)
	}
}

// TestShiftArrowsCrossSegmentBoundaries: Shift+Right at the end of a segment goes on into the next one,
// Shift+Ctrl+Right takes its first word, Shift+Left back past its start returns to a selection inside
// the first segment; backwards, Shift+Ctrl+Left at a segment's start takes the previous one's last
// word. The MISC key then tags the whole range, emoji and accents whole.
func TestShiftArrowsCrossSegmentBoundaries(t *testing.T) {
	d, _ := twoSentenceQuoteDoc(t)
	ui, _ := newTestUI(t, d, false)
	r0 := visibleRow(t, ui, 0)
	r1 := ui.rowFor(1)
	c := ui.win.Canvas()
	shiftDown := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
	right, left := &fyne.KeyEvent{Name: fyne.KeyRight}, &fyne.KeyEvent{Name: fyne.KeyLeft}
	word := func(k fyne.KeyName) *desktop.CustomShortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierControl | fyne.KeyModifierShift}
	}
	focused := func() *sourceView { s, _ := c.Focused().(*sourceView); return s }

	c.Focus(r0.src)
	e := strings.Index(crossS0, "😀")
	r0.src.SetSelection(e, e)
	r0.src.KeyDown(shiftDown)
	r0.src.TypedKey(right) // 😀
	r0.src.TypedKey(right) // .
	if got := srcSel(ui, 0); got != "😀." || ui.crossActive() {
		t.Fatalf("inside the first segment: %q selected, over segments %v", got, ui.crossActive())
	}
	r0.src.TypedKey(right) // on into the next segment, at its start
	if !ui.crossActive() || focused() != r1.src || srcSel(ui, 0) != "😀." || srcSel(ui, 1) != "" {
		t.Fatalf("Shift+Right at the end: over segments %v, focus %T, rows %q / %q", ui.crossActive(), c.Focused(), srcSel(ui, 0), srcSel(ui, 1))
	}
	focused().TypedShortcut(word(fyne.KeyRight))
	if got := srcSel(ui, 1); got != "Les" {
		t.Errorf("Shift+Ctrl+Right in the next segment selects %q there, want %q", got, "Les")
	}
	for range 4 { // back over "Les", then past the segment's start
		focused().TypedKey(left)
	}
	if ui.crossActive() || focused() != r0.src || srcSel(ui, 0) != "😀." || srcSel(ui, 1) != "" {
		t.Fatalf("Shift+Left past the start: over segments %v, focus %T, rows %q / %q", ui.crossActive(), c.Focused(), srcSel(ui, 0), srcSel(ui, 1))
	}
	focused().TypedKey(right)
	focused().TypedShortcut(word(fyne.KeyRight))
	focused().TypedShortcut(word(fyne.KeyRight))
	if got := srcSel(ui, 1); got != "Les résultats" {
		t.Errorf("second row selects %q, want %q", got, "Les résultats")
	}
	n := len(d.Spans)
	focused().TypedRune('m')
	if len(d.Spans) != n+1 {
		t.Fatalf("%d spans, want %d (status %q)", len(d.Spans), n+1, ui.status.Text)
	}
	if sp := d.Spans[n]; sp.Label != annotate.LabelMISC || d.SpanText(sp) != "😀. Les résultats" {
		t.Errorf("tagged %s %q, want MISC %q", sp.Label, d.SpanText(sp), "😀. Les résultats")
	}
	focused().KeyUp(shiftDown)
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if len(d.Spans) != n {
		t.Errorf("after Ctrl+Z: %d spans, want %d", len(d.Spans), n)
	}

	// Backwards: from the end of "Les" to the start of "nuit" in the segment before.
	r1 = visibleRow(t, ui, 1)
	c.Focus(r1.src)
	r1.src.SetEnds(len("Les"), len("Les"))
	r1.src.KeyDown(shiftDown)
	for range 2 { // "Les", then on to the previous segment's last word
		focused().TypedShortcut(word(fyne.KeyLeft))
	}
	if got := srcSel(ui, 0); got != "nuit 😀." || srcSel(ui, 1) != "Les" || focused() != ui.rowFor(0).src {
		t.Errorf("Shift+Ctrl+Left ×2: rows %q / %q, focus %T", got, srcSel(ui, 1), c.Focused())
	}
	if sp, ok := ui.selection(); !ok || d.Text[sp.Start:sp.End] != "nuit 😀. Les" {
		t.Errorf("selection %+v %v, want %q", sp, ok, "nuit 😀. Les")
	}
}

// TestSelectionOverSegmentsOutlivesScrolling: the rows the list binds anew when scrolling back show the
// selection over two segments again, and it still tags; a click without Shift, going to another
// segment, or to the English, lets it go.
func TestSelectionOverSegmentsOutlivesScrolling(t *testing.T) {
	d, quote := twoSentenceQuoteDoc(t)
	ui, _ := newTestUI(t, d, false)
	r0 := visibleRow(t, ui, 0)
	from := strings.Index(crossS0, "Nous")
	to := strings.Index(crossS1, " »")
	click(t, r0.src, from, false)
	click(t, ui.rowFor(1).src, to, true)
	visibleRow(t, ui, len(d.Segments)-1)
	if r0.seg == 0 {
		t.Fatalf("the list did not take the first segment's row for another segment")
	}
	visibleRow(t, ui, 0)
	if got, want := srcSel(ui, 0), crossS0[from:]; got != want {
		t.Errorf("after scrolling back, first row shows %q selected, want %q", got, want)
	}
	if got, want := srcSel(ui, 1), crossS1[:to]; got != want {
		t.Errorf("after scrolling back, second row shows %q selected, want %q", got, want)
	}
	if sp, ok := ui.selection(); !ok || sp.Start != quote.Start+len("« ") || sp.End != quote.End-len(" »") {
		t.Errorf("selection %+v, want the quotation without its « »", sp)
	}

	click(t, ui.rowFor(2).src, 3, false)
	if ui.crossActive() || srcSel(ui, 0) != "" || srcSel(ui, 1) != "" {
		t.Errorf("after a click: over segments %v, rows %q / %q", ui.crossActive(), srcSel(ui, 0), srcSel(ui, 1))
	}

	for _, leave := range []struct {
		name string
		do   func()
	}{
		{"Ctrl+Down", func() {
			ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierControl})
		}},
		{"the English", func() { ui.win.Canvas().Focus(ui.rowFor(1).entry) }},
		{"a plain arrow", func() { ui.rowFor(1).src.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft}) }},
	} {
		click(t, ui.rowFor(0).src, from, false)
		click(t, ui.rowFor(1).src, to, true)
		if !ui.crossActive() {
			t.Fatalf("%s: no selection over segments", leave.name)
		}
		leave.do()
		if ui.crossActive() || srcSel(ui, 0) != "" || strings.Contains(srcSel(ui, 1), "résultats") {
			t.Errorf("after %s: over segments %v, rows %q / %q", leave.name, ui.crossActive(), srcSel(ui, 0), srcSel(ui, 1))
		}
	}
}

// TestShiftClickInsideOneSegment: with no selection over segments, Shift+click in the row of the
// selection extends it there as before, and the label key tags inside the segment.
func TestShiftClickInsideOneSegment(t *testing.T) {
	d, _ := twoSentenceQuoteDoc(t)
	ui, _ := newTestUI(t, d, false)
	r := visibleRow(t, ui, 2)
	click(t, r.src, strings.Index(crossS2, "Paul"), false)
	click(t, r.src, strings.Index(crossS2, "Martin")+len("Martin"), true)
	if got := srcSel(ui, 2); got != "Paul Martin" || ui.crossActive() {
		t.Fatalf("selected %q, over segments %v", got, ui.crossActive())
	}
	n := len(d.Spans)
	r.src.TypedRune('p')
	if len(d.Spans) != n+1 || d.SpanText(d.Spans[n]) != "Paul Martin" || !strings.HasPrefix(ui.status.Text, "Tagged PER “Paul Martin”") {
		t.Errorf("%d spans, status %q", len(d.Spans), ui.status.Text)
	}
}

// TestCorrectingAQuoteOverTwoSegments: selecting the words inside the « in the first segment and
// pressing q moves only the quotation's start (it keeps its end in the second segment, and its
// speaker); the same in the second segment moves only its end; a selection over both segments gives
// its range; Ctrl+Z takes each back. In the middle segment of a quotation over three, the key says
// which edges it can move and changes nothing.
func TestCorrectingAQuoteOverTwoSegments(t *testing.T) {
	d, quote := twoSentenceQuoteDoc(t)
	ui, _ := newTestUI(t, d, false)
	r0 := visibleRow(t, ui, 0)
	r1 := ui.rowFor(1)
	start, end := quote.Start, quote.End
	speaker := d.LinkFrom(quote.ID, annotate.LinkSpeaker).To

	ui.win.Canvas().Focus(r0.src)
	a := strings.Index(crossS0, "Nous")
	r0.src.SetSelection(a, len(crossS0))
	r0.src.TypedRune('q')
	want := "Nous avons travaillé jour et nuit 😀. Les résultats sont enfin là, à Besançon. »"
	if d.SpanText(quote) != want || quote.End != end {
		t.Fatalf("QUOTE reads %q, want %q", d.SpanText(quote), want)
	}
	if l := d.LinkFrom(quote.ID, annotate.LinkSpeaker); l == nil || l.To != speaker {
		t.Errorf("speaker link %+v", l)
	}
	// the corrected quote brings its closing mark only, shown as it is, with both its ends
	if st := "Corrected QUOTE Nous avons…là, à Besançon. » over segments 1–2 (was « Nous avons…là, à Besançon. »)"; ui.status.Text != st {
		t.Errorf("status %q, want %q", ui.status.Text, st)
	}

	ui.win.Canvas().Focus(r1.src)
	r1.src.SetSelection(0, strings.Index(crossS1, " »"))
	r1.src.TypedRune('q')
	want = "Nous avons travaillé jour et nuit 😀. Les résultats sont enfin là, à Besançon."
	if d.SpanText(quote) != want {
		t.Errorf("after correcting the end, QUOTE reads %q, want %q", d.SpanText(quote), want)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if quote.Start != start || quote.End != end || quote.Origin != annotate.Auto {
		t.Errorf("after Ctrl+Z ×2 the QUOTE reads %q (%s)", d.SpanText(quote), quote.Origin)
	}

	// A selection over both segments: its range, whatever the edges were.
	click(t, r0.src, strings.Index(crossS0, "avons"), false)
	click(t, ui.rowFor(1).src, strings.Index(crossS1, "enfin"), true)
	ui.rowFor(1).src.TypedRune('q')
	if want := "avons travaillé jour et nuit 😀. Les résultats sont"; d.SpanText(quote) != want {
		t.Errorf("corrected over segments, QUOTE reads %q, want %q", d.SpanText(quote), want)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})

	// A quotation over three segments, corrected from the middle one.
	ed := ui.ed
	long := &annotate.Span{Side: annotate.Source, Start: d.Segments[3].Start, End: d.Segments[5].End, Label: annotate.LabelQuote, Origin: annotate.Auto, Confidence: 0.6}
	must(t, ed.AddSpan(long))
	r4 := visibleRow(t, ui, 4)
	ui.win.Canvas().Focus(r4.src)
	r4.src.SetSelection(0, len("Phrase"))
	r4.src.TypedRune('q')
	if long.Start != d.Segments[3].Start || long.End != d.Segments[5].End {
		t.Errorf("the three-segment QUOTE became %q", d.SpanText(long))
	}
	if !strings.Contains(ui.status.Text, "runs over segments 4–6") {
		t.Errorf("status %q: want why nothing changed", ui.status.Text)
	}
}

// TestDragIntoTheNextSegment: a drag that begins in one segment's French and goes on over the next
// one's selects over both, as far as the pointer; back over the first row, the selection is that
// row's alone again. A Shift+click whose mouse moves a little before it is released goes on from the
// selection's anchor.
func TestDragIntoTheNextSegment(t *testing.T) {
	d, _ := twoSentenceQuoteDoc(t)
	ui, _ := newTestUI(t, d, false)
	r0 := visibleRow(t, ui, 0)
	r1 := ui.rowFor(1)
	drv := fyne.CurrentApp().Driver()
	var last fyne.Position
	// press presses the button in from's French at byte off; drag moves the pointer over over's
	// French at byte off, the events going to from, as the driver sends them to where the drag began.
	press := func(from *sourceView, off int, mod fyne.KeyModifier) {
		last = posOf(t, from, off)
		from.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: last,
			AbsolutePosition: drv.AbsolutePositionForObject(from).Add(last)}, Button: desktop.MouseButtonPrimary, Modifier: mod})
	}
	drag := func(from, over *sourceView, off int) {
		abs := drv.AbsolutePositionForObject(over).Add(posOf(t, over, off))
		pos := abs.Subtract(drv.AbsolutePositionForObject(from))
		from.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: pos, AbsolutePosition: abs}, Dragged: fyne.NewDelta(pos.X-last.X, pos.Y-last.Y)})
		last = pos
	}
	press(r0.src, strings.Index(crossS0, "« Nous"), 0)
	drag(r0.src, r0.src, strings.Index(crossS0, "jour"))
	if got := srcSel(ui, 0); got != "« Nous avons travaillé " || ui.crossActive() {
		t.Fatalf("inside the first row: %q selected, over segments %v", got, ui.crossActive())
	}
	drag(r0.src, r1.src, strings.Index(crossS1, " à"))
	if !ui.crossActive() || srcSel(ui, 0) != "« Nous avons travaillé jour et nuit 😀." || srcSel(ui, 1) != "Les résultats sont enfin là," {
		t.Errorf("over the next row: over segments %v, rows %q / %q", ui.crossActive(), srcSel(ui, 0), srcSel(ui, 1))
	}
	drag(r0.src, r0.src, strings.Index(crossS0, " et"))
	r0.src.DragEnd()
	if ui.crossActive() || srcSel(ui, 0) != "« Nous avons travaillé jour" || srcSel(ui, 1) != "" {
		t.Errorf("back over the first row: over segments %v, rows %q / %q", ui.crossActive(), srcSel(ui, 0), srcSel(ui, 1))
	}

	press(r1.src, strings.Index(crossS1, " sont"), fyne.KeyModifierShift)
	drag(r1.src, r1.src, strings.Index(crossS1, " enfin"))
	r1.src.DragEnd()
	if !ui.crossActive() || srcSel(ui, 0) != "« Nous avons travaillé jour et nuit 😀." || srcSel(ui, 1) != "Les résultats sont" {
		t.Errorf("Shift+click and drag: over segments %v, rows %q / %q", ui.crossActive(), srcSel(ui, 0), srcSel(ui, 1))
	}
}
