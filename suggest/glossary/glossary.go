// Package glossary keeps the user's terms and names with their translations (Moscou → Moscow,
// Maison-Blanche → White House) in the same SQLite database as the translation memory, imports
// them from TBX and CSV, learns the names a document's translator confirmed (and forgets them when
// the confirmation is undone), and finds them in a source sentence for marking and offering while
// the translator types. Matching compares words case- and accent-insensitively and prefers the
// longest term.
package glossary

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/glose-app/glose/suggest/store"
	"github.com/glose-app/glose/suggest/token"
)

// Entry is one term and its translation.
type Entry struct {
	ID         int64  // row id; 0 before it is stored
	SourceLang string // BCP 47 primary language, e.g. "fr"
	TargetLang string // e.g. "en"
	Source     string // the term as written in the source language
	Target     string // its translation
	Type       string // optional: an entity label (PER, ORG, LOC, MISC) or a part of speech
	Note       string // optional: a definition or usage note
	Origin     string // where it came from: the file it was imported from, the document that taught it (Learn)
	// MatchCase says the source term is found only written in its own case ("PAN" the party, not
	// "pan"; "Orange" the company, not "orange"), and its translation checked so (matchcase.go).
	MatchCase bool
}

// Hit is a glossary term found in a text.
type Hit struct {
	Start, End int // byte offsets of the term in the searched text, end exclusive
	Entry      Entry
	Others     []Entry // other translations of the same words, best first, none with Entry's target
}

// Glossary is the glossary of one language pair. It keeps an index of its terms in memory, kept
// current by its own writes; it is safe for concurrent use.
type Glossary struct {
	db         *sql.DB
	name       string
	closer     bool
	sourceLang string
	targetLang string

	mu    sync.RWMutex
	index map[string][]compiled // by the key of a term's first word
	doc   map[string][]compiled // the open document's own names (SetDocument), not stored
	// nameCase decides which learned names match case in the open document (namecase.go)
	nameCase func(name string) bool
}

type compiled struct {
	keys  []string
	cased []string // a MatchCase entry's words as caseKeys give them; nil for the others
	entry Entry
	rank  int // added to how the term is written like the text: where a document's name stands
}

// Where a document's name stands among the entries of the same words: a name a person stood behind
// before anything stored, an automatic one nobody confirmed after the stored entries (which the
// user imported or confirmed).
const (
	confirmedRank   = 10
	unconfirmedRank = -10
)

const schema = `
CREATE TABLE IF NOT EXISTS glossary (
	id       INTEGER PRIMARY KEY,
	src_lang TEXT NOT NULL,
	tgt_lang TEXT NOT NULL,
	source   TEXT NOT NULL,
	target   TEXT NOT NULL,
	type     TEXT NOT NULL DEFAULT '',
	note     TEXT NOT NULL DEFAULT '',
	origin   TEXT NOT NULL DEFAULT '',
	match_case INTEGER NOT NULL DEFAULT 0,
	UNIQUE (src_lang, tgt_lang, source, target)
);`

// Open opens the glossary for sourceLang→targetLang in the database file at path.
func Open(path, sourceLang, targetLang string) (*Glossary, error) {
	db, err := store.Open(path)
	if err != nil {
		return nil, err
	}
	g, err := New(db, path, sourceLang, targetLang)
	if err != nil {
		db.Close()
		return nil, err
	}
	g.closer = true
	return g, nil
}

// New uses an open database (the translation memory's, say), creating the table if needed and
// loading the pair's terms; name is used in messages. Close does not close db.
func New(db *sql.DB, name, sourceLang, targetLang string) (*Glossary, error) {
	if _, err := db.Exec(schema); err != nil {
		return nil, fmt.Errorf("creating glossary table: %w", store.Explain(name, err))
	}
	for _, migrate := range []func(context.Context, *sql.DB, string) error{migrateOrigin, migrateMatchCase} {
		if err := migrate(context.Background(), db, name); err != nil {
			return nil, err
		}
	}
	g := &Glossary{db: db, name: name, sourceLang: normalizeLang(sourceLang), targetLang: normalizeLang(targetLang)}
	if err := g.reload(context.Background()); err != nil {
		return nil, err
	}
	return g, nil
}

// Close closes the database if Open opened it.
func (g *Glossary) Close() error {
	if !g.closer {
		return nil
	}
	return g.db.Close()
}

func normalizeLang(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(strings.TrimSpace(tag))
}

// Add stores entries (in the glossary's language pair when theirs are empty) in one transaction;
// an entry already present, spelt the same or but for case (when neither matches case), gets the new
// type, note and origin when they are not empty, and MatchCase when it is set, and keeps its spelling.
func (g *Glossary) Add(ctx context.Context, entries ...Entry) error {
	return g.add(ctx, false, entries)
}

