package qa

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// QuoteStyle is the quotation marks and apostrophes the English should use.
type QuoteStyle string

// Quotation styles.
const (
	Curly    QuoteStyle = "curly"    // “ ” ‘ ’, and ’ as apostrophe: the default
	Straight QuoteStyle = "straight" // " and '
)

// QuoteStyles lists the styles, the default first.
func QuoteStyles() []QuoteStyle { return []QuoteStyle{Curly, Straight} }

// ParseQuoteStyle reads a style's name; "" is Curly.
func ParseQuoteStyle(s string) (QuoteStyle, error) {
	switch st := QuoteStyle(strings.ToLower(strings.TrimSpace(s))); st {
	case "":
		return Curly, nil
	case Curly, Straight:
		return st, nil
	}
	return "", fmt.Errorf("unknown quotation style %q: want curly or straight", s)
}

// Fix is one replacement in a segment's English: its bytes [Start, End) become Text.
type Fix struct {
	Start, End int
	Text       string
}

// Apply returns s with fixes made, which are in order and do not overlap.
func Apply(s string, fixes []Fix) string {
	var b strings.Builder
	at := 0
	for _, f := range fixes {
		b.WriteString(s[at:f.Start])
		b.WriteString(f.Text)
		at = f.End
	}
	b.WriteString(s[at:])
	return b.String()
}

// QuoteFixes returns the replacements, in order, that put the English s in style st. For Curly, each
// straight mark becomes the curly one its place says: " opens after a space, an opening bracket or a
// dash, or at the start, and closes elsewhere; ' between letters or after one is the apostrophe ’ (don’t,
// Zoé’s, the students’), ’ before a digit too (’90s) and in ’em, ’tis, ’til; it opens with ‘ after a
// space. A double curly mark turned the wrong way (” before a word after a space, “ after a word
// before a space) is turned round. For Straight, each curly mark becomes straight. A straight mark
// after a digit is a prime (5'10", a 12" screen), left as it is.
func QuoteFixes(s string, st QuoteStyle) []Fix {
	if hasGuillemet(s) {
		return guillemetFixes(s, st)
	}
	var out []Fix
	for i := 0; i < len(s); i++ {
		end := markEnd(s, i)
		if end < 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i:end])
		if want := styledMark(s, i, end, r, st); want != r {
			out = append(out, Fix{i, end, string(want)})
		}
	}
	return out
}

// MarkAt returns the quotation mark or apostrophe that the mark at byte i of s should be in style st,
// placed by the rule of QuoteFixes, and false when s holds no mark " ' “ ” ‘ ’ at i. Smart quotes while
// typing ask it of each mark typed, with the text as it will be, so that typing and the check agree.
func MarkAt(s string, i int, st QuoteStyle) (string, bool) {
	if i < 0 || i >= len(s) {
		return "", false
	}
	end := markEnd(s, i)
	if end < 0 {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(s[i:end])
	return string(styledMark(s, i, end, r, st)), true
}

// markEnd returns the end of the quotation mark " ' “ ” ‘ ’ at s[i], or -1 when there is none: a
// look at bytes, as the check reads every English of the document at every run.
func markEnd(s string, i int) int {
	switch s[i] {
	case '"', '\'':
		return i + 1
	case 0xE2: // “ ” ‘ ’ are E2 80 9C, 9D, 98, 99
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x98 || s[i+2] == 0x99 || s[i+2] == 0x9C || s[i+2] == 0x9D) {
			return i + 3
		}
	}
	return -1
}

