package app

import (
	"context"
	"errors"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/glossary"
)

// glossaryView is the Tools › Glossary… dialog: the shared glossary's entries in the document's
// language pair, filtered by French or English, each with where it came from and a button that
// deletes it. It is how a user takes out what the glossary should not have kept.
type glossaryView struct {
	ui     *UI
	g      *glossary.Glossary
	all    []glossary.Entry
	shown  []glossary.Entry
	filter *nameEntry // Escape closes the dialog, as elsewhere
	count  *messageText
	// caseHead heads the rows' Match case boxes (newCaseHeader), hidden with no entry to head.
	caseHead fyne.CanvasObject
	add      *dialogButton // opens Add to the glossary, empty
	list     *widget.List
	box      fyne.CanvasObject
}

// glossaryDialog shows the glossary's entries for reviewing and deleting.
func (ui *UI) glossaryDialog() { ui.showGlossary() }

// showGlossary is glossaryDialog returning the view shown, or nil when the glossary is unavailable.
func (ui *UI) showGlossary() *glossaryView {
	p := ui.sugg
	if err := p.unavailable(); err != nil {
		ui.showError(err)
		return nil
	}
	v, err := newGlossaryView(ui, p.src.eng.Glossary)
	if err != nil {
		ui.showError(err)
		return nil
	}
	d := ui.newCloseDialog(lang.L("Glossary"), lang.L("Close"), v.box)
	room := ui.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(640, room.Width-warningsMarginX), min(520, room.Height-warningsMarginX)))
	v.filter.escape = d.Hide
	ui.present(d, d.Hide, nil)
	ui.win.Canvas().Focus(v.filter)
	return v
}

func newGlossaryView(ui *UI, g *glossary.Glossary) (*glossaryView, error) {
	all, err := g.Entries(context.Background())
	if err != nil {
		return nil, err
	}
	v := &glossaryView{ui: ui, g: g, all: all}
	v.filter = newNameEntry(nil)
	v.filter.SetPlaceHolder(lang.L("Filter by French or English"))
	v.filter.OnChanged = func(string) { v.refilter() }
	v.count = newFluidText("") // wrapped at ordinary spaces only: no « : » alone on a line
	v.list = widget.NewList(func() int { return len(v.shown) }, v.newRow, v.updateRow)
	v.caseHead = v.newCaseHeader()
	v.refilter()
	v.add = ui.newDialogButton(lang.L("Add…"), theme.ContentAddIcon(), func() { ui.showAddTerm("", "", v.added) })
	top := container.NewBorder(nil, nil, nil, v.add, v.filter)
	v.box = container.NewBorder(container.NewVBox(top, container.NewBorder(nil, nil, nil, v.caseHead, v.count)), nil, nil, nil, v.list)
	return v, nil
}

// newCaseHeader is the heading of the rows' Match case boxes, on the count's line, its end over
// theirs: the label repeated in every row took some 150 units of each, and cut the longer terms.
// A row's box and Delete sit at its right end, Delete as wide in every row, so the boxes line up.
func (v *glossaryView) newCaseHeader() fyne.CanvasObject {
	head := widget.NewLabel(lang.L("Match case"))
	del := canvas.NewRectangle(color.Transparent) // Delete's room
	del.SetMinSize(v.ui.newDialogButton(lang.L("Delete"), theme.DeleteIcon(), nil).MinSize())
	return container.NewHBox(head, del)
}

// refilter shows the entries whose French or English holds the filter's words, ignoring case and
// accents.
func (v *glossaryView) refilter() {
	q := annotate.Fold(strings.TrimSpace(v.filter.Text))
	v.shown = v.shown[:0]
	for _, e := range v.all {
		if q == "" || strings.Contains(annotate.Fold(e.Source), q) || strings.Contains(annotate.Fold(e.Target), q) {
			v.shown = append(v.shown, e)
		}
	}
	n := len(v.shown)
	v.count.SetText(lang.N("{{.N}} entries", n, map[string]any{"N": n}))
	v.caseHead.Show()
	if len(v.all) == 0 { // say how entries arrive
		v.caseHead.Hide()
		v.count.SetText(lang.L("The glossary is empty. Add a term with Add… (or Ctrl+Shift+G on a selection), import a glossary with Tools › Import a glossary (TBX, CSV)…, or give an entity its English name in the Entities tab and confirm its mentions: the glossary learns the names you confirm."))
	}
	v.list.UnselectAll()
	v.list.Refresh()
}

// glossaryRow is one entry's row: the term and its translation, where it came from, whether it
// matches case (a box ticked, which changes it), and Delete.
type glossaryRow struct {
	widget.BaseWidget
	term, about *widget.Label
	matchCase   *widget.Check
	del         *dialogButton
	box         *fyne.Container
}

var _ fyne.Widget = (*glossaryRow)(nil)

func (v *glossaryView) newRow() fyne.CanvasObject {
	r := &glossaryRow{term: widget.NewLabel(""), about: widget.NewLabel("")}
	r.term.Truncation = fyne.TextTruncateEllipsis
	r.about.Importance = widget.LowImportance
	r.del = v.ui.newDialogButton(lang.L("Delete"), theme.DeleteIcon(), nil)
	r.del.Importance = widget.LowImportance // a column of them: quieter than the dialog's Close
	r.matchCase = widget.NewCheck("", nil)  // under the list's heading, Match case (newCaseHeader)
	r.box = container.NewBorder(nil, nil, nil, container.NewHBox(r.matchCase, r.del), container.NewBorder(nil, nil, nil, r.about, r.term))
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer draws the row's box.
func (r *glossaryRow) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.box) }