// add is Add; exactCase gives every entry the MatchCase it has, false included, where Add only sets
// it: a file that says which terms match case (a column of its own) is the truth for its entries.
func (g *Glossary) add(ctx context.Context, exactCase bool, entries []Entry) error {
	keep := "CASE WHEN excluded.match_case THEN 1 ELSE match_case END"
	if exactCase {
		keep = "excluded.match_case"
	}
	tx, err := g.db.BeginTx(ctx, nil)
	if err != nil {
		return store.Explain(g.name, err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO glossary (src_lang, tgt_lang, source, target, type, note, origin, match_case)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (src_lang, tgt_lang, source, target) DO UPDATE SET
		type = CASE WHEN excluded.type = '' THEN type ELSE excluded.type END,
		note = CASE WHEN excluded.note = '' THEN note ELSE excluded.note END,
		origin = CASE WHEN excluded.origin = '' THEN origin ELSE excluded.origin END,
		match_case = `+keep)
	if err != nil {
		return store.Explain(g.name, err)
	}
	spelt := g.spellings()
	for i, e := range entries {
		e = g.withLangs(e)
		e.Source, e.Target = strings.TrimSpace(e.Source), strings.TrimSpace(e.Target)
		if e.Source == "" || e.Target == "" {
			return fmt.Errorf("glossary entry %d (%q → %q): source and target must not be empty", i+1, e.Source, e.Target)
		}
		if e, err = spelt.written(e, exactCase); err != nil { // the same pair but for case is the same entry (casefold.go)
			var twin *CaseTwinError
			if errors.As(err, &twin) {
				twin.index = i
			}
			return err
		}
		if _, err := stmt.ExecContext(ctx, e.SourceLang, e.TargetLang, e.Source,
			e.Target, e.Type, e.Note, e.Origin, e.MatchCase); err != nil {
			return store.Explain(g.name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return store.Explain(g.name, err)
	}
	return g.reload(ctx)
}

func (g *Glossary) withLangs(e Entry) Entry {
	e.SourceLang, e.TargetLang = normalizeLang(e.SourceLang), normalizeLang(e.TargetLang)
	if e.SourceLang == "" {
		e.SourceLang = g.sourceLang
	}
	if e.TargetLang == "" {
		e.TargetLang = g.targetLang
	}
	return e
}

// Remove deletes the entry with the given id.
func (g *Glossary) Remove(ctx context.Context, id int64) error {
	res, err := g.db.ExecContext(ctx, `DELETE FROM glossary WHERE id = ?`, id)
	if err != nil {
		return store.Explain(g.name, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("glossary entry %d not found", id)
	}
	return g.reload(ctx)
}

// Get returns the entry with the given id, whatever its language pair.
func (g *Glossary) Get(ctx context.Context, id int64) (Entry, error) {
	e := Entry{ID: id}
	err := g.db.QueryRowContext(ctx, `SELECT src_lang, tgt_lang, source, target, type, note, origin, match_case FROM glossary
		WHERE id = ?`, id).Scan(&e.SourceLang, &e.TargetLang, &e.Source, &e.Target, &e.Type, &e.Note, &e.Origin, &e.MatchCase)
	if errors.Is(err, sql.ErrNoRows) {
		return Entry{}, fmt.Errorf("glossary entry %d not found", id)
	}
	return e, store.Explain(g.name, err)
}

// Entries returns the entries of the glossary's language pair, sorted by source term as a
// dictionary sorts (case and accents aside: États-Unis among the E), then by target.
func (g *Glossary) Entries(ctx context.Context) ([]Entry, error) {
	out, err := g.entries(ctx)
	if err != nil {
		return nil, err
	}
	keys := make(map[int64][2]string, len(out))
	for _, e := range out {
		keys[e.ID] = [2]string{token.Fold(e.Source), token.Fold(e.Target)}
	}
	slices.SortStableFunc(out, func(a, b Entry) int {
		ka, kb := keys[a.ID], keys[b.ID]
		return cmp.Or(strings.Compare(ka[0], kb[0]), strings.Compare(ka[1], kb[1]), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}

// entries returns the entries of the glossary's language pair in no particular order.
func (g *Glossary) entries(ctx context.Context) ([]Entry, error) {
	rows, err := g.db.QueryContext(ctx, `SELECT id, src_lang, tgt_lang, source, target, type, note, origin, match_case FROM glossary
		WHERE src_lang = ? AND tgt_lang = ?`, g.sourceLang, g.targetLang)
	if err != nil {
		return nil, store.Explain(g.name, err)
	}
	defer rows.Close()
	var out []Entry
	for rows.Next() {
		var e Entry
		if err := rows.Scan(&e.ID, &e.SourceLang, &e.TargetLang, &e.Source, &e.Target, &e.Type, &e.Note, &e.Origin, &e.MatchCase); err != nil {
			return nil, store.Explain(g.name, err)
		}
		out = append(out, e)
	}
	return out, store.Explain(g.name, rows.Err())
}

// reload rebuilds the in-memory index from the database (other programs may have written too).
func (g *Glossary) reload(ctx context.Context) error {
	entries, err := g.entries(ctx)
	if err != nil {
		return err
	}
	index := make(map[string][]compiled)
	for _, e := range entries {
		keys := termKeys(e.Source)
		if len(keys) == 0 {
			continue
		}
		index[keys[0]] = append(index[keys[0]], compiled{keys: keys, cased: casedKeys(e), entry: e})
	}
	for _, cs := range index {
		slices.SortStableFunc(cs, func(a, b compiled) int { return cmp.Compare(len(b.keys), len(a.keys)) })
	}
	g.mu.Lock()
	if g.nameCase != nil {
		decideNameCase(index, g.nameCase)
	}
	g.index = index
	g.mu.Unlock()
	return nil
}

// Reload rereads the terms from the database, for changes made by another program.
func (g *Glossary) Reload(ctx context.Context) error { return g.reload(ctx) }

func termKeys(s string) []string { return termWords(s, token.Fold) }

// termWords returns key of each word (or number) of s, the punctuation left out.
func termWords(s string, key func(string) string) []string {
	var out []string
	for _, t := range token.Tokenize(s) {
		if t.Kind != token.Punct {
			out = append(out, key(t.Text))
		}
	}
	return out
}

// Find returns the glossary terms found in text, in text order, without overlaps: at each word
// the longest term that starts there wins, with the other translations of those words in Others.
// Words compare case- and accent-insensitively, but for a MatchCase entry's case; between the words of
// a term the text may have spaces, hyphens or apostrophes ("Maison Blanche" finds "Maison-Blanche").
func (g *Glossary) Find(text string) []Hit {
	var words []token.Token
	for _, t := range token.Tokenize(text) {
		if t.Kind != token.Punct {
			words = append(words, t)
		}
	}
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = token.Fold(w.Text)
	}
	g.mu.RLock()
	defer g.mu.RUnlock()
	var hits []Hit
	for i := 0; i < len(words); {
		n, es := g.longestAt(text, words, keys, i)
		if n == 0 {
			i++
			continue
		}
		hits = append(hits, Hit{Start: words[i].Start, End: words[i+n-1].End, Entry: es[0], Others: es[1:]})
		i += n
	}
	return hits
}

// longestAt returns the number of words of the longest term starting at word i and its entries,
// best first, one per translation. Among terms of that length the document's names a person stood
// behind win over stored entries (a rename in the document takes effect at once), and the stored
// entries, which the user imported or confirmed, over the document's automatic names; then the
// entry written most like the text ("Maison-Blanche" over "Maison Blanche" in a text that has the
// hyphen: folding is for finding, never for what is shown), then the most recently stored one.
func (g *Glossary) longestAt(text string, words []token.Token, keys []string, i int) (int, []Entry) {
	type candidate struct {
		entry      Entry
		rank, like int
	}
	bestN := 0
	var buf [4]candidate // most words start one term or none: no allocation for them
	found := buf[:0]
	for _, index := range []map[string][]compiled{g.doc, g.index} {
		for _, c := range index[keys[i]] {
			n := len(c.keys)
			if n < bestN || i+n > len(keys) || !slices.Equal(c.keys, keys[i:i+n]) || !joined(text, words[i:i+n]) ||
				!c.casedLike(words[i:i+n]) && !inCapitals(words, i, i+n) {
				continue
			}
			if n > bestN {
				bestN, found = n, found[:0]
			}
			like := likeness(text[words[i].Start:words[i+n-1].End], c.entry.Source)
			found = append(found, candidate{c.entry, c.rank + like, like})
		}
	}
	if len(found) == 0 {
		return 0, nil
	}
	slices.SortStableFunc(found, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(b.rank, a.rank), cmp.Compare(b.entry.ID, a.entry.ID))
	})
	// One entry per translation, where its best-ranked entry stands, written as most like the text.
	out := make([]Entry, 0, len(found))
	var likeBuf [4]int
	likes := likeBuf[:0]
	for _, c := range found {
		k := slices.IndexFunc(out, func(e Entry) bool { return e.Target == c.entry.Target })
		switch {
		case k < 0:
			out, likes = append(out, c.entry), append(likes, c.like)
		case c.like > likes[k]:
			out[k], likes[k] = c.entry, c.like
		}
	}
	return bestN, out
}

// EnglishName returns the target term of the stored entry whose source term is name (compared word by
// word, case and accents aside but for a MatchCase entry's case, like Find), and whether there is one: what the user imported or
// confirmed, never the open document's own names (SetDocument), which are what pre-annotation proposed
// or what the user is changing. Among several entries, one of the given type (an entity label: PER,
// ORG, LOC, MISC) wins over one of no type, and that over one of another; then the entry written most
// like name, then the most recently stored. Pre-annotation (preannotate.Glossary) names its entities
// in the target language so.
func (g *Glossary) EnglishName(name, label string) (string, bool) {
	keys := termKeys(name)
	if len(keys) == 0 {
		return "", false
	}
	g.mu.RLock()
	defer g.mu.RUnlock()
	var best Entry
	bestRank := -1
	for _, c := range g.index[keys[0]] {
		if !slices.Equal(c.keys, keys) || strings.TrimSpace(c.entry.Target) == "" || !c.casedAs(name) {
			continue
		}
		rank := 3 * likeness(name, c.entry.Source)
		switch c.entry.Type {
		case label:
			rank += 20
		case "":
			rank += 10
		}
		if rank > bestRank || rank == bestRank && c.entry.ID > best.ID {
			best, bestRank = c.entry, rank
		}
	}
	return best.Target, bestRank >= 0
}

// Lookup returns the target terms of the stored entries whose source term is fr (compared word by
// word, case and accents aside but for a MatchCase entry's case, like EnglishName), each once, the entry written most like fr first,
// then the most recently stored: what quality checks hold an English name to (project.Glossary). Like
// EnglishName it leaves out the open document's own names (SetDocument), which the checks have as the
// document's entities already.
func (g *Glossary) Lookup(fr string) []string {
	keys := termKeys(fr)
	if len(keys) == 0 {
		return nil
	}
	g.mu.RLock()
	var found []compiled
	for _, c := range g.index[keys[0]] {
		if slices.Equal(c.keys, keys) && strings.TrimSpace(c.entry.Target) != "" && c.casedAs(fr) {
			found = append(found, c)
		}
	}
	g.mu.RUnlock()
	slices.SortStableFunc(found, func(a, b compiled) int {
		return cmp.Or(cmp.Compare(likeness(fr, b.entry.Source), likeness(fr, a.entry.Source)), cmp.Compare(b.entry.ID, a.entry.ID))
	})
	var out []string
	for _, c := range found {
		if t := strings.TrimSpace(c.entry.Target); !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// Key is the form in which Find, EnglishName and Lookup compare a source term with a text: its words,
// case and accents aside, without the punctuation between them ("Maison-Blanche" and "maison blanche"
// have one key); a MatchCase entry must have CaseKey's too. A glossary kept outside the database (the command line's --glossary) matches so too.
func Key(term string) string { return strings.Join(termKeys(term), " ") }

// likeness ranks how closely a term is written like the text it was found in: 2 the same, 1 the same
// but for case, 0 the same only once folded (accents, hyphens, apostrophes).
func likeness(found, term string) int {
	switch {
	case found == term:
		return 2
	case strings.EqualFold(found, term):
		return 1
	}
	return 0
}

// joined reports whether only spaces, hyphens and apostrophes separate the words.
func joined(text string, words []token.Token) bool {
	for j := 1; j < len(words); j++ {
		gap := strings.Trim(text[words[j-1].End:words[j].Start], " \u00a0\u202f\t-‐‑'’")
		if gap != "" {
			return false
		}
	}
	return true
}

// SetDocument makes the open document's entities terms of the glossary without storing them, found
// before the stored entries of the same length when a person confirmed the name, after them when not: renaming an entity in the document changes what
// is found at once, and undoing the rename changes it back. An entity marked MatchCase is found only
// in its case. A nil or empty list forgets them.
func (g *Glossary) SetDocument(entities []Entity) {
	doc := make(map[string][]compiled)
	for _, e := range entities {
		src, tgt := strings.TrimSpace(e.Source), strings.TrimSpace(e.Target)
		keys := termKeys(src)
		if len(keys) == 0 || tgt == "" {
			continue
		}
		entry := Entry{SourceLang: g.sourceLang, TargetLang: g.targetLang, Source: src, Target: tgt, Type: e.Type, Note: e.Note, MatchCase: e.MatchCase}
		rank := unconfirmedRank
		if e.Confirmed {
			rank = confirmedRank
		}
		doc[keys[0]] = append(doc[keys[0]], compiled{keys: keys, cased: casedKeys(entry), entry: entry, rank: rank})
	}
	g.mu.Lock()
	g.doc = doc
	g.mu.Unlock()
}

// ErrNoTerms is returned by importers that found nothing in the language pair.
var ErrNoTerms = errors.New("no entries in the glossary's language pair")
