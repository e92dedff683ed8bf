package annotate

import (
	"fmt"
	"maps"
	"slices"
)

// AddEntity adds an entity, giving it an ID when it has none. Its mentions leave any entity they belonged to.
func (e *Editor) AddEntity(ent *Entity) error {
	d := e.Doc
	for _, m := range ent.Mentions {
		if d.Span(m) == nil {
			return fmt.Errorf("entity mention %q: no such span", m)
		}
	}
	if ent.ID == "" {
		ent.ID = d.NewID('e')
	}
	if ent.Names == nil {
		ent.Names = map[string]string{}
	}
	return e.Batch("new entity", func() error {
		for _, m := range ent.Mentions {
			if old := d.EntityOf(m); old != nil {
				e.setMentions(old, slices.DeleteFunc(slices.Clone(old.Mentions), func(x string) bool { return x == m }))
			}
		}
		e.apply("", change{
			do: func() {
				d.Entities = append(d.Entities, ent)
				if ix := d.idx; ix != nil { // in place, so that adding many entities stays linear
					ix.bump(ent.ID)
					ix.entByID[ent.ID] = ent
					for _, m := range ent.Mentions {
						ix.entityOf[m] = ent
					}
				}
			},
			undo: func() {
				d.Entities = slices.DeleteFunc(d.Entities, func(x *Entity) bool { return x == ent })
				d.invalidate()
			},
		})
		return nil
	})
}

func (e *Editor) setMentions(ent *Entity, mentions []string) {
	d, old := e.Doc, ent.Mentions
	e.apply("", change{
		do:   func() { d.setMentions(ent, old, mentions) },
		undo: func() { d.setMentions(ent, mentions, old) },
	})
}

// setMentions replaces an entity's mentions, updating the lookups in place.
func (d *Document) setMentions(ent *Entity, from, to []string) {
	ent.Mentions = to
	if ix := d.idx; ix != nil {
		for _, m := range from {
			if ix.entityOf[m] == ent {
				delete(ix.entityOf, m)
			}
		}
		for _, m := range to {
			ix.entityOf[m] = ent
		}
	}
}

// RenameEntity sets the entity's canonical name in lang; an empty name removes it.
func (e *Editor) RenameEntity(id, lang, name string) error {
	ent := e.Doc.Entity(id)
	if ent == nil {
		return fmt.Errorf("no entity %q", id)
	}
	names := maps.Clone(ent.Names)
	if names == nil {
		names = map[string]string{}
	}
	if name == "" {
		delete(names, lang)
	} else {
		names[lang] = name
	}
	e.apply("rename entity", setVal(&ent.Names, names))
	return nil
}

// MergeEntities moves every mention of drop into keep, fills the names keep lacks from drop, and removes drop.
func (e *Editor) MergeEntities(keepID, dropID string) error {
	d := e.Doc
	keep, drop := d.Entity(keepID), d.Entity(dropID)
	if keep == nil || drop == nil || keep == drop {
		return fmt.Errorf("cannot merge entity %q into %q: both must exist and differ", dropID, keepID)
	}
	return e.Batch("merge entities", func() error {
		names := maps.Clone(keep.Names)
		if names == nil {
			names = map[string]string{}
		}
		for k, v := range drop.Names {
			if names[k] == "" {
				names[k] = v
			}
		}
		e.apply("", setVal(&keep.Names, names))
		e.setMentions(keep, append(slices.Clone(keep.Mentions), drop.Mentions...))
		e.apply("", d.reindexed(change{
			do:   func() { d.Entities = slices.DeleteFunc(d.Entities, func(x *Entity) bool { return x == drop }) },
			undo: func() { d.Entities = append(d.Entities, drop) },
		}))
		return nil
	})
}

// SetMentionEntity makes span spanID a mention of entity entID (and of no other); an empty entID detaches it.
func (e *Editor) SetMentionEntity(spanID, entID string) error {
	d := e.Doc
	if d.Span(spanID) == nil {
		return fmt.Errorf("no span %q", spanID)
	}
	var target *Entity
	if entID != "" {
		if target = d.Entity(entID); target == nil {
			return fmt.Errorf("no entity %q", entID)
		}
	}
	return e.Batch("set entity", func() error {
		if old := d.EntityOf(spanID); old != nil {
			if old == target {
				return nil
			}
			e.setMentions(old, slices.DeleteFunc(slices.Clone(old.Mentions), func(x string) bool { return x == spanID }))
		}
		if target != nil {
			e.setMentions(target, append(slices.Clone(target.Mentions), spanID))
		}
		return nil
	})
}
