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
// ("Ebola : l'OMS déclare que l'épidémie est terminée en Afrique de l'Ouest").
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
