package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/glose-app/glose/annotate"
)

// drawnOnly is the current app with a driver that, like the GL driver, knows an object's canvas (and
// so its place on the window) only once a frame has drawn it. The test driver gives the window's
// canvas for any object, shown or not, drawn or not.
type drawnOnly struct {
	fyne.App
	drv *drawnDriver
}

func (a *drawnOnly) Driver() fyne.Driver { return a.drv }

type drawnDriver struct {
	fyne.Driver
	drawn map[fyne.CanvasObject]bool
}

func (d *drawnDriver) CanvasForObject(o fyne.CanvasObject) fyne.Canvas {
	if !d.drawn[o] {
		return nil
	}
	return d.Driver.CanvasForObject(o)
}

func (d *drawnDriver) AbsolutePositionForObject(o fyne.CanvasObject) fyne.Position {
	if !d.drawn[o] {
		return fyne.Position{}
	}
	return d.Driver.AbsolutePositionForObject(o)
}

// frame draws the canvas: every object visible in it, and in its overlays, becomes known to the
// driver. Objects hidden at the time stay unknown, as the GL driver's walk skips them.
func (d *drawnDriver) frame(c fyne.Canvas) {
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		d.drawn[o] = true
		switch x := o.(type) {
		case *fyne.Container:
			for _, ch := range x.Objects {
				walk(ch)
			}
		case fyne.Widget:
			for _, ch := range test.WidgetRenderer(x).Objects() {
				walk(ch)
			}
		}
	}
	walk(c.Content())
	for _, o := range c.Overlays().List() {
		walk(o)
	}
}

// drawOnlyWhatIsDrawn makes the current app's driver know only what frame has drawn.
func drawOnlyWhatIsDrawn(t *testing.T) *drawnDriver {
	t.Helper()
	prev := fyne.CurrentApp()
	d := &drawnDriver{Driver: prev.Driver(), drawn: map[fyne.CanvasObject]bool{}}
	fyne.SetCurrentApp(&drawnOnly{App: prev, drv: d})
	t.Cleanup(func() { fyne.SetCurrentApp(prev) })
	return d
}

// noPanic runs fn and returns what it panicked with, as an error.
func noPanic(fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	fn()
	return nil
}

// TestSpeakerListOpensBeforeTheSelectIsDrawn (QA16 #1): on a fresh window, with the caret put in a
// quote with the keyboard, the speaker choice in the status bar has never been drawn when Alt+S (or
// Edit › Choose the quote's speaker) shows it and opens its list in the same event. Sending the
// Select a key made Fyne build its pop-up menu with no canvas, and the app crashed. The list opens on
// the window, under the choice, and arrows and Enter choose from it.
func TestSpeakerListOpensBeforeTheSelectIsDrawn(t *testing.T) {
	openers := map[string]func(ui *UI){
		"Alt+S": func(ui *UI) {
			pressShortcut(ui, &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierAlt})
		},
		"Edit menu": func(ui *UI) {
			for _, it := range menuNamed(t, ui, "Edit").Items {
				if it.Label == "Choose the quote’s speaker from the people" {
					it.Action()
					return
				}
			}
			t.Fatal("no Edit › Choose the quote’s speaker from the people")
		},
	}
	for name, open := range openers {
		t.Run(name, func(t *testing.T) {
			ui, _ := newTestUI(t, testDoc(t), false)
			d := ui.doc
			quote, per := d.Spans[0], d.Spans[1]
			drv := drawOnlyWhatIsDrawn(t)
			c := ui.win.Canvas()
			r := visibleRow(t, ui, 0)
			c.Focus(r.src)
			caretTo(t, r, strings.Index(d.Text, "dialogue"))
			drv.frame(c)
			sel := ui.palette.speaker
			if sel.Visible() || drv.drawn[sel] {
				t.Fatal("the speaker choice is shown before Alt+S: this is not the case of the crash")
			}

			if err := noPanic(func() { open(ui) }); err != nil {
				t.Fatalf("%s with the caret in a quote: %v", name, err)
			}
			menu, ok := c.Focused().(*speakerFilter)
			if !ok {
				t.Fatalf("after %s the focus is on %T, want the list of people", name, c.Focused())
			}
			drv.frame(c)
			at := drv.Driver.AbsolutePositionForObject(sel) // where the test driver, knowing all, has it
			pop := ui.palette.picker.pop.Content            // inside the pop-up's padding
			pad := theme.Padding()
			if p, size := pop.Position(), pop.Size(); p.X < at.X || p.X > at.X+pad || p.Y < 0 || p.Y+size.Height > c.Size().Height || size.Width < sel.Size().Width {
				t.Errorf("the list is at %v, %v on a %v canvas; the speaker choice at %v, %v", p, size, c.Size(), at, sel.Size())
			}
			menu.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
			menu.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			if l := d.LinkFrom(quote.ID, annotate.LinkSpeaker); l == nil || l.To != per.ID {
				t.Fatalf("%s, Down, Enter: speaker link %+v, want to %s", name, l, per.ID)
			}
			if f := c.Focused(); f != fyne.Focusable(r.src) {
				t.Errorf("after choosing, the focus is on %T, want the French", f)
			}
		})
	}
}

