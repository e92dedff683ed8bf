package qa

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/spell"
)

// A confirmed name is found again, for name-untagged, wherever it is written with its accents left
// out or changed ("Elysee" for "Élysée") and in capitals ("MACRON" in a headline): case and accents
// are folded as the rest of QA does. Written in lower case ("macron" for "Macron") it is found only
// where no common word may stand there: for a person's name (PER) alone, since "Orange", "Le Monde"
// or "Apple" are common words in lower case and a person's name seldom is; and in the English, only
// where the spelling check's dictionary does not know every word of it as a word ("may" of Theresa
// May, "trump", "bush" are English words).

// writtenAs reports whether place, which folds as name does, is name as casing allows: as written,
// accents aside; in capitals; or, lower (not nil) consenting, with capitals of name in lower case.
func writtenAs(place, name, label string, lower func(string) bool) bool {
	if annotate.Fold(place) != annotate.Fold(name) {
		return false
	}
	if sameCasing(place, name) || inCapitals(place) {
		return true
	}
	return label == annotate.LabelPER && lower != nil && lower(place)
}

// sameCasing reports whether a and b, of as many runes, have capitals at the same places.
func sameCasing(a, b string) bool {
	rb := []rune(b)
	i := 0
	for _, r := range a {
		if i >= len(rb) || unicode.IsUpper(r) != unicode.IsUpper(rb[i]) {
			return false
		}
		i++
	}
	return i == len(rb)
}

// inCapitals reports whether s has two letters or more, every one a capital.
func inCapitals(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// lowerCaseName returns how text t takes a name written in lower case: in the French, as the name;
// in the English, as the name unless every word of it is a word of the dictionary.
func (r *run) lowerCaseName(t tagText) func(place string) bool {
	if t.text == r.d.Text {
		return func(string) bool { return true }
	}
	dict, err := spell.English(Variety(r.d, r.cfg.English))
	if err != nil {
		return func(string) bool { return true }
	}
	return func(place string) bool {
		for _, w := range strings.FieldsFunc(place, func(c rune) bool { return !wordRune(c) }) {
			if !dict.Has(w) {
				return true
			}
		}
		return false
	}
}

// runesAfter returns the byte offset n runes after i in text, or -1 when text is shorter.
func runesAfter(text string, i, n int) int {
	for ; n > 0; n-- {
		if i >= len(text) {
			return -1
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return i
}

// withFirst returns the names whose first word folds as w does, longest first. An ASCII word is
// folded in a buffer that the lookup does not keep: for every word of a text, most allocate nothing.
func (n namesTagged) withFirst(w string) []string {
	var buf [64]byte
	if len(w) > len(buf) {
		return n.byFirst[annotate.Fold(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return n.byFirst[annotate.Fold(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return n.byFirst[string(buf[:len(w)])]
}
