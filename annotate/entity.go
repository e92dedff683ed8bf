package annotate

import (
	"fmt"
	"maps"
	"slices"
)

// AddEntity adds an entity, giving it an ID when it has none. Its mentions leave any entity they belonged
// to, and an entity they leave without mention goes (see dropIfEmpty).
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
				e.dropIfEmpty(old)
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

// stepRename names the undo step of a renaming.
const stepRename = "rename entity"

// RenameEntity sets the entity's canonical name in lang as a person does; an empty name removes it.
// The name is the person's from then on, no longer a proposal (see Entity.Proposed), even when it
// reads as the proposal did: setting it so confirms it.
func (e *Editor) RenameEntity(id, lang, name string) error {
	ent := e.Doc.Entity(id)
	if ent == nil {
		return errNoEntity(id)
	}
	if ent.Names[lang] == name && !slices.Contains(ent.Proposed, lang) {
		return nil // no undo step that changes nothing
	}
	e.setNames(ent, lang, name, false)
	return nil
}

func errNoEntity(id string) error { return fmt.Errorf("no entity %q", id) }

// MergeEntities moves every mention of drop into keep, relabelled to keep's type if need be (the two are
// one referent now), fills the names keep lacks from drop, and removes drop.
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
		proposed := slices.Clone(keep.Proposed)
		for k, v := range drop.Names {
			if names[k] == "" {
				names[k] = v
				if drop.IsProposed(k) {
					proposed = append(proposed, k) // still a proposal, in keep too
				}
			}
		}
		e.apply("", setVal(&keep.Names, names), setVal(&keep.Proposed, proposed))
		e.setMentions(keep, append(slices.Clone(keep.Mentions), drop.Mentions...))
		e.retype(keep, keep.Type)
		e.apply("", change{
			// The lookups change in place (drop's mentions are keep's now), not rebuilt: projection
			// merges an entity per name it files, and rebuilding them for each made projecting a
			// 4 MB article quadratic (50 s). Undo, rarer, rebuilds them.
			do: func() {
				d.Entities = slices.DeleteFunc(d.Entities, func(x *Entity) bool { return x == drop })
				if ix := d.idx; ix != nil {
					delete(ix.entByID, drop.ID)
				}
			},
			undo: func() {
				d.Entities = append(d.Entities, drop)
				d.invalidate()
			},
		})
		return nil
	})
}

// SetMentionEntity makes span spanID a mention of entity entID (and of no other); an empty entID detaches it.
// The entity it leaves goes with its last mention (see dropIfEmpty). A mention filed under an entity of
// another type takes that type as its label, in the same undo step: "elle" (PER), the pronoun of a
// communiqué, filed under Canal+ (ORG) stayed PER, a mention with two types that exports wrote as a
// person and validate warned of.
func (e *Editor) SetMentionEntity(spanID, entID string) error {
	d := e.Doc
	sp := d.Span(spanID)
	if sp == nil {
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
			e.dropIfEmpty(old)
		}
		if target != nil {
			e.setMentions(target, append(slices.Clone(target.Mentions), spanID))
			if sp.Label != target.Type && IsEntityLabel(sp.Label) {
				e.apply("", d.reindexed(setVal(&sp.Label, target.Type)))
			}
		}
		return nil
	})
}

// Entities and mentions agree: an entity exists only through its mentions, and its mentions carry its
// type as their label. The edits keep it so, each in the undo step of the change that would break it:
//   - an entity goes with its last mention, whatever takes the mention away (Reject, RemoveSpan, a
//     relabelling to QUOTE or CUE, typing over the English mention, projection replacing its own
//     suggestion, the mention filed under another entity), and Undo brings both back. An entity left
//     without mention would still be listed, exported and looked for in the text by its name, for words
//     the person has just said are no name.
//   - relabelling a mention moves it, or its entity, to the new type (see Relabel and refile);
//     SetEntityType relabels all of an entity's mentions.
//
// Documents made elsewhere, or by a Glose without these rules, may break them; Warnings names where, and
// DropEmptyEntities takes out the entities without mention.

// IsEntityLabel reports whether spans of label name entities (PER, ORG, LOC, MISC or a user's label)
// rather than quotations (QUOTE) or their reporting verbs (CUE).
func IsEntityLabel(label string) bool { return label != LabelQuote && label != LabelCue }

// dropIfEmpty removes ent from the document, in the current undo step, when it has no mention left.
func (e *Editor) dropIfEmpty(ent *Entity) {
	d := e.Doc
	if len(ent.Mentions) > 0 || !slices.Contains(d.Entities, ent) {
		return
	}
	var prev []*Entity
	e.apply("", d.reindexed(change{
		do: func() {
			prev = d.Entities
			d.Entities = slices.DeleteFunc(slices.Clone(prev), func(x *Entity) bool { return x == ent })
		},
		undo: func() { d.Entities = prev },
	}))
}

// unmention takes span id out of the entities' mentions and removes from the document the entities it
// leaves without mention (detachSpan's share of removing a span). It returns what puts both back; the
// caller reindexes.
func (d *Document) unmention(id string) (restore func()) {
	type was struct {
		e        *Entity
		mentions []string
	}
	var olds []was
	emptied := false
	for _, e := range d.Entities {
		if i := slices.Index(e.Mentions, id); i >= 0 {
			olds = append(olds, was{e, e.Mentions})
			e.Mentions = slices.Delete(slices.Clone(e.Mentions), i, i+1)
			emptied = emptied || len(e.Mentions) == 0
		}
	}
	prev := d.Entities
	if emptied {
		d.Entities = slices.DeleteFunc(slices.Clone(prev), func(e *Entity) bool {
			return len(e.Mentions) == 0 && slices.ContainsFunc(olds, func(o was) bool { return o.e == e })
		})
	}
	return func() {
		d.Entities = prev
		for _, o := range olds {
			o.e.Mentions = o.mentions
		}
	}
}