func (v *glossaryView) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := o.(*glossaryRow)
	if i >= len(v.shown) {
		return
	}
	e := v.shown[i]
	r.term.SetText(e.Source + " → " + e.Target)
	r.about.SetText(strings.Join(nonEmpty(e.Type, termOrigin(e.Origin)), " · "))
	r.del.OnTapped = func() { v.delete(e) }
	r.matchCase.OnChanged = nil // a row shown again for another entry changes nothing
	r.matchCase.SetChecked(e.MatchCase)
	r.matchCase.OnChanged = func(on bool) { v.setMatchCase(e, on) }
}

// setMatchCase marks e as matching case, or not: the French marks, the suggestions and the checks
// follow at once. Like Delete it changes the database, not the document.
func (v *glossaryView) setMatchCase(e glossary.Entry, on bool) {
	stored, err := v.g.SetMatchCase(context.Background(), e.ID, on)
	if twin := (*glossary.CaseTwinError)(nil); errors.As(err, &twin) {
		v.refilter() // the box ticked again
		v.askCaseTwin(twin)
		return
	}
	if err != nil {
		v.ui.showError(err)
		return
	}
	for i, x := range v.all {
		if x.ID == e.ID {
			v.all[i] = stored
		}
	}
	v.refilter()
	v.glossaryChanged()
	term := map[string]any{"Term": e.Source + " → " + e.Target}
	if on {
		v.ui.setStatus(lang.L("Matching case from now on: {{.Term}}", term))
		return
	}
	v.ui.setStatus(lang.L("Found in any case from now on: {{.Term}}", term))
}

// askCaseTwin says why an entry keeps matching case (another entry, found in any case, is it but
// for case: both would be offered for the same words) and offers the way out: delete the other
// entry, then find this one in any case. No leaves both as they are.
func (v *glossaryView) askCaseTwin(twin *glossary.CaseTwinError) {
	words := map[string]any{"Term": termWords(twin.Entry), "Other": termWords(twin.Twin)}
	v.ui.confirm(lang.L("Match case"), caseTwinText(twin)+"\n\n"+
		lang.L("Delete {{.Other}} and find {{.Term}} in any case?", words), func(yes bool) {
		if !yes {
			v.ui.setStatus(lang.L("Still matching case: {{.Term}}", words))
			return
		}
		if err := v.g.Remove(context.Background(), twin.Twin.ID); err != nil {
			v.ui.showError(err)
			return
		}
		v.all = slices.DeleteFunc(v.all, func(x glossary.Entry) bool { return x.ID == twin.Twin.ID })
		v.setMatchCase(twin.Entry, false)
	})
}

// caseTwinText says, in the user's language, why an entry cannot stop matching case (see
// glossary.CaseTwinError), naming the line of the file that asked for it, if any.
func caseTwinText(twin *glossary.CaseTwinError) string {
	msg := lang.L("{{.Term}} found in any case would be the same entry as {{.Other}} but for case: both would be offered for the same words.",
		map[string]any{"Term": termWords(twin.Entry), "Other": termWords(twin.Twin)})
	if twin.Line > 0 {
		return lang.L("Line {{.N}}: {{.Problem}}", map[string]any{"N": twin.Line, "Problem": msg})
	}
	return msg
}

// termWords names a glossary entry in a message: its French and English, quoted.
func termWords(e glossary.Entry) string {
	return lang.L("“{{.Text}}”", map[string]any{"Text": e.Source + " → " + e.Target})
}

// glossaryChanged tells the suggestions, the French marks and the checks that the glossary they
// consult changed.
func (v *glossaryView) glossaryChanged() {
	if p := v.ui.sugg; p.src != nil && p.src.eng.Glossary == v.g {
		p.sourcesChanged()
	}
}

// termOrigin says where a glossary entry came from: its file, its document, or "typed" in the
// interface's language for one a person added with Add to the glossary.
func termOrigin(origin string) string {
	if origin == glossary.Typed {
		return lang.X("glossary.origin.typed", "typed")
	}
	return origin
}

// nonEmpty returns the strings that are not empty.
func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// added lists the entries again once the Add dialog stored one, in the glossary's order, and
// selects it.
func (v *glossaryView) added(e glossary.Entry) {
	all, err := v.g.Entries(context.Background())
	if err != nil {
		v.ui.showError(err)
		return
	}
	v.all = all
	v.refilter()
	for i, x := range v.shown {
		if x.ID == e.ID {
			v.list.ScrollTo(i)
			v.list.Select(i)
		}
	}
}

// delete takes e out of the glossary. A name the open document has stays its own term: only the
// store that every document consults loses it.
func (v *glossaryView) delete(e glossary.Entry) {
	if err := v.g.Remove(context.Background(), e.ID); err != nil {
		v.ui.showError(err)
		return
	}
	for i, x := range v.all {
		if x.ID == e.ID {
			v.all = append(v.all[:i], v.all[i+1:]...)
			break
		}
	}
	v.refilter()
	v.glossaryChanged()
	v.ui.setStatus(lang.L("Deleted from the glossary: {{.Term}}", map[string]any{"Term": e.Source + " → " + e.Target}))
}
