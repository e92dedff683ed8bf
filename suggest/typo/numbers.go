package typo

import (
	"strings"
	"unicode/utf8"
)

// englishNumber rewrites one number run ("1 000", "3,5", "1.234.567,89") in English style, or
// returns it unchanged when its reading is not clear ("1 2", "12.05.2020", "3.5", "1,000"). A comma
// followed by exactly three digits after a 1–3 digit group is read as an English thousands
// separator, so English text stays as it is.
func englishNumber(run string) string {
	groups, seps := splitNumber(run)
	if len(seps) == 0 {
		return run
	}
	last := seps[len(seps)-1]
	intSeps, intGroups := seps, groups
	frac := ""
	if last == ',' && !(allAre(seps, ',') && grouped(groups)) {
		intSeps, intGroups = seps[:len(seps)-1], groups[:len(groups)-1]
		frac = groups[len(groups)-1]
	}
	if len(intSeps) > 0 {
		if !sameThousandsSep(intSeps) || !grouped(intGroups) {
			return run
		}
		if intSeps[0] == '.' && len(intSeps) == 1 && frac == "" {
			return run // "1.000" may be English 1.0: leave it
		}
		if intSeps[0] == ',' {
			return run // already English
		}
	}
	out := strings.Join(intGroups, ",")
	if frac != "" {
		out += "." + frac
	}
	return out
}

// splitNumber cuts a run into digit groups and the separators between them (spaces of any kind
// reported as ' ').
func splitNumber(run string) (groups []string, seps []rune) {
	start := 0
	for i := 0; i < len(run); {
		r, size := utf8.DecodeRuneInString(run[i:])
		if !isDigit(r) {
			groups = append(groups, run[start:i])
			if isFrenchSpace(r) {
				r = ' '
			}
			seps = append(seps, r)
			start = i + size
		}
		i += size
	}
	return append(groups, run[start:]), seps
}

func allAre(seps []rune, r rune) bool {
	for _, s := range seps {
		if s != r {
			return false
		}
	}
	return true
}

func sameThousandsSep(seps []rune) bool { return allAre(seps, seps[0]) }

// grouped reports thousands grouping: a first group of 1–3 digits, then groups of exactly 3.
func grouped(groups []string) bool {
	if len(groups[0]) == 0 || len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}
