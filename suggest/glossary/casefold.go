package glossary

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Case is not what tells two entries apart. Matching has always compared words case- and
// accent-insensitively (Find, EnglishName, Lookup), as memoQ and Trados match terms by default:
// "union européenne" finds "Union européenne" at the start of a sentence. But storing compared
// spellings exactly, so "Moscou → Moscow" and "moscou → Moscow" were two entries, both listed, both
// offered, and a second import of a file in other capitals doubled it. Now a pair the same as a stored
// one but for case is that entry: Add updates its note, type and origin, AddTyped says it is there,
// Learn skips it; the stored spelling stays (delete the entry and add it again to change its case).
// Accents still tell entries apart ("pêcheur" is not "pécheur"), as do hyphens and spaces, and so
// does case where either entry is marked to match case (matchcase.go).

// caseKey is the form in which two spellings of one side of a term are the same entry: its NFC form
// with each letter replaced by the smallest of its simple case folds (unicode.SimpleFold, as
// strings.EqualFold compares), so that "É" and "é", "ẞ" and "ß" are one letter and no length or offset
// changes; "Straße" and "STRASSE" stay two, as Find tells them apart. A key only, never text to show.
func caseKey(s string) string { return strings.Map(foldRune, norm.NFC.String(strings.TrimSpace(s))) }

// foldRune returns the smallest rune of r's simple case folding orbit (K, k and the Kelvin sign: K).
func foldRune(r rune) rune {
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}

// pairKey is the case key of an entry: its language pair, source and target.
type pairKey [4]string

func keyOf(e Entry) pairKey {
	return pairKey{e.SourceLang, e.TargetLang, caseKey(e.Source), caseKey(e.Target)}
}

// spellings finds, for one write to the glossary, the entry already stored, or written earlier in
// the same write, that an entry is but for case. It reads the index a bucket at a time (the terms of
// the same first word), each once, so that an import of thousands of entries costs one case key per
// entry it looks at, not one per entry and stored term.
type spellings struct {
	g      *Glossary
	byKey  map[pairKey][]Entry // the stored entries of the buckets read, then those written
	looked map[string]bool     // the buckets read
}

func (g *Glossary) spellings() *spellings {
	return &spellings{g: g, byKey: map[pairKey][]Entry{}, looked: map[string]bool{}}
}

// of returns e (trimmed, its languages set) spelt as the entry it is but for case; e as it is when
// that entry is spelt as e (a database written before this may hold several spellings) or there is
// none. The stored spelling wins over one written in the same write. An entry that matches case
// (matchcase.go) is no other spelling's: "Orange → Orange" marked so is not "orange → orange", the
// fruit, which stays an entry of its own, nor is the fruit the company's.
func (sp *spellings) of(e Entry) Entry {
	g := sp.g
	if keys := termKeys(e.Source); len(keys) > 0 && !sp.looked[keys[0]] && e.SourceLang == g.sourceLang && e.TargetLang == g.targetLang {
		sp.looked[keys[0]] = true
		g.mu.RLock()
		for _, c := range g.index[keys[0]] {
			k := keyOf(c.entry)
			sp.byKey[k] = append(sp.byKey[k], c.entry)
		}
		g.mu.RUnlock()
	}
	k := keyOf(e)
	es := sp.byKey[k]
	if slices.ContainsFunc(es, func(s Entry) bool { return s.Source == e.Source && s.Target == e.Target }) {
		return e
	}
	for _, s := range es {
		if !s.MatchCase && !e.MatchCase {
			e.Source, e.Target = s.Source, s.Target
			return e
		}
	}
	sp.byKey[k] = append(es, e)
	return e
}

// CaseTwinError is the error of a change that would leave two entries the same but for case, both
// found in any case: unticking Match case on "PAN → PAN" (the party) while "pan → pan" is stored
// without it, or a file's match-case column saying no for it. Matching would then find both
// everywhere, the same words offered twice, and the glossary keep what it otherwise never stores
// (see above). Nothing is changed: the entry keeps matching case, until one of the two is deleted.
type CaseTwinError struct {
	Entry Entry // the entry that would stop matching case, as stored
	Twin  Entry // the entry it would be the same as but for case (ID 0: a row of the same file)
	Line  int   // the line of the file that asked for it, in an import; 0 otherwise

	index int // of the entry in the write that asked for it, for an import to find its line
}

func (e *CaseTwinError) Error() string {
	twin := fmt.Sprintf("%q", e.Twin.Source+" → "+e.Twin.Target)
	if e.Twin.ID > 0 {
		twin += fmt.Sprintf(" (entry %d)", e.Twin.ID)
	}
	msg := fmt.Sprintf("%q found in any case would be the same entry as %s but for case: keep it matching case, "+
		"or delete one of the two entries first", e.Entry.Source+" → "+e.Entry.Target, twin)
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s", e.Line, msg)
	}
	return msg
}

// written returns e spelt as the entry it is but for case (see of), and notes the Match case the
// entry has once written: when exact (a file with a match-case column), e's own, else e's added to
// the stored entry's (see add). An entry stored matching case that e would make match no more, while
// another spelling of it is stored, or written earlier, without Match case, is a *CaseTwinError.
func (sp *spellings) written(e Entry, exact bool) (Entry, error) {
	e = sp.of(e)
	es := sp.byKey[keyOf(e)]
	spelt := func(s Entry) bool { return s.Source == e.Source && s.Target == e.Target }
	i := slices.IndexFunc(es, spelt)
	if i < 0 { // not in the glossary's language pair: of did not read it
		return e, nil
	}
	s := &es[i]
	if !exact {
		s.MatchCase = s.MatchCase || e.MatchCase
		return e, nil
	}
	if s.MatchCase && !e.MatchCase {
		if j := slices.IndexFunc(es, func(t Entry) bool { return !t.MatchCase && !spelt(t) }); j >= 0 {
			return e, &CaseTwinError{Entry: *s, Twin: es[j]}
		}
	}
	s.MatchCase = e.MatchCase
	return e, nil
}

// caseTwin returns a stored entry that e, once found in any case, would be the same as but for case
// (see CaseTwinError), and whether there is one.
func (g *Glossary) caseTwin(e Entry) (Entry, bool) {
	keys := termKeys(e.Source)
	if len(keys) == 0 {
		return Entry{}, false
	}
	k := keyOf(e)
	g.mu.RLock()
	defer g.mu.RUnlock()
	for _, c := range g.index[keys[0]] {
		if c.entry.ID != e.ID && !c.entry.MatchCase && keyOf(c.entry) == k {
			return c.entry, true
		}
	}
	return Entry{}, false
}