// styledMark is the mark that r, at s[i:end], should be in style st.
func styledMark(s string, i, end int, r rune, st QuoteStyle) rune {
	if st == Straight {
		return straightMark(r)
	}
	before, size := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[end:])
	if i == 0 {
		before = ' '
	} else if prev, _ := utf8.DecodeLastRuneInString(s[:i-size]); (before == '"' || before == '\'') && (i == size || opensAfter(prev)) {
		before = '“' // ""Peppa: a mark after an opening straight one opens too (one look back, not a chain)
	}
	if end == len(s) {
		after = ' '
	}
	switch r {
	case '"', '\'':
		return curlyForStraight(r, before, after, s[end:])
	case '”':
		if opensAfter(before) && wordRune(after) {
			return '“'
		}
	case '“':
		if wordRune(before) && (unicode.IsSpace(after) || unicode.IsPunct(after) && after != '‘' && after != '"') {
			return '”'
		}
	case '‘', '’':
		return singleCurly(s, end, r, before, after)
	}
	return r
}

// singleCurly is the mark a curly ‘ or ’ (r, at s[:end]) should be between the runes before and after
// it. ‘ typed for the apostrophe becomes ’: after a letter or a mark (don‘t, the company‘s, ‘yes.‘),
// and before an elision (‘tis, rock ‘n’ roll) or a digit (‘90s) that no closing mark follows. ’
// opening a quotation (’word‘) becomes ‘ when a closing mark follows; ’ before a digit or an elision
// stays (’90s, ’n’). A mark right after a digit may be a prime and is left as it is.
func singleCurly(s string, end int, r, before, after rune) rune {
	if unicode.IsDigit(before) {
		return r
	}
	opening := opensAfter(before)
	switch {
	case r == '‘' && (!opening || elided(s[end:]) || unicode.IsDigit(after) && !closingFollows(s, end)):
		return '’'
	case r == '’' && opening && wordRune(after) && !unicode.IsDigit(after) && !elision(s[end:]) && closingFollows(s, end):
		return '‘'
	}
	return r
}

// closingReach is how far, in bytes, closingFollows looks: further than a quotation in single marks
// runs, and short enough that a long text of marks with no closing one costs no more per mark.
const closingReach = 1000

