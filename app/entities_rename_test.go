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
