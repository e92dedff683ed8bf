package update

import (
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestUpdateShowsTheReviewersChanges: updating from a reviewer's returned XLIFF (2 and 1.2) that
// changed a translated segment's English keeps the translator's version, so that the app shows the
// reviewer's changes, though the document does not track changes (its translator's edits are not the
// review); undoing the update takes it away with the English.
func TestUpdateShowsTheReviewersChanges(t *testing.T) {
	for _, f := range []string{"xliff", "xliff12"} {
		d := testDoc(t)
		v1 := d.Segments[0].Target
		if d.TrackChanges {
			t.Fatal("the translator's document tracks changes")
		}
		e := annotate.NewEditor(d)
		back := returned(t, testDoc(t), f, false, []edit{{"Dialogue is free", "Dialogue is « open » 😀"}})
		p, err := Match(d, back, "back.xlf")
		must(t, err)
		if _, err := Apply(e, p, Options{}); err != nil {
			t.Fatal(err)
		}
		s1 := d.Segments[0]
		if !s1.Changed() || s1.TranslatorTarget != v1 {
			t.Errorf("%s: after the update, translator's version %q (English %q), want %q", f, s1.TranslatorTarget, s1.Target, v1)
		}
		e.Undo()
		if s1.Changed() || s1.TranslatorTarget != "" || s1.Target != v1 {
			t.Errorf("%s: undoing the update leaves %q, %q", f, s1.Target, s1.TranslatorTarget)
		}
	}
}
