package app

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// sayLost names, on the status line, the English tags of the translator's an insertion removed: the
// new English does not say their words, or says them more than once.
func (ui *UI) sayLost(lost []annotate.LostSpan) {
	if len(lost) == 0 {
		return
	}
	var names []string
	for _, l := range lost {
		short, _ := shortText(l.Text)
		names = append(names, lang.L("{{.Label}} “{{.Text}}”", map[string]any{"Label": l.Label, "Text": short}))
	}
	ui.setStatus(lang.L("Inserted; your tags {{.Tags}} were removed with their words: tag their English again", map[string]any{"Tags": strings.Join(names, ", ")}))
}
