package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// backTabTo presses Shift+Tab (through the window's focus manager, as the driver does) until b has
// the focus: from the first row's French it goes to the span bar.
func backTabTo(t *testing.T, ui *UI, b *dialogButton) {
	t.Helper()
	c := ui.win.Canvas()
	for i := 0; c.Focused() != b; i++ {
		if i > 200 {
			t.Fatalf("Shift+Tab never reaches %q", b.Text)
		}
		c.FocusPrevious()
	}
}

// TestSpanBarButtonsActOnTheCaretsSpan (QA16 #6, tips #2): the caret in a span, no span clicked,
// enables the span bar's buttons; Shift+Tab onto one and Space acts on that span, not on nothing because
// the caret stopped counting once the focus left the text. Enter acts as Space does: it did nothing.
func TestSpanBarButtonsActOnTheCaretsSpan(t *testing.T) {
	for _, key := range []fyne.KeyName{fyne.KeySpace, fyne.KeyReturn} {
		t.Run(string(key), func(t *testing.T) { spanBarButtonsAct(t, key) })
	}
}

// spanBarButtonsAct is TestSpanBarButtonsActOnTheCaretsSpan pressing key on the buttons.
func spanBarButtonsAct(t *testing.T, key fyne.KeyName) {
	for _, tc := range []struct {
		name   string
		button func(*palette) *dialogButton
		want   func(*annotate.Document, *annotate.Span) bool
	}{
		{"accept", func(p *palette) *dialogButton { return p.accept }, func(_ *annotate.Document, sp *annotate.Span) bool { return sp.Origin == annotate.Human }},
		{"remove", func(p *palette) *dialogButton { return p.remove }, func(d *annotate.Document, sp *annotate.Span) bool { return d.Span(sp.ID) == nil }},
		{"link", func(p *palette) *dialogButton { return p.link }, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ui, _ := newTestUI(t, testDoc(t), false)
			d := ui.doc
			r := visibleRow(t, ui, 0)
			ui.win.Canvas().Focus(r.src)
			target := d.Spans[1] // PER « Sergueï Lavrov », a suggestion
			if tc.name == "link" {
				target = d.Spans[0] // the QUOTE « Le dialogue… »
			}
			caretTo(t, r, target.Start+4)
			if ui.selSpan != "" {
				t.Fatalf("a span is selected: %q", ui.selSpan)
			}
			b := tc.button(ui.palette)
			if b.Disabled() {
				t.Fatalf("%q is greyed with the caret in %q", b.Text, d.SpanText(target))
			}
			backTabTo(t, ui, b)
			if b.Disabled() {
				t.Fatalf("%q greyed once focused", b.Text)
			}
			b.TypedKey(&fyne.KeyEvent{Name: key})
			if tc.want == nil {
				if ui.linkFrom != target.ID {
					t.Errorf("Link speaker: waiting for %q, status %q", ui.linkFrom, ui.status.Text)
				}
				return
			}
			if !tc.want(d, target) {
				t.Errorf("%s on %q did nothing to %q: status %q", key, b.Text, d.SpanText(target), ui.status.Text)
			}
			if strings.Contains(ui.status.Text, "first") {
				t.Errorf("status %q", ui.status.Text)
			}
		})
	}
}
