package app

import (
	"maps"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// Edit › Move the mention to another entity… (Alt+G) files the mention the keys designate under
// another entity of its type, or under a new one of its own: an adjudicator adopting a reviewer's
// split ("M. Dupont" is not Jean Dupont) had to leave the text for the Entities tab, select the
// mention again there and find the right button. It shows the Entities tab and opens its picker
// (the Merge into… one) over the tab, "A new entity of its own" first, then the entities of the
// mention's type, those sharing a word with it first; Enter or a click moves it, in one undo step,
// its projected English with it (annotate.Editor.MoveMention), and the keyboard goes back to the text.

// moveMention opens the picker for the designated mention.
func (ui *UI) moveMention() error {
	sp := ui.designated(isMention)
	if sp == nil {
		return errNoMention()
	}
	p := ui.entitiesPanel()
	if p == nil {
		return nil
	}
	back := ui.win.Canvas().Focused()
	ui.selectPanel(p)
	// laid out now, not at the next frame: a tab shown for the first time had its button at the
	// window's corner, where the picker opened
	ui.tabs.Refresh()
	e := ui.doc.EntityOf(sp.ID)
	if e != nil {
		p.reveal(e.ID)
	}
	p.merge.openMove(sp, e, back)
	return nil
}

// openMove opens the picker to move mention sp, now of entity e (nil for none), giving the keyboard
// back to back when it closes.
func (m *mergePicker) openMove(sp *annotate.Span, e *annotate.Entity, back fyne.Focusable) {
	ui := m.p.ui
	words := textWords(ui.doc.SpanText(sp))
	if e != nil {
		maps.Copy(words, nameWords(e))
	}
	m.candidatesOf(sp.Label, e, words)
	if e == nil || len(e.Mentions) > 1 { // alone in its entity, it has one of its own already
		m.labels = append([]string{lang.L("A new entity of its own")}, m.labels...)
		m.ids = append([]string{""}, m.ids...)
		m.folded = append([]string{annotate.Fold(m.labels[0])}, m.folded...)
	}
	m.move, m.back = sp.ID, back
	m.query.SetPlaceHolder(lang.L("Type a name to find the entity to move it to"))
	m.show(m.p.newEnt, lang.L("Move {{.Span}} to:", map[string]any{"Span": ui.spanName(sp)}))
}

// moveChosen moves mention spanID under entity entID, or one of its own ("") and selects it.
func (p *entitiesPanel) moveChosen(spanID, entID string) {
	sp := p.ui.doc.Span(spanID)
	if sp == nil {
		return
	}
	p.ui.run(func() error {
		if entID == "" {
			return p.splitOff(sp)
		}
		if err := p.fileUnder(sp, entID); err != nil {
			return err
		}
		p.reveal(entID)
		return nil
	})
}
