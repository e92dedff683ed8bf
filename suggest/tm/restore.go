package tm

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/glose-app/glose/suggest/store"
)

// Undoing a confirmation. A translator who confirms a segment, then takes the confirmation back
// (Ctrl+Z), expects the memory as it was: no English of that segment if it had none, the English it
// had otherwise. Storing a unit changes the memory in two ways only (see AddBatch and Place): it
// takes back the confirmations of the other English of its French from its segment (a unit goes
// with its last claim, see claim.go), and it inserts its pair, or, when the pair was there
// (confirmed elsewhere, imported), gives it the segment's claim, place and a later time. Before
// reads, ahead of each store, the units either way touches, with their claims; Restore puts back
// their claims from the run's place and their place and times, and takes the run's claim back from
// the units it added, which go unless another source claimed them since (another segment confirming
// the same pair, a TMX import), keeping the look-up and concordance indexes in step.

// Prior is what the memory held, before a run of stores of one segment's translations, of the units
// those stores touched, and the unit last stored: what Restore puts back when the run is undone. The
// zero Prior is a run not begun. A Prior is not safe for concurrent use.
type Prior struct {
	held   []heldUnit // as first read, before the run touched them
	stored []string   // the English the run stored
	last   Unit       // the unit last stored; zero before the run
}

// heldUnit is a unit as a Prior first read it, with its claims in key order.
type heldUnit struct {
	Unit
	claims []claim
}

// holds reports whether p read the unit of English target before the run touched it.
func (p *Prior) holds(target string) bool {
	return slices.ContainsFunc(p.held, func(h heldUnit) bool { return h.Target == target })
}

// keys are the claims a run's stores give or take back: the confirmation from its place, the one
// its units get, and, from a segment, its document's from no segment (see replaceInPlace).
func (p *Prior) keys() []claim {
	ks := []claim{p.last.confirmation(0)}
	if p.last.placed() {
		ks = append(ks, claim{kind: confirmed, origin: p.last.Origin})
	}
	return ks
}

// Stored reports whether the run has begun: a unit was stored since the Prior was made or restored.
func (p *Prior) Stored() bool { return p.last.Target != "" }

// placed reports whether u was confirmed in a segment, the only units that replace others.
func (u Unit) placed() bool { return u.Origin != "" && u.Segment != "" }

// touchedQuery selects the units of a French source (languages and source, ?1 to ?3) that storing
// a unit of that French touches: its own pair (target ?4) and, when it is placed (?7), every English
// confirmed from its document (?5) in its segment (?6) or in no segment.
var touchedQuery = withClaims(`src_lang = ?1 AND tgt_lang = ?2 AND source = ?3
	AND (target = ?4 OR ?7 AND EXISTS (SELECT 1 FROM tm_claim k WHERE k.unit = tm_unit.id AND k.kind = 'confirmed'
		AND k.origin = ?5 AND k.segment IN (?6, '')))`)

// touched returns the units storing u touches, as they are now, with their claims; q is
// touchedQuery prepared.
func touched(ctx context.Context, q *sql.Stmt, u Unit) ([]heldUnit, error) {
	return queryHeld(ctx, q, u.SourceLang, u.TargetLang, u.Source, u.Target, u.Origin, u.Segment, u.placed())
}

// Before notes in p, just before u is stored (by Add or AddBatch), what storing it will touch that
// p does not hold yet, and u as the unit last stored. The units of a run are translations of the
// same French at the same place.
func (m *Memory) Before(ctx context.Context, p *Prior, u Unit) error {
	if err := u.validate(); err != nil {
		return err
	}
	u = u.keyed()
	if l := p.last; p.Stored() && (l.SourceLang != u.SourceLang || l.TargetLang != u.TargetLang ||
		l.Source != u.Source || l.Origin != u.Origin || l.Segment != u.Segment) {
		return fmt.Errorf("storing %q at segment %q of %q after %q at segment %q: not the same French and place",
			u.Source, u.Segment, u.Origin, l.Source, l.Segment)
	}
	hs, err := touched(ctx, m.lookups.touched, u)
	if err != nil {
		return store.Explain(m.name, err)
	}
	for _, h := range hs {
		// A pair the run stored is its own, or held already if it was there before.
		if !slices.Contains(p.stored, h.Target) && !p.holds(h.Target) {
			p.held = append(p.held, h)
		}
	}
	if !slices.Contains(p.stored, u.Target) {
		p.stored = append(p.stored, u.Target)
	}
	p.last = u
	return nil
}

