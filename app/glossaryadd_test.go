package app

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/glossary"
)

// addTermText has « » with no-break spaces, an emoji with its skin tone before the words selected,
// accented letters and a person the document knows.
const addTermText = "Les élus des « gilets jaunes » 👍🏽 ont reçu Sergueï Lavrov à Paris."

// addTermDoc is addTermText with Sergueï Lavrov an entity whose English name is Sergei Lavrov.
func addTermDoc(t *testing.T) *annotate.Document {
	t.Helper()
	d := pairDoc(addTermText)
	ed := annotate.NewEditor(d)
	at := strings.Index(addTermText, "Sergueï Lavrov")
	sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len("Sergueï Lavrov"), Label: "PER", Origin: annotate.Auto, Confidence: 0.7}
	must(t, ed.AddSpan(sp))
	must(t, ed.AddEntity(&annotate.Entity{ID: "e1", Type: "PER",
		Names: map[string]string{"fr": "Sergueï Lavrov", "en": "Sergei Lavrov"}, Mentions: []string{sp.ID}}))
	return d
}

// selectFrench selects word in segment 0's French, as a drag does.
func selectFrench(t *testing.T, ui *UI, word string) {
	t.Helper()
	ui.focusSegment(0, annotate.Source)
	r := visibleRow(t, ui, 0)
	at := strings.Index(addTermText, word)
	r.src.SetSelection(at, at+len(word))
}

// typedTerms lists the stored entries a person typed, as "French → English (note)".
func typedTerms(t *testing.T, ui *UI) string {
	t.Helper()
	es, err := ui.sugg.src.eng.Glossary.Entries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		if e.Origin == glossary.Typed {
			out = append(out, e.Source+" → "+e.Target+" ("+e.Note+")")
		}
	}
	return strings.Join(out, "; ")
}

// TestAddTermFromTheSelections selects « gilets jaunes » in the French and “yellow vests” in the
// English, presses Ctrl+Shift+G (the Tools menu's shortcut): the dialog holds both; Add stores them
// as typed, the French underlines the term and the typing suggestions offer it at once. A French
// entity mention with no English selected brings the entity's English name; the same pair again is
// not doubled; the same French with another English is a second entry.
func TestAddTermFromTheSelections(t *testing.T) {
	ui := suggestUI(t, addTermDoc(t), nil, nil)
	if got := glossaryMarksOf(t, ui, 0); strings.Contains(got, "gilets") {
		t.Fatalf("marked before anything was added: %q", got)
	}
	selectFrench(t, ui, "gilets jaunes")
	ui.focusSegment(0, annotate.Target)
	r := visibleRow(t, ui, 0)
	r.entry.SetText("The elected “yellow vests” 👍🏽 met Sergei Lavrov.")
	en := "The elected “"
	selectInEntry(r.entry, utf8.RuneCountInString(en), utf8.RuneCountInString("yellow vests"), true)
	pressShortcut(ui, custom(fyne.KeyG, ctrl|shift))
	f := ui.term
	if f == nil || ui.topModal() == nil {
		t.Fatal("Ctrl+Shift+G opened no dialog")
	}
	if f.fr.Text != "gilets jaunes" || f.en.Text != "yellow vests" || f.note.Text != "" {
		t.Fatalf("dialog holds %q → %q (%q), want both selections", f.fr.Text, f.en.Text, f.note.Text)
	}
	if ui.win.Canvas().Focused() != f.en {
		t.Errorf("the focus is on %T, want the English", ui.win.Canvas().Focused())
	}
	f.note.SetText("  mouvement de 2018 ")
	test.Tap(f.add)
	if ui.topModal() != nil {
		t.Error("the dialog is still open after Add")
	}
	if got, want := typedTerms(t, ui), "gilets jaunes → yellow vests (mouvement de 2018)"; got != want {
		t.Errorf("stored %q, want %q", got, want)
	}
	if got := ui.status.Text; got != "Added to the glossary: gilets jaunes → yellow vests" {
		t.Errorf("status %q", got)
	}
	if got := glossaryMarksOf(t, ui, 0); !strings.Contains(got, "gilets jaunes") {
		t.Errorf("the French marks %q, want the added term", got)
	}
	if got := glossaryOffers(t, ui); !strings.Contains(got, "gilets jaunes → yellow vests") {
		t.Errorf("offers %q, want the added term", got)
	}

	// An entity's mention, no English selected: its English name.
	selectFrench(t, ui, "Sergueï Lavrov")
	visibleRow(t, ui, 0).entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome}) // no English selected
	ui.addTermDialog()
	if f := ui.term; f.fr.Text != "Sergueï Lavrov" || f.en.Text != "Sergei Lavrov" {
		t.Errorf("on an entity's mention: %q → %q, want its English name", f.fr.Text, f.en.Text)
	}
	ui.term.en.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if ui.topModal() != nil {
		t.Fatal("Escape in the English field did not close the dialog")
	}

	// The same pair again: not doubled. Another English: a second entry, offered beside the first.
	selectFrench(t, ui, "gilets jaunes")
	ui.addTermDialog()
	ui.term.en.SetText("yellow vests")
	test.Tap(ui.term.add)
	if got := ui.status.Text; got != "Already in the glossary, not added again: gilets jaunes → yellow vests" {
		t.Errorf("the same pair again: status %q", got)
	}
	ui.addTermDialog()
	ui.term.en.SetText("yellow jackets")
	test.Tap(ui.term.add)
	if got, want := typedTerms(t, ui), "gilets jaunes → yellow jackets (); gilets jaunes → yellow vests (mouvement de 2018)"; got != want {
		t.Errorf("stored %q, want %q", got, want)
	}
	if got := glossaryOffers(t, ui); !strings.Contains(got, "gilets jaunes → yellow vests") || !strings.Contains(got, "gilets jaunes → yellow jackets") {
		t.Errorf("offers %q, want both translations", got)
	}
}

