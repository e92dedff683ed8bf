package tm

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/suggest/store"
)

// Inline codes of TMX segments (bpt, ept, ph, it, ut, hi: the formatting and placeholders of the
// document a unit came from) are kept beside the unit, so that a memory goes through Glose and back
// to OmegaT, memoQ or Trados with them. The unit's Source and Target are the text without them (with
// hi's text), which is what matches are scored on and proposals offer; tm_markup holds each side's
// <seg> content as TMX (empty for a side without codes), and a TMX export writes it in place of the
// text. A unit confirmed again in Glose keeps its markup; importing the same pair again with other
// codes replaces it. The memory pairs languages (fr, en: NormalizeLang), but a TMX names the variant of
// each side (en-US, fr-CA): tm_markup keeps the xml:lang of each <tuv> as the file wrote it, when it is
// not the language alone, and the export writes it back.
const markupSchema = `
CREATE TABLE IF NOT EXISTS tm_markup (
	unit   INTEGER PRIMARY KEY REFERENCES tm_unit (id) ON DELETE CASCADE,
	source TEXT NOT NULL DEFAULT '',
	target TEXT NOT NULL DEFAULT '',
	src_tag TEXT NOT NULL DEFAULT '',
	tgt_tag TEXT NOT NULL DEFAULT ''
);`

// markupColumns are the columns added to tm_markup since it was made; a memory made before them gets
// them, empty, when opened (see createTables): its units export with their language alone.
var markupColumns = []string{"src_tag", "tgt_tag"}

// markedUnit is a unit read from TMX with its inline markup.
type markedUnit struct {
	Unit
	source, target string // the <seg> contents as TMX when they hold inline codes, else ""
	srcTag, tgtTag string // the xml:lang of each <tuv> as the file wrote it, "" when the language alone
	codes          int    // the inline codes of both
}

// tagOf is the xml:lang lang as markedUnit keeps it: "" when it is the language alone.
func tagOf(lang string) string {
	if lang = strings.TrimSpace(lang); lang == NormalizeLang(lang) {
		return ""
	}
	return lang
}

// langs are the languages of u's sides as the TMX it came from names them.
func (u markedUnit) langs() (src, tgt string) {
	return firstNonEmpty(u.srcTag, u.SourceLang), firstNonEmpty(u.tgtTag, u.TargetLang)
}

