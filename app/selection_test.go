package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/app/textview"
)

// refreshSpy is the current app with a driver whose canvases record which objects a redraw is asked
// for. The test driver gives the window's canvas for any object; the real (GL) driver gives none for an
// object that is not in the window's tree, and a redraw asked for such an object is lost.
type refreshSpy struct {
	fyne.App
	drv *spyDriver
}

func (a *refreshSpy) Driver() fyne.Driver { return a.drv }

type spyDriver struct {
	fyne.Driver
	asked map[fyne.CanvasObject]int
}

func (d *spyDriver) CanvasForObject(o fyne.CanvasObject) fyne.Canvas {
	if c := d.Driver.CanvasForObject(o); c != nil {
		return &spyCanvas{Canvas: c, d: d}
	}
	return nil
}

type spyCanvas struct {
	fyne.Canvas
	d *spyDriver
}

func (c *spyCanvas) Refresh(o fyne.CanvasObject) {
	c.d.asked[o]++
	c.Canvas.Refresh(o)
}

// spyOnRefreshes makes the current app record the objects redraws are asked for.
func spyOnRefreshes(t *testing.T) *spyDriver {
	t.Helper()
	prev := fyne.CurrentApp()
	d := &spyDriver{Driver: prev.Driver(), asked: map[fyne.CanvasObject]int{}}
	fyne.SetCurrentApp(&refreshSpy{App: prev, drv: d})
	t.Cleanup(func() { fyne.SetCurrentApp(prev) })
	return d
}

// TestSourceSelectionRedrawsAsItGrows: every step of a keyboard or mouse selection in the French asks
// the window to redraw the source widget that is in the window (not the TextView embedded in it, which
// the real driver does not know), so the highlight follows the keys and the mouse.
func TestSourceSelectionRedrawsAsItGrows(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	r := visibleRow(t, ui, 0)
	spy := spyOnRefreshes(t)
	src := ui.doc.SourceText(ui.doc.Segments[0])
	a := strings.Index(src, "déclaré")
	r.src.SetSelection(a, a)
	r.src.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(5, 5)}, Button: desktop.MouseButtonPrimary})
	if f := ui.win.Canvas().Focused(); f != r.src {
		t.Errorf("after a click the focus is on %T, want the source view", f)
	}
	r.src.MouseUp(&desktop.MouseEvent{})
	r.src.SetSelection(a, a)
	r.src.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	for i := 1; i <= 3; i++ {
		clear(spy.asked)
		r.src.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
		if s, e := r.src.Selection(); utf8.RuneCountInString(src[s:e]) != i {
			t.Fatalf("Shift+Right ×%d selects [%d,%d)", i, s, e)
		}
		if spy.asked[r.src] == 0 {
			t.Errorf("Shift+Right ×%d: no redraw asked for the source view", i)
		}
	}
	r.src.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	for i := 1; i <= 3; i++ {
		clear(spy.asked)
		r.src.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(float32(20*i), 10)}, Dragged: fyne.NewDelta(20, 0)})
		if spy.asked[r.src] == 0 {
			t.Errorf("drag step %d: no redraw asked for the source view", i)
		}
	}
	r.src.DragEnd()
}

