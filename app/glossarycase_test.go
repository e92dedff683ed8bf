package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/glose-app/glose/suggest/glossary"
)

// caseText has the acronym PAN, the word pan, « » with no-break spaces, an emoji, and a combining accent
// before them, so that a moved offset shows in the marks.
const caseText = "Le Cafe\u0301 « PAN » 👍🏽 a vu la pan du mur, puis Orange et une orange."

// storedEntry returns the stored entry of source term src.
func storedEntry(t *testing.T, ui *UI, src string) glossary.Entry {
	t.Helper()
	es, err := ui.sugg.src.eng.Glossary.Entries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Source == src {
			return e
		}
	}
	t.Fatalf("no entry %q among %+v", src, es)
	return glossary.Entry{}
}

// TestAddTermMatchCase: the Add dialog's Match case box is ticked while the French is an acronym or a
// capitalised word the document writes in lower case too (Orange, une orange), and stays as the person
// leaves it once they touched it; Add stores it, and the French marks PAN only where it is written
// PAN, Orange only where it is Orange.
func TestAddTermMatchCase(t *testing.T) {
	ui := suggestUI(t, pairDoc(caseText), nil, nil)
	f := ui.showAddTerm("PAN", "PAN", nil)
	if !f.matchCase.Checked {
		t.Error("an acronym's Match case is not ticked")
	}
	test.Type(f.fr, "ama") // "PANama" is no acronym: unticked again
	if f.matchCase.Checked {
		t.Error("Match case stays ticked for PANama")
	}
	f.fr.SetText("PAN")
	test.Tap(f.matchCase) // the person unticks it, then ticks it: theirs from now on
	test.Tap(f.matchCase)
	test.Type(f.fr, "ama")
	f.fr.SetText("PAN")
	if !f.matchCase.Checked {
		t.Fatal("Match case, ticked by the person, changed with the French")
	}
	test.Tap(f.add)
	if e := storedEntry(t, ui, "PAN"); !e.MatchCase {
		t.Errorf("stored %+v, want it matching case", e)
	}
	f = ui.showAddTerm("Orange", "Orange", nil)
	if !f.matchCase.Checked {
		t.Error("Orange's Match case is not ticked, though the document writes « une orange »")
	}
	test.Tap(f.add)
	if got, want := glossaryMarksOf(t, ui, 0), "PAN; Orange"; got != want {
		t.Errorf("the French marks %q, want %q", got, want)
	}
	f = ui.showAddTerm("PAN", "PAN", nil) // again: not doubled, says it matches case
	test.Tap(f.add)
	if got := ui.status.Text; got != "Already in the glossary, matching case: PAN → PAN" {
		t.Errorf("status %q", got)
	}
}

// TestGlossaryListMatchCase: Tools › Glossary… shows which entries match case, a box ticked in their
// row, and the box changes it: the French marks follow at once.
func TestGlossaryListMatchCase(t *testing.T) {
	ui := suggestUI(t, pairDoc(caseText), nil, nil)
	g := ui.sugg.src.eng.Glossary
	must(t, g.Add(context.Background(), glossary.Entry{Source: "PAN", Target: "PAN", MatchCase: true},
		glossary.Entry{Source: "orange", Target: "orange"}))
	ui.sugg.sourcesChanged()
	if got, want := glossaryMarksOf(t, ui, 0), "PAN; Orange; orange"; got != want {
		t.Fatalf("the French marks %q, want %q", got, want)
	}
	v := ui.showGlossary()
	row := v.list.CreateItem().(*glossaryRow)
	v.list.UpdateItem(0, row) // orange, in dictionary order
	if row.term.Text != "orange → orange" || row.matchCase.Checked {
		t.Fatalf("row 0: %q, match case %v", row.term.Text, row.matchCase.Checked)
	}
	v.list.UpdateItem(1, row) // the row shown again for PAN: ticked, and nothing changed
	if row.term.Text != "PAN → PAN" || !row.matchCase.Checked || !storedEntry(t, ui, "PAN").MatchCase || !g.MatchCase("PAN", "PAN") {
		t.Fatalf("row 1: %q, match case %v", row.term.Text, row.matchCase.Checked)
	}
	test.Tap(row.matchCase)
	if storedEntry(t, ui, "PAN").MatchCase {
		t.Error("unticking the row's box left PAN matching case")
	}
	if got, want := glossaryMarksOf(t, ui, 0), "PAN; pan; Orange; orange"; got != want {
		t.Errorf("after unticking PAN: the French marks %q, want %q", got, want)
	}
	if got := ui.status.Text; got != "Found in any case from now on: PAN → PAN" {
		t.Errorf("status %q", got)
	}
	v.list.UpdateItem(0, row)
	test.Tap(row.matchCase)
	if !storedEntry(t, ui, "orange").MatchCase {
		t.Error("ticking orange's box did not store it")
	}
	if got, want := glossaryMarksOf(t, ui, 0), "PAN; pan; orange"; got != want {
		t.Errorf("after ticking orange: the French marks %q, want %q", got, want)
	}
}

