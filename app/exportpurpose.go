package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate/formats"
)

// The uses an export is made for, as the Export dialog's buttons above the format name them: the
// document itself, a translation tool, the translation to deliver, a recogniser's training data,
// a table of who said what. Each button chooses the format last chosen for it (exportForm.byPurpose),
// so that the usual export is a click on its purpose, then Export, for a person who exports rarely
// and does not know that a CAT tool reads XLIFF.
const (
	purposeGlose    = "glose"
	purposeCAT      = "cat"
	purposeDeliver  = "deliver"
	purposeTraining = "training"
	purposeTable    = "table"
)

// exportPurposes are the purposes in the order of their buttons and of the formats' list.
var exportPurposes = []string{purposeGlose, purposeCAT, purposeDeliver, purposeTraining, purposeTable}

// purposeOf is the purpose a format is for, from what it keeps.
func purposeOf(f formats.Format) string {
	switch {
	case f.Translation:
		return purposeDeliver
	case f.Rows:
		return purposeTable
	case f.NER:
		return purposeTraining
	case f.Markers || f.NoSpans:
		return purposeCAT
	}
	return purposeGlose
}

// purposeTitle is the button of a purpose.
func purposeTitle(p string) string {
	switch p {
	case purposeCAT:
		return lang.L("Translation tool")
	case purposeDeliver:
		return lang.L("Translation to deliver")
	case purposeTraining:
		return lang.L("Training data")
	case purposeTable:
		return lang.L("Quotations table")
	}
	return lang.L("Glose document")
}

// purposeName is the label of the row of purposes.
func purposeName() string { return lang.L("For") }

// purposeButton is one purpose's button; Return and Escape go to the dialog, as from its other
// choices, and Space presses it.
type purposeButton struct {
	widget.Button
	purpose       string
	enter, escape func()
}

// TypedKey implements fyne.Focusable.
func (b *purposeButton) TypedKey(ev *fyne.KeyEvent) {
	if !dialogKey(ev, b.enter, b.escape) {
		b.Button.TypedKey(ev)
	}
}

// newPurposeRow makes the purposes' buttons, side by side after their label.
func (f *exportForm) newPurposeRow() fyne.CanvasObject {
	label := widget.NewLabelWithStyle(purposeName(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	row := container.New(&flowLayout{}, label) // wrapping in a small window, not scrolling sideways
	for _, p := range exportPurposes {
		b := &purposeButton{purpose: p}
		b.Text = purposeTitle(p)
		b.OnTapped = func() { f.choosePurpose(p) }
		b.ExtendBaseWidget(b)
		f.purposes = append(f.purposes, b)
		row.Add(b)
	}
	return row
}

// choosePurpose chooses the format last chosen for purpose p, or its first.
func (f *exportForm) choosePurpose(p string) {
	first := -1
	for i, format := range f.fmts {
		if purposeOf(format) != p {
			continue
		}
		if first < 0 {
			first = i
		}
		if format.Name == f.byPurpose[p] {
			first = i
			break
		}
	}
	if first >= 0 {
		f.format.SetSelectedIndex(first) // formatChosen
	}
}

// purposeChosen shows purpose p's button as chosen, and remembers format for it.
func (f *exportForm) purposeChosen(p, format string) {
	f.byPurpose[p] = format
	for _, b := range f.purposes {
		imp := widget.MediumImportance
		if b.purpose == p {
			imp = widget.HighImportance
		}
		if b.Importance != imp {
			b.Importance = imp
			b.Refresh()
		}
	}
}