// TestEmojiDoNotShiftHighlightsOrHits: after emoji, highlights are drawn, and the mouse hits, where the
// renderer draws the text. Each emoji used to push both about a pixel to the right, so that a drag over
// the visible "Bordeaux" selected "Bordeau" and its highlight started on the "o".
func TestEmojiDoNotShiftHighlightsOrHits(t *testing.T) {
	text := "Vu 😀 😀 😀 😀 🤝 🤝 👨\u200d👩\u200d👧 👨\u200d👩\u200d👧 à Bordeaux."
	d := annotate.NewDocument("emoji", "Emoji", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	ui, _ := newTestUI(t, d, false)
	r := visibleRow(t, ui, 0)
	size := theme.TextSize()
	pad := theme.InnerPadding() / 2
	drawnX := func(off int) float32 { return pad + fyne.MeasureText(text[:off], size, fyne.TextStyle{}).Width }
	y := pad + fyne.MeasureText("M", size, fyne.TextStyle{}).Height/2
	if w := drawnX(len(text)) + pad; w > r.src.Size().Width {
		t.Fatalf("the text (%.0f) does not fit on one line of the row (%.0f)", w, r.src.Size().Width)
	}
	a := strings.Index(text, "Bordeaux")
	b := a + len("Bordeaux")
	from, to := drawnX(a)+1, drawnX(b)-1 // just inside the first and the last letter
	ui.win.Canvas().Focus(r.src)
	r.src.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(to, y)}, Dragged: fyne.NewDelta(to-from, 0)})
	r.src.DragEnd()
	if s, e := r.src.Selection(); text[s:e] != "Bordeaux" {
		t.Errorf("dragging over the drawn \"Bordeaux\" selects %q", text[s:e])
	}
	r.src.SetSelection(a, b)
	r.src.TypedRune('l')
	sp := ui.doc.Span(ui.selSpan)
	if sp == nil || sp.Label != annotate.LabelLOC {
		t.Fatalf("l tagged %+v", sp)
	}
	band := findShown(r.src, func(o fyne.CanvasObject) bool {
		rc, ok := o.(*canvas.Rectangle)
		return ok && rc.Size().Height > 2 && rc.Size().Width > 0 && abs32(rc.Position().X-drawnX(a)) < 3*pad
	})
	if band == nil {
		t.Fatal("no highlight drawn near \"Bordeaux\"")
	}
	if x, w := band.Position().X, band.Size().Width; abs32(x-drawnX(a)) > 0.5 || abs32(x+w-drawnX(b)) > 0.5 {
		t.Errorf("the highlight of \"Bordeaux\" covers [%.1f, %.1f], the word is drawn over [%.1f, %.1f]", x, x+w, drawnX(a), drawnX(b))
	}
}

// TestSpanSelectionStaysInItsSegment: moving to another segment lets go of the selected span, so that
// Remove and Accept cannot act on a span out of sight; moving within its segment keeps it.
func TestSpanSelectionStaysInItsSegment(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	per := ui.doc.Spans[1]
	r0 := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r0.src)
	ui.tapSpan(r0, per.ID)
	ui.win.Canvas().Focus(r0.entry) // the same segment's English
	if ui.selSpan != per.ID || ui.palette.remove.Disabled() {
		t.Fatalf("within its segment: selected %q, Remove disabled %v", ui.selSpan, ui.palette.remove.Disabled())
	}
	r2 := visibleRow(t, ui, 2)
	ui.win.Canvas().Focus(r2.entry)
	if ui.cur != 2 {
		t.Fatalf("current segment %d, want 2", ui.cur)
	}
	if ui.selSpan != "" {
		t.Errorf("in segment 3 the span %q of segment 1 is still selected", ui.selSpan)
	}
	if !ui.palette.remove.Disabled() || !ui.palette.accept.Disabled() {
		t.Error("Remove or Accept is enabled with no span selected")
	}
	test.Tap(ui.palette.remove)
	if ui.doc.Span(per.ID) == nil {
		t.Fatal("Remove in segment 3 deleted a span of segment 1")
	}
	if got, want := ui.status.Text, "Segment 3 of 3 — new"; got != want {
		t.Errorf("status %q, want %q", got, want)
	}
	for _, h := range visibleRow(t, ui, 0).src.Highlights() {
		if h.Style == textview.Underline {
			t.Errorf("segment 1 still marks %s as selected", h.ID)
		}
	}
}