// createTables creates the memory's tables that the database lacks (all of them in a new one; in
// one made by an earlier version, those added since, the concordance index filled from its units,
// the columns added since, empty: see placeColumns, and the units' claims: see claimSchema),
// in one immediate transaction: programs opening the database at once wait for each other there,
// where creating tables outside a transaction fails at once (SQLite does not wait to turn a read
// into a write once another connection has written).
func createTables(ctx context.Context, db *sql.DB, name string) error {
	ok, err := hasTables(ctx, db, "tm_unit", "tm_fts", "tm_term", "tm_markup", "tm_conc", "tm_claim")
	if err == nil && ok {
		ok, err = hasColumn(ctx, db, "tm_unit", placeColumns[len(placeColumns)-1])
	}
	if err == nil && ok {
		ok, err = hasColumn(ctx, db, "tm_markup", markupColumns[len(markupColumns)-1])
	}
	if err != nil || ok {
		return store.Explain(name, err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return store.Explain(name, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, schema+markupSchema); err != nil {
		return fmt.Errorf("creating translation memory tables: %w", store.Explain(name, err))
	}
	if err := addColumns(ctx, tx, "tm_unit", placeColumns); err != nil {
		return fmt.Errorf("updating the translation memory's tables: %w", store.Explain(name, err))
	}
	if err := addColumns(ctx, tx, "tm_markup", markupColumns); err != nil {
		return fmt.Errorf("updating the translation memory's tables: %w", store.Explain(name, err))
	}
	if ok, err := hasTables(ctx, tx, "tm_conc"); err != nil {
		return store.Explain(name, err)
	} else if !ok {
		if _, err := tx.ExecContext(ctx, concordanceSchema); err != nil {
			return fmt.Errorf("creating the concordance index: %w", store.Explain(name, err))
		}
	}
	if ok, err := hasTables(ctx, tx, "tm_claim"); err != nil {
		return store.Explain(name, err)
	} else if !ok {
		if _, err := tx.ExecContext(ctx, claimSchema); err != nil {
			return fmt.Errorf("recording where the translation memory's units come from: %w", store.Explain(name, err))
		}
	}
	return store.Explain(name, tx.Commit())
}

// hasTables reports whether the database has all the named tables.
func hasTables(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, names ...string) (bool, error) {
	for _, n := range names {
		var k int
		if err := q.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name = ?`, n).Scan(&k); err != nil || k == 0 {
			return false, err
		}
	}
	return true, nil
}

// storeMarkup records the inline markup of units just stored.
func (m *Memory) storeMarkup(ctx context.Context, units []markedUnit) error {
	tx, err := m.db.BeginTx(ctx, nil)
	if err != nil {
		return store.Explain(m.name, err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO tm_markup (unit, source, target, src_tag, tgt_tag)
		SELECT id, ?5, ?6, ?7, ?8 FROM tm_unit WHERE src_lang = ?1 AND tgt_lang = ?2 AND source = ?3 AND target = ?4
		ON CONFLICT (unit) DO UPDATE SET source = excluded.source, target = excluded.target,
			src_tag = excluded.src_tag, tgt_tag = excluded.tgt_tag`)
	if err != nil {
		return store.Explain(m.name, err)
	}
	for _, u := range units {
		if u.source == "" && u.target == "" && u.srcTag == "" && u.tgtTag == "" {
			continue
		}
		if _, err := stmt.ExecContext(ctx, NormalizeLang(u.SourceLang), NormalizeLang(u.TargetLang), u.Source, u.Target,
			u.source, u.target, u.srcTag, u.tgtTag); err != nil {
			return store.Explain(m.name, err)
		}
	}
	return store.Explain(m.name, tx.Commit())
}

// eachMarked calls fn for every unit in storage order with its inline markup ("" where none) and the
// languages its TMX named.
func (m *Memory) eachMarked(ctx context.Context, fn func(markedUnit) error) error {
	rows, err := m.db.QueryContext(ctx, `SELECT `+prefixed("tm_unit.", unitColumns)+`,
		coalesce(k.source, ''), coalesce(k.target, ''), coalesce(k.src_tag, ''), coalesce(k.tgt_tag, '')
		FROM tm_unit LEFT JOIN tm_markup k ON k.unit = tm_unit.id ORDER BY tm_unit.id`)
	if err != nil {
		return store.Explain(m.name, err)
	}
	defer rows.Close()
	for rows.Next() {
		var mu markedUnit
		u, err := scanUnit(extraScanner{rows, []any{&mu.source, &mu.target, &mu.srcTag, &mu.tgtTag}})
		if err != nil {
			return store.Explain(m.name, err)
		}
		mu.Unit = u
		if err := fn(mu); err != nil {
			return err
		}
	}
	return store.Explain(m.name, rows.Err())
}

// inlineCodesWarning is Import's warning about the inline codes it kept, or none when there were none.
func inlineCodesWarning(name string, codes, units int) []formats.Warning {
	if codes == 0 {
		return nil
	}
	args := map[string]any{"N": codes, "Units": units}
	return []formats.Warning{{Doc: name, Code: formats.WarnTMXInlineCodes, Args: args,
		Msg: fmt.Sprintf("%d inline %s (formatting, placeholders) in %d %s: kept for TMX export; matches are found on the text without them, and a match Glose inserts or pre-translates into a segment with the same codes brings them",
			codes, plural(codes, "code", "codes"), units, plural(units, "unit", "units"))}}
}

func plural(n int, one, other string) string {
	if n == 1 {
		return one
	}
	return other
}
