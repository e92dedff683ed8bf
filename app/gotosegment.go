package app

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// goToSegmentDialog asks for a segment's number and goes to its English, as OmegaT's Ctrl+J and
// memoQ's and Trados's Ctrl+G do: a reviewer's "see segment 212" was reached only by scrolling. The
// field starts with the current segment's number, selected, so that typing replaces it; a number
// out of range or no number at all keeps the dialog open and says why under the field.
func (ui *UI) goToSegmentDialog() {
	count := len(ui.doc.Segments)
	field := newNameEntry(nil)
	field.SetText(strconv.Itoa(ui.cur + 1))
	problem := widget.NewLabel("")
	problem.Importance = widget.DangerImportance
	problem.Wrapping = fyne.TextWrapWord
	problem.Hide()
	field.OnChanged = func(string) { problem.Hide() }
	prompt := widget.NewLabel(lang.L("Segment number, from 1 to {{.N}}:", map[string]any{"N": count}))
	dlg := ui.newDialog(lang.L("Go to segment"), container.NewVBox(prompt, field, problem))
	goTo := func() {
		n, err := segmentNumber(field.Text, count)
		if err != nil {
			problem.SetText(err.Error())
			problem.Show()
			ui.win.Canvas().Focus(field)
			return
		}
		dlg.Hide()
		ui.jumpToSegment(n-1, annotate.Target)
		ui.showState() // its status, locked, shown in addition to the filter: "Segment 2" alone said none
	}
	cancel := ui.newDialogButton(lang.L("Cancel"), theme.CancelIcon(), dlg.Hide)
	ok := ui.newDialogButton(lang.L("Go"), theme.ConfirmIcon(), goTo)
	ok.Importance = widget.HighImportance
	dlg.SetButtons([]fyne.CanvasObject{cancel, ok})
	field.escape = dlg.Hide
	field.OnSubmitted = func(string) { goTo() }
	dlg.Resize(fyne.NewSize(360, 0))
	ui.present(dlg, dlg.Hide, goTo)
	ui.win.Canvas().Focus(field)
	field.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// segmentNumber reads a segment's number, 1 to count, from what was typed (spaces around it
// allowed), or says in the interface's language why it is none.
func segmentNumber(typed string, count int) (int, error) {
	s := strings.TrimSpace(typed)
	n, err := strconv.Atoi(s)
	switch {
	case s == "":
		return 0, errors.New(lang.L("Type a segment number, from 1 to {{.N}}", map[string]any{"N": count}))
	case err != nil:
		return 0, errors.New(lang.L("“{{.Typed}}” is not a segment number: type one from 1 to {{.N}}", map[string]any{"Typed": s, "N": count}))
	case n < 1 || n > count:
		return 0, errors.New(lang.N("There is no segment {{.Typed}}: the document has {{.N}} segments", count, map[string]any{"Typed": n, "N": count}))
	}
	return n, nil
}