// TestGlossaryListHeadsMatchCase: "Match case" was written in every row of Tools › Glossary…, some
// 150 units of each in French, and a longer term was cut (« ministre de l’Intérieur → Interior
// Mini… »). The rows' boxes are bare under one heading, and such a term is shown whole in the
// dialog as a 1024-unit window has it; with no entry, there is no heading.
func TestGlossaryListHeadsMatchCase(t *testing.T) {
	useLanguage(t, "fr")
	ui := suggestUI(t, pairDoc(caseText), nil, nil)
	ui.win.Resize(fyne.NewSize(1024, 640))
	v := ui.showGlossary()
	if v.caseHead.Visible() {
		t.Error("an empty glossary: the Match case heading is shown")
	}
	long := glossary.Entry{Source: "ministre de l’Intérieur", Target: "Interior Minister", Origin: glossary.Typed}
	must(t, ui.sugg.src.eng.Glossary.Add(context.Background(), long, glossary.Entry{Source: "PAN", Target: "PAN", MatchCase: true}))
	v.added(long)
	if !v.caseHead.Visible() {
		t.Error("entries: no Match case heading")
	}
	width := v.list.Size().Width
	if width < 400 {
		t.Fatalf("the list is %.0f units wide: not laid out in the dialog", width)
	}
	row := v.list.CreateItem().(*glossaryRow)
	test.WidgetRenderer(row)
	for i, e := range v.shown {
		v.list.UpdateItem(i, row)
		row.Resize(fyne.NewSize(width, row.MinSize().Height))
		if row.matchCase.Text != "" || row.matchCase.Checked != e.MatchCase {
			t.Errorf("row %d: box %q ticked %v, want a bare box ticked %v", i, row.matchCase.Text, row.matchCase.Checked, e.MatchCase)
		}
		need := fyne.MeasureText(row.term.Text, theme.TextSize(), row.term.TextStyle).Width + 2*theme.InnerPadding()
		if got := row.term.Size().Width; got < need {
			t.Errorf("row %q has %.0f units of the %.0f it needs: cut", row.term.Text, got, need)
		}
	}
}

// TestAddTermMatchCaseHintInFrench: the hint under Match case read « Trouvé seulement écrit dans cette
// casse », a participle with nothing it agrees with; it says what is found, in French as typeset.
func TestAddTermMatchCaseHintInFrench(t *testing.T) {
	useLanguage(t, "fr")
	ui := suggestUI(t, pairDoc(caseText), nil, nil)
	ui.showAddTerm("PAN", "PAN", nil)
	w := "Le terme n’est reconnu qu’écrit dans cette casse\u00a0: PAN, pas pan (accents mis à part)."
	for _, txt := range texts(ui.win.Canvas().Overlays().Top()) {
		if txt.Text == w {
			return
		}
	}
	t.Errorf("no hint %q in Add to the glossary", w)
}
