package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

const showEntityAction = "Show the mention’s entity"

// manyEntitiesDoc returns an article of 61 sentences, each naming a person of its own, filed under an
// entity: "Hélène Dupré 00" to "Hélène Dupré 59", then, last in the text and in the Entities list,
// "Zoé Çárdenas" (of the entity Zoé Çárdenas-Ruiz) after a quotation in « » with no-break spaces and emoji, written with e + U+0301
// (the import makes it NFC); and the span of that quotation, no mention.
func manyEntitiesDoc(t *testing.T) (d *annotate.Document, zoe, quote *annotate.Span) {
	t.Helper()
	var b strings.Builder
	for i := range 60 {
		fmt.Fprintf(&b, "Hélène Dupré %02d est arrivée à la mairie 🎉.\n\n", i)
	}
	b.WriteString("«\u00a0C’est un succès 👍🏽\u00a0», a déclaré Zoe\u0301 Çárdenas ce mercredi.\n")
	d, _, err := workspace.LoadBytes("many.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	ed := annotate.NewEditor(d)
	tag := func(name, label string) *annotate.Span {
		at := strings.LastIndex(d.Text, name)
		sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len(name), Label: label}
		must(t, ed.AddSpan(sp))
		return sp
	}
	for i := range 60 {
		name := fmt.Sprintf("Hélène Dupré %02d", i)
		sp := tag(name, annotate.LabelPER)
		must(t, ed.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Names: map[string]string{"fr": name, "en": name}, Mentions: []string{sp.ID}}))
	}
	zoe = tag("Zoé Çárdenas", annotate.LabelPER)
	must(t, ed.AddEntity(&annotate.Entity{ID: "zoe", Type: annotate.LabelPER, Names: map[string]string{"fr": "Zoé Çárdenas-Ruiz"}, Mentions: []string{zoe.ID}}))
	quote = tag("«\u00a0C’est un succès 👍🏽\u00a0»", annotate.LabelQuote)
	return d, zoe, quote
}

// entityRowInView reports whether the Entities list shows row i whole.
func entityRowInView(p *entitiesPanel, i int) bool {
	h := p.list.CreateItem().MinSize().Height
	y := float32(i) * (h + p.list.Theme().Size(theme.SizeNamePadding))
	off := p.list.GetScrollOffset()
	return y >= off && y+h <= off+p.list.Size().Height
}

// TestShowTheMentionsEntity: on a long article the Entities tab lists entities by the hundred, and
// from a name met in the text the only way to its entity was to type it in the tab's filter. Alt+E
// (Edit › Show the mention's entity) with the caret in the last name of the text selects its entity,
// last in the list, scrolls its row into view, shows its details and leaves the keyboard in the text;
// a filter hiding it is emptied. With the caret in a quotation it says what to do, and the menu item
// is greyed.
func TestShowTheMentionsEntity(t *testing.T) {
	d, zoe, quote := manyEntitiesDoc(t)
	ui, _ := newTestUI(t, d, false)
	p := ui.entitiesPanel()
	ui.selectPanel(ui.sugg)
	last := len(d.Segments) - 1
	r := visibleRow(t, ui, last)
	ui.win.Canvas().Focus(r.src)
	seg := d.Segments[last]

	caretTo(t, r, quote.Start-seg.Start+3) // in the quotation, after « and its no-break space
	if !greyed(t, ui)[showEntityAction] {
		t.Errorf("%q not greyed with the caret in a quotation", showEntityAction)
	}
	ui.handleShortcut(custom(fyne.KeyE, alt))
	if !strings.HasPrefix(ui.status.Text, "Click an entity mention") || ui.tabs.SelectedIndex() != 3 {
		t.Errorf("Alt+E in a quotation: status %q, tab %d", ui.status.Text, ui.tabs.SelectedIndex())
	}

	caretTo(t, r, zoe.Start-seg.Start+len("Zoé")) // in "Zoé Çárdenas", past its accented letters
	if greyed(t, ui)[showEntityAction] {
		t.Errorf("%q greyed with the caret in a name", showEntityAction)
	}
	p.filter.SetText("hélène") // hides Zoé
	ui.win.Canvas().Focus(r.src)
	ui.handleShortcut(custom(fyne.KeyE, alt))
	row := len(p.ents) - 1
	switch {
	case ui.tabs.SelectedIndex() != 0:
		t.Fatalf("Alt+E on a name: tab %d shown, want the Entities tab", ui.tabs.SelectedIndex())
	case p.filter.Text != "":
		t.Errorf("the filter %q, which hides the entity, stays", p.filter.Text)
	case p.sel != "zoe" || row < 0 || p.ents[row].ID != "zoe" || p.lit != row:
		t.Fatalf("selected %q, highlighted row %d; want zoe, row %d of %d", p.sel, p.lit, row, len(p.ents))
	}
	if !entityRowInView(p, row) {
		t.Errorf("the list is scrolled to %v: row %d, last of %d, is not in view", p.list.GetScrollOffset(), row, len(p.ents))
	}
	if !p.detail.Visible() || p.nameSrc.Text != "Zoé Çárdenas-Ruiz" {
		t.Errorf("details shown %v, French name %q", p.detail.Visible(), p.nameSrc.Text)
	}
	if want := "PER “Zoé Çárdenas”: a mention of “Zoé Çárdenas-Ruiz”, shown in the Entities tab"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	if ui.win.Canvas().Focused() != fyne.Focusable(r.src) {
		t.Errorf("focus on %T, want the French of the segment", ui.win.Canvas().Focused())
	}
	if menuItem(t, ui, "Edit", showEntityAction) == nil {
		t.Errorf("no %q in the Edit menu", showEntityAction)
	}

	// a name that is its entity's says it once
	r = visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	caretTo(t, r, 2)
	ui.handleShortcut(custom(fyne.KeyE, alt))
	if want := "PER “Hélène Dupré 00”: shown in the Entities tab"; ui.status.Text != want || p.lit != 0 || !entityRowInView(p, 0) {
		t.Errorf("Alt+E in the first name: status %q, row %d highlighted; want %q, row 0 in view", ui.status.Text, p.lit, want)
	}
}
