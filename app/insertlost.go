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
// removed: the new English does not say their words, or says them more than once; and the names
// it kept on the shorter name the new English says ("Lavrov" for "Sergei Lavrov").
func (ui *UI) sayLost(lost []annotate.LostSpan, how int) {
	var gone, moved []string
	for _, l := range lost {
		short, _ := shortText(l.Text)
		args := map[string]any{"Label": l.Label, "Text": short, "Now": l.Now}
		if l.Now != "" {
			moved = append(moved, lang.L("{{.Label}} “{{.Text}}” → “{{.Now}}”", args))
		} else {
			gone = append(gone, lang.L("{{.Label}} “{{.Text}}”", args))
		}
	}
	if len(gone)+len(moved) == 0 {
		return
	}
	args := map[string]any{"Tags": strings.Join(gone, ", "), "Moved": strings.Join(moved, ", ")}
	ui.setStatus(lostMessage(how, len(gone) > 0, len(moved) > 0, args))
}

// lostMessage is sayLost's message, by how the tags went, for tags removed, moved to a shorter
// name, or both.
func lostMessage(how int, gone, moved bool, args map[string]any) string {
	switch {
	case how == lostTyped && !moved:
		return lang.L("Your tags {{.Tags}} were removed with their words: Ctrl+Z brings them back", args)
	case how == lostTyped && !gone:
		return lang.L("Your tags {{.Moved}} moved to the shorter name", args)
	case how == lostTyped:
		return lang.L("Your tags {{.Moved}} moved to the shorter name; {{.Tags}} were removed with their words: Ctrl+Z brings them back", args)
	case !moved:
		return lang.L("Inserted; your tags {{.Tags}} were removed with their words: tag their English again", args)
	case !gone:
		return lang.L("Inserted; your tags {{.Moved}} moved to the shorter name", args)
	}
	return lang.L("Inserted; your tags {{.Moved}} moved to the shorter name; {{.Tags}} were removed with their words: tag their English again", args)
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
	var moved []annotate.LostSpan // kept on a shorter name: said once
	if len(lost) > 0 {
		*l = typedLost{step: ui.ed.Step(), Retyped: annotate.Retyped{From: from}}
		for _, x := range lost {
			if x.Now != "" {
				moved = append(moved, x)
			} else {
				l.Lost = append(l.Lost, x)
			}
		}
	}
	if l.step == nil || l.step != ui.ed.Step() {
		*l = typedLost{}
		return
	}
	ui.ed.KeepRetyped(&l.Retyped, false)
	ui.sayLost(append(moved, l.Lost...), lostTyped)
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