// BenchmarkOpenSpeakers measures Alt+S on a quote of a long document: showing the speaker choice,
// filling it with the document's people, laying out the status bar and opening the list.
func BenchmarkOpenSpeakers(b *testing.B) {
	d := bigDoc(b)
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	b.Setenv("XDG_DATA_HOME", b.TempDir())
	keepStateHome(b)
	ui := New(test.NewTempApp(b), Options{Sync: true})
	ui.win.Resize(fyne.NewSize(1000, 700))
	ui.setDocument(d, "")
	layOut(ui)
	var quote string
	for _, sp := range d.Spans {
		if sp.Label == annotate.LabelQuote && sp.Side == annotate.Source {
			quote = sp.ID
			break
		}
	}
	if quote == "" {
		b.Fatal("no quote in the document")
	}
	c := ui.win.Canvas()
	b.ResetTimer()
	for range b.N {
		ui.deselectSpan()
		ui.linkFrom = quote
		if err := ui.pickSpeaker(); err != nil {
			b.Fatal(err)
		}
		menu, ok := c.Focused().(*speakerFilter)
		if !ok {
			b.Fatalf("no list open: focus on %T", c.Focused())
		}
		menu.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	}
}

// TestSpeakerListShowsAFewPeopleWhole: the speaker list is sized for up to eight rows, but its
// height forgot the pop-up's padding: the last row was cut, under a scroll bar, even with two people
// and "(no speaker)". A short list now shows every row whole, with nothing to scroll.
func TestSpeakerListShowsAFewPeopleWhole(t *testing.T) {
	ui, _ := newTestUI(t, speakersDoc(t), false)
	d := ui.doc
	for _, sp := range d.Spans {
		if isQuote(sp) {
			ui.selectSpan(sp.ID)
			break
		}
	}
	must(t, ui.pickSpeaker())
	k := ui.palette.picker
	test.WidgetRenderer(k.pop).Layout(k.pop.Size())
	k.pop.Content.Refresh()
	if len(k.shown) != 3 {
		t.Fatalf("the list shows %v, want the two people and (no speaker)", k.shown)
	}
	k.list.ScrollToBottom()
	if off := k.list.GetScrollOffset(); off != 0 {
		t.Errorf("a list of %d rows scrolls by %v: its last row is cut", len(k.shown), off)
	}
}

// TestSpeakerListUpGoesToNoSpeaker: in an article naming 44 people, saying that a quote's speaker is
// unknown took Alt+S then 45 Downs to "(no speaker)", last in the list, or typing its name. Up, with
// no row highlighted, goes to the last row: Alt+S, Up, Enter unlink the suggested speaker, and a
// then confirms the quote without one.
func TestSpeakerListUpGoesToNoSpeaker(t *testing.T) {
	var b strings.Builder
	for i := range 44 {
		fmt.Fprintf(&b, "Nom%02d a parlé. ", i)
	}
	b.WriteString("« Nous partirons 👍🏽 », a dit Nom43.")
	d := pairDoc(b.String())
	ed := annotate.NewEditor(d)
	add := func(at, end int, label string) *annotate.Span {
		sp := &annotate.Span{Side: annotate.Source, Start: at, End: end, Label: label, Origin: annotate.Auto, Confidence: 0.9}
		must(t, ed.AddSpan(sp))
		return sp
	}
	var last *annotate.Span
	for i := range 44 {
		at := strings.Index(d.Text, fmt.Sprintf("Nom%02d", i))
		last = add(at, at+len("Nom00"), annotate.LabelPER)
	}
	at := strings.Index(d.Text, "«")
	quote := add(at, strings.Index(d.Text, "»")+len("»"), annotate.LabelQuote)
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote.ID, To: last.ID, Origin: annotate.Auto, Confidence: 0.8}))
	ui, _ := newTestUI(t, d, false)
	ui.jumpToSpan(quote.ID)
	must(t, ui.pickSpeaker())
	f, ok := ui.win.Canvas().Focused().(*speakerFilter)
	if !ok {
		t.Fatalf("after Alt+S the focus is on %T, want the list's filter", ui.win.Canvas().Focused())
	}
	if n := len(ui.palette.picker.shown); n != 45 {
		t.Fatalf("the list shows %d rows, want the 44 people and (no speaker)", n)
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if l := d.LinkFrom(quote.ID, annotate.LinkSpeaker); l != nil {
		t.Fatalf("Alt+S, Up, Enter: the quote is still linked to %q", d.SpanText(d.Span(l.To)))
	}
	must(t, ui.acceptSelected())
	if quote.Origin != annotate.Human || ui.doc.Span(last.ID) == nil {
		t.Errorf("then a: quote origin %v, the mention of Nom43 kept %v; want the quote confirmed, the mention kept", quote.Origin, ui.doc.Span(last.ID) != nil)
	}
	// now without a speaker, the list has no "(no speaker)": Up is no way to its last person
	must(t, ui.pickSpeaker())
	f = ui.win.Canvas().Focused().(*speakerFilter)
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if k := ui.palette.picker; k.cursor != 0 {
		t.Errorf("a quote without a speaker, Alt+S, Up: row %d (%s) highlighted, want the first", k.cursor, k.shown[max(k.cursor, 0)])
	}
}
