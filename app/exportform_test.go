package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestExportFormKeepsItsSize: the note under a greyed choice ("Not used by this format") comes and
// goes with the format and with XLIFF's plain text box, and the dialog keeps its size meanwhile:
// the note's line stays, blank, where the choice applies.
func TestExportFormKeepsItsSize(t *testing.T) {
	test.NewTempApp(t)
	f := newExportForm()
	want := f.form.MinSize()
	for i, format := range f.fmts {
		f.format.SetSelectedIndex(i)
		for _, plain := range []bool{false, true} {
			if plain && !hasMarkers(format) {
				continue
			}
			f.plain.SetChecked(plain)
			if got := f.form.MinSize(); got.Height != want.Height {
				t.Errorf("%s (plain text %v): the form is %v high, %v for the first format", format.Name, plain, got.Height, want.Height)
			}
		}
		f.plain.SetChecked(false)
	}
}
