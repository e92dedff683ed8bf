package tm

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/glose-app/glose/suggest/store"
)

// Deleting by hand. A pair the memory should never have kept (a typo confirmed long ago, a client's
// wrong TMX entry) comes back at 100 % until someone removes it, as memoQ, Trados and OmegaT let a
// translator delete an entry from the results or the concordance. Delete takes the unit out with
// every claim on it, whatever holds it: the point is that no source keeps it. It is not an undoable
// step of a document; a source that stores the pair again (a segment confirmed again, the TMX file
// imported again) brings it back as new.

// SourceKind says what kind of source holds a unit's pair (see claim.go).
type SourceKind string

// The kinds of sources.
const (
	SourceConfirmed SourceKind = SourceKind(confirmed) // a segment (Segment) of a document (Origin) confirmed it
	SourceImported  SourceKind = SourceKind(imported)  // a TMX file (Origin, its name) held it
	SourceUnknown   SourceKind = SourceKind(unknown)   // the memory held it before it kept its sources
)

// Source is one source that holds a unit's pair.
type Source struct {
	Kind    SourceKind
	Origin  string    // the document's ID or the TMX file's name; "" for SourceUnknown
	Segment string    // the segment's ID in the document; "" but for SourceConfirmed
	Changed time.Time // when it last stored the pair
}

// Held is a unit with the sources that hold it, the latest first.
type Held struct {
	Unit
	Sources []Source
}

// Pair selects units: a French source and, when Target is not "", one English of it; Target ""
// selects every English of the French. Text and languages are compared as the memory keys them
// (NFC, languages normalised), the French as the whole segment, exactly.
type Pair struct {
	SourceLang, TargetLang string
	Source, Target         string
}

// pairQuery selects the units of a Pair, with their claims (?1 to ?4: languages, French, English).
var pairQuery = withClaims(`src_lang = ?1 AND tgt_lang = ?2 AND source = ?3 AND (?4 = '' OR target = ?4)`)

// keyed is p as the memory keys it.
func (p Pair) keyed() Pair {
	u := Unit{SourceLang: p.SourceLang, TargetLang: p.TargetLang, Source: p.Source, Target: p.Target}.keyed()
	return Pair{SourceLang: u.SourceLang, TargetLang: u.TargetLang, Source: u.Source, Target: u.Target}
}

// Units returns the units p selects with their sources, in storage order: what Delete would take out.
func (m *Memory) Units(ctx context.Context, p Pair) ([]Held, error) {
	p = p.keyed()
	q, err := m.db.PrepareContext(ctx, pairQuery)
	if err != nil {
		return nil, store.Explain(m.name, err)
	}
	defer q.Close()
	hs, err := queryHeld(ctx, q, p.SourceLang, p.TargetLang, p.Source, p.Target)
	if err != nil {
		return nil, store.Explain(m.name, err)
	}
	return heldOut(hs), nil
}

// Delete takes the units p selects out of the memory, with every source's claim on them, their
// inline codes and their index entries, in one transaction, and returns what it took out (none
// when the memory has no such unit). See above.
func (m *Memory) Delete(ctx context.Context, p Pair) ([]Held, error) {
	p = p.keyed()
	if strings.TrimSpace(p.Source) == "" {
		return nil, errors.New("deleting from the memory: no French given")
	}
	tx, err := m.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, store.Explain(m.name, err)
	}
	defer tx.Rollback()
	st, err := prepareStmts(ctx, tx, false)
	if err != nil {
		return nil, store.Explain(m.name, err)
	}
	q, err := tx.PrepareContext(ctx, pairQuery)
	if err != nil {
		return nil, store.Explain(m.name, err)
	}
	hs, err := queryHeld(ctx, q, p.SourceLang, p.TargetLang, p.Source, p.Target)
	if err != nil {
		return nil, store.Explain(m.name, err)
	}
	units := make([]Unit, len(hs))
	for i, h := range hs {
		units[i] = h.Unit
	}
	if err := deleteUnits(ctx, st, units); err != nil {
		return nil, store.Explain(m.name, fmt.Errorf("deleting %q: %w", p.Source, err))
	}
	if err := st.idx.flush(ctx, tx); err != nil {
		return nil, store.Explain(m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return nil, store.Explain(m.name, err)
	}
	return heldOut(hs), nil
}

// heldOut gives units read with their claims as Held, each's sources the latest first.
func heldOut(hs []heldUnit) []Held {
	out := make([]Held, len(hs))
	for i, h := range hs {
		out[i] = Held{Unit: h.Unit}
		for _, c := range h.claims {
			out[i].Sources = append(out[i].Sources, Source{Kind: SourceKind(c.kind), Origin: c.origin,
				Segment: c.segment, Changed: time.UnixMilli(c.changed)})
		}
		slices.SortStableFunc(out[i].Sources, func(a, b Source) int { return b.Changed.Compare(a.Changed) })
	}
	return out
}

// Forget drops from p what it read of the units of the pair u (languages, French and English): a
// unit deleted by hand (Delete) must not come back when the run p followed is undone (Restore).
func (p *Prior) Forget(u Unit) {
	u = u.keyed()
	p.held = slices.DeleteFunc(p.held, func(h heldUnit) bool {
		return h.SourceLang == u.SourceLang && h.TargetLang == u.TargetLang && h.Source == u.Source && h.Target == u.Target
	})
}
