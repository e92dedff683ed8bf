package app

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// relabelOffer is a bar across the top of the window offering, after one mention of an entity was
// relabelled in the text while its other mentions kept the old type (which moves that mention to an
// entity of its own, as "Washington a répondu" names the government, not the city), to relabel them
// all: LOC "Bretagne" pressed `o` where the article means the regional council, the 12 other
// "Bretagne" stayed LOC, and relabelling them took 12 clicks and keys, or finding the entity in the
// Entities tab. As memoQ and INCEpTION users expect, the choice is offered, never made: "Only this
// one" (or any other change, Undo included) takes the bar away, and "Relabel all" is one undo step.
// The bar takes no focus.
type relabelOffer struct {
	offerBar
	all   *dialogButton
	doc   *annotate.Document // the document it is shown for, nil when hidden
	span  string             // the mention relabelled
	from  string             // the entity it left, which keeps the old type
	label string             // the mention's new label
}

func (ui *UI) newRelabelOffer() *relabelOffer {
	o := &relabelOffer{offerBar: offerBar{text: newFluidText("")}}
	o.all = ui.newPanelButton("", nil, func() { ui.run(ui.relabelAll) })
	only := ui.newPanelButton(lang.L("Only this one"), nil, func() {
		o.hide()
		ui.backToText()
	})
	only.Importance = widget.LowImportance
	o.box = container.NewBorder(nil, nil, widget.NewIcon(theme.QuestionIcon()), container.NewCenter(container.NewHBox(o.all, only)), o.text)
	o.box.Hide()
	return o
}

// mentionOf is the entity of span id and the span's label, before a relabelling.
type mentionOf struct{ entity, label string }

// mentionBefore returns what offerRelabelAll compares a relabelled span with.
func (ui *UI) mentionBefore(id string) mentionOf {
	d := ui.doc
	sp := d.Span(id)
	if sp == nil {
		return mentionOf{}
	}
	m := mentionOf{label: sp.Label}
	if e := d.EntityOf(id); e != nil {
		m.entity = e.ID
	}
	return m
}

// offerRelabelAll shows the bar when span id, just relabelled, left an entity (before) whose other
// mentions kept the old label; otherwise it hides it.
func (ui *UI) offerRelabelAll(id string, before mentionOf) {
	o, d := ui.relabelOffer, ui.doc
	o.hide()
	sp, from := d.Span(id), d.Entity(before.entity)
	if sp == nil || from == nil || sp.Label == before.label || !annotate.IsEntityLabel(sp.Label) ||
		from.Type != before.label || d.EntityOf(id) == from {
		return
	}
	others := len(from.Mentions)
	if others == 0 {
		return
	}
	name := orDash(from.Name(d.SourceLang))
	o.text.SetText(lang.N("“{{.Name}}” is {{.New}} here only: its {{.N}} other mentions stay {{.Old}}.", others,
		map[string]any{"Name": name, "New": sp.Label, "Old": before.label, "N": others}))
	o.all.SetText(lang.N("Relabel all {{.N}} as {{.New}}", others+1, map[string]any{"N": others + 1, "New": sp.Label}))
	o.doc, o.span, o.from, o.label = d, id, from.ID, sp.Label
	o.setVisible(true)
}

// relabelAll gives the entity the offer is about the new label, with all its mentions, and takes the
// relabelled mention back into it, in one undo step; the status line says how many mentions it has.
func (ui *UI) relabelAll() error {
	o, d := ui.relabelOffer, ui.doc
	shownFor, span, fromID, label := o.doc, o.span, o.from, o.label
	o.hide()
	from := d.Entity(fromID)
	if shownFor != d || from == nil {
		return nil
	}
	err := ui.ed.Batch("entity type", func() error {
		if _, err := ui.ed.SetEntityType(fromID, label); err != nil {
			return err
		}
		if e := d.EntityOf(span); e != nil && e != from {
			return ui.ed.MergeEntities(fromID, e.ID)
		}
		return nil
	})
	if err != nil {
		return err
	}
	ui.backToText()
	n := len(from.Mentions)
	ui.setStatus(lang.N("All {{.N}} mentions of “{{.Name}}” are {{.Label}} now", n,
		map[string]any{"N": n, "Name": orDash(from.Name(d.SourceLang)), "Label": label}))
	return nil
}

// follow takes the bar away at any change after the relabelling it offers to extend (Undo
// included), and with the document.
func (o *relabelOffer) follow() { o.hide() }

func (o *relabelOffer) hide() {
	o.doc = nil
	o.setVisible(false)
}
