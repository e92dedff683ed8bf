package tm

import (
	"context"
	"errors"
	"strings"

	"github.com/glose-app/glose/suggest/store"
	"github.com/glose-app/glose/suggest/token"
)

// Concordance search finds a word or phrase anywhere in the memory, in the source or the
// translation ("how did I translate « Parlement gallois » before?"), the way OmegaT's and memoQ's
// concordance does, unlike Lookup, which scores whole sentences. An FTS5 index over both sides,
// whose unicode61 tokenizer folds case and accents, holds every unit's words; it reads the texts
// from tm_unit (external content) and triggers keep it in step with any program that writes the
// table. A database made before it existed gets it, filled from its units, when first opened
// (see createTables).
const concordanceSchema = `
CREATE VIRTUAL TABLE tm_conc USING fts5(source, target, content='tm_unit', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2');
` + concordanceInsertTrigger + `;
` + concordanceDeleteTrigger + `;
CREATE TRIGGER tm_conc_update AFTER UPDATE OF source, target ON tm_unit BEGIN
	INSERT INTO tm_conc (tm_conc, rowid, source, target) VALUES ('delete', old.id, old.source, old.target);
	INSERT INTO tm_conc (rowid, source, target) VALUES (new.id, new.source, new.target);
END;
INSERT INTO tm_conc (tm_conc) VALUES ('rebuild');
`

// concordanceInsertTrigger and concordanceDeleteTrigger keep the index in step with each unit
// inserted or deleted. A bulk transaction drops them, indexes its units in a few statements and
// creates them again before committing (see pendingConc), so that no other connection ever sees the
// table without them.
const (
	concordanceInsertTrigger = `CREATE TRIGGER tm_conc_insert AFTER INSERT ON tm_unit BEGIN
	INSERT INTO tm_conc (rowid, source, target) VALUES (new.id, new.source, new.target);
END`
	concordanceDeleteTrigger = `CREATE TRIGGER tm_conc_delete AFTER DELETE ON tm_unit BEGIN
	INSERT INTO tm_conc (tm_conc, rowid, source, target) VALUES ('delete', old.id, old.source, old.target);
END`
)

// Side is where a concordance search looks.
type Side int

// The sides of a unit.
const (
	BothSides Side = iota
	SourceSide
	TargetSide
)

// ConcordanceQuery is a concordance search.
type ConcordanceQuery struct {
	Text       string // a word or phrase; a star right after the last word makes it a prefix ("parl*")
	SourceLang string // BCP 47 tags of the memory's language pair
	TargetLang string
	Side       Side
	Limit      int // how many units at most; 50 if zero
}

// ConcordanceHit is a unit holding the phrase, with where: byte ranges of Source and Target.
type ConcordanceHit struct {
	Unit
	SourceHits []Range
	TargetHits []Range
}

// Concordance is the answer to a ConcordanceQuery: the best Limit units, and how many hold the
// phrase in all, or at least when More.
type Concordance struct {
	Hits  []ConcordanceHit
	Total int
	More  bool // more than Total units hold it (Total is ConcordanceCap): too common a phrase to count
}

// ConcordanceCap is how many units a concordance search counts and ranks by relevance at most: a
// phrase as common as "le" is in most of a large memory, where ranking every unit would take a
// quarter of a second on 100,000 units, for an order that means little.
const ConcordanceCap = 1000

// ErrNoWords is Concordance's error for a search without a letter or digit.
var ErrNoWords = errors.New("nothing to search for: type a word")

// Concordance returns the units that hold q's phrase on q's side, most relevant first (FTS5's
// BM25: the phrase several times, in a short segment, among rarer words), then the most recently
// confirmed; when more than ConcordanceCap units hold it, the most recently added first.
func (m *Memory) Concordance(ctx context.Context, q ConcordanceQuery) (Concordance, error) {
	p := token.ParsePhrase(q.Text)
	if len(p.Words) == 0 {
		return Concordance{}, ErrNoWords
	}
	if q.Limit <= 0 {
		q.Limit = 50
	}
	match := p.String()
	switch q.Side {
	case SourceSide:
		match = "source : " + match
	case TargetSide:
		match = "target : " + match
	}
	src, tgt := NormalizeLang(q.SourceLang), NormalizeLang(q.TargetLang)
	const hits = ` FROM tm_conc JOIN tm_unit u ON u.id = tm_conc.rowid
		WHERE tm_conc MATCH ? AND u.src_lang = ? AND u.tgt_lang = ?`
	var out Concordance
	err := m.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1`+hits+` LIMIT ?)`,
		match, src, tgt, ConcordanceCap+1).Scan(&out.Total)
	if err != nil || out.Total == 0 {
		return out, store.Explain(m.name, err)
	}
	order := "tm_conc.rank, u.changed DESC"
	if out.Total > ConcordanceCap {
		out.Total, out.More, order = ConcordanceCap, true, "tm_conc.rowid DESC"
	}
	rows, err := m.db.QueryContext(ctx, `SELECT `+prefixed("u.", unitColumns)+hits+` ORDER BY `+order+` LIMIT ?`,
		match, src, tgt, q.Limit)
	if err != nil {
		return out, store.Explain(m.name, err)
	}
	defer rows.Close()
	for rows.Next() {
		u, err := scanUnit(rows)
		if err != nil {
			return out, store.Explain(m.name, err)
		}
		h := ConcordanceHit{Unit: u}
		if q.Side != TargetSide {
			h.SourceHits = ranges(p.Find(u.Source))
		}
		if q.Side != SourceSide {
			h.TargetHits = ranges(p.Find(u.Target))
		}
		out.Hits = append(out.Hits, h)
	}
	return out, store.Explain(m.name, rows.Err())
}

// prefixed qualifies each of a list of columns with a table's prefix.
func prefixed(prefix, columns string) string {
	cols := strings.Split(columns, ", ")
	for i, c := range cols {
		cols[i] = prefix + c
	}
	return strings.Join(cols, ", ")
}

func ranges(rs [][2]int) []Range {
	var out []Range
	for _, r := range rs {
		out = append(out, Range{Start: r[0], End: r[1]})
	}
	return out
}