// TestAddTermFromTheGlossaryDialog opens Tools › Glossary…, presses Add…: the dialog is empty; Add
// with a side missing keeps it open, says which and puts the focus there; the French typed with a
// combining accent is stored composed, found in the text's « élus », listed at once in the glossary
// and shown as typed.
func TestAddTermFromTheGlossaryDialog(t *testing.T) {
	ui := suggestUI(t, addTermDoc(t), nil, nil)
	selectFrench(t, ui, "gilets jaunes") // Add… ignores the selections
	v := ui.showGlossary()
	test.Tap(v.add)
	f := ui.term
	if f == nil || f.fr.Text != "" || f.en.Text != "" || ui.win.Canvas().Focused() != f.fr {
		t.Fatalf("Add… opened %+v, want an empty dialog with the focus on the French", f)
	}
	test.Tap(f.add)
	if !f.problem.Visible() || f.problem.Text != "Type the French term: the glossary needs both sides." || ui.win.Canvas().Focused() != f.fr {
		t.Errorf("Add with nothing typed: problem %q (shown %v)", f.problem.Text, f.problem.Visible())
	}
	test.Type(f.fr, " e\u0301lus ")
	if f.problem.Visible() {
		t.Error("the problem stays shown once the French is typed")
	}
	f.fr.OnSubmitted(f.fr.Text) // Enter in the field
	if f.problem.Text != "Type the English translation: the glossary needs both sides." || ui.win.Canvas().Focused() != f.en {
		t.Errorf("Add without English: problem %q, focus %T", f.problem.Text, ui.win.Canvas().Focused())
	}
	if got := typedTerms(t, ui); got != "" {
		t.Fatalf("a refused entry was stored: %q", got)
	}
	test.Type(f.en, "elected officials  ")
	test.Tap(f.add)
	if got, want := typedTerms(t, ui), "élus → elected officials ()"; got != want {
		t.Errorf("stored %q, want %q", got, want)
	}
	if got := glossaryMarksOf(t, ui, 0); !strings.Contains(got, "élus") {
		t.Errorf("the French marks %q, want élus", got)
	}
	row := v.list.CreateItem()
	v.list.UpdateItem(0, row)
	if got := row.(*glossaryRow).term.Text + " | " + row.(*glossaryRow).about.Text; v.list.Length() != 1 || got != "élus → elected officials | typed" {
		t.Errorf("the glossary lists %d entries, the first %q", v.list.Length(), got)
	}
	if ui.topModal() == nil {
		t.Error("the glossary closed with the Add dialog")
	}
	test.Tap(v.add) // the same pair in capitals is the entry stored, named as stored
	test.Type(ui.term.fr, "ÉLUS")
	test.Type(ui.term.en, "Elected Officials")
	test.Tap(ui.term.add)
	if got, want := typedTerms(t, ui), "élus → elected officials ()"; got != want {
		t.Errorf("after the pair in capitals: stored %q, want %q", got, want)
	}
	if got := ui.status.Text; !strings.Contains(got, "not added again: élus → elected officials") {
		t.Errorf("the status line says %q", got)
	}
}

// TestAddTermGoesBackToTheEnglish: a term added from the French (a double click, Ctrl+Shift+G, its
// English, Enter) leaves the keyboard in the segment's English, where the translator types next, as
// memoQ and OmegaT do. It went back to the French, where the next letters typed went nowhere, or
// tagged the term: "p…" made it a person.
func TestAddTermGoesBackToTheEnglish(t *testing.T) {
	ui := suggestUI(t, addTermDoc(t), nil, nil)
	selectFrench(t, ui, "gilets jaunes")
	pressShortcut(ui, custom(fyne.KeyG, ctrl|shift))
	f := ui.term
	if f == nil || ui.topModal() == nil {
		t.Fatal("Ctrl+Shift+G opened no dialog")
	}
	test.Type(ui.win.Canvas().Focused(), "yellow vests")
	f.en.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if ui.topModal() != nil {
		t.Fatal("Enter left the dialog open")
	}
	if got := typedTerms(t, ui); got != "gilets jaunes → yellow vests ()" {
		t.Fatalf("stored %q", got)
	}
	r := visibleRow(t, ui, 0)
	if got := ui.win.Canvas().Focused(); got != r.entry {
		t.Fatalf("focus on %T after Add, want the segment's English", got)
	}
	test.Type(ui.win.Canvas().Focused(), "The")
	if got := ui.doc.Segments[0].Target; got != "The" {
		t.Errorf("typed after Add: English %q", got)
	}
	if n := len(ui.doc.Spans); n != 1 {
		t.Errorf("typing after Add changed the spans: %d", n)
	}
}
