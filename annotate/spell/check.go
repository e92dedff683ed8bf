package spell

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Checker checks words against dictionaries: the language's, the user's.
type Checker struct {
	dicts []*Dictionary
}

// NewChecker returns a checker accepting the words of any of dicts (nil ones are skipped).
func NewChecker(dicts ...*Dictionary) *Checker {
	c := &Checker{}
	for _, d := range dicts {
		if d != nil {
			c.dicts = append(c.dicts, d)
		}
	}
	return c
}

// Known reports whether a dictionary of the checker has word as written (see Dictionary.Has).
func (c *Checker) Known(word string) bool {
	for _, d := range c.dicts {
		if d.Has(word) {
			return true
		}
	}
	return false
}

// Misspelling is a word the dictionaries do not have: bytes [Start, End) of the text checked.
type Misspelling struct {
	Start, End int
	Word       string
}

// Names are the words a check leaves alone: those of the names of the text (people, places,
// organisations, glossary terms), which no dictionary can hold.
type Names map[string]struct{}

// Add adds the words of a name ("Sergei Lavrov", "Kim Jong-un": Kim, Jong, un, Jong-un).
func (n Names) Add(name string) {
	for _, t := range Words(name) {
		w := normalize(t.Text)
		n[w] = struct{}{}
		if base, ok := possessiveBase(w); ok {
			n[base] = struct{}{}
		}
		for _, p := range strings.FieldsFunc(w, isHyphen) {
			n[p] = struct{}{}
		}
	}
}

func (n Names) has(w string) bool {
	_, ok := n[w]
	return ok
}

// Check returns the misspelt words of text, in order. A word is right when a dictionary has it, when
// it is a word of one of names, or when it is a possessive ('s, ’s) of such a word; a hyphenated word when
// a dictionary has it whole or each of its parts is right (a part with a digit always is, and so is
// a prefix such as co-, non-, ex- before a hyphen, and so is the particle of a name: Jong-un, al-Assad). Words of one letter, words in capitals (NATO,
// CNN) and words with a capital inside (iPhone, McKinsey) are not checked: they are initialisms,
// acronyms and brand names more often than mistakes.
func (c *Checker) Check(text string, names ...Names) []Misspelling {
	var out []Misspelling
	for _, t := range Words(text) {
		out = c.checkWord(t, names, out)
	}
	return out
}

func (c *Checker) checkWord(t Token, names []Names, out []Misspelling) []Misspelling {
	w := normalize(t.Text)
	if c.right(w, names) {
		return out
	}
	if base, ok := possessiveBase(w); ok {
		end := t.Start + strings.LastIndexAny(t.Text, "'’ʼ")
		if c.right(base, names) {
			return out
		}
		return append(out, Misspelling{t.Start, end, t.Text[:end-t.Start]})
	}
	if !strings.ContainsFunc(w, isHyphen) {
		return append(out, Misspelling{t.Start, t.End, t.Text})
	}
	parts := strings.FieldsFunc(t.Text, isHyphen)
	at := t.Start
	for k, p := range parts {
		at += strings.Index(t.Text[at-t.Start:], p)
		np := normalize(p)
		last := k == len(parts)-1
		ok := strings.ContainsFunc(np, unicode.IsDigit) || c.right(np, names) || !last && prefixes[strings.ToLower(np)] ||
			particle(np, parts)
		if !ok && last {
			if base, isPoss := possessiveBase(np); isPoss && c.right(base, names) {
				ok = true
			}
		}
		if !ok {
			out = append(out, Misspelling{at, at + len(p), p})
		}
		at += len(p)
	}
	return out
}

// right reports whether a word (normalised) needs no correction, hyphenated ones aside.
func (c *Checker) right(w string, names []Names) bool {
	letters, upper, innerUpper := 0, 0, false
	for i, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
				innerUpper = innerUpper || i > 0
			}
		}
	}
	switch {
	case letters < 2, upper == letters, innerUpper && !strings.ContainsFunc(w, isHyphen) && !strings.Contains(w, "'"):
		return true
	}
	return slices.ContainsFunc(names, func(n Names) bool { return n.has(w) }) || c.Known(w)
}

// particle reports whether a part of a hyphenated word is the short lower-case particle of a name
// (Kim Jong-un, al-Assad, Abd-el-Kader): up to three letters, in a word with a capitalised part.
func particle(part string, parts []string) bool {
	if utf8.RuneCountInString(part) > 3 || part != strings.ToLower(part) {
		return false
	}
	return slices.ContainsFunc(parts, func(p string) bool {
		r, _ := utf8.DecodeRuneInString(p)
		return unicode.IsUpper(r)
	})
}

// possessiveBase returns w without its possessive 's (normalised apostrophe), if it has one.
func possessiveBase(w string) (string, bool) {
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S") {
		if base := w[:len(w)-2]; utf8.RuneCountInString(base) > 0 {
			return base, true
		}
	}
	return "", false
}

// prefixes are the prefixes that stand before a hyphen and are no words of their own in the list.
var prefixes = map[string]bool{
	"anti": true, "co": true, "counter": true, "de": true, "e": true, "ex": true, "extra": true,
	"hyper": true, "inter": true, "intra": true, "macro": true, "mega": true, "micro": true, "mid": true,
	"mini": true, "multi": true, "neo": true, "non": true, "over": true, "post": true, "pre": true,
	"pro": true, "pseudo": true, "quasi": true, "re": true, "semi": true, "socio": true, "sub": true,
	"super": true, "trans": true, "tri": true, "ultra": true, "un": true, "vice": true, "bi": true,
	"geo": true, "euro": true, "afro": true, "franco": true, "anglo": true, "sino": true, "russo": true,
	"israeli": true, "indo": true, "ibero": true, "austro": true, "greco": true, "judeo": true,
}
