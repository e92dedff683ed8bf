package glossary

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/store"
	"github.com/glose-app/glose/suggest/token"
)

// Match case. Terms are found case and accents aside, as memoQ and Trados match by default, so that
// "union européenne" finds "Union européenne" at the start of a sentence. Some terms are other words
// in another case: "PAN" (the party) is not "pan", "US" not "us", "Orange" (the company) not
// "orange". An entry marked MatchCase, as memoQ's "case sensitivity: strict" marks a term, is found
// only where the text writes each of its letters in the term's case. Accents still do not count: French
// often leaves capitals unaccented ("ETATS-UNIS" for "ÉTATS-UNIS"), and a missing accent does not make
// another word of an acronym or a brand. Nor do the spaces, hyphens and apostrophes between the words.
// The flag belongs to the entry, so the translation is checked so too (MatchCase): the English of
// "PAN" must read "PAN", not "pan".

// termShapes returns the case shapes of the words of s, the words termKeys keys.
func termShapes(s string) []string { return termWords(s, annotate.CaseShape) }

// CaseKey is the form in which a MatchCase entry's source term must be written besides its Key: the
// case of each of its letters, word by word ("PAN" is not "pan" nor "Pan"; "ETATS-UNIS" is
// "ÉTATS-UNIS"). A glossary kept outside the database (the command line's --glossary) matches so too.
func CaseKey(term string) string { return strings.Join(termShapes(term), " ") }

// casedKeys returns the case shapes a MatchCase entry's words must have in a text, nil for an entry
// found in any case.
func casedKeys(e Entry) []string {
	if !e.MatchCase {
		return nil
	}
	return termShapes(e.Source)
}

// casedLike reports whether words, which have c's keys, are written in c's case when c matches case.
func (c compiled) casedLike(words []token.Token) bool {
	if c.cased == nil {
		return true
	}
	for j, w := range words {
		if annotate.CaseShape(w.Text) != c.cased[j] {
			return false
		}
	}
	return true
}

// inCapitals reports whether words from to to of a text lie in a stretch written in capitals, a
// headline ("L'UNION EUROPÉENNE A DÉCIDÉ", annotate.InCapitals), where a capital says nothing: an entry
// that matches case is found there too, as a person reads "UNION" there as the name. A word in
// small letters never is ("d'une union"), nor one in capitals on its own ("une UNION sacrée").
func inCapitals(words []token.Token, from, to int) bool {
	return annotate.InCapitals(len(words), func(i int) string { return words[i].Text }, from, to)
}

// casedAs reports whether term, which has c's keys, is written in c's case when c matches case.
func (c compiled) casedAs(term string) bool {
	return c.cased == nil || strings.Join(c.cased, " ") == CaseKey(term)
}

// MatchCase reports whether the stored entry of source term fr and translation en (as Lookup gave
// it) matches case: a quality check then wants the translation written in its case, as the term is
// found only in its own. It answers for the stored entries only, not for the open document's names.
func (g *Glossary) MatchCase(fr, en string) bool {
	keys := termKeys(fr)
	if len(keys) == 0 {
		return false
	}
	en = strings.TrimSpace(en)
	g.mu.RLock()
	defer g.mu.RUnlock()
	for _, c := range g.index[keys[0]] {
		if c.cased != nil && strings.TrimSpace(c.entry.Target) == en && slices.Equal(c.keys, keys) && c.casedAs(fr) {
			return true
		}
	}
	return false
}

// CaseOf reports whether a stored entry of source term fr, found as Lookup finds them, matches case,
// and whether there is any: the app's Add to the glossary ticks its Match case box so for a term the
// glossary has (typing "ÉLUS" for the stored "élus" is that entry, no acronym).
func (g *Glossary) CaseOf(fr string) (matchCase, found bool) {
	keys := termKeys(fr)
	if len(keys) == 0 {
		return false, false
	}
	g.mu.RLock()
	defer g.mu.RUnlock()
	for _, c := range g.index[keys[0]] {
		if slices.Equal(c.keys, keys) && c.casedAs(fr) {
			found = true
			matchCase = matchCase || c.cased != nil
		}
	}
	return matchCase, found
}

// SetMatchCase marks the entry with the given id as matching case, or not, and returns it as stored.
// An entry that would then be the same as another but for case, both found in any case, keeps
// matching case: the error is a *CaseTwinError naming the other.
func (g *Glossary) SetMatchCase(ctx context.Context, id int64, on bool) (Entry, error) {
	if !on {
		e, err := g.Get(ctx, id)
		if err != nil {
			return Entry{}, err
		}
		if twin, ok := g.caseTwin(e); ok && e.MatchCase {
			return Entry{}, &CaseTwinError{Entry: e, Twin: twin}
		}
	}
	res, err := g.db.ExecContext(ctx, `UPDATE glossary SET match_case = ? WHERE id = ?`, on, id)
	if err != nil {
		return Entry{}, store.Explain(g.name, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return Entry{}, fmt.Errorf("glossary entry %d not found", id)
	}
	if err := g.reload(ctx); err != nil {
		return Entry{}, err
	}
	return g.Get(ctx, id)
}

// LooksLikeAcronym reports whether a term is one word of two to five capitals and digits, a capital
// first ("PAN", "US", "ONU", "OTAN", "G7", "ÉU"): what the app's Add to the glossary proposes to match
// case, as such a word in small letters is usually another word (pan, us). Never applied without the
// person seeing it: the dialog ticks its box, and they untick it.
func LooksLikeAcronym(term string) bool {
	term = norm.NFC.String(strings.TrimSpace(term))
	n := 0
	for i, r := range term {
		switch {
		case unicode.IsUpper(r), i > 0 && unicode.IsDigit(r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 5
}

// migrateMatchCase gives a glossary table from before entries could match case its match_case column:
// every entry it holds keeps being found in any case, as before.
func migrateMatchCase(ctx context.Context, db *sql.DB, name string) error {
	return addColumn(ctx, db, name, "match_case", "INTEGER NOT NULL DEFAULT 0", nil)
}
