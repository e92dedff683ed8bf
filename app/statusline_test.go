package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestLongStatusReadsWhole: a status message too long for the line (an export's destination deep in
// folders) is cut with "…", and then a button at its end, or a click on the line, shows it whole in a
// dialog, line breaks and all, where it can be copied. A message that fits shows no button, and a
// click on it opens nothing.
func TestLongStatusReadsWhole(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.win.Resize(fyne.NewSize(1000, 600))
	overlays := func() int { return len(ui.win.Canvas().Overlays().List()) }

	ui.setStatus("Saved a.json")
	ui.win.Content().Refresh()
	if ui.status.more.Visible() {
		t.Error("a short message shows the button that reads it whole")
	}
	test.Tap(ui.status)
	if overlays() != 0 {
		t.Fatal("a click on a short message opened a dialog")
	}

	long := "Could not export to “report.xlsx”.\nThe folder " + strings.Repeat("/very/deep/folder", 20) + " is read-only: choose another folder."
	ui.setStatus(long)
	ui.win.Content().Refresh()
	if strings.Contains(ui.status.Text, "\n") {
		t.Errorf("the status line shows %q, on more than one line", ui.status.Text)
	}
	if !ui.status.more.Visible() {
		t.Fatal("a message cut by the line's end has no button to read it whole")
	}
	if _, end := rect(ui.status.more); end.X > ui.win.Canvas().Size().Width+0.5 {
		t.Errorf("the button ends at x=%v, out of the window", end.X)
	}
	test.Tap(ui.status.more)
	if overlays() != 1 || shownMessage(ui.win.Canvas().Overlays().Top(), long) == nil {
		t.Fatalf("the button showed %d dialogs, want one with the whole message", overlays())
	}
	test.Tap(shownButton(ui.win.Canvas().Overlays().Top(), "Copy"))
	if got := ui.app.Clipboard().Content(); got != long {
		t.Errorf("Copy put %q on the clipboard, want the whole message", got)
	}
	if overlays() != 0 {
		t.Error("Copy left the dialog open")
	}

	test.Tap(ui.status)
	if overlays() != 1 {
		t.Fatal("a click on the cut message opened no dialog")
	}
	pressKey(ui, fyne.KeyEscape)
	if overlays() != 0 {
		t.Error("Escape left the message open")
	}

	ui.win.Resize(fyne.NewSize(4000, 600)) // room enough: the button goes
	ui.win.Content().Refresh()
	if ui.status.more.Visible() {
		t.Error("the button stays once the whole message fits")
	}
}

// TestLongStatusWrapsWithoutMoving: at 1366×768 and 1280×800, in English and French, a message too
// long for one line (an export's destination and what it left out) goes on over a second line, whole,
// with no button, where it ended in "…" at 1366 pixels in French; and the bar keeps its height
// whatever it says (nothing, one line, two, more), so that the segments above it never move.
func TestLongStatusWrapsWithoutMoving(t *testing.T) {
	for _, c := range []struct {
		language string
		size     fyne.Size
	}{{"en", fyne.NewSize(1350, 720)}, {"fr", fyne.NewSize(1350, 720)}, {"en", fyne.NewSize(1264, 752)}, {"fr", fyne.NewSize(1264, 752)}} {
		t.Run(fmt.Sprint(c.language, c.size.Width), func(t *testing.T) {
			useLanguage(t, c.language)
			ui, _ := newTestUI(t, testDoc(t), false)
			ui.win.Resize(c.size)
			dest := "/home/traductrice/Documents/Clients/Agence France-Presse/2026/novembre/article-lavrov.doccano.jsonl"
			long := lang.N("{{.Status}} ({{.N}} warnings, as the Export dialog listed)", 3,
				map[string]any{"Status": lang.L("Exported to {{.Name}}", map[string]any{"Name": dest}), "N": 3})
			var height, top float32
			for i, msg := range []string{"", "Saved", long, long + " " + long} {
				ui.setStatus(msg)
				ui.win.Content().Refresh()
				h, y := ui.status.Size().Height, ui.sideSplit.Size().Height
				if i > 0 && (h != height || y != top) {
					t.Errorf("%q: the status line %v high, the panes %v, were %v and %v", msg, h, y, height, top)
				}
				height, top = h, y
				if msg == long {
					if shown := shownStatus(t, ui, ""); shown != long || ui.status.more.Visible() {
						t.Errorf("the line shows %q (button %v), want the whole %q", shown, ui.status.more.Visible(), long)
					}
					if n := strings.Count(ui.status.label.Text, "\n"); n != 1 {
						t.Errorf("the message takes %d lines, want 2", n+1)
					}
				}
			}
			if !ui.status.more.Visible() {
				t.Error("a message of four lines' length shows no button to read it whole")
			}
			shownStatus(t, ui, "")
		})
	}
}

// TestStatusFitsTheButtonsRow: the status line is no taller than the span actions beside it, whatever
// it says: its two lines made the bar 6 pixels taller than the buttons, for every message, taken from
// the segments. A message of two lines is drawn in that height, each line whole, a font size and a
// fifth apart at least (as a text's lines are set), neither going past the bar.
func TestStatusFitsTheButtonsRow(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.win.Resize(fyne.NewSize(1366, 740))
	row := ui.palette.actions.MinSize().Height
	for _, msg := range []string{"", "Enregistré", strings.Repeat("Exporté vers /home/traductrice/Documents/article.doccano.jsonl ; ", 2) + "fin"} {
		ui.setStatus(msg)
		ui.win.Content().Refresh()
		if h := ui.trackBar.Size().Height; h > row {
			t.Errorf("%q: the bar is %v high, the buttons beside it %v", msg, h, row)
		}
	}
	lines := ui.status.label.lines
	if shownStatus(t, ui, ""); lines[1].Text == "" {
		t.Fatalf("a message of two lines' length shows %q", ui.status.label.Text)
	}
	gap := lines[1].Position().Y - lines[0].Position().Y
	if gap < 1.2*theme.TextSize() {
		t.Errorf("the lines are %v apart, at a text size of %v", gap, theme.TextSize())
	}
	h := ui.status.Size().Height
	if top, bottom := lines[0].Position().Y, lines[1].Position().Y+textHeight(); top < -1 || bottom > h+1 {
		t.Errorf("the lines go from %v to %v, in a line %v high", top, bottom, h)
	}
}
