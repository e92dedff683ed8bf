package project

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// shortForms are the shorter names English news gives a place more often than its full English name:
// "Britain" for « Grande-Bretagne » and « Royaume-Uni », "Russia" for the Russian Federation. Keys are
// in lower case.
var shortForms = map[string]string{
	"great britain": "Britain", "united kingdom": "Britain", "united states of america": "United States",
	"russian federation": "Russia", "people's republic of china": "China", "republic of korea": "South Korea",
	"democratic people's republic of korea": "North Korea", "czech republic": "Czechia",
	"islamic republic of iran": "Iran", "kingdom of saudi arabia": "Saudi Arabia",
}

// appendShortForms appends the short form of each candidate that has one, a little less trusted.
func appendShortForms(out []candidate) []candidate {
	for _, c := range out[:len(out):len(out)] {
		if s, ok := shortForms[strings.ToLower(c.text)]; ok {
			out = append(out, candidate{text: s, conf: c.conf - 0.05, method: c.method + "-short"})
		}
	}
	return out
}

// compassName returns the English of a name that is one word of direction (« le Nord » → "North",
// the North of a country), and whether fr is one.
func compassName(fr string) (string, bool) {
	switch w := fold(strings.TrimSpace(fr)); w {
	case "nord", "sud", "est", "ouest":
		en := wordTranslations[w]
		return strings.ToUpper(en[:1]) + en[1:], true
	}
	return "", false
}

// englishOrdinals rewrites the French ordinals of a name the English way, and the head noun after one
// (« 125e Rue » → "125th Street", « 1re Avenue » → "1st Avenue"), and reports whether it changed
// anything.
func englishOrdinals(fr string) (string, bool) {
	if !strings.ContainsAny(fr, "0123456789") {
		return fr, false
	}
	words := strings.Fields(fr)
	changed := false
	for i, w := range words {
		digits := strings.TrimLeftFunc(w, unicode.IsDigit)
		if len(digits) == len(w) {
			continue
		}
		switch digits {
		case "e", "è", "ème", "eme", "er", "re", "ère":
			n := w[:len(w)-len(digits)]
			words[i], changed = n+ordinalSuffix(n), true
			if i+1 < len(words) {
				if h, ok := headWords[strings.ToLower(words[i+1])]; ok {
					words[i+1] = h
				}
			}
		}
	}
	return strings.Join(words, " "), changed
}

// ordinalSuffix returns the English suffix of the ordinal of the number n (decimal digits).
func ordinalSuffix(n string) string {
	last := n[len(n)-1]
	if len(n) >= 2 && n[len(n)-2] == '1' {
		return "th"
	}
	switch last {
	case '1':
		return "st"
	case '2':
		return "nd"
	case '3':
		return "rd"
	}
	return "th"
}

// symbolTail returns the symbols a name ends with that are part of it ("Face++", "F#"), if any.
func symbolTail(s string) string {
	t := strings.TrimRightFunc(s, func(r rune) bool { return r == '+' || r == '#' })
	return s[len(t):]
}

// markAddresses marks the words of e-mail addresses and web addresses: "jo@samaritans.org" holds no
// name, though a name's words may be in it.
func markAddresses(s string, toks []token) {
	if !strings.ContainsAny(s, "@/") && !strings.Contains(s, "www.") {
		return
	}
	for i := range toks {
		a, b := chunkAround(s, toks[i].start, toks[i].end)
		c := s[a:b]
		toks[i].addr = strings.Contains(c, "@") || strings.Contains(c, "://") || strings.HasPrefix(c, "www.")
	}
}

// chunkAround returns the run of text without spaces around [a, b).
func chunkAround(s string, a, b int) (int, int) {
	for a > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:a])
		if unicode.IsSpace(r) {
			break
		}
		a -= n
	}
	for b < len(s) {
		r, n := utf8.DecodeRuneInString(s[b:])
		if unicode.IsSpace(r) {
			break
		}
		b += n
	}
	return a, b
}
