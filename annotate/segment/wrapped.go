package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A hard-wrapped paragraph (plain text filled at 72 columns, an e-mail) breaks its lines wherever a
// word no longer fits, also between the two words of a name: "le président Emmanuel⏎Macron a
// déclaré". Such a line has no final punctuation and the next one opens with a capital, as a heading
// and its first sentence do, but both lines are of the wrap's width, while a heading is shorter than
// the lines of an unwrapped paragraph after it, and the line ends with a capitalised word, the name's
// first, where a list of headlines ends them as a sentence ends ("… Froome creuse l'écart").
const (
	minWrappedRunes = 50  // a wrapped line, before the paragraph's last, is at least this long
	maxWrappedRunes = 100 // and no wrapped line is longer
)

// wrapped reports whether the line [a, b), whose line break is at nl, is a line of a hard-wrapped
// paragraph cutting a name: both it and the next line are of a wrap's width, and it ends with a
// capitalised word. The text's first line stays a heading
// ("Ebola : l'OMS déclare que l'épidémie est terminée en Afrique de l'Ouest") unless it fills.
func (s *splitter) wrapped(a, b, nl int) bool {
	if s.para == 0 && a == s.ps {
		return false
	}
	line := s.text[a:b]
	last := lastWordStart(line)
	n := utf8.RuneCountInString(line)
	if !unicode.IsUpper(last) || n < minWrappedRunes || n > maxWrappedRunes {
		return false
	}
	next := s.text[nl+1 : s.pe]
	if j := strings.IndexByte(next, '\n'); j >= 0 {
		next = next[:j]
	}
	next = strings.TrimSpace(next)
	return next != "" && utf8.RuneCountInString(next) <= maxWrappedRunes
}

// lastWordStart returns the first rune of line's last word, after its last space, hyphen or apostrophe.
func lastWordStart(line string) rune {
	i := strings.LastIndexFunc(line, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '\'' || r == '’' })
	if i >= 0 {
		_, size := utf8.DecodeRuneInString(line[i:])
		line = line[i+size:]
	}
	r, _ := utf8.DecodeRuneInString(line)
	return r
}

// A text hard-wrapped at a width (wrapWidth) wraps its title and its headings too, cutting them before
// any word, lower case or not: "Turquie : les autorités saisissent 13 tonnes de marijuana au large
// de la⏎Libye". Such a line has no final punctuation, as a heading over a paragraph has none, but it
// is as long as the wrap allows: with the next line's first word it would not have fitted, where a
// heading over a paragraph is shorter; or the next line goes on in lower case. Its unit goes on on the
// next line, and is a heading if it ends as one, its lines read as one: the text's title, a caption.

// fills reports whether the line [a, b), whose line break is at nl, is a line of a text hard-wrapped
// at its width that goes on on the next line, as said above.
func (s *splitter) fills(a, b, nl int) bool {
	w := s.wrapWidth()
	if w == 0 || 2*(b-a) < w {
		return false
	}
	n := utf8.RuneCountInString(s.text[a:b])
	if 2*n < w || n > w+titleSlack {
		return false
	}
	next := s.text[skipSpaces(s.text, nl+1, s.pe):s.pe]
	if j := strings.IndexAny(next, " \t\r\n"); j >= 0 {
		next = next[:j]
	}
	return next != "" && (startsLower(next, 0, len(next)) || n+1+utf8.RuneCountInString(next) > w)
}

// afterLineEnd reports whether the line at a, of a text hard-wrapped, opens its paragraph or follows a
// line that ends where it does for no lack of room, as a heading does: the line before a paragraph's
// last sentence, wrapped, may end full, with a full stop (a sentence left without its own, then, is
// no heading).
func (s *splitter) afterLineEnd(a int) bool {
	nl := strings.LastIndexByte(s.text[s.ps:a], '\n')
	if nl < 0 {
		return true
	}
	nl += s.ps
	ls := strings.LastIndexByte(s.text[s.ps:nl], '\n') + 1 + s.ps
	ls, le := trim(s.text, ls, nl)
	return !s.fills(ls, le, nl)
}

// wrapWidth returns the width, in runes, that the text after its first line (its first wrapSample
// bytes) is hard-wrapped at, or
// 0 when it is not: its longest line of minWrappedRunes to maxWrappedRunes followed by another in its
// paragraph, when half such lines are within wrapSlack of the longest and hardly a line is longer
// than maxWrappedRunes (a paragraph on one line of its own, as unwrapped text has them, is). Shorter
// lines (a list's, a table's) are left out.
func (s *splitter) wrapWidth() int {
	if s.measured {
		return s.width
	}
	s.measured = true
	inner, long := lineLengths(s.text[:min(len(s.text), wrapSample)])
	w := 0
	for _, n := range inner {
		w = max(w, n)
	}
	near := 0
	for _, n := range inner {
		if n >= w-wrapSlack {
			near++
		}
	}
	if len(inner) > 0 && 2*near >= len(inner) && 10*long <= len(inner) {
		s.width = w
	}
	return s.width
}

// lineLengths returns the lengths, in runes, of the lines of t after its first of minWrappedRunes
// to maxWrappedRunes followed by another line in their paragraph, and how many lines are longer.
func lineLengths(t string) (inner []int, long int) {
	for ls := indexNewline(t, 0) + 1; ls < len(t); {
		le := indexNewline(t, ls)
		n := utf8.RuneCountInString(strings.TrimSpace(t[ls:le]))
		switch {
		case n > maxWrappedRunes:
			long++
		case n >= minWrappedRunes && le+1 < len(t) && !isBlank(t[le+1:indexNewline(t, le+1)]):
			inner = append(inner, n)
		}
		ls = le + 1
	}
	return inner, long
}

// wrapSample is how much of a text wrapWidth reads: a text is wrapped at one width throughout.
const wrapSample = 64 << 10

// titleSlack is how much longer than the text's longest wrapped line a title's may be: the text's
// lines, a few, may all stop a word short of the width its title's line reaches.
const titleSlack = 5

// wrapSlack is how much shorter than the longest most lines of a hard-wrapped paragraph are: a word
// that did not fit, 15 runes at most.
const wrapSlack = 15
