package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// putinLavrovDoc has two PER entities: "Poutine", whose English "Putin" pre-annotation proposed,
// and "Lavrov", whose English "S. Lavrov" a person typed.
func putinLavrovDoc(t *testing.T) *annotate.Document {
	t.Helper()
	d := pairDoc("Poutine a reçu Lavrov.")
	ed := annotate.NewEditor(d)
	for i, n := range [][2]string{{"Poutine", "Putin"}, {"Lavrov", "S. Lavrov"}} {
		at := strings.Index(d.Text, n[0])
		sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len(n[0]), Label: annotate.LabelPER, Origin: annotate.Auto, Confidence: 0.9}
		must(t, ed.AddSpan(sp))
		e := &annotate.Entity{ID: []string{"e1", "e2"}[i], Type: annotate.LabelPER, Names: map[string]string{"fr": n[0], "en": n[1]}, Mentions: []string{sp.ID}}
		if i == 0 {
			e.Proposed = []string{"en"}
		}
		must(t, ed.AddEntity(e))
	}
	return d
}

// retype replaces the text of a name field as a person does, and presses Enter in it.
func retype(ui *UI, e *widget.Entry, text string) {
	ui.win.Canvas().Focus(e)
	e.SetText("")
	test.Type(e, text)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

// TestFrenchRenameProposesEnglishAnew: Enter on a new French name in the Entities tab gives the
// proposed English the new name's (Poutine → Vladimir Poutine: Putin → Vladimir Putin), in the
// field too; one Ctrl+Z gives both names back. The Rename button, the English field untouched, does
// the same.
func TestFrenchRenameProposesEnglishAnew(t *testing.T) {
	ui, _ := newTestUI(t, putinLavrovDoc(t), false)
	p := entitiesTab(ui)
	pickEntity(t, p, "e1")
	retype(ui, p.nameSrc, "Vladimir Poutine")
	e := ui.doc.Entity("e1")
	if e.Names["fr"] != "Vladimir Poutine" || e.Names["en"] != "Vladimir Putin" || p.nameTgt.Text != "Vladimir Putin" {
		t.Fatalf("renamed: names %v, English field %q; want Vladimir Poutine / Vladimir Putin", e.Names, p.nameTgt.Text)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if e.Names["fr"] != "Poutine" || e.Names["en"] != "Putin" || p.nameTgt.Text != "Putin" || ui.ed.CanUndo() {
		t.Errorf("one undo: names %v, English field %q, more to undo %v", e.Names, p.nameTgt.Text, ui.ed.CanUndo())
	}
	p.nameSrc.SetText("Vladimir Poutine") // the Rename button, the English field left as it was
	must(t, p.renameBoth())
	if e.Names["en"] != "Vladimir Putin" {
		t.Errorf("Rename button: names %v", e.Names)
	}
}

// TestFrenchRenameKeepsPersonsEnglish: the Rename button on a new French name leaves an English name a
// person typed, or one a person confirmed (Enter on it as proposed), as it is; an English field the
// person changed is applied as typed.
func TestFrenchRenameKeepsPersonsEnglish(t *testing.T) {
	ui, _ := newTestUI(t, putinLavrovDoc(t), false)
	p := entitiesTab(ui)
	pickEntity(t, p, "e2")
	p.nameSrc.SetText("Sergueï Lavrov")
	must(t, p.renameBoth())
	if e := ui.doc.Entity("e2"); e.Names["fr"] != "Sergueï Lavrov" || e.Names["en"] != "S. Lavrov" {
		t.Errorf("a person's English: names %v", e.Names)
	}
	pickEntity(t, p, "e1")
	retype(ui, p.nameTgt, "Putin") // confirmed
	retype(ui, p.nameSrc, "Vladimir Poutine")
	if e := ui.doc.Entity("e1"); e.Names["en"] != "Putin" {
		t.Errorf("a confirmed English became %q", e.Names["en"])
	}
	p.nameSrc.SetText("V. Poutine")
	p.nameTgt.SetText("V. Putin")
	must(t, p.renameBoth())
	if e := ui.doc.Entity("e1"); e.Names["fr"] != "V. Poutine" || e.Names["en"] != "V. Putin" {
		t.Errorf("both typed: names %v", e.Names)
	}
}

// TestNameTypedIsKeptWhenAnotherEntityIsChosen: an analyst naming entity after entity types the
// English name, then clicks the next entity in the list; the name typed, never submitted with Enter,
// was thrown away without a word. It renames the entity it was typed for, in one undo step, and the
// status line says so; a name left as it was renames nothing.
func TestNameTypedIsKeptWhenAnotherEntityIsChosen(t *testing.T) {
	d := mosquesDoc(t) // e1 Ammar ben Yasser, e2 Al-Fateh de Sinjar
	ui, _ := newTestUI(t, d, false)
	p := entitiesTab(ui)
	pickEntity(t, p, "e1")
	ui.win.Canvas().Focus(p.nameTgt)
	p.nameTgt.SetText("Ammar ibn Yasir Mosque") // typed, no Enter
	pickEntity(t, p, "e2")
	if got := d.Entity("e1").Names["en"]; got != "Ammar ibn Yasir Mosque" {
		t.Fatalf("e1's English name %q after choosing e2, want the name typed", got)
	}
	if p.sel != "e2" || p.nameSrc.Text != "Al-Fateh de Sinjar" || p.nameTgt.Text != "" {
		t.Errorf("shown %s with %q / %q, want e2's names", p.sel, p.nameSrc.Text, p.nameTgt.Text)
	}
	if _, hl := listed(p); hl != "e2" {
		t.Errorf("the list highlights %q, want e2", hl)
	}
	if want := "Entity renamed: “Ammar ben Yasser / Ammar ibn Yasir Mosque”"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	pickEntity(t, p, "e1") // nothing typed for e2: no rename
	if got := d.Entity("e2").Names; len(got) != 1 {
		t.Errorf("e2's names %v after choosing e1 with nothing typed", got)
	}
	ui.undoStep()
	if got := d.Entity("e1").Names["en"]; got != "" {
		t.Errorf("Ctrl+Z left e1's English name %q", got)
	}

	// a name typed, then another document opened: its e1 is another entity, never renamed so
	pickEntity(t, p, "e1")
	p.nameTgt.SetText("Typed for the first document")
	other := mosquesDoc(t)
	ui.setDocument(other, "")
	p.refresh()
	if p.nameTgt.Text == "Typed for the first document" {
		t.Error("the other document's entity shows the name typed for the first document's")
	}
	pickEntity(t, p, "e2")
	if got := other.Entity("e1").Names["en"]; got != "" {
		t.Errorf("the other document's e1 was renamed %q", got)
	}
}
