package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// BenchmarkKeystrokeTabs4MB types in the English of a segment holding quotes of the 4 MB article, a
// letter then Backspace, with each side tab shown in turn (BenchmarkKeystrokeQuotes4MB has the Quotes
// tab): what the tab shown does at every refresh, and the Quotes tab's count in its title, must not
// walk the whole document at every key. In entity, the Entities tab shows the entity with the most
// mentions.
func BenchmarkKeystrokeTabs4MB(b *testing.B) {
	for _, c := range []struct {
		name string
		tab  int
	}{{"entities", 0}, {"entity", 0}, {"qa", 2}, {"suggestions", 3}} {
		b.Run(c.name, func(b *testing.B) {
			ui := wikinewsUI(b)
			i, _ := twoQuotes(b, ui)
			ui.selectPanel(ui.panels[c.tab])
			if p := ui.panels[0].(*entitiesPanel); c.name == "entity" {
				p.list.Select(mostMentioned(p))
			}
			ui.focusSegment(i, annotate.Target)
			r := ui.rowFor(i)
			content := ui.win.Content()
			back := &fyne.KeyEvent{Name: fyne.KeyBackspace}
			b.ResetTimer()
			for n := range b.N {
				if n%2 == 0 {
					test.Type(r.entry, "a")
				} else {
					r.entry.TypedKey(back)
				}
				frameMinSizes(content)
			}
		})
	}
}
