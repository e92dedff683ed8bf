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

// shownStatus returns what the status line shows, its lines joined by spaces, failing unless it
// shows whole what it shows through part: the line holds two lines at most, each as wide as the line
// at most, the last one less the button that reads the whole message when it is shown ("" for part:
// the whole of what it shows).
func shownStatus(t *testing.T, ui *UI, part string) string {
	t.Helper()
	lines := strings.Split(ui.status.label.Text, "\n")
	shown := strings.Join(lines, " ")
	if len(lines) > statusLines {
		t.Errorf("the status line shows %d lines: %q", len(lines), lines)
	}
	room := ui.status.Size().Width - 2*theme.InnerPadding()
	for i, line := range lines {
		r := room
		if i == len(lines)-1 && ui.status.more.Visible() {
			r -= ui.status.more.MinSize().Width
		}
		if w := measure(line); w > r {
			t.Errorf("the status line's line %q is %.0f wide, in %.0f", line, w, r)
		}
	}
	if part != "" && !strings.Contains(shown, part) {
		t.Errorf("the status line shows %q, without %q", shown, part)
	}
	return shown
}

// TestCutStatusKeepsTheKeys: link mode's prompt put "Escape: cancel" last, past the end of the French
// line at 1280 pixels; after Alt+J the quote's description lost all but its speaker at 1024. On two
// lines both show whole at 1280 and 1024; at 900 (920 in French), the span actions beside the line, each shows a
// short form that fits: the prompt what to click and the key that leaves, the description the
// speaker, the quotation's first words and how sure the suggestion is. The button at the line's end
// shows the whole.
func TestCutStatusKeepsTheKeys(t *testing.T) {
	const nb = "\u00a0"
	for _, c := range []struct {
		language   string
		width      float32
		name       string
		escape     string
		start, end string // what Alt+J shows
		whole      bool
	}{
		{"en", 1280, "Donald Trump", "Esc: cancel", "Donald Trump says « Ceux qui", "80% sure", true},
		{"fr", 1280, "Donald Trump", "Échap" + nb + ": annuler", "Donald Trump dit « Ceux qui", "sûre à 80" + nb + "%", true},
		{"en", 1024, "Donald Trump", "Esc: cancel", "Donald Trump says « Ceux qui", "80% sure", true},
		{"fr", 1024, "Mohammed Belhocine", "Échap" + nb + ": annuler", "Mohammed Belhocine dit « Ceux qui", "sûre à 80" + nb + "%", true},
		// the quotation's words cut whole, how sure in short
		{"en", 900, "Donald Trump", "Esc: cancel", "Donald Trump says « Ceux qui… » (80%)", "", false},
		{"fr", 920, "Donald Trump", "Échap" + nb + ": annuler", "Donald Trump dit « Ceux qui… » (80" + nb + "%)", "", false},
		// the speaker list beside the line, as wide as a long name, left it no room for the key: the
		// actions now go under the line, which shows the whole
		{"fr", 920, "Mohammed Belhocine", "Échap" + nb + ": annuler", "Mohammed Belhocine dit « Ceux qui", "sûre à 80" + nb + "%", true},
	} {
		t.Run(fmt.Sprint(c.language, c.width, c.name), func(t *testing.T) {
			useLanguage(t, c.language)
			ui, _ := newTestUI(t, longQuoteDoc(t, c.name), false)
			ui.win.Resize(fyne.NewSize(c.width, 768))
			ui.win.Content().Refresh()
			ui.reviewNext(false, true)
			ui.win.Content().Refresh()
			shown := shownStatus(t, ui, "")
			if !strings.HasPrefix(shown, c.start) || !strings.HasSuffix(shown, c.end) {
				t.Errorf("after Alt+J the line shows %q, want %q…%q", shown, c.start, c.end)
			}
			if c.whole != (shown == ui.status.Text) || c.whole == ui.status.more.Visible() {
				t.Errorf("after Alt+J: whole %v, button %v, shown %q", shown == ui.status.Text, ui.status.more.Visible(), shown)
			}

			must(t, ui.startLink())
			ui.win.Content().Refresh()
			shown = shownStatus(t, ui, "")
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
// at 1024 pixels before the kind and its key. On two lines it shows whole; cut, its short form keeps
// them, the entity's name too.
func TestCutMentionStatusKeepsAltK(t *testing.T) {
	for _, c := range []struct {
		language, kind string
		width          float32
	}{{"en", "name, Alt+K to change", 1024}, {"fr", "nom, Alt+K pour la changer", 1024}, {"en", "name, Alt+K", 760}, {"fr", "nom, Alt+K", 820}} {
		t.Run(fmt.Sprint(c.language, c.width), func(t *testing.T) {
			useLanguage(t, c.language)
			d := longQuoteDoc(t, "M. Lavrov")
			must(t, annotate.NewEditor(d).AddEntity(&annotate.Entity{Type: annotate.LabelPER,
				Names: map[string]string{"fr": "Sergueï Viktorovitch Lavrov", "en": "Sergei Lavrov"}, Mentions: []string{d.Spans[0].ID}}))
			ui, _ := newTestUI(t, d, false)
			ui.win.Resize(fyne.NewSize(c.width, 768))
			ui.win.Content().Refresh()
			ui.selectSpan(d.Spans[0].ID)
			ui.win.Content().Refresh()
			shown := shownStatus(t, ui, "")
			if !strings.Contains(shown, "Sergueï Viktorovitch Lavrov") || !strings.HasSuffix(shown, c.kind) {
				t.Errorf("the line shows %q, want the entity's name and %q", shown, c.kind)
			}
		})
	}
}

// TestCutQuoteStatusNamesTheSpeakerAlone: the speaker's words beside its name ("François Molins (le
// procureur de Paris)") took the short form's room at 1024 pixels, and its percentage with it; the
// short form names the speaker alone, the whole message its words too.
func TestCutQuoteStatusNamesTheSpeakerAlone(t *testing.T) {
	useLanguage(t, "fr")
	d := longQuoteDoc(t, "le procureur de Paris")
	must(t, annotate.NewEditor(d).AddEntity(&annotate.Entity{Type: annotate.LabelPER,
		Names: map[string]string{"fr": "François Molins"}, Mentions: []string{d.Spans[0].ID}}))
	ui, _ := newTestUI(t, d, false)
	ui.win.Resize(fyne.NewSize(1024, 768))
	ui.win.Content().Refresh()
	ui.reviewNext(false, true)
	ui.win.Content().Refresh()
	if want := "François Molins dit « Ceux qui… » (80\u00a0%)"; shownStatus(t, ui, "") != want {
		t.Errorf("the line shows %q, want %q", ui.status.label.Text, want)
	}
	if !strings.HasPrefix(ui.status.Text, "François Molins (le procureur de Paris) dit") {
		t.Errorf("the whole message %q does not say the speaker's words", ui.status.Text)
	}
}
