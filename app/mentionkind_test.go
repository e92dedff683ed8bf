package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

const kindAction = "Change the mention’s kind: name, description, pronoun"

// TestMentionKindFromTheKeyboard: the kind of the entity mention the keys designate changes with k in
// the French (and Alt+K anywhere, and the Edit menu), name → description → pronoun → name, one undo
// step each; the status line says the kind in words, and the row brackets a mention that is no name.
// The menu item is greyed with no mention designated (the caret in a quotation).
func TestMentionKindFromTheKeyboard(t *testing.T) {
	d, pro := speakerDoc(t)
	ui, _ := newTestUI(t, d, false)
	r := visibleRow(t, ui, 1)
	ui.win.Canvas().Focus(r.src)
	seg := d.Segments[1]
	caretTo(t, r, strings.Index(d.Text, "fini")-seg.Start)
	if !greyed(t, ui)[kindAction] {
		t.Errorf("%q not greyed with the caret in a quotation", kindAction)
	}
	r.src.TypedRune('k')
	if pro.Mention != annotate.MentionPronoun || !strings.HasPrefix(ui.status.Text, "Click an entity mention") {
		t.Errorf("k in a quotation: kind %q, status %q", pro.Mention, ui.status.Text)
	}

	caretTo(t, r, pro.Start-seg.Start+1) // in "il"
	if greyed(t, ui)[kindAction] {
		t.Errorf("%q greyed with the caret in the pronoun", kindAction)
	}
	if !bracketed(ui, 1, pro.ID) {
		t.Error("the pronoun is not bracketed in the French")
	}
	steps := []struct {
		press func()
		want  annotate.MentionKind
		said  string
	}{
		{func() { r.src.TypedRune('k') }, "", "“il” is now marked as a name"},
		{func() { r.src.TypedRune('K') }, annotate.MentionNominal, "“il” is now marked as a description"},
		{func() { ui.handleShortcut(custom(fyne.KeyK, alt)) }, annotate.MentionPronoun, "“il” is now marked as a pronoun"},
		{func() { menuItem(t, ui, "Edit", kindAction).Action() }, "", "“il” is now marked as a name"},
	}
	for i, s := range steps {
		s.press()
		if pro.Mention != s.want || ui.status.Text != s.said {
			t.Errorf("step %d: kind %q, status %q; want %q, %q", i+1, pro.Mention, ui.status.Text, s.want, s.said)
		}
		if got := bracketed(ui, 1, pro.ID); got != (s.want != "") {
			t.Errorf("step %d: bracketed %v as a %s", i+1, got, s.want.String())
		}
	}
	ui.undoStep()
	if pro.Mention != annotate.MentionPronoun {
		t.Errorf("undone once: %q, want back to pronoun", pro.Mention)
	}
	ui.selectSpan(pro.ID)
	// the status line names whom the pronoun stands for, which the words alone do not say
	if want := "PER “il” — suggestion — entity: Sergueï Lavrov — mention: pronoun, Alt+K to change"; ui.status.Text != want {
		t.Errorf("the pronoun selected: status %q, want %q", ui.status.Text, want)
	}
	for _, sp := range d.Spans {
		if sp.Label == annotate.LabelPER && sp.IsName() && bracketed(ui, 0, sp.ID) {
			t.Errorf("the name %q is bracketed", d.SpanText(sp))
		}
	}
}

// TestMentionKindStatusInFrench: the status line says the kind in French, with French typography.
func TestMentionKindStatusInFrench(t *testing.T) {
	useLanguage(t, "fr")
	d, pro := speakerDoc(t)
	ui, _ := newTestUI(t, d, false)
	ui.selectSpan(pro.ID)
	if want := "mention\u00a0: pronom, Alt+K pour la changer"; !strings.HasSuffix(ui.status.Text, want) {
		t.Errorf("status %q, want it to end with %q", ui.status.Text, want)
	}
	ui.run(ui.cycleMentionKind)
	if want := "«\u00a0il\u00a0» est maintenant marqué comme nom"; pro.Mention != "" || ui.status.Text != want {
		t.Errorf("k: kind %q, status %q; want a name, %q", pro.Mention, ui.status.Text, want)
	}
	if menuItem(t, ui, "Édition", "Changer la nature de la mention\u00a0: nom, description, pronom") == nil {
		t.Error("no French menu item")
	}
}

// bracketed reports whether segment i's French shows span id with brackets.
func bracketed(ui *UI, i int, id string) bool {
	for _, h := range ui.sourceHighlights(i) {
		if h.ID == id {
			return h.Bracket
		}
	}
	return false
}

// menuItem returns the item labelled label of the menu named menu.
func menuItem(t *testing.T, ui *UI, menu, label string) *fyne.MenuItem {
	t.Helper()
	for _, it := range menuNamed(t, ui, menu).Items {
		if it.Label == label {
			return it
		}
	}
	t.Fatalf("no %q in the %s menu", label, menu)
	return nil
}
