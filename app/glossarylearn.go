package app

import (
	"context"
	"strings"
	"sync"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/glossary"
)

// stepRenameEntity is the undo step of a rename in the Entities tab (entities.go names its batch so,
// as annotate's RenameEntity names its own step): the step by which a person types an entity's name.
// Renames made by the program (a span's bounds corrected, a name found by projection or
// pre-annotation) are parts of steps named otherwise.
const stepRenameEntity = "rename entity"

// glossaryTerms is what the open document gave the glossary: its names, which the glossary finds
// first while it is open, and the names it taught the store shared by every document.
type glossaryTerms struct {
	doc     []glossary.Entity // the names given as the document's terms (nil: not given yet)
	english map[string]string // each entity's English name at the last look, by entity ID
	named   map[namedName]bool
	cases   *nameCase          // which names match case (glossarynamecase.go)
	casesIn *glossary.Glossary // the glossary given cases (SetNameCase)
	want    []glossary.Entity  // the names the store was last asked to hold for the document
	sent    bool               // whether want was sent to this glossary
	gen     int                // of the last update sent
	taught  *taught            // what the store learned from the document, updated off the UI goroutine
	lists   listVerdicts       // what the built-in lists say of the names met (glossaryfacts.go)
}

// namedName is an English name a person typed for an entity in the Entities tab, this session.
type namedName struct{ entity, name string }

// noteRenames remembers the English names the step just made typed in the Entities tab. A step that
// is undone or redone (something is left to redo after it) teaches nothing new: an undone rename
// takes its name away, a redone one brings back a name already noted.
func (t *glossaryTerms) noteRenames(ed *annotate.Editor, d *annotate.Document) {
	renamed := ed != nil && t.english != nil && !ed.CanRedo() && ed.UndoName() == stepRenameEntity
	english := make(map[string]string, len(d.Entities))
	for _, e := range d.Entities {
		en := strings.TrimSpace(e.Names[d.TargetLang])
		english[e.ID] = en
		if renamed && en != "" && en != t.english[e.ID] && !e.IsProposed(d.TargetLang) { // not one following the French
			if t.named == nil {
				t.named = map[namedName]bool{}
			}
			t.named[namedName{e.ID, en}] = true
		}
	}
	t.english = english
}

// learnable returns the names the shared glossary may learn from d: what a translator would want a
// terminology base to keep, a French name and an English one a person stood behind. That is an entity
// with a confirmed French mention whose own English name (never the French one standing in for it)
// either a person typed in the Entities tab (named) or an English mention reads in a translated or
// reviewed segment, a mention that a person confirmed by itself (vouched for: accepted alone, tagged,
// relabelled or its bounds corrected, as the document keeps it, glossarystood.go) or one that reads the name the built-in lists give the French (Moscou → Moscow).
// An English mention confirmed only along with others (Accept all, Accept sure, a quotation's
// speaker) is projection's guess of the name's words, not a name someone checked: "Assembly
// Commission" for "Assemblée". Suggestions nobody confirmed, rejected ones, and English names the
// detector copied from the French stay the document's own terms.
func learnable(d *annotate.Document, t *glossaryTerms, facts []mentionFacts) []glossary.Entity {
	var out []glossary.Entity
	seen := map[pairKey]bool{}
	for i, e := range d.Entities {
		fr, en := strings.TrimSpace(e.Names[d.SourceLang]), strings.TrimSpace(e.Names[d.TargetLang])
		if fr == "" || en == "" || seen[pairKey{fr, en}] || !facts[i].sourceConfirmed {
			continue
		}
		listed := func() bool { // the English the built-in lists give the French name
			v := t.lists.of(fr, e.Type)
			return v.listed && strings.EqualFold(v.english, en)
		}
		stood := func(id string) bool { return vouchedMention(d, id) || listed() }
		if t.named[namedName{e.ID, en}] || confirmedTarget(d, facts[i].targets, en, stood) {
			seen[pairKey{fr, en}] = true
			out = append(out, glossary.Entity{Source: fr, Target: en, Type: e.Type}) // its case decided where it is read (SetNameCase)
		}
	}
	return out
}

// pairKey is a French name and its English, whatever the entity's type.
type pairKey struct{ source, target string }

// taught is what one document taught the shared glossary. Updates run off the UI goroutine and may
// start in any order: each carries its generation, and one older than the last applied is dropped.
type taught struct {
	mu   sync.Mutex
	gen  int                        // of the last update applied
	g    *glossary.Glossary         // the store it went to
	have map[pairKey]bool           // the names the document supported then
	ours map[pairKey]glossary.Entry // the entries stored for the document, for forgetting
}

// update makes the store follow the names the document supports now (want): those newly supported
// are learned (unless stored already, by an import or another document: those are not this
// document's to forget), and those it stored that lost their support are forgotten. A name the user
// deleted from the glossary comes back only when it is newly supported again. It reports whether
// anything was forgotten, and whether anything was learned.
func (t *taught) update(ctx context.Context, g *glossary.Glossary, gen int, want []glossary.Entity, origin string) (forgot, learned bool, err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if gen <= t.gen {
		return false, false, nil
	}
	t.gen = gen
	if t.g != g { // the memory was reopened: tell it everything again
		t.g, t.have = g, nil
	}
	if t.ours == nil {
		t.ours = map[pairKey]glossary.Entry{}
	}
	now := make(map[pairKey]bool, len(want))
	var add []glossary.Entity
	for _, e := range want {
		k := pairKey{e.Source, e.Target}
		if now[k] = true; !t.have[k] {
			add = append(add, e)
		}
	}
	var drop []glossary.Entry
	for k, e := range t.ours {
		if !now[k] {
			drop = append(drop, e)
		}
	}
	t.have = nil // until the store has followed
	n, err := g.Forget(ctx, drop...)
	if err != nil {
		return false, false, err // nothing forgotten: the transaction was rolled back
	}
	for _, e := range drop {
		delete(t.ours, pairKey{e.Source, e.Target})
	}
	stored, err := g.Learn(ctx, add, origin)
	for _, e := range stored {
		t.ours[pairKey{e.Source, e.Target}] = e
	}
	if err == nil {
		t.have = now
	}
	return n > 0, len(stored) > 0, err
}
