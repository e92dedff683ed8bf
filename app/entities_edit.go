package app

import (
	"slices"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/preannotate"
)

// rename applies one name field (Enter in it) and says so in the status bar. A new French name gives
// the English one anew when that was proposed, not set by a person (see englishNamer).
func (p *entitiesPanel) rename(langTag, name string) {
	if p.sel == "" {
		return
	}
	id, d := p.sel, p.ui.doc
	p.ui.run(func() error {
		return p.renamed(id, func() error {
			if langTag == d.SourceLang {
				return p.ui.ed.RenameFollowing(id, langTag, name, d.TargetLang, p.ui.englishNamer())
			}
			return p.ui.ed.RenameEntity(id, langTag, name)
		})
	})
}

// renameBoth applies both name fields as one undo step. An English field left as it was, on a
// proposed name, follows the French as Enter in the French field has it do.
func (p *entitiesPanel) renameBoth() error {
	if p.sel == "" {
		return nil
	}
	return p.renameTo(p.sel, p.nameSrc.Text, p.nameTgt.Text)
}

// keepTyped renames the entity the name fields show with the names typed in them and not submitted,
// before entity next takes the fields: an analyst naming entity after entity typed an English name,
// clicked the next entity, and the name was thrown away without a word. The status line says the
// rename, which one Ctrl+Z takes back. A field left as it was renames nothing. It reports whether
// it renamed.
func (p *entitiesPanel) keepTyped(next string) bool {
	s, d := &p.shown, p.ui.doc
	if s.id == "" || s.id == next || s.doc != d || d.Entity(s.id) == nil {
		return false
	}
	src, tgt := p.nameSrc.Text, p.nameTgt.Text
	if src == s.src && tgt == s.tgt {
		return false
	}
	id := s.id
	s.id = "" // the fields are filled anew, whatever entity the refresh after the rename shows
	p.ui.run(func() error { return p.renameTo(id, src, tgt) })
	return true
}

// renameTo gives entity id the French name src and the English name tgt, as renameBoth.
func (p *entitiesPanel) renameTo(id, src, tgt string) error {
	d := p.ui.doc
	return p.renamed(id, func() error {
		return p.ui.ed.Batch(stepRenameEntity, func() error {
			e := d.Entity(id)
			if e != nil && e.IsProposed(d.TargetLang) && tgt == e.Names[d.TargetLang] {
				return p.ui.ed.RenameFollowing(id, d.SourceLang, src, d.TargetLang, p.ui.englishNamer())
			}
			if err := p.ui.ed.RenameEntity(id, d.SourceLang, src); err != nil {
				return err
			}
			return p.ui.ed.RenameEntity(id, d.TargetLang, tgt)
		})
	})
}

// englishNamer proposes an entity's English name from its French one as pre-annotation does
// (preannotate.EnglishName), with the glossary of the memory the Proposals tab has open when it is
// French to English; a memory not open is not read for it, on the UI goroutine.
func (ui *UI) englishNamer() annotate.Namer {
	var g preannotate.Glossary
	if s := ui.sugg; s != nil && s.src != nil && s.src.eng.Glossary != nil &&
		primaryLanguage(s.src.eng.SourceLang) == "fr" && primaryLanguage(s.src.eng.TargetLang) == "en" {
		g = s.src.eng.Glossary
	}
	return func(name, typ string) string { return preannotate.EnglishName(g, name, typ) }
}

// renamed runs rename, a renaming of entity id, and says in the status bar what the entity is now
// called, or that it was already called so (the names are then as they were, and no undo step is made).
func (p *entitiesPanel) renamed(id string, rename func() error) error {
	d := p.ui.doc
	e := d.Entity(id)
	if e == nil {
		return nil
	}
	was := bothNames(e.Names[d.SourceLang], e.Names[d.TargetLang])
	if err := rename(); err != nil {
		return err
	}
	args := map[string]any{"Names": bothNames(e.Names[d.SourceLang], e.Names[d.TargetLang])}
	if args["Names"] == was {
		p.ui.setStatus(lang.L("The entity is already named “{{.Names}}”", args))
	} else {
		p.ui.setStatus(lang.L("Entity renamed: “{{.Names}}”", args))
	}
	return nil
}

// showType offers the types an entity may take, the document's labels other than QUOTE and CUE (and
// the entity's own type, should a file made elsewhere give it another), with its type chosen.
func (p *entitiesPanel) showType(e *annotate.Entity) {
	var types []string
	for _, l := range p.ui.schemaLabels() {
		if annotate.IsEntityLabel(l.Name) {
			types = append(types, l.Name)
		}
	}
	if !slices.Contains(types, e.Type) {
		types = append(types, e.Type)
	}
	p.kind.OnChanged = nil
	p.kind.Options = types
	p.kind.SetSelected(e.Type)
	p.kind.OnChanged = p.setType
}

