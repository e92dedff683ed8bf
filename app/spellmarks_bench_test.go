package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// BenchmarkKeystrokeSpellMarks types in an English field with misspelt words, every row on screen
// holding some, after a run of the checks (which then stay put: in the app they run a second after
// typing stops): what the lines under the words cost each key.
func BenchmarkKeystrokeSpellMarks(b *testing.B) {
	ui := wikinewsUI(b)
	english := strings.Repeat("The goverment said teh presidnet « will recieve » the minsiter and the café 😀 today. ", 4)
	for i := range min(len(ui.doc.Segments), 60) {
		if _, err := ui.ed.SetTarget(ui.doc.Segments[i].ID, english); err != nil {
			b.Fatal(err)
		}
	}
	ui.qa.runNow()
	ui.focusSegment(2, annotate.Target)
	r := ui.rowFor(2)
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
}

// BenchmarkSpellMarksPlace places the lines under the misspelt words of a field of four wrapped
// rows, as each keystroke in it does: what the marks add to a keystroke.
func BenchmarkSpellMarksPlace(b *testing.B) {
	ui := wikinewsUI(b)
	english := strings.Repeat("The goverment said teh presidnet « will recieve » the minsiter and the café 😀 today. ", 4)
	if _, err := ui.ed.SetTarget(ui.doc.Segments[2].ID, english); err != nil {
		b.Fatal(err)
	}
	ui.qa.runNow()
	ui.focusSegment(2, annotate.Target)
	r := ui.rowFor(2)
	size := r.marks.Size()
	b.ResetTimer()
	for range b.N {
		if len(r.marks.underlines(size)) == 0 {
			b.Fatal("no lines")
		}
	}
}