// TestStatusBarFollowsChanges: the status bar tells the state after each action, in words for people:
// the label and the text in quotation marks, no internal ID.
func TestStatusBarFollowsChanges(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	quote, per := ui.doc.Spans[0], ui.doc.Spans[1]
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	status := func(step, want string) {
		t.Helper()
		if ui.status.Text != want {
			t.Errorf("after %s the status says %q, want %q", step, ui.status.Text, want)
		}
	}
	ui.tapSpan(r, per.ID)
	status("a click on a suggestion", "PER “Sergueï Lavrov” — suggestion — mention: name, Alt+K to change")
	r.src.TypedRune('a')
	status("a", "Accepted PER “Sergueï Lavrov”")
	r.src.TypedRune('o')
	status("o", "Tagged ORG “Sergueï Lavrov”")
	r.src.TypedRune('a')
	status("a on an accepted span", "ORG “Sergueï Lavrov” is already accepted")
	r.src.TypedRune('r')
	status("r on an accepted span", "ORG “Sergueï Lavrov” is no suggestion: Del removes it")
	if ui.doc.Span(per.ID) == nil {
		t.Fatal("r removed an accepted span")
	}
	ui.tapSpan(r, per.ID)
	status("a click on an accepted span", "ORG “Sergueï Lavrov” — mention: name, Alt+K to change")
	ui.tapSpan(r, quote.ID)
	r.src.TypedRune('r')
	status("r", "Rejected QUOTE « Le dialogue 😀 est libre »")
	src := ui.doc.SourceText(ui.doc.Segments[0])
	a := strings.Index(src, "Lavrov a")
	r.src.SetSelection(a+len("Lavrov "), a+len("Lavrov a déclaré"))
	r.src.TypedRune('c')
	status("c", "Tagged CUE “a déclaré”")
	r.src.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	status("Delete", "Removed CUE “a déclaré”")

	r1 := visibleRow(t, ui, 1)
	ui.win.Canvas().Focus(r1.entry)
	status("a move to segment 2", "Segment 2 of 3 — new")
	test.Type(r1.entry, "Donald")
	status("typing", "Segment 2 of 3 — draft")
	ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.Key4, Modifier: fyne.KeyModifierAlt})
	status("Alt+4", "Segment 2 of 3 — reviewed")
	ui.handleShortcut(&fyne.ShortcutUndo{})
	status("undo", "Undone: segment status change — Segment 2 of 3 — draft")
}

// TestSpanNameKeepsAQuotationsOwnMarks: a quotation is named with its own guillemets, not wrapped in
// more, and a long one keeps its closing mark when it is shortened.
func TestSpanNameKeepsAQuotationsOwnMarks(t *testing.T) {
	text := "Il a dit : « Notre dialogue 😀 est libre de l'idéologisation qui caractérisait l'administration\u00a0» puis il est parti. Un “mot”. « Nous avons travaillé. Les résultats sont là\u00a0»"
	d := annotate.NewDocument("q", "Q", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	ed := annotate.NewEditor(d)
	q := strings.Index(text, "«")
	qe := strings.Index(text, "»") + len("»")
	w := strings.Index(text, "“")
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: q, End: qe, Label: annotate.LabelQuote}))
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: w, End: w + len("“mot”"), Label: annotate.LabelMISC}))
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: 0, End: len("Il"), Label: annotate.LabelPER}))
	// the halves of a quotation over two sentences, each bringing one mark
	two := strings.Index(text, "« Nous")
	mid := strings.Index(text, "Les résultats")
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: two, End: mid - 1, Label: annotate.LabelQuote}))
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: mid, End: len(text), Label: annotate.LabelQuote}))
	ui, _ := newTestUI(t, d, false)
	for i, want := range []string{
		"QUOTE « Notre dialogue 😀 est libre de l'idéolo…\u00a0»",
		"MISC “mot”",
		"PER “Il”",
		"QUOTE « Nous avons travaillé.",
		"QUOTE Les résultats sont là\u00a0»",
	} {
		if got := ui.spanName(ui.doc.Spans[i]); got != want {
			t.Errorf("span %d is named %q, want %q", i, got, want)
		}
	}
}

