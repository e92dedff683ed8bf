package tm

import (
	"context"
	"database/sql"
	"fmt"
	"hash/fnv"
	"slices"
)

// A unit confirmed in a document knows where it stands: the document (Origin), the segment's ID in
// it (Segment) and its neighbours (Context). As in OmegaT's project memory, memoQ and Trados, the
// memory keeps one translation per source segment and place: storing another English for the same
// French of the same segment of the same document replaces the one stored before (a corrected typo
// is no longer offered), while translations of the same French from other documents or segments
// stay, the most recent and the closest in context offered first (see ContextMatch). Units stored
// before segments were recorded (Segment "") count as any segment of their document: the next
// confirmation of that French in that document replaces them. Replacing takes back the segment's
// claim on a unit, not the unit itself (see claim.go): imported units (Origin a file name, no
// Segment) are never replaced, nor is English confirmed elsewhere too; an exact duplicate (same
// languages, French and English) is kept once, its time and place those of its latest store.

// Place is where a segment stands, for storing its translation and for ranking matches.
type Place struct {
	Origin  string // the document's ID
	Segment string // the segment's ID in that document
	Context string // Neighbours of the segment's previous and next French
}

// Neighbours is the context of a segment: a short digest of the French of the segments before and
// after it ("" at either end), as memoQ's context matches compare them.
func Neighbours(prev, next string) string {
	h := fnv.New64a()
	h.Write([]byte(prev))
	h.Write([]byte{0})
	h.Write([]byte(next))
	return fmt.Sprintf("%016x", h.Sum64())
}

// ContextMatch says how close a match's place is to the query's: flags, a larger value closer.
type ContextMatch uint8

// The context flags of a match.
const (
	SameDocument   ContextMatch = 1 << iota // stored from the query's document
	SameNeighbours                          // stored from a segment between the same French segments
	SameSegment                             // stored from the query's segment of the query's document
)

// contextMatch compares a unit's place with the query's.
func contextMatch(u Unit, at Place) ContextMatch {
	var c ContextMatch
	if at.Origin != "" && u.Origin == at.Origin {
		c |= SameDocument
		if at.Segment != "" && u.Segment == at.Segment {
			c |= SameSegment
		}
	}
	if at.Context != "" && u.Context == at.Context {
		c |= SameNeighbours
	}
	return c
}

// replaceInPlace takes back the claims that u, a translation confirmed in a segment of a document,
// replaces: the confirmations of other English for the same French from that segment, or from that
// document before segments were recorded. A unit goes with its last claim (see claim.go): the same
// pair imported from a TMX file or confirmed elsewhere stays.
func replaceInPlace(ctx context.Context, st stmts, u Unit) error {
	if !u.placed() {
		return nil
	}
	held, err := queryHeld(ctx, st.find, u.SourceLang, u.TargetLang, u.Source, u.Origin, u.Segment, u.Target)
	if err != nil {
		return err
	}
	gone := func(c claim) bool {
		return c.kind == confirmed && c.origin == u.Origin && (c.segment == u.Segment || c.segment == "")
	}
	for _, h := range held {
		if err := takeBack(ctx, st, h, gone); err != nil {
			return err
		}
	}
	return nil
}

// deleteUnits removes units, all translations of the same French (ID, SourceLang, Source and
// Target set), their index entries and terms' frequencies left to st.idx (foreign keys clean the
// markup and the claims).
func deleteUnits(ctx context.Context, st stmts, units []Unit) error {
	for _, u := range units {
		if _, err := st.del.ExecContext(ctx, u.ID); err != nil {
			return err
		}
		st.idx.deleted(u)
	}
	return nil
}

// placeColumns are the columns added to tm_unit for places; a memory made before them gets them,
// empty, when opened (see createTables): its units keep their document as Origin.
var placeColumns = []string{"segment", "context"}

// addColumns adds the columns of table that a memory made by an earlier version lacks.
func addColumns(ctx context.Context, tx *sql.Tx, table string, columns []string) error {
	for _, c := range columns {
		ok, err := hasColumn(ctx, tx, table, c)
		if err != nil {
			return err
		}
		if !ok {
			if _, err := tx.ExecContext(ctx, `ALTER TABLE `+table+` ADD COLUMN `+c+` TEXT NOT NULL DEFAULT ''`); err != nil {
				return fmt.Errorf("adding the column %s to %s: %w", c, table, err)
			}
		}
	}
	return nil
}

// hasColumn reports whether table has the column.
func hasColumn(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, table, column string) (bool, error) {
	var k int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM pragma_table_info(?) WHERE name = ?`, table, column).Scan(&k)
	return k > 0, err
}

// RankAt ranks again, for a query at a place, matches that Lookup returned for the same text from
// another place (or none): it sets their Context and sorts them as Lookup would have. It lets a
// pre-translation look a repeated sentence up once. Matches Lookup left out (beyond Query.Top) are
// not brought back: when the last match kept ties with the first, a look-up at the place may find
// a closer one.
func RankAt(ms []Match, at Place) []Match {
	out := slices.Clone(ms)
	for i := range out {
		out[i].Context = contextMatch(out[i].Unit, at)
	}
	slices.SortStableFunc(out, compareMatches)
	return out
}
