package app

import (
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// sideLang is the language of sp's side of the document.
func (ui *UI) sideLang(sp *annotate.Span) string {
	if sp.Side == annotate.Target {
		return ui.doc.TargetLang
	}
	return ui.doc.SourceLang
}

// fileCorrected files sp, a name whose bounds were just corrected, under the one other entity of its
// type named as it now reads, as tagging those words would have (see addTagged): "Union choisit de
// repartir" corrected to "Union" became an entity "Union" beside the one already there, which the
// person then had to merge by hand. An entity named by the old words (renamed by the correction) is
// merged into it, its other mentions with it; one that kept its name (named otherwise, a namesake
// kept apart on purpose) is left alone. wasName is the entity's name before the correction. It
// returns the entity sp now belongs to when it changed, else nil. Call it inside the correction's
// batch.
func (ui *UI) fileCorrected(sp *annotate.Span, wasName string) (*annotate.Entity, error) {
	d := ui.doc
	if !annotate.IsEntityLabel(sp.Label) {
		return nil, nil
	}
	tag, text := ui.sideLang(sp), d.SpanText(sp)
	own := d.EntityOf(sp.ID)
	var into *annotate.Entity
	for _, e := range d.Namesakes(sp.Label, tag, text) {
		if e == own {
			continue
		}
		if into != nil {
			return nil, nil // namesakes: which one is the person's to say
		}
		into = e
	}
	switch {
	case into == nil:
		return nil, nil
	case own == nil:
		return into, ui.ed.SetMentionEntity(sp.ID, into.ID)
	case annotate.Fold(wasName) == annotate.Fold(own.Names[tag]):
		return nil, nil // its name did not follow the words: not the name the person corrected
	}
	return into, ui.ed.MergeEntities(into.ID, own.ID)
}

// filedStatus adds to status that the corrected span went to entity e.
func (ui *UI) filedStatus(status string, e *annotate.Entity) string {
	return lang.L("{{.Status}}, now a mention of the entity “{{.Entity}}” named so",
		map[string]any{"Status": status, "Entity": e.Name(ui.doc.SourceLang)})
}
