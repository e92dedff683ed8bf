package app

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
)

// TestExportDialogGreysSpanChoices: TMX keeps no spans, so the dialog greys the text, mentions and
// confirmed-only choices for it (the command line refuses --side, --mentions and --confirmed), and
// an export with the box ticked for another format is not a confirmed-only one; XLIFF as plain text
// greys them too, and unticking plain text gives back the text chosen. Each greyed choice says why.
func TestExportDialogGreysSpanChoices(t *testing.T) {
	ui, path, _ := savedTestDoc(t)
	format, _ := exportDialogSelects(t, ui)
	top := ui.win.Canvas().Overlays().Top()
	selectOf := func(option string) *formSelect {
		s, _ := findShown(top, func(o fyne.CanvasObject) bool {
			s, ok := o.(*formSelect)
			return ok && slices.Contains(s.Options, option)
		}).(*formSelect)
		if s == nil {
			t.Fatalf("no choice offering %q", option)
		}
		return s
	}
	checkOf := func(text string) *formCheck {
		c, _ := findShown(top, func(o fyne.CanvasObject) bool { c, ok := o.(*formCheck); return ok && c.Text == text }).(*formCheck)
		if c == nil {
			t.Fatalf("no box %q", text)
		}
		return c
	}
	side, mentions := selectOf(bothSidesName()), selectOf(allMentionsName())
	confirmed, plain := checkOf(confirmedOnlyName()), checkOf(noMarkersName())
	greyed := func(want bool, when string) {
		t.Helper()
		for name, d := range map[string]bool{"text": side.Disabled(), "mentions": mentions.Disabled(), "confirmed only": confirmed.Disabled()} {
			if d != want {
				t.Errorf("%s: the %s choice greyed %v, want %v", when, name, d, want)
			}
		}
		if want && (side.Selected != "" || mentions.Selected != "") {
			t.Errorf("%s: greyed choices show %q and %q, want none", when, side.Selected, mentions.Selected)
		}
	}

	// A greyed choice says why under it, as the offsets' unit does.
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
	unused, plainText := lang.L("Not used by this format"), lang.L("Not used in plain text")

	format.SetSelected("doccano relation JSONL")
	greyed(false, "doccano")
	hints("doccano", map[string]int{unused: 4}) // XLIFF's plain text, TMX's paragraphs, the untranslated segments of a text, the table's layout
	test.Tap(confirmed)
	format.SetSelected("TMX 1.4b translation memory")
	greyed(true, "TMX")
	hints("TMX", map[string]int{unused: 7})
	format.SetSelected("XLIFF 2.1")
	greyed(false, "XLIFF")
	if side.Selected != bothSidesName() {
		t.Errorf("XLIFF after TMX: the text is %q, want both", side.Selected)
	}
	side.SetSelected(side.Options[1]) // the English
	test.Tap(plain)
	greyed(true, "XLIFF as plain text")
	hints("XLIFF as plain text", map[string]int{unused: 4, plainText: 3})
	test.Tap(plain)
	greyed(false, "XLIFF with markers")
	hints("XLIFF with markers", map[string]int{unused: 4})
	if side.Selected != side.Options[1] {
		t.Errorf("markers back: the text is %q, want the one chosen before, %q", side.Selected, side.Options[1])
	}

	format.SetSelected("TMX 1.4b translation memory")
	ui.win.Canvas().Focus(format)
	if box := exportNameBox(t, ui); box.Text != "article.tmx" {
		t.Errorf("the TMX export, the confirmed-only box greyed, is proposed as %q, want article.tmx", box.Text)
	}
	saveExport(t, ui, false)
	if got := readFile(filepath.Join(filepath.Dir(path), "article.tmx")); got == "" {
		t.Error("no TMX written")
	}
}
