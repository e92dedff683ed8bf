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
// back as the run types its words again, and goes again if the typing goes on into its word
// (annotate.Editor.KeepRetyped); the rest are said on the status line again after each keystroke of
// the run (each shows the segment's state), until the run is over: Ctrl+Z, another edit, typing
// elsewhere. A tag whose words end the English comes back when the field loses the focus.
type typedLost struct {
	step any // the editor's step of the run (annotate.Editor.Step)
	annotate.Retyped
}

// say records lost, removed by the keystroke just typed at byte from, puts back the tags retyped, and
// says what the run removed.
func (l *typedLost) say(ui *UI, lost []annotate.LostSpan, from int) {
	if len(lost) > 0 {
		*l = typedLost{step: ui.ed.Step(), Retyped: annotate.Retyped{Lost: lost, From: from}}
	}
	if l.step == nil || l.step != ui.ed.Step() {
		*l = typedLost{}
		return
	}
	ui.ed.KeepRetyped(&l.Retyped, false)
	ui.sayLost(l.Lost, lostTyped)
}

// left is said when the field loses the focus: the tags whose words the run typed at the very end of
// the English come back, in the run's step.
func (l *typedLost) left(ui *UI) {
	if l.step == nil || l.step != ui.ed.Step() {
		return
	}
	if ui.ed.KeepRetyped(&l.Retyped, true) {
		ui.sayLost(l.Lost, lostTyped)
	}
}

// FocusLost is part of fyne.Focusable: what the typing run typed at the end of the English is over.
func (e *targetEntry) FocusLost() {
	e.Entry.FocusLost()
	e.lost.left(e.row.ui)
}