// DropEmptyEntities removes, outside any undo history, the entities that have no mention, and returns
// them. A document opened in the app goes through it: a Glose without the rules above left such
// entities behind when their last mention was rejected or removed.
func (d *Document) DropEmptyEntities() []*Entity {
	var gone []*Entity
	d.Entities = slices.DeleteFunc(d.Entities, func(e *Entity) bool {
		if len(e.Mentions) == 0 {
			gone = append(gone, e)
			return true
		}
		return false
	})
	if len(gone) > 0 {
		d.invalidate()
	}
	return gone
}

// SetEntityType gives an entity another type and relabels all its mentions to it, in one undo step.
// The mentions keep their origin: the person has said what the entity is, not that each suggested
// mention of it is right. It returns how many mentions it relabelled.
func (e *Editor) SetEntityType(id, typ string) (int, error) {
	d := e.Doc
	ent := d.Entity(id)
	if ent == nil {
		return 0, fmt.Errorf("no entity %q", id)
	}
	if _, ok := d.Label(typ); !ok {
		return 0, fmt.Errorf("unknown label %q", typ)
	}
	if !IsEntityLabel(typ) {
		return 0, fmt.Errorf("%s is no entity type: it marks quotations and their reporting verbs", typ)
	}
	n := 0
	err := e.Batch("entity type", func() error {
		n = e.retype(ent, typ)
		return nil
	})
	return n, err
}

// retype sets ent's type and its mentions' labels to typ, returning how many mentions it relabelled.
func (e *Editor) retype(ent *Entity, typ string) int {
	if ent.Type != typ {
		e.apply("", setVal(&ent.Type, typ))
	}
	n := 0
	for _, m := range ent.Mentions {
		if sp := e.Doc.Span(m); sp != nil && sp.Label != typ {
			e.apply("", setVal(&sp.Label, typ))
			n++
		}
	}
	return n
}

// refile keeps a relabelled span's entity in agreement with it, in the relabelling's undo step, when
// the span's new label is not its entity's type:
//   - a label that names no entity (QUOTE, CUE) takes the span out of its entity;
//   - when all of the entity's mentions on the span's side now have the new label (its only French
//     mention, say: PER "Ammar ben Yasser", which the article shows to be a mosque), the entity was of
//     the wrong type: it takes the new one, and its mentions on the other side the new label, as the
//     English of a mosque names a place too. Should an entity of the new type be named alike in the
//     span's language, the two are merged into that one: relabelling the mentions of LOC Washington
//     one by one to ORG gathers them all in one ORG Washington, not two;
//   - otherwise this mention names something else than the others do ("Washington a répondu" is the
//     government, and "à Washington" the city): it leaves its entity for the entity of the new type
//     whose name in the span's language reads as the span (ignoring case and accents), or for a new
//     one named so. The new entity takes the old one's names when the span reads as the old one's name
//     (Washington the city and Washington the government are named alike in both languages).
//
// An entity left without mention goes (dropIfEmpty).
func (e *Editor) refile(sp *Span) error {
	d := e.Doc
	ent := d.EntityOf(sp.ID)
	if ent == nil || ent.Type == sp.Label {
		return nil
	}
	if !IsEntityLabel(sp.Label) {
		return e.SetMentionEntity(sp.ID, "")
	}
	tag := d.SourceLang
	if sp.Side == Target {
		tag = d.TargetLang
	}
	text := d.SpanText(sp)
	if d.sideAgrees(ent, sp.Side, sp.Label) {
		e.retype(ent, sp.Label)
		name := ent.Names[tag]
		if name == "" {
			name = text
		}
		if other := d.namesake(sp.Label, tag, name, ent); other != nil {
			return e.MergeEntities(other.ID, ent.ID)
		}
		return nil
	}
	if other := d.namesake(sp.Label, tag, text, ent); other != nil {
		return e.SetMentionEntity(sp.ID, other.ID)
	}
	names, proposed := map[string]string{tag: text}, []string(nil)
	if Fold(ent.Names[tag]) == Fold(text) {
		names, proposed = maps.Clone(ent.Names), slices.Clone(ent.Proposed)
	}
	return e.AddEntity(&Entity{Type: sp.Label, Names: names, Mentions: []string{sp.ID}, Proposed: proposed})
}

// sideAgrees reports whether every mention of ent on side has label.
func (d *Document) sideAgrees(ent *Entity, side Side, label string) bool {
	for _, m := range ent.Mentions {
		if sp := d.Span(m); sp != nil && sp.Side == side && sp.Label != label {
			return false
		}
	}
	return true
}

// namesake returns the first entity other than not, of type typ, whose name in language tag reads as
// name ignoring case and accents, or nil.
func (d *Document) namesake(typ, tag, name string, not *Entity) *Entity {
	for _, o := range d.Namesakes(typ, tag, name) {
		if o != not {
			return o
		}
	}
	return nil
}

// Namesakes returns the entities of type typ whose name in language tag reads as name ignoring case
// and accents, in the document's order: the app files a name tagged by hand under the one it returns
// alone, as pre-annotation groups mentions, and leaves namesakes to the person.
func (d *Document) Namesakes(typ, tag, name string) []*Entity {
	f := Fold(name)
	var out []*Entity
	for _, o := range d.Entities {
		if o.Type == typ && o.Names[tag] != "" && Fold(o.Names[tag]) == f {
			out = append(out, o)
		}
	}
	return out
}
