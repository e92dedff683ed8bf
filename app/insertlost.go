package app

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// How the English lost the translator's tags: an insertion over it, or typing or a paste.
const (
	lostInserted = iota
	lostTyped
)

// sayLost names, on the status line, the English tags of the translator's an insertion, or typing,
// removed: the new English does not say their words, or says them more than once.
func (ui *UI) sayLost(lost []annotate.LostSpan, how int) {
	if len(lost) == 0 {
		return
	}
	var names []string
	for _, l := range lost {
		short, _ := shortText(l.Text)
		names = append(names, lang.L("{{.Label}} “{{.Text}}”", map[string]any{"Label": l.Label, "Text": short}))
	}
	tags := map[string]any{"Tags": strings.Join(names, ", ")}
	if how == lostTyped {
		ui.setStatus(lang.L("Your tags {{.Tags}} were removed with their words: Ctrl+Z brings them back", tags))
		return
	}
	ui.setStatus(lang.L("Inserted; your tags {{.Tags}} were removed with their words: tag their English again", tags))
}

// typedLost is what a run of typing in an English field removed of the translator's tags: each comes
// back as the run types its words again (annotate.Editor.KeepRetyped), and the rest are said on the
// status line again after each keystroke of the run (each shows the segment's state), until the run
// is over: Ctrl+Z, another edit, typing elsewhere.
type typedLost struct {
	step any // the editor's step of the run (annotate.Editor.Step)
	from int // the byte offset in the English where the run began
	lost []annotate.LostSpan
}

// say records lost, removed by the keystroke just typed at byte from, puts back the tags retyped, and
// says what the run removed.
func (l *typedLost) say(ui *UI, lost []annotate.LostSpan, from int) {
	if len(lost) > 0 {
		*l = typedLost{step: ui.ed.Step(), from: from, lost: lost}
	}
	if l.step == nil || l.step != ui.ed.Step() {
		*l = typedLost{}
		return
	}
	l.lost = ui.ed.KeepRetyped(l.lost, l.from)
	ui.sayLost(l.lost, lostTyped)
}
