package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestLettersInFrenchSayWhereToType: the first steps say to type the translation; an analyst who
// clicked a sentence's French first (to confirm a name) and typed "January" saw nothing happen, or
// a tag or a confirmation ("a"), and no word on why. A letter that is no command, typed in the French
// or the line of English spans, now says that letters are commands there and that Enter goes to the
// English; the commands keep their own messages, and the English field types them as text.
func TestLettersInFrenchSayWhereToType(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, testDoc(t), false)
	r := visibleRow(t, ui, 0)
	want := "Ici, les lettres sont des commandes (p o l m q c a r s k), pas du texte\u00a0: Entrée passe à l’anglais, pour traduire"
	cases := []struct {
		name  string
		typed func()
	}{
		{"a letter in the French", func() { ui.win.Canvas().Focus(r.src); r.src.TypedRune('J') }},
		{"an accented letter", func() { ui.win.Canvas().Focus(r.src); r.src.TypedRune('é') }},
		{"a digit", func() { ui.win.Canvas().Focus(r.src); r.src.TypedRune('1') }},
		{"a letter in the English spans", func() { r.strip.TypedRune('J') }},
	}
	for _, c := range cases {
		ui.setStatus("")
		c.typed()
		if ui.status.Text != want {
			t.Errorf("%s: status %q, want %q", c.name, ui.status.Text, want)
		}
	}
	ui.win.Canvas().Focus(r.src)
	ui.setStatus("")
	r.src.TypedRune(' ')
	if ui.status.Text == want {
		t.Error("a space, which nobody starts a translation with, names the commands")
	}
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, "January")
	if ui.doc.Segments[0].Target != "January" || ui.status.Text == want {
		t.Errorf("in the English: target %q, status %q", ui.doc.Segments[0].Target, ui.status.Text)
	}
}
