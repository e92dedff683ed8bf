package app

import (
	"errors"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// A long article has a thousand entities or more, and its Entities tab lists them by type and name:
// from a name met in the text, finding its entity meant typing it in the tab's filter. Edit › Show the
// mention's entity (Alt+E) goes there from the mention the keys designate. The tab does not follow
// the caret by itself: its selected entity is what Add selected span files a clicked span under, and
// clicking a mention of another entity, to move it, would then change the entity shown.

// entitiesPanel returns the Entities tab.
func (ui *UI) entitiesPanel() *entitiesPanel {
	for _, p := range ui.panels {
		if e, ok := p.(*entitiesPanel); ok {
			return e
		}
	}
	return nil
}

// designatedEntity returns the mention the keys designate (see designated) and its entity, or nil.
func (ui *UI) designatedEntity() (*annotate.Span, *annotate.Entity) {
	sp := ui.designated(isMention)
	if sp == nil {
		return nil, nil
	}
	return sp, ui.doc.EntityOf(sp.ID)
}

// hasDesignatedEntity reports whether the keys designate a mention filed under an entity.
func (ui *UI) hasDesignatedEntity() bool {
	_, e := ui.designatedEntity()
	return e != nil
}

// showMentionEntity shows the Entities tab with the entity of the designated mention selected, its
// row scrolled into view (the filter emptied when it hides it) and its details below; the keyboard
// stays in the text.
func (ui *UI) showMentionEntity() error {
	sp, e := ui.designatedEntity()
	switch {
	case sp == nil:
		return errNoMention()
	case e == nil:
		return errors.New(lang.L("{{.Span}} is of no entity yet: Entities › New entity from selected span makes one, Add selected span files it under the entity shown",
			map[string]any{"Span": ui.spanName(sp)}))
	}
	p := ui.entitiesPanel()
	if p == nil {
		return nil
	}
	ui.selectPanel(p)
	p.reveal(e.ID)
	name := e.Name(ui.doc.SourceLang)
	if ui.doc.SpanText(sp) == name { // "PER “Lavrov”: a mention of “Lavrov”" said it twice
		ui.setStatus(lang.L("{{.Span}}: shown in the Entities tab", map[string]any{"Span": ui.spanName(sp)}))
		return nil
	}
	ui.setStatus(lang.L("{{.Span}}: a mention of “{{.Entity}}”, shown in the Entities tab",
		map[string]any{"Span": ui.spanName(sp), "Entity": name}))
	return nil
}
