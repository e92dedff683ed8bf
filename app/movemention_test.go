package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// duponts returns three sentences naming Jean Dupont, "M. Dupont" filed with him, and Pierre Dupont,
// the second translated with "Mr Dupont", a suggestion projected from "M. Dupont" in Jean's entity.
func duponts(t *testing.T) (d *annotate.Document, mr, mrEN *annotate.Span) {
	t.Helper()
	text := "Jean Dupont est arrivé. M. Dupont a parlé. Pierre Dupont aussi."
	d = annotate.NewDocument("duponts", "", text, "fr", "en")
	a, b := strings.Index(text, "M. "), strings.Index(text, "Pierre")
	d.AddSegment(0, a-1, 0, annotate.KindSentence)
	d.AddSegment(a, b-1, 0, annotate.KindSentence)
	d.AddSegment(b, len(text), 0, annotate.KindSentence)
	d.Segments[1].Target = "Mr Dupont spoke."
	ed := annotate.NewEditor(d)
	tag := func(name string) *annotate.Span {
		at := strings.Index(text, name)
		sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len(name), Label: annotate.LabelPER, Origin: annotate.Auto, Confidence: 0.5}
		must(t, ed.AddSpan(sp))
		return sp
	}
	jean, pierre := tag("Jean Dupont"), tag("Pierre Dupont")
	mr = tag("M. Dupont")
	mrEN = &annotate.Span{Side: annotate.Target, Segment: d.Segments[1].ID, Start: 0, End: len("Mr Dupont"), Label: annotate.LabelPER, Origin: annotate.Auto, Confidence: 0.5}
	must(t, ed.AddSpan(mrEN))
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkTranslation, From: mr.ID, To: mrEN.ID, Origin: annotate.Auto}))
	must(t, ed.AddEntity(&annotate.Entity{ID: "jean", Type: annotate.LabelPER, Names: map[string]string{"fr": "Jean Dupont"}, Mentions: []string{jean.ID, mr.ID, mrEN.ID}}))
	must(t, ed.AddEntity(&annotate.Entity{ID: "pierre", Type: annotate.LabelPER, Names: map[string]string{"fr": "Pierre Dupont"}, Mentions: []string{pierre.ID}}))
	return d, mr, mrEN
}

// TestMoveMentionFromTheText: with the caret in "M. Dupont", Alt+G (Tag › Move the mention to another
// entity…) shows the Entities tab and a picker, "A new entity of its own" first, then the other
// people; Enter splits it off, its English with it, in one undo step, and the keyboard is back in the
// text. Again, typing "pierre" and Enter files it under Pierre Dupont, its English following; Escape
// closes the picker, moving nothing.
func TestMoveMentionFromTheText(t *testing.T) {
	d, mr, mrEN := duponts(t)
	ui, _ := newTestUI(t, d, false)
	p := ui.entitiesPanel()
	if menuItem(t, ui, "Tag", "Move the mention to another entity…") == nil {
		t.Fatal("no Move the mention to another entity… in the Tag menu")
	}
	r := visibleRow(t, ui, 1)
	c := ui.win.Canvas()
	key := func(k fyne.KeyName) { c.Focused().TypedKey(&fyne.KeyEvent{Name: k}) }
	open := func() {
		t.Helper()
		c.Focus(r.src)
		caretTo(t, r, 3) // in "M. Dupont"
		ui.handleShortcut(custom(fyne.KeyG, alt))
		if !p.merge.isOpen() || ui.tabs.SelectedIndex() != 0 {
			t.Fatalf("Alt+G: picker open %v, tab %d; want the picker over the Entities tab", p.merge.isOpen(), ui.tabs.SelectedIndex())
		}
	}

	open()
	if got := p.merge.query.PlaceHolder; got != "Type a name to find the entity to move it to" {
		t.Errorf("the picker's field says %q, the merge's words", got)
	}
	if got := p.merge.labels; len(got) != 2 || got[0] != "A new entity of its own" || !strings.Contains(got[1], "Pierre Dupont") {
		t.Fatalf("picker lists %q, want a new entity, then Pierre Dupont (not Jean, its own)", got)
	}
	key(fyne.KeyReturn)
	own := d.EntityOf(mr.ID)
	switch {
	case own == nil || own.ID == "jean" || own.ID == "pierre":
		t.Fatalf("Enter left M. Dupont in %+v, want a new entity", own)
	case d.EntityOf(mrEN.ID) != own:
		t.Errorf("Mr Dupont stayed in %+v, want it with its French", d.EntityOf(mrEN.ID))
	case len(d.Entity("jean").Mentions) != 1:
		t.Errorf("Jean Dupont keeps %v", d.Entity("jean").Mentions)
	}
	if want := "New entity PER “M. Dupont”, split off “Jean Dupont”, which keeps 1 mention"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	if c.Focused() != fyne.Focusable(r.src) || p.sel != own.ID {
		t.Errorf("after the move: focus on %T, entity shown %q; want the text, %q", c.Focused(), p.sel, own.ID)
	}
	ui.undoStep()
	if d.EntityOf(mr.ID).ID != "jean" || d.EntityOf(mrEN.ID).ID != "jean" || d.Entity(own.ID) != nil {
		t.Fatalf("one undo left M. Dupont in %s, Mr Dupont in %s", d.EntityOf(mr.ID).ID, d.EntityOf(mrEN.ID).ID)
	}

	open()
	test.Type(p.merge.query, "pierre")
	key(fyne.KeyReturn)
	if d.EntityOf(mr.ID).ID != "pierre" || d.EntityOf(mrEN.ID).ID != "pierre" {
		t.Fatalf("M. Dupont in %s, Mr Dupont in %s; want both Pierre's", d.EntityOf(mr.ID).ID, d.EntityOf(mrEN.ID).ID)
	}
	if want := "Moved PER “M. Dupont” from “Jean Dupont” to “Pierre Dupont”"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	if err := d.Validate(); err != nil {
		t.Error(err)
	}

	open()
	key(fyne.KeyEscape)
	if p.merge.isOpen() || d.EntityOf(mr.ID).ID != "pierre" || c.Focused() != fyne.Focusable(r.src) {
		t.Errorf("Escape: picker open %v, M. Dupont in %s, focus on %T", p.merge.isOpen(), d.EntityOf(mr.ID).ID, c.Focused())
	}
}
