package qa

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate/project"
)

// numberStyle is how a language writes numbers: the decimal mark, another one met in its texts (French
// writes versions and some figures "2.0"), and the marks that group thousands.
type numberStyle struct {
	decimal, otherDecimal rune
	groups                string
}

var (
	french  = numberStyle{decimal: ',', otherDecimal: '.', groups: " \u00a0\u202f\u2009."}
	english = numberStyle{decimal: '.', groups: ","}
)

// numbers returns the numbers written in digits in s, in canonical form ("3,5" → "3.5" in French,
// "1,000" → "1000" in English): a group mark counts only after one to three digits and before exactly
// three.
func numbers(s string, st numberStyle) []string {
	var out []string
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		n, end := readNumber(s, i, st)
		out = append(out, canonical(n))
		i = end
	}
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func digitsAt(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	return j - i
}

// readNumber reads the number starting at byte i; it returns its digits with "." as decimal mark.
func readNumber(s string, i int, st numberStyle) (string, int) {
	k := digitsAt(s, i)
	var b strings.Builder
	b.WriteString(s[i : i+k])
	j := i + k
	if k <= 3 {
		for j < len(s) {
			r, w := utf8.DecodeRuneInString(s[j:])
			if !strings.ContainsRune(st.groups, r) || digitsAt(s, j+w) != 3 {
				break
			}
			b.WriteString(s[j+w : j+w+3])
			j += w + 3
		}
	}
	if r, w := utf8.DecodeRuneInString(s[j:]); j < len(s) && (r == st.decimal || r == st.otherDecimal && r != 0) {
		if d := digitsAt(s, j+w); d > 0 {
			b.WriteByte('.')
			b.WriteString(s[j+w : j+w+d])
			j += w + d
		}
	}
	return b.String(), j
}

// canonical writes a number without leading zeros or trailing decimal zeros.
func canonical(n string) string {
	f, err := strconv.ParseFloat(n, 64)
	if err != nil {
		return n
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// numberWords maps the folded French and English words for small numbers to their value; "un", "une"
// and "one" are left out because they are mostly articles and pronouns.
var numberWords = func() map[string]string {
	m := map[string]string{}
	fr := strings.Fields("zero _ deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt")
	en := strings.Fields("zero _ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty")
	for i := range fr {
		if fr[i] != "_" {
			m[fr[i]], m[en[i]] = strconv.Itoa(i), strconv.Itoa(i)
		}
	}
	for w, v := range map[string]string{"trente": "30", "quarante": "40", "cinquante": "50", "soixante": "60", "cent": "100",
		"mille": "1000", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "hundred": "100", "thousand": "1000",
		"million": "1000000", "millions": "1000000", "milliard": "1000000000", "milliards": "1000000000", "billion": "1000000000"} {
		m[w] = v
	}
	return m
}()

// wordNumbers returns the values of the number words of s.
func wordNumbers(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(project.Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if v, ok := numberWords[w]; ok {
			out = append(out, v)
		}
	}
	return out
}

// take removes one v from list, reporting whether there was one.
func take(list []string, v string) ([]string, bool) {
	for i, x := range list {
		if x == v {
			return append(list[:i:i], list[i+1:]...), true
		}
	}
	return list, false
}

// unmatched returns the values of a not found in b nor in words (each used once).
func unmatched(a, b, words []string) []string {
	var out []string
	for _, v := range a {
		var ok bool
		if b, ok = take(b, v); ok {
			continue
		}
		if words, ok = take(words, v); ok {
			continue
		}
		out = append(out, v)
	}
	return out
}

// numbers flags the segments whose numbers differ between source and translation. A number written in
// words on one side matches the same number in digits on the other; words need not match anything.
func (r *run) numbers() {
	for _, s := range r.d.Segments {
		if !translated(s) {
			continue
		}
		src := r.d.SourceText(s)
		sn, tn := numbers(src, french), numbers(s.Target, english)
		if len(sn) == 0 && len(tn) == 0 {
			continue
		}
		missing := unmatched(sn, tn, wordNumbers(s.Target))
		extra := unmatched(tn, sn, wordNumbers(src))
		if len(missing) == 0 && len(extra) == 0 {
			continue
		}
		m, e := strings.Join(missing, ", "), strings.Join(extra, ", ")
		var parts []string
		if m != "" {
			parts = append(parts, fmt.Sprintf("%s of the source is missing from the translation", m))
		}
		if e != "" {
			parts = append(parts, fmt.Sprintf("%s of the translation is not in the source", e))
		}
		r.add(NumberMismatch, "qa.number-mismatch", s.ID, "",
			fmt.Sprintf("Numbers differ in %s: %s.", s.ID, strings.Join(parts, "; ")), map[string]string{"missing": m, "extra": e})
	}
}
