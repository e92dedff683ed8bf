package annotate

import (
	"maps"
	"slices"
)

// IsProposed reports whether e's name in lang is one a tool proposed and no person has set since
// (see Entity.Proposed).
func (e *Entity) IsProposed(lang string) bool {
	return e.Names[lang] != "" && slices.Contains(e.Proposed, lang)
}

// proposedNames returns the tags of e.Proposed that name something, sorted, nil when none: what a
// file keeps of it.
func (e *Entity) proposedNames() []string {
	var out []string
	for _, tag := range e.Proposed {
		if e.Names[tag] != "" && !slices.Contains(out, tag) {
			out = append(out, tag)
		}
	}
	slices.Sort(out)
	return out
}

// Namer returns the name a tool proposes, in another language, for an entity of type typ named
// name: "" when it knows none.
type Namer func(name, typ string) string

// ProposeName gives entity id, in lang, a name a tool proposes, which a renaming of the name it was
// made from replaces (see RenameFollowing); an empty name removes it.
func (e *Editor) ProposeName(id, lang, name string) error {
	ent := e.Doc.Entity(id)
	if ent == nil {
		return errNoEntity(id)
	}
	if ent.Names[lang] == name && ent.IsProposed(lang) == (name != "") {
		return nil
	}
	e.setNames(ent, lang, name, name != "")
	return nil
}

// RenameFollowing renames entity id in lang as a person does (see RenameEntity) and, in the same undo
// step, gives it in other the name propose makes from the new one, when its name in other is a
// proposal made from the old (see Entity.Proposed): "Poutine", whose English "Putin" pre-annotation
// proposed, renamed "Vladimir Poutine" becomes "Vladimir Putin" in English, not "Putin" still. When
// propose knows no name for the new one, the stale proposal goes. A name in other that a person set or
// confirmed stays as it is, as do all names when the one in lang does not change.
func (e *Editor) RenameFollowing(id, lang, name, other string, propose Namer) error {
	ent := e.Doc.Entity(id)
	if ent == nil {
		return errNoEntity(id)
	}
	if ent.Names[lang] == name {
		return e.RenameEntity(id, lang, name)
	}
	return e.Batch(stepRename, func() error {
		if err := e.RenameEntity(id, lang, name); err != nil {
			return err
		}
		if !ent.IsProposed(other) || propose == nil || name == "" {
			return nil
		}
		return e.ProposeName(id, other, propose(name, ent.Type))
	})
}

// setNames sets ent's name in lang, listing it among the proposed ones or not, as one change.
func (e *Editor) setNames(ent *Entity, lang, name string, proposed bool) {
	names := maps.Clone(ent.Names)
	if names == nil {
		names = map[string]string{}
	}
	if name == "" {
		delete(names, lang)
	} else {
		names[lang] = name
	}
	tags := slices.DeleteFunc(slices.Clone(ent.Proposed), func(t string) bool { return t == lang })
	if proposed {
		tags = append(tags, lang)
	}
	if len(tags) == 0 {
		tags = nil
	}
	e.apply(stepRename, setVal(&ent.Names, names), setVal(&ent.Proposed, tags))
}