// TestRejectButton: a mouse user rejects the selected suggestion with the status bar's Reject button,
// which is remembered like the r key; it is off for a span a person made.
func TestRejectButton(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	per := ui.doc.Spans[1]
	r := visibleRow(t, ui, 0)
	if !ui.palette.reject.Disabled() {
		t.Error("Reject is on with nothing selected")
	}
	ui.tapSpan(r, per.ID)
	test.Tap(ui.palette.reject)
	if ui.doc.Span(per.ID) != nil || !ui.doc.RejectedSource(per.Start, per.End, per.Label) {
		t.Fatalf("Reject left the suggestion (%v) or did not remember it (%+v)", ui.doc.Span(per.ID) != nil, ui.doc.Rejected)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	ui.tapSpan(r, per.ID)
	test.Tap(ui.palette.accept)
	if !ui.palette.reject.Disabled() {
		t.Error("Reject is on for an accepted span")
	}
}

// TestSelectionLetGoInAnotherSegment: a word selected in one segment's French (a double-click) is
// let go when another segment becomes the current one; the QA tester saw "derniers" stay highlighted
// in the segment left behind, beside the word selected in the next.
func TestSelectionLetGoInAnotherSegment(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	r0, r1 := visibleRow(t, ui, 0), visibleRow(t, ui, 1)
	ui.win.Canvas().Focus(r0.src)
	src := ui.doc.SourceText(ui.doc.Segments[0])
	a := strings.Index(src, "dialogue 😀")
	r0.src.SetSelection(a, a+len("dialogue 😀"))
	ui.win.Canvas().Focus(r1.src)
	if ui.cur != 1 {
		t.Fatalf("current segment %d, want 1", ui.cur)
	}
	if x, y := r0.src.Selection(); x != y {
		t.Errorf("segment 0 still shows a selection (%d, %d)", x, y)
	}
}

// TestLateTapAfterCtrlFKeepsFind (QA19): Fyne delivers a click's tap on the French text only after the
// double-click delay; Ctrl+F pressed within it opened the Find bar, then the late tap took the focus
// back, and the words typed for Find went to the text as commands ("s" started linking a speaker).
// A tap whose press lost the focus meanwhile now does nothing.
func TestLateTapAfterCtrlFKeepsFind(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	r := visibleRow(t, ui, 0)
	press := &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(5, 5)}, Button: desktop.MouseButtonPrimary}
	r.src.MouseDown(press)
	r.src.MouseUp(press)
	if f := ui.win.Canvas().Focused(); f != r.src {
		t.Fatalf("after the press the focus is on %T, want the French", f)
	}
	ui.find.show() // Ctrl+F, before the tap arrives
	r.src.Tapped(&press.PointEvent)
	if f := ui.win.Canvas().Focused(); f != fyne.Focusable(ui.find.entry) {
		t.Fatalf("after the late tap the focus is on %T, want the Find field", f)
	}
	test.Type(ui.find.entry, "Unis 👍🏽")
	if ui.find.entry.Text != "Unis 👍🏽" || ui.linkFrom != "" {
		t.Errorf("Find holds %q, link mode %q: the keys went to the text", ui.find.entry.Text, ui.linkFrom)
	}

	// With the focus still on the text, the tap does its work: the caret's span is selected.
	r.src.MouseDown(press)
	r.src.MouseUp(press)
	r.src.Tapped(&press.PointEvent)
	if f := ui.win.Canvas().Focused(); f != r.src {
		t.Errorf("an ordinary click: focus on %T, want the French", f)
	}
}

// TestCtrlFSelectsTheLastSearch (QA19): Ctrl+F again put the caret after the last search, and typing
// added to it ("Unis" became "Unisxy"); the last search is now selected, so typing replaces it.
func TestCtrlFSelectsTheLastSearch(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.find.show()
	test.Type(ui.find.entry, "Unis")
	ui.find.hide()
	ui.find.show()
	if got := ui.find.entry.SelectedText(); got != "Unis" {
		t.Errorf("Ctrl+F again selects %q, want the last search", got)
	}
	test.Type(ui.find.entry, "déclaré 👍🏽")
	if got := ui.find.entry.Text; got != "déclaré 👍🏽" {
		t.Errorf("typing after Ctrl+F gives %q, want the new search alone", got)
	}
}
