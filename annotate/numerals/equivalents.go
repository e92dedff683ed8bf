package numerals

import (
	"strings"
	"unicode"
)

// equivalent is an English word that says a number and what it counts, which a translator writes for
// the French number: "10 ans plus tard" is "a decade later", "2 fois plus" "twice as many".
type equivalent struct {
	value string
	units []string // the folded French words (or "%") the number is followed by; nil for any
}

// equivalents are the English words that stand for a French number in digits. Each asks for the unit
// that makes it that number, so that "a decade" does not hide a "10 personnes" left out.
var equivalents = map[string][]equivalent{
	"decade":    {{"10", years}},
	"century":   {{"100", years}},
	"dozen":     {{"12", nil}},
	"half":      {{"50", []string{"%", "pour", "pourcent", "pourcents"}}},
	"twice":     {{"2", []string{"fois"}}},
	"fortnight": {{"15", days}, {"14", days}},
}

var (
	years = []string{"ans", "annees"}
	days  = []string{"jours"}
)

// Equivalents returns the values of the numbers in digits of fr that a word of en says with their unit
// ("10 ans" and "a decade", "50 %" and "half", "2 fois" and "twice"), each word of en used once.
func Equivalents(fr, en string) []string {
	var words []string
	eachWord(en, func(_, _ int, w string) {
		for _, part := range strings.Split(w, "-") { // "a century-old tradition"
			if equivalents[part] != nil {
				words = append(words, part)
			}
		}
	})
	if len(words) == 0 {
		return nil
	}
	var out []string
	for _, t := range Digits(fr, French) {
		unit := unitsAfter(fr[t.End:])
		for i, w := range words {
			if saysNumber(equivalents[w], t.Value, unit) {
				out = append(out, t.Value)
				words = append(words[:i:i], words[i+1:]...)
				break
			}
		}
	}
	return out
}

// saysNumber reports whether one of eqs is value v followed by one of the words unit.
func saysNumber(eqs []equivalent, v string, unit []string) bool {
	for _, e := range eqs {
		if e.value != v {
			continue
		}
		if e.units == nil {
			return true
		}
		for _, u := range unit {
			for _, want := range e.units {
				if u == want {
					return true
				}
			}
		}
	}
	return false
}

// unitsAfter returns what may say what a number counts: the "%" right after it, else the next two
// folded words ("10 ans", "10 dernières années").
func unitsAfter(s string) []string {
	s = s[:min(len(s), 64)] // two words; a rune cut at the end is no letter
	if strings.HasPrefix(strings.TrimLeftFunc(s, unicode.IsSpace), "%") {
		return []string{"%"}
	}
	var out []string
	eachWord(s, func(a, _ int, w string) {
		if len(out) < 2 && strings.TrimFunc(s[:a], func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsLetter(r) || r == '-' || r == '’' || r == '\''
		}) == "" {
			out = append(out, w)
		}
	})
	return out
}
