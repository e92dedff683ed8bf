package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxDatelineBytes bounds the search for the dash closing a dateline.
const maxDatelineBytes = 120

// dateline recognises a dateline opening the line at ls ("4 janvier 2016 . –", "PARIS, 3 mai (AFP) -"),
// adds it as a unit and returns the position after its dash; otherwise it returns ls.
func (s *splitter) dateline(ls int) int {
	t := s.text
	limit := min(s.pe, ls+maxDatelineBytes)
	for i := ls + 1; i < limit; i++ {
		switch t[i] {
		case '\n', '?', '!', ';':
			return ls
		case '.':
			if d := skipSpaces(t, i+1, s.pe); d < s.pe && dashLen(t, d) == 0 && t[d] != '.' {
				return ls // a full stop before the dash: "3 mai. Il - …" is a sentence
			}
		}
		dl := dashLen(t, i)
		if dl == 0 || spaceBefore(t, i) == 0 {
			continue
		}
		after := i + dl
		if after < s.pe && spaceAt(t, after) == 0 {
			continue
		}
		if !isDatelinePrefix(t[ls:i]) {
			return ls
		}
		s.add(ls, after, Dateline)
		return after
	}
	return ls
}

// dashLen returns the byte length of a dash ("-", "–", "—") at i, or 0.
func dashLen(t string, i int) int {
	if t[i] == '-' {
		return 1
	}
	if i+2 < len(t) && t[i] == 0xE2 && t[i+1] == 0x80 && (t[i+2] == 0x93 || t[i+2] == 0x94) {
		return 3
	}
	return 0
}

// isDatelinePrefix reports whether p (the text before a dateline's dash) looks like a date and/or place
// with an optional agency: it starts with a digit or an all-capitals word, names a month or an agency in
// parentheses, and holds no lowercase word longer than three letters other than a month.
func isDatelinePrefix(p string) bool {
	first, startOK, anchor := true, false, false
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		if !unicode.IsLetter(r) {
			if r == '«' || r == '»' || r == '"' {
				return false
			}
			if first && unicode.IsDigit(r) {
				first, startOK = false, true
			}
			i += size
			continue
		}
		e := wordEnd(p, i)
		ok, isAnchor := datelineWord(p, i, e)
		if !ok {
			return false
		}
		anchor = anchor || isAnchor
		startOK = startOK || (first && e-i >= 2 && isAllUpper(p[i:e]))
		first = false
		i = e
	}
	return startOK && anchor
}

// datelineWord classifies the word p[i:e] of a dateline candidate: allowed at all, and whether it is a
// month or a news agency in parentheses such as "(AFP)".
func datelineWord(p string, i, e int) (ok, anchor bool) {
	w := p[i:e]
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case isMonth(w):
		return true, true
	case i > 0 && p[i-1] == '(' && e < len(p) && p[e] == ')' && unicode.IsUpper(r):
		return true, true
	}
	return !unicode.IsLower(r) || utf8.RuneCountInString(w) <= 3, false
}

// wordEnd returns the end of the run of letters starting at i.
func wordEnd(t string, i int) int {
	for i < len(t) {
		r, size := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return i
}

func isMonth(w string) bool {
	months := [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
		"septembre", "octobre", "novembre", "décembre"}
	for _, m := range months {
		if strings.EqualFold(w, m) {
			return true
		}
	}
	return false
}

func isAllUpper(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
