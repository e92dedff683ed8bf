package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// TestConfirmingTheLastSegmentSaysWhatIsLeft: Ctrl+Enter on the last segment, with no segment
// after it to go to, says where the work stands, which the status line ("Segment 3 of 3 —
// translated") left unsaid: how many segments are left to translate and the key to the next, or
// that every one is translated (a locked segment, not to translate, counting for none).
func TestConfirmingTheLastSegmentSaysWhatIsLeft(t *testing.T) {
	d := pairDoc("« Déjà vu » 👍🏽.", "José\u0301 répond.", "La loi 2007.", "Fin.")
	locked := d.Segments[2]
	locked.Locked, locked.Target, locked.Status = true, d.SourceText(locked), annotate.StatusTranslated
	ui, _ := newTestUI(t, d, false)
	confirm := custom(fyne.KeyReturn, ctrl)
	typeEnglish(t, ui, 3, "The end.")
	pressShortcut(ui, confirm)
	if want := "Segment 4 confirmed, the last: 2 segments are left to translate (Ctrl+U goes to the next)"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	for i, en := range []string{"“Déjà vu” 👍🏽.", "José\u0301 answers."} {
		typeEnglish(t, ui, i, en)
		pressShortcut(ui, confirm)
	}
	ui.focusSegment(3, annotate.Target)
	pressShortcut(ui, confirm)
	if want := "Segment 4 confirmed, the last: every segment is translated"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
}
