package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2/test"
)

// badFrenchBreak says what is wrong with a line of French drawn in a wrapped text, or "": a line
// that ends with « (its quotation on the next line) or starts with » : ; ! ? (a mark cut from the
// word it closes), which Fyne's word wrapping gives, as it breaks at the no-break spaces French
// puts inside « » and before those marks.
func badFrenchBreak(line string) string {
	line = strings.Trim(line, " \u00a0\u202f")
	if strings.HasSuffix(line, "«") {
		return "ends with «"
	}
	if r, _ := utf8.DecodeRuneInString(line); line != "" && strings.ContainsRune("»:;!?", r) {
		return "starts with " + string(r)
	}
	return ""
}

// TestMergePickerTitleKeepsFrenchMarks: the merge picker's title, "Fusionner « PER · NAME » avec :",
// was a Fyne label wrapping at every space, no-break ones included: for some names it showed "»"
// or ":" alone at the start of its second line. Whatever the name's length, no line of it starts
// with a closing mark or ends with «.
func TestMergePickerTitleKeepsFrenchMarks(t *testing.T) {
	useLanguage(t, "fr")
	for n := 1; n <= 30; n++ {
		d := manyPeople(t, 2)
		name := "Jean" + strings.Repeat(" Mmm", n/4) + " " + strings.Repeat("m", 1+n%4) // words as short as names have
		d.Entities[0].Names["fr"] = name
		ui, _ := newTestUI(t, d, false)
		p := ui.panels[0].(*entitiesPanel)
		ui.tabs.SelectIndex(0)
		p.refresh()
		p.sel = d.Entities[0].ID
		p.showDetail()
		test.Tap(p.merge.button)
		for _, txt := range texts(p.merge.pop.Content) {
			if !strings.Contains(p.merge.titleText(), strings.TrimSpace(txt.Text)) {
				continue // not a line of the title
			}
			if why := badFrenchBreak(txt.Text); why != "" {
				t.Errorf("name %q: a line of the title %s: %q (title %q)", name, why, txt.Text, p.merge.titleText())
			}
		}
		p.merge.close()
	}
}
