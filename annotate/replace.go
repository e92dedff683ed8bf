package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// SearchOptions say how a search compares text. The zero value compares as Fold does: case and
// accents (and other combining marks) ignored, œ and æ spelt out, typographic apostrophes straight.
// In every mode a no-break space (U+00A0, U+202F) matches a space, and a match never splits a
// character: "e" does not match the "é" of "café", nor the "e" of "e\u0301" when accents count.
type SearchOptions struct {
	MatchCase    bool // "Deal" does not match "deal"
	MatchAccents bool // "resume" does not match "résumé"; œ is not oe
	WholeWords   bool // "deal" does not match inside "dealer" or "ordeal"
}

// Searcher finds a query in texts under SearchOptions. Build one with NewSearcher.
type Searcher struct {
	opts  SearchOptions
	query string // the query, folded as the texts are
	quick string // the query as quickFold folds it
}

// quickFold folds as Fold does, no-break spaces made spaces: a text matches a query under any
// options only if its quickFold holds the query's, which rules out most texts at little cost (a
// character at a time: Fold normalises the whole text when it holds one letter that is not ASCII).
func quickFold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case r == '\u00a0' || r == '\u202f':
			b.WriteByte(' ')
		default:
			b.WriteString(Fold(string(r)))
		}
	}
	return b.String()
}

// NewSearcher returns a searcher for query, or nil when the query folds to nothing (it is empty, or
// only combining marks with accents ignored).
func NewSearcher(query string, opts SearchOptions) *Searcher {
	var b strings.Builder
	for _, r := range query {
		b.WriteString(foldRune(r, opts))
	}
	if b.Len() == 0 {
		return nil
	}
	return &Searcher{opts: opts, query: b.String(), quick: quickFold(query)}
}

// foldRune is what a character of the text or the query becomes before comparing, under opts.
func foldRune(r rune, opts SearchOptions) string {
	switch r {
	case '\u00a0', '\u202f':
		return " "
	case '’', 'ʼ', '‘':
		return "'"
	}
	if r < utf8.RuneSelf {
		if !opts.MatchCase && 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return string(r)
	}
	var b strings.Builder
	for _, c := range norm.NFD.String(string(r)) {
		b.WriteString(foldPart(c, opts))
	}
	return b.String()
}

// foldPart is what a character of a decomposed character (a letter, or one of its marks) becomes
// under opts.
func foldPart(c rune, opts SearchOptions) string {
	if !opts.MatchAccents {
		if unicode.Is(unicode.Mn, c) {
			return ""
		}
		if s := ligature(c); s != "" {
			if !opts.MatchCase {
				s = strings.ToLower(s)
			}
			return s
		}
	}
	if !opts.MatchCase {
		c = unicode.ToLower(c)
	}
	return string(c)
}

// ligature spells out œ and æ, which a search ignoring accents matches as oe and ae; "" for others.
func ligature(c rune) string {
	switch c {
	case 'œ':
		return "oe"
	case 'Œ':
		return "OE"
	case 'æ':
		return "ae"
	case 'Æ':
		return "AE"
	}
	return ""
}

// folded is a text folded for searching, with the way back to the text's bytes.
type folded struct {
	s      string
	starts []int  // for each byte of s, the start in the text of the character it comes from
	ends   []int  // for each byte of s, the end of that character (and of the marks that fold to nothing after it)
	first  []bool // whether the byte of s begins its character's fold
}

func foldText(text string, opts SearchOptions) folded {
	var f folded
	var b strings.Builder
	for i, end := 0, 0; i < len(text); i = end {
		r, size := utf8.DecodeRuneInString(text[i:]) // an invalid byte is U+FFFD, one byte wide
		end = i + size
		piece := foldRune(r, opts)
		if piece == "" { // a mark ignored: it belongs to the character before it
			if n := len(f.ends); n > 0 && f.ends[n-1] == i {
				for k := n - 1; k >= 0 && f.ends[k] == i; k-- {
					f.ends[k] = end
				}
			}
			continue
		}
		b.WriteString(piece)
		for k := range len(piece) {
			f.starts, f.ends, f.first = append(f.starts, i), append(f.ends, end), append(f.first, k == 0)
		}
	}
	f.s = b.String()
	return f
}

// Find returns the byte range [start, end) in text of the first match at or after byte from.
func (s *Searcher) Find(text string, from int) (start, end int, ok bool) {
	if from < 0 || from > len(text) {
		return 0, 0, false
	}
	if !strings.Contains(quickFold(text[from:]), s.quick) {
		return 0, 0, false // most texts: no need to map the folded text back
	}
	f := foldText(text, s.opts)
	k := 0
	for k < len(f.starts) && f.starts[k] < from {
		k++
	}
	for {
		j := strings.Index(f.s[k:], s.query)
		if j < 0 {
			return 0, 0, false
		}
		k += j
		if a, b, good := s.accept(text, f, k); good {
			return a, b, true
		}
		k++
	}
}

// All returns the byte ranges of the matches in text, in order, none overlapping.
func (s *Searcher) All(text string) [][2]int {
	var out [][2]int
	for from := 0; from <= len(text); {
		a, b, ok := s.Find(text, from)
		if !ok {
			break
		}
		out = append(out, [2]int{a, b})
		from = b
	}
	return out
}

// accept says whether the query found at byte k of f's folded text is a match: whole characters,
// and whole words when asked; it returns the match's range in text.
func (s *Searcher) accept(text string, f folded, k int) (start, end int, ok bool) {
	last := k + len(s.query)
	if !f.first[k] || (last < len(f.s) && !f.first[last]) {
		return 0, 0, false // inside a character's fold: "e" in the "e\u0301" of "é"
	}
	start, end = f.starts[k], f.ends[last-1]
	if next, _ := utf8.DecodeRuneInString(text[end:]); isMark(next) {
		return 0, 0, false // "cafe" with accents counting, in "cafe\u0301": the e is an é
	}
	if s.opts.WholeWords && !WholeWord(text, start, end) {
		return 0, 0, false
	}
	return start, end, true
}

// WholeWord says whether text[start:end] neither begins nor ends inside a word (a combining accent
// after a letter counts as part of it).
func WholeWord(text string, start, end int) bool {
	first, _ := utf8.DecodeRuneInString(text[start:end])
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(text[start:end], isMark))
	before, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(text[:start], isMark))
	after, _ := utf8.DecodeRuneInString(text[end:])
	if isWordRune(first) && start > 0 && isWordRune(before) {
		return false
	}
	return !isWordRune(last) || end == len(text) || !isWordRune(after)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

func isMark(r rune) bool { return unicode.Is(unicode.Mn, r) }

// KeepCase gives a replacement the case of the text it replaces, for searches that ignore case: typed
// all in lower case, it becomes upper case where the match is ("DEAL" → "AGREEMENT", two letters or
// more), or takes a capital where the match has one ("Deal" → "Agreement"). A replacement typed with
// a capital anywhere is used as typed.
func KeepCase(match, with string) string {
	if strings.ToLower(with) != with {
		return with
	}
	letters, upper := 0, 0
	var first rune = -1
	for _, r := range match {
		if unicode.IsLetter(r) {
			if first < 0 {
				first = r
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	switch {
	case letters >= 2 && upper == letters:
		return strings.ToUpper(with)
	case first >= 0 && unicode.IsUpper(first):
		for i, r := range with {
			if unicode.IsLetter(r) {
				return with[:i] + string(unicode.ToTitle(r)) + with[i+utf8.RuneLen(r):]
			}
		}
	}
	return with
}