// closingFollows reports whether s, after byte from and within closingReach, holds a single quotation
// mark ' ‘ ’ where one closes: after a rune that does not open (opensAfter), before one that is not
// of a word, or at the end.
func closingFollows(s string, from int) bool {
	for i := from; i < min(len(s), from+closingReach); i++ {
		end := markEnd(s, i)
		if end < 0 || s[i] == '"' || s[i] == 0xE2 && s[i+2] >= 0x9C {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if !opensAfter(before) && (end == len(s) || !wordRune(after)) {
			return true
		}
	}
	return false
}

// straightMark is the straight mark of the curly one r, or r.
func straightMark(r rune) rune {
	switch r {
	case '“', '”':
		return '"'
	case '‘', '’':
		return '\''
	}
	return r
}

// curlyForStraight is the curly mark the straight mark r stands for between the runes before and
// after it (rest is the text after it): a prime after a digit stays as it is.
func curlyForStraight(r, before, after rune, rest string) rune {
	if unicode.IsDigit(before) {
		return r
	}
	opens := opensAfter(before)
	switch {
	case r == '"' && opens:
		return '“'
	case r == '"':
		return '”'
	case opens && !unicode.IsDigit(after) && !elision(rest):
		return '‘'
	}
	return '’'
}

// opensAfter reports whether a quotation mark after r opens a quotation: r is a space, an opening
// bracket, a dash or a slash, or another opening mark.
func opensAfter(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("([{<—–-/“‘«", r)
}

// wordRune reports whether r belongs to a word: a letter, a digit or a combining mark (e + U+0301).
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// elision reports whether rest, the text after an apostrophe that follows a space, is a word English
// writes with its first letters left out: ’em, ’tis, ’twas, ’til, ’cause.
func elision(rest string) bool {
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	return slices.Contains([]string{"em", "tis", "twas", "til", "cause", "n"}, strings.ToLower(rest[:end]))
}

// elided reports whether rest, the text after a curly ‘, is an elision (elision) that is written
// whole: not the n’ of a quotation beginning n’est, which a word glued to the n’ tells apart from
// rock ’n’ roll. Typing cannot wait for that word, the check can.
func elided(rest string) bool {
	if !elision(rest) {
		return false
	}
	after, size := utf8.DecodeRuneInString(rest[1:])
	next, _ := utf8.DecodeRuneInString(rest[1+size:])
	return !(rest[0] == 'n' || rest[0] == 'N') || !(after == '\'' || after == '’') || !wordRune(next)
}

// quoteStyle flags the translations whose quotation marks or apostrophes are not in the style chosen
// (Config.Quotes): straight ones where the style is curly, curly ones where it is straight, and a curly
// double mark turned the wrong way. Each issue says which marks, and QuoteFixes puts them right.
func (r *run) quoteStyle() {
	st := r.cfg.Quotes
	if st == "" {
		st = Curly
	}
	cache := r.cfg.Cache.styleCache().start()
	defer cache.done()
	for _, s := range r.d.Segments {
		if !translated(s) || s.Locked { // a locked English is not to be changed (translate="no": the French)
			continue
		}
		is := cache.get(segKey{seg: s.ID, en: s.Target, opt: string(st)}, func() *Issue { return styleIssue(s.ID, s.Target, st) })
		r.addFound(is)
	}
}

// styleIssue is the issue of segment seg, whose English is en, in style st, or nil. It names the
// marks of the worst fault found, French guillemets before straight (or curly) marks, before a curly
// double mark turned round, before a single one; the fix puts all of them right.
func styleIssue(seg, en string, st QuoteStyle) *Issue {
	fixes := QuoteFixes(en, st)
	if len(fixes) == 0 {
		return nil
	}
	var marks [4][]string // by fault: guillemets, out of style, double turned, single turned
	for _, f := range fixes {
		m := strings.TrimFunc(en[f.Start:f.End], isInlineSpace)
		k := styleFault(m, st)
		if !slices.Contains(marks[k], m) {
			marks[k] = append(marks[k], m)
		}
	}
	k := slices.IndexFunc(marks[:], func(m []string) bool { return len(m) > 0 })
	is := &Issue{Check: QuotationStyle, Segment: seg, Args: map[string]string{"count": strconv.Itoa(len(fixes)), "style": string(st)}}
	switch {
	case k == 0 && st == Straight:
		is.Key, is.Message = "qa.quote-style.guillemets-straight", "The translation of %s has French guillemets (%s) where the style is straight: \" '."
	case k == 0:
		is.Key, is.Message = "qa.quote-style.guillemets", "The translation of %s has French guillemets (%s) where the style is curly: “ ” ‘ ’."
	case st == Straight:
		is.Key, is.Message = "qa.quote-style.curly", "The translation of %s has curly marks (%s) where the style is straight: \" '."
	case k == 1:
		is.Key, is.Message = "qa.quote-style.straight", "The translation of %s has straight marks (%s) where the style is curly: “ ” ‘ ’."
	case k == 2:
		is.Key, is.Message = "qa.quote-style.direction", "The translation of %s has a quotation mark turned the wrong way (%s): “ opens, ” closes."
	default:
		is.Key, is.Message = "qa.quote-style.single", "The translation of %s has an apostrophe or single quotation mark turned the wrong way (%s): ’ is the apostrophe and closes, ‘ opens."
	}
	is.Args["marks"] = strings.Join(marks[k], " ")
	is.Message = fmt.Sprintf(is.Message, seg, is.Args["marks"])
	return is
}

// styleFault is the fault of the mark m that a fix in style st changes: 0 a French guillemet, 1 a mark
// of the other style, 2 a curly double mark turned round (or at the wrong level), 3 a single one.
func styleFault(m string, st QuoteStyle) int {
	switch {
	case hasGuillemet(m):
		return 0
	case st == Straight || m == `"` || m == "'":
		return 1
	case m == "“" || m == "”":
		return 2
	}
	return 3
}
