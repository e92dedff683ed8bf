package glossary

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/glose-app/glose/suggest/store"
)

// Entity is a named entity of a document with its names in both languages.
type Entity struct {
	Source string // the name in the source language, e.g. "Sergueï Lavrov"
	Target string // the name in the target language, e.g. "Sergei Lavrov"
	Type   string // its label, e.g. "PER"
	// Confirmed says a person stood behind the target name (typed it, or confirmed it in a
	// translation). As a document's term (SetDocument), a name nobody confirmed comes after the
	// stored entries of the same words, which the user imported or confirmed. Learn ignores it.
	Confirmed bool
	// Note is shown with the document's term (SetDocument): what the translator should know of it,
	// such as a name nobody confirmed being only the French copied. Learn ignores it.
	Note string
	// MatchCase says the name is found only written in its case (see Entry.MatchCase), as a document's
	// term: a capitalised name whose lower-case form is a common word ("Union", the European one, is
	// not "une union"). The caller decides (the app asks the document and the dictionary). Learn stores
	// it as given; the app gives none, as a learned name's case is the open document's to decide
	// (SetNameCase).
	MatchCase bool
}

// Learn stores entities' names as entries of the given origin (the ID of the document that taught
// them), type = the entity's label, matching case as the entity says, skipping those without both
// names and those stored already (but for case too, unless either matches case), under whatever origin. It returns the entries it stored, with their IDs: what Forget takes back when the
// document stops supporting them. Which names deserve it is the caller's rule: this store is shared by
// every document, so a name goes in only once a person has stood behind it.
func (g *Glossary) Learn(ctx context.Context, entities []Entity, origin string) ([]Entry, error) {
	tx, err := g.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, store.Explain(g.name, err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO glossary (src_lang, tgt_lang, source, target, type, origin, match_case)
		VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (src_lang, tgt_lang, source, target) DO NOTHING RETURNING id`)
	if err != nil {
		return nil, store.Explain(g.name, err)
	}
	var out []Entry
	spelt := g.spellings()
	for _, e := range entities {
		src, tgt := strings.TrimSpace(e.Source), strings.TrimSpace(e.Target)
		if src == "" || tgt == "" {
			continue
		}
		entry := Entry{SourceLang: g.sourceLang, TargetLang: g.targetLang, Source: src, Target: tgt, Type: e.Type, Origin: origin, MatchCase: e.MatchCase}
		entry = spelt.of(entry) // stored already but for case: the insert does nothing (casefold.go)
		err := stmt.QueryRowContext(ctx, entry.SourceLang, entry.TargetLang, entry.Source, entry.Target, e.Type, origin, entry.MatchCase).Scan(&entry.ID)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			continue // stored already
		case err != nil:
			return nil, store.Explain(g.name, err)
		}
		out = append(out, entry)
	}
	if err := tx.Commit(); err != nil {
		return nil, store.Explain(g.name, err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, g.reload(ctx)
}

// Forget deletes entries that Learn stored, each only while it is still as Learn left it: an entry
// the user deleted since is not an error, and one an import has taken over since (it then carries the
// file's name as its origin) stays. It returns how many it deleted.
func (g *Glossary) Forget(ctx context.Context, entries ...Entry) (int, error) {
	tx, err := g.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, store.Explain(g.name, err)
	}
	defer tx.Rollback()
	n := 0
	for _, e := range entries {
		res, err := tx.ExecContext(ctx, `DELETE FROM glossary WHERE id = ? AND source = ? AND target = ? AND origin = ?`,
			e.ID, e.Source, e.Target, e.Origin)
		if err != nil {
			return 0, store.Explain(g.name, err)
		}
		k, _ := res.RowsAffected()
		n += int(k)
	}
	if err := tx.Commit(); err != nil {
		return 0, store.Explain(g.name, err)
	}
	if n == 0 {
		return 0, nil
	}
	return n, g.reload(ctx)
}

// Import reads a glossary file named name: CSV when the name ends in .csv, TBX otherwise. Its entries
// remember the file's base name as their origin. It returns how many entries it stored.
func (g *Glossary) Import(ctx context.Context, r io.Reader, name string) (int, error) {
	return g.ImportWith(ctx, r, name, ImportOptions{})
}

// ImportWith is Import with options.
func (g *Glossary) ImportWith(ctx context.Context, r io.Reader, name string, opts ImportOptions) (int, error) {
	origin := filepath.Base(name)
	if strings.EqualFold(filepath.Ext(name), ".csv") {
		return g.importCSV(ctx, r, origin, opts)
	}
	return g.importTBX(ctx, r, origin, opts)
}

// migrateOrigin brings a glossary table from before entries had an origin up to date. Until then the app
// stored every entity name of every document it opened, at once: the detector's suggestions, rejected
// or not, with the French name copied as the English where it knew no other. The copies among them
// (an entity's label as type, the English the French but for case) go: the app offered none of them
// (a term kept as it is takes no slot), they only underlined words, and the new rule would have
// stored none without a person confirming the English. The other names stay, as a translator may
// well have typed them; Tools › Glossary… and glose-cli tm terms show them for deleting.
func migrateOrigin(ctx context.Context, db *sql.DB, name string) error {
	return addColumn(ctx, db, name, "origin", "TEXT NOT NULL DEFAULT ''", func(tx *sql.Tx) error {
		copies, err := legacyCopies(ctx, tx)
		if err != nil {
			return err
		}
		for _, id := range copies {
			if _, err := tx.ExecContext(ctx, `DELETE FROM glossary WHERE id = ?`, id); err != nil {
				return err
			}
		}
		return nil
	})
}

// addColumn adds the column named column (declared decl) to the glossary table of a database written
// before it had it, and then runs after, when not nil, in the same transaction: an immediate one, so
// that another program migrating at the same time waits, then finds it done.
func addColumn(ctx context.Context, db *sql.DB, name, column, decl string, after func(*sql.Tx) error) error {
	if ok, err := hasColumn(ctx, db, column); err != nil || ok {
		return store.Explain(name, err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return store.Explain(name, err)
	}
	defer tx.Rollback()
	if ok, err := hasColumn(ctx, tx, column); err != nil || ok {
		return store.Explain(name, err)
	}
	if _, err := tx.ExecContext(ctx, `ALTER TABLE glossary ADD COLUMN `+column+` `+decl); err != nil {
		return fmt.Errorf("updating the glossary table: %w", store.Explain(name, err))
	}
	if after != nil {
		if err := after(tx); err != nil {
			return store.Explain(name, err)
		}
	}
	return store.Explain(name, tx.Commit())
}

// querier is a database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// hasColumn reports whether the glossary table has the column named name.
func hasColumn(ctx context.Context, q querier, name string) (bool, error) {
	rows, err := q.QueryContext(ctx, `SELECT name FROM pragma_table_info('glossary')`)
	if err != nil {
		return false, err
	}
	defer rows.Close()
	for rows.Next() {
		var col string
		if err := rows.Scan(&col); err != nil {
			return false, err
		}
		if col == name {
			return true, nil
		}
	}
	return false, rows.Err()
}

// legacyCopies returns the ids of the entries stored from entities (they have a type; imports give
// none) whose English is their French.
func legacyCopies(ctx context.Context, q querier) ([]int64, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, source, target FROM glossary WHERE type != ''`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		var src, tgt string
		if err := rows.Scan(&id, &src, &tgt); err != nil {
			return nil, err
		}
		if strings.EqualFold(strings.TrimSpace(src), strings.TrimSpace(tgt)) {
			ids = append(ids, id)
		}
	}
	return ids, rows.Err()
}