// setType gives the selected entity the type chosen, relabelling its mentions, in one undo step.
func (p *entitiesPanel) setType(typ string) {
	e := p.ui.doc.Entity(p.sel)
	if e == nil || e.Type == typ {
		return
	}
	p.ui.run(func() error {
		n, err := p.ui.ed.SetEntityType(e.ID, typ)
		if err != nil {
			p.showType(e) // the type it kept: the details are filled again only after a change
			return err
		}
		p.ui.setStatus(lang.N("Entity “{{.Name}}” is now {{.Type}}: {{.N}} mentions relabelled", n,
			map[string]any{"Name": orDash(e.Name(p.ui.doc.SourceLang)), "Type": typ, "N": n}))
		return nil
	})
}

// mergeInto merges the selected entity into the chosen one, which stays selected.
func (p *entitiesPanel) mergeInto(label string) {
	keep, ok := p.mergeIDs[label]
	if !ok || p.sel == "" {
		return
	}
	drop := p.sel
	d := p.ui.doc
	k, dr := d.Entity(keep), d.Entity(drop)
	if k == nil || dr == nil {
		return
	}
	keepName, dropName := p.mergeName(k), p.mergeName(dr)
	p.sel = keep
	p.ui.run(func() error {
		if err := p.ui.ed.MergeEntities(keep, drop); err != nil {
			return err
		}
		n := len(d.Entity(keep).Mentions)
		p.ui.setStatus(lang.N("“{{.Drop}}” merged into “{{.Keep}}”: {{.N}} mentions", n,
			map[string]any{"Drop": dropName, "Keep": keepName, "N": n}))
		return nil
	})
}

// addSelected makes the selected span a mention of the selected entity.
func (p *entitiesPanel) addSelected() error {
	sp, err := p.ui.entitySpan()
	if err != nil || p.sel == "" {
		return err
	}
	return p.fileUnder(sp, p.sel)
}

// fileUnder makes mention sp one of entity id, its projected English with it (MoveMention), and
// says so.
func (p *entitiesPanel) fileUnder(sp *annotate.Span, id string) error {
	d := p.ui.doc
	was := p.ui.spanName(sp) // as it read: a mention of another type takes the entity's (SetMentionEntity)
	from, fromName := d.EntityOf(sp.ID), ""
	if from != nil {
		fromName = p.mergeName(from)
	}
	e, err := p.ui.ed.MoveMention(sp.ID, id)
	if err != nil || e == nil || e == from {
		return err
	}
	args := map[string]any{"Span": was, "Entity": e.Name(d.SourceLang), "Type": e.Type, "From": fromName}
	retyped := p.ui.spanName(sp) != was
	switch {
	case from != nil && retyped: // moved out of another entity: which one, as a split says it
		p.ui.setStatus(lang.L("Moved {{.Span}} from “{{.From}}” to “{{.Entity}}”, taking its type {{.Type}}", args))
		return nil
	case from != nil:
		p.ui.setStatus(lang.L("Moved {{.Span}} from “{{.From}}” to “{{.Entity}}”", args))
		return nil
	}
	if retyped {
		p.ui.setStatus(lang.L("Added {{.Span}} to the entity “{{.Entity}}”, taking its type {{.Type}}", args))
	} else {
		p.ui.setStatus(lang.L("Added {{.Span}} to the entity “{{.Entity}}”", args))
	}
	return nil
}

// newFromSelected creates an entity whose first mention is the selected span.
func (p *entitiesPanel) newFromSelected() error {
	sp, err := p.ui.entitySpan()
	if err != nil {
		return err
	}
	return p.splitOff(sp)
}

// splitOff makes mention sp the first of an entity of its own, its projected English with it
// (MoveMention), selects the entity and says so.
func (p *entitiesPanel) splitOff(sp *annotate.Span) error {
	d := p.ui.doc
	from, fromName := d.EntityOf(sp.ID), ""
	if from != nil {
		fromName = p.mergeName(from) // named as the list names it, a namesake with its segment
	}
	e, err := p.ui.ed.MoveMention(sp.ID, "")
	if err != nil {
		return err
	}
	p.reveal(e.ID)
	tag := d.SourceLang
	if sp.Side == annotate.Target {
		tag = d.TargetLang
	}
	args := map[string]any{"Type": e.Type, "Name": e.Names[tag]}
	if from != nil && d.Entity(from.ID) != nil {
		// a mention split off a wrong merge: the status line said a new entity alone, not that
		// the other one lost it, nor what it keeps
		args["From"], args["N"] = fromName, len(from.Mentions)
		p.ui.setStatus(lang.N("New entity {{.Type}} “{{.Name}}”, split off “{{.From}}”, which keeps {{.N}} mentions", len(from.Mentions), args))
		return nil
	}
	p.ui.setStatus(lang.L("New entity {{.Type}} “{{.Name}}”", args))
	return nil
}