// Restore takes back the runs of stores ps followed: each run's claim is taken back from the units
// of the pairs it stored that the memory did not hold before the run (they go unless another source
// claimed them since); those it held get back their claims from the run's place, their place, note
// and times (a unit the run replaced comes back under a new id). In one transaction, after which
// each Prior is a run not begun. Restoring a run not begun does nothing.
func (m *Memory) Restore(ctx context.Context, ps ...*Prior) error {
	if !slices.ContainsFunc(ps, (*Prior).Stored) {
		return nil
	}
	tx, err := m.db.BeginTx(ctx, nil)
	if err != nil {
		return store.Explain(m.name, err)
	}
	defer tx.Rollback()
	runs := 0
	for _, p := range ps {
		if p.Stored() {
			runs++
		}
	}
	st, err := prepareStmts(ctx, tx, runs >= bulkUnits)
	if err != nil {
		return store.Explain(m.name, err)
	}
	find := tx.StmtContext(ctx, m.lookups.touched)
	back, err := tx.PrepareContext(ctx, `UPDATE tm_unit SET origin = ?5, segment = ?6, context = ?7, note = ?8,
		created = ?9, changed = ?10 WHERE src_lang = ?1 AND tgt_lang = ?2 AND source = ?3 AND target = ?4 RETURNING id`)
	if err != nil {
		return store.Explain(m.name, err)
	}
	for _, p := range ps {
		if !p.Stored() {
			continue
		}
		if err := restoreIn(ctx, find, st, back, p); err != nil {
			return store.Explain(m.name, fmt.Errorf("restoring %q: %w", p.last.Source, err))
		}
	}
	if err := st.idx.flush(ctx, tx); err != nil {
		return store.Explain(m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return store.Explain(m.name, err)
	}
	for _, p := range ps {
		*p = Prior{}
	}
	return nil
}

// restoreIn restores p in Restore's transaction, with its statements (find, touchedQuery; st; and
// back, which puts a unit's place, note and times back).
func restoreIn(ctx context.Context, find *sql.Stmt, st stmts, back *sql.Stmt, p *Prior) error {
	now, err := touched(ctx, find, p.last) // the run's last pair, and its English at the place
	if err != nil {
		return err
	}
	for _, t := range p.stored { // the run's other pairs, which a unit of no segment did not replace
		pair := Unit{SourceLang: p.last.SourceLang, TargetLang: p.last.TargetLang, Source: p.last.Source, Target: t}
		us, err := touched(ctx, find, pair)
		if err != nil {
			return err
		}
		now = append(now, us...)
	}
	keys := p.keys()
	for i, u := range now {
		if !slices.ContainsFunc(now[:i], func(v heldUnit) bool { return v.ID == u.ID }) && !p.holds(u.Target) {
			if err := takeBack(ctx, st, u, keys[0].sameKey); err != nil {
				return err
			}
		}
	}
	for _, h := range p.held {
		if err := restoreHeld(ctx, st, back, h, keys); err != nil {
			return err
		}
	}
	return nil
}

// restoreHeld puts back a unit a run touched: its place, note and times, and its claims of the run's
// keys, as they were; its other claims are left as they are, and when they changed since (another
// segment confirmed the pair, or took its confirmation back), the unit is placed after them.
func restoreHeld(ctx context.Context, st stmts, back *sql.Stmt, h heldUnit, keys []claim) error {
	created, changed := unitTimes(h.Unit, time.Now())
	u := h.Unit
	var now []claim
	err := back.QueryRowContext(ctx, h.SourceLang, h.TargetLang, h.Source, h.Target, h.Origin, h.Segment,
		h.Context, h.Note, created.UnixMilli(), changed.UnixMilli()).Scan(&u.ID)
	switch {
	case errors.Is(err, sql.ErrNoRows): // replaced by the run
		u.ID, err = storeUnit(ctx, st, h.Unit, created, changed)
	case err == nil:
		now, err = claimsOf(ctx, st.claims.of, u.ID)
	}
	if err != nil {
		return err
	}
	keyed := func(c claim) bool { return slices.ContainsFunc(keys, c.sameKey) }
	if was := filterClaims(h.claims, keyed); !slices.Equal(filterClaims(now, keyed), was) {
		for _, c := range filterClaims(now, keyed) {
			if err := dropClaim(ctx, st, u.ID, c); err != nil {
				return err
			}
		}
		for _, c := range was {
			if err := putClaim(ctx, st, u, c); err != nil {
				return err
			}
		}
	}
	other := func(c claim) bool { return !keyed(c) }
	if slices.Equal(filterClaims(now, other), filterClaims(h.claims, other)) {
		return nil
	}
	return settle(ctx, st, u)
}

// filterClaims returns the claims of cs that keep selects, in their order.
func filterClaims(cs []claim, keep func(claim) bool) []claim {
	var out []claim
	for _, c := range cs {
		if keep(c) {
			out = append(out, c)
		}
	}
	return out
}

// Withdraw takes back the confirmation of each unit's French from the unit's place (its document
// and segment; the unit's Target is not read): the segment was set back to draft, and no Prior of
// this session can give the memory back what it held before it (the confirmation was stored in an
// earlier session, or in another memory file). A unit goes with its last claim (see claim.go): the
// same pair imported from a TMX file or confirmed from another segment or document stays, placed
// where its latest claim is, as does a unit of the document from no segment and one the memory held
// before it kept claims. In one transaction; units with no place are skipped.
func (m *Memory) Withdraw(ctx context.Context, units ...Unit) error {
	if !slices.ContainsFunc(units, Unit.placed) {
		return nil
	}
	tx, err := m.db.BeginTx(ctx, nil)
	if err != nil {
		return store.Explain(m.name, err)
	}
	defer tx.Rollback()
	st, err := prepareStmts(ctx, tx, false)
	if err != nil {
		return store.Explain(m.name, err)
	}
	find, err := tx.PrepareContext(ctx, withClaims(`src_lang = ?1 AND tgt_lang = ?2 AND source = ?3
		AND EXISTS (SELECT 1 FROM tm_claim k WHERE k.unit = tm_unit.id AND k.kind = 'confirmed'
			AND k.origin = ?4 AND k.segment = ?5)`))
	if err != nil {
		return store.Explain(m.name, err)
	}
	for _, u := range units {
		if !u.placed() {
			continue
		}
		if err := withdraw(ctx, st, find, u); err != nil {
			return store.Explain(m.name, fmt.Errorf("withdrawing %q: %w", u.Source, err))
		}
	}
	if err := st.idx.flush(ctx, tx); err != nil {
		return store.Explain(m.name, err)
	}
	return store.Explain(m.name, tx.Commit())
}

// withdraw takes u's confirmation back in Withdraw's transaction; find selects the units it claims.
func withdraw(ctx context.Context, st stmts, find *sql.Stmt, u Unit) error {
	u = u.keyed()
	held, err := queryHeld(ctx, find, u.SourceLang, u.TargetLang, u.Source, u.Origin, u.Segment)
	if err != nil {
		return err
	}
	for _, h := range held {
		if err := takeBack(ctx, st, h, u.confirmation(0).sameKey); err != nil {
			return err
		}
	}
	return nil
}
