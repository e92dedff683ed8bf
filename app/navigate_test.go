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

// TestConfirmingSaysSo: Ctrl+Enter that moves on to the next segment says, in either language, that
// the segment left was confirmed, before the state of the one reached, which the move shows as before;
// Alt+Enter says it was reviewed. The note goes with the next move: it is said once.
func TestConfirmingSaysSo(t *testing.T) {
	for _, c := range []struct{ language, confirmed, reviewed, moved string }{
		{"en", "Segment 1 confirmed. Segment 2 of 3 — new", "Segment 2 reviewed. Segment 3 of 3 — new", "Segment 2 of 3 — reviewed"},
		{"fr", "Segment 1 validé. Segment 2 sur 3 — nouveau", "Segment 2 relu. Segment 3 sur 3 — nouveau", "Segment 2 sur 3 — relu"},
	} {
		t.Run(c.language, func(t *testing.T) {
			useLanguage(t, c.language)
			ui, _ := newTestUI(t, pairDoc("Bonjour.", "Merci.", "Fin."), false)
			typeEnglish(t, ui, 0, "Hello.")
			pressShortcut(ui, custom(fyne.KeyReturn, ctrl))
			if ui.status.Text != c.confirmed || ui.doc.Segments[0].Status != annotate.StatusTranslated {
				t.Errorf("after Ctrl+Enter: status %q, want %q", ui.status.Text, c.confirmed)
			}
			typeEnglish(t, ui, 1, "Thanks.")
			pressShortcut(ui, custom(fyne.KeyReturn, alt))
			if ui.status.Text != c.reviewed {
				t.Errorf("after Alt+Enter: status %q, want %q", ui.status.Text, c.reviewed)
			}
			ui.focusSegment(1, annotate.Target)
			if ui.status.Text != c.moved {
				t.Errorf("moved back: status %q, want %q", ui.status.Text, c.moved)
			}
		})
	}
}
