package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/glose-app/glose/annotate"
)

// shownStatus returns what the status line shows, failing when the line cuts it: the text on its
// label must fit the label's width.
func shownStatus(t *testing.T, ui *UI) string {
	t.Helper()
	shown := ui.status.label.Text
	if room := ui.status.label.Size().Width - 2*theme.InnerPadding(); measure(shown) > room {
		t.Errorf("the status line cuts %q (%.0f wide) at %.0f", shown, measure(shown), room)
	}
	return shown
}

// TestCutStatusKeepsTheKeys: link mode's prompt put "Escape: cancel" last, past the end of the French
// line at 1280 pixels; after Alt+J the quote's description lost all but its speaker at 1024. At the
// default window both now show whole; at 1024, the span actions beside the line, each shows a short
// form that fits: the prompt what to click and the key that leaves, the description the speaker, the
// quotation's first words and how sure the suggestion is. The button at the line's end shows the whole.
func TestCutStatusKeepsTheKeys(t *testing.T) {
	for _, c := range []struct {
		language              string
		width                 float32
		escape, percent, says string
		whole                 bool
	}{
		{"en", 1280, "Esc: cancel", "80% sure", "Donald Trump says « Ceux qui", true},
		{"fr", 1280, "Échap\u00a0: annuler", "sûre à 80\u00a0%", "Donald Trump dit « Ceux qui", true},
		{"en", 1024, "Esc: cancel", "80%", "Donald Trump says « Ceux qui pensent… »", false}, // whole words
		{"fr", 1024, "Échap\u00a0: annuler", "80\u00a0%", "Donald Trump dit « Ceux qui pensent… »", false},
	} {
		t.Run(fmt.Sprint(c.language, c.width), func(t *testing.T) {
			useLanguage(t, c.language)
			ui, _ := newTestUI(t, longQuoteDoc(t, "Donald Trump"), false)
			ui.win.Resize(fyne.NewSize(c.width, 768))
			ui.win.Content().Refresh()
			ui.reviewNext(false, true)
			ui.win.Content().Refresh()
			shown := shownStatus(t, ui)
			if !strings.HasPrefix(shown, c.says) || !strings.HasSuffix(shown, c.percent) {
				t.Errorf("after Alt+J the line shows %q, want %q… and %q", shown, c.says, c.percent)
			}
			if c.whole != (shown == ui.status.Text) || c.whole == ui.status.more.Visible() {
				t.Errorf("after Alt+J: whole %v, button %v, shown %q", shown == ui.status.Text, ui.status.more.Visible(), shown)
			}

			must(t, ui.startLink())
			ui.win.Content().Refresh()
			shown = shownStatus(t, ui)
			if !strings.Contains(shown, c.escape) {
				t.Errorf("link mode's prompt shows %q, want %q in it", shown, c.escape)
			}
			if c.whole != (shown == ui.status.Text) {
				t.Errorf("link mode's prompt shows %q of %q", shown, ui.status.Text)
			}
			if !c.whole {
				test.Tap(ui.status.more)
				if shownMessage(ui.win.Canvas().Overlays().Top(), ui.status.Text) == nil {
					t.Error("the button does not show the whole prompt")
				}
			}
		})
	}
}

// TestCutMentionStatusKeepsAltK: a mention whose words are not its entity's name read "PER « Lavrov »
// — suggestion — entité : Sergueï Lavrov — mention : nom, Alt+K pour la changer", which the line cut
// at 1024 pixels before the kind and its key. Its short form keeps them, the entity's name too.
func TestCutMentionStatusKeepsAltK(t *testing.T) {
	for _, c := range []struct{ language, kind string }{{"en", "name, Alt+K"}, {"fr", "nom, Alt+K"}} {
		t.Run(c.language, func(t *testing.T) {
			useLanguage(t, c.language)
			d := longQuoteDoc(t, "M. Lavrov")
			must(t, annotate.NewEditor(d).AddEntity(&annotate.Entity{Type: annotate.LabelPER,
				Names: map[string]string{"fr": "Sergueï Viktorovitch Lavrov", "en": "Sergei Lavrov"}, Mentions: []string{d.Spans[0].ID}}))
			ui, _ := newTestUI(t, d, false)
			ui.win.Resize(fyne.NewSize(1024, 768))
			ui.win.Content().Refresh()
			ui.selectSpan(d.Spans[0].ID)
			ui.win.Content().Refresh()
			shown := shownStatus(t, ui)
			if !strings.Contains(shown, "Sergueï Viktorovitch Lavrov") || !strings.HasSuffix(shown, c.kind) {
				t.Errorf("the line shows %q, want the entity's name and %q", shown, c.kind)
			}
		})
	}
}
