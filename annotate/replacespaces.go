package annotate

import "strings"

// KeepNoBreakSpaces gives a replacement the no-break spaces (U+00A0, U+202F) of the text it
// replaces, where it was typed with ordinary ones at the same place: between the same two
// characters ("10 000" for "10\u202f000"), or where French typography puts one, after « and before
// : ; ! ? » ("« accord »" for "«\u00a0deal\u00a0»"). A search matches a no-break space with a
// space (SearchOptions), so a French translator types the query and the replacement with ordinary
// spaces, and Replace wrote those in place of the no-break ones, letting a » or a ? start a line.
// Other spaces, and no-break spaces typed, stay as typed.
func KeepNoBreakSpaces(match, with string) string {
	kept := noBreakPlaces(match)
	if len(kept) == 0 || !strings.Contains(with, " ") {
		return with
	}
	rs := []rune(with)
	for i, r := range rs {
		if r == ' ' {
			if nb, ok := noBreakAt(kept, neighbours(rs, i)); ok {
				rs[i] = nb
			}
		}
	}
	return string(rs)
}

// spacePlace is where a space is: the characters either side of it (0 at either end of the text).
type spacePlace struct{ before, after rune }

// noBreakPlace is a no-break space of a match, and where it is.
type noBreakPlace struct {
	spacePlace
	space rune
}

// neighbours returns where rs[i] is.
func neighbours(rs []rune, i int) spacePlace {
	var p spacePlace
	if i > 0 {
		p.before = rs[i-1]
	}
	if i+1 < len(rs) {
		p.after = rs[i+1]
	}
	return p
}

// noBreakPlaces lists the no-break spaces of s, in order.
func noBreakPlaces(s string) []noBreakPlace {
	if !strings.ContainsAny(s, "\u00a0\u202f") {
		return nil
	}
	var out []noBreakPlace
	rs := []rune(s)
	for i, r := range rs {
		if r == '\u00a0' || r == '\u202f' {
			out = append(out, noBreakPlace{neighbours(rs, i), r})
		}
	}
	return out
}

// noBreakAt returns the no-break space of kept that a space at p stands for: the first one between
// the same characters, else the first one after « when p is after «, or before a high mark (: ; ! ?
// ») when p is before one.
func noBreakAt(kept []noBreakPlace, p spacePlace) (rune, bool) {
	for _, k := range kept {
		if k.spacePlace == p {
			return k.space, true
		}
	}
	for _, k := range kept {
		if p.before == '«' && k.before == '«' || isHighMark(p.after) && isHighMark(k.after) {
			return k.space, true
		}
	}
	return 0, false
}

// isHighMark says whether French typography puts a no-break space before r.
func isHighMark(r rune) bool { return r != 0 && strings.ContainsRune(":;!?»", r) }
