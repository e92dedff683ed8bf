package app

import (
	"maps"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
)

// TestExportDialogSpanChoices: TMX keeps no spans, so the dialog leaves out the text, mentions and
// confirmed-only choices for it (the command line refuses --side, --mentions and --confirmed), and
// an export with the box ticked for another format is not a confirmed-only one; XLIFF as plain text
// greys them, each saying why under it, and unticking plain text gives back the text chosen. No
// row says it does not apply: a row that does not is not there.
func TestExportDialogSpanChoices(t *testing.T) {
	ui, path, _ := savedTestDoc(t)
	format, _ := exportDialogSelects(t, ui)
	f := ui.exportForm
	top := ui.win.Canvas().Overlays().Top()
	side, mentions, confirmed, plain := f.side, f.mentions, f.confirmed, f.plain
	state := func(o fyne.CanvasObject, disabled bool) string {
		switch {
		case !isShown(top, o):
			return "left out"
		case disabled:
			return "greyed"
		}
		return "shown"
	}
	rows := func(want string, when string) {
		t.Helper()
		for name, s := range map[string]string{"text": state(side, side.Disabled()), "mentions": state(mentions, mentions.Disabled()),
			"confirmed only": state(confirmed, confirmed.Disabled())} {
			if s != want {
				t.Errorf("%s: the %s choice %s, want %s", when, name, s, want)
			}
		}
	}
	hints := func(when string, want map[string]int) {
		t.Helper()
		got := map[string]int{}
		findShown(top, func(o fyne.CanvasObject) bool {
			if txt, ok := o.(*canvas.Text); ok && strings.HasPrefix(txt.Text, "Not used") {
				got[txt.Text]++
			}
			return false
		})
		if !maps.Equal(got, want) {
			t.Errorf("%s: hints shown %v, want %v", when, got, want)
		}
	}
	plainText := lang.L("Not used in plain text")

	format.SetSelected("doccano relation JSONL")
	rows("shown", "doccano")
	hints("doccano", map[string]int{})
	test.Tap(confirmed)
	format.SetSelected("TMX 1.4b translation memory")
	rows("left out", "TMX")
	format.SetSelected("XLIFF 2.1")
	rows("shown", "XLIFF")
	if side.Selected != bothSidesName() {
		t.Errorf("XLIFF after TMX: the text is %q, want both", side.Selected)
	}
	side.SetSelected(side.Options[1]) // the English
	test.Tap(plain)
	rows("greyed", "XLIFF as plain text")
	hints("XLIFF as plain text", map[string]int{plainText: 3})
	if side.Selected != "" || mentions.Selected != "" {
		t.Errorf("XLIFF as plain text: greyed choices show %q and %q, want none", side.Selected, mentions.Selected)
	}
	test.Tap(plain)
	rows("shown", "XLIFF with markers")
	hints("XLIFF with markers", map[string]int{})
	if side.Selected != side.Options[1] {
		t.Errorf("markers back: the text is %q, want the one chosen before, %q", side.Selected, side.Options[1])
	}

	format.SetSelected("TMX 1.4b translation memory")
	ui.win.Canvas().Focus(format)
	if box := exportNameBox(t, ui); box.Text != "article.tmx" {
		t.Errorf("the TMX export, the confirmed-only box left out, is proposed as %q, want article.tmx", box.Text)
	}
	saveExport(t, ui, false)
	if got := readFile(filepath.Join(filepath.Dir(path), "article.tmx")); got == "" {
		t.Error("no TMX written")
	}
}

// isShown reports whether o is drawn in top: in the tree of its objects, and visible.
func isShown(top, o fyne.CanvasObject) bool {
	return findShown(top, func(c fyne.CanvasObject) bool { return c == o }) != nil
}
