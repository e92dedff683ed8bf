package app

// A side tab's filter, selection and scroll are of the document they were set in. Opening another
// document kept them: the Entities tab of the new one said "No entity has “canal” in its French or
// English name" (the filter typed in the last one), its selected entity was the new document's entity
// of the same ID (e14, someone else), and the Quotes tab opened scrolled to the 31st quote, the first
// thirty out of sight.

// documentPanel is a side panel that lets go of what it kept of the document before.
type documentPanel interface {
	forgetDocument()
}

// panelsForgetDocument makes the side panels forget the document leaving the window (setDocument).
func (ui *UI) panelsForgetDocument() {
	for _, p := range ui.panels {
		if f, ok := p.(documentPanel); ok {
			f.forgetDocument()
		}
	}
}

// forgetDocument empties the filter, lets go of the selected entity and shows the list from its top.
func (p *entitiesPanel) forgetDocument() {
	changed := p.filter.OnChanged
	p.filter.OnChanged = nil // the refresh to come lists the new document's entities
	p.filter.SetText("")
	p.filter.OnChanged = changed
	p.sel, p.lit = "", -1
	p.nameSrc.SetText("") // a name typed and not submitted is of the document left (keepTyped)
	p.nameTgt.SetText("")
	p.shown = shownNames{}
	p.list.UnselectAll()
	p.list.ScrollToTop()
}

// forgetDocument lets go of the marked quote and shows the list from its top.
func (p *quotesPanel) forgetDocument() {
	p.marked, p.reveal = "", false
	p.list.ScrollToTop()
}
