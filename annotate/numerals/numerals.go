// Package numerals reads the numbers of French and English texts as values, so that what compares a
// translation with its source finds the same number written either way: QA's numbers check ("3,5" and
// "3.5", "1 000" and "1,000", "trois" and "three"), and merge-back placing an inline code around the
// English of a number, an amount, a percentage, a date or a time ("15 décembre" and "December 15",
// "14 h 30" and "2:30 pm").
package numerals

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
)

// Style is how a language writes numbers, dates and times.
type Style struct {
	decimal, otherDecimal rune   // the decimal mark, and another met in its texts (French writes versions and some figures "2.0")
	groups                string // the marks that group thousands
	french                bool   // its month names and times are French ones ("14 h 30"), else English ("2:30 pm")
}

// French and English are the styles of the two languages Glose translates between.
var (
	French  = Style{decimal: ',', otherDecimal: '.', groups: " \u00a0\u202f\u2009.", french: true}
	English = Style{decimal: '.', groups: ","}
)

// Token is a number, a month or a time of a text: its bytes [Start, End) and its value, the same in
// both languages: a number in canonical form ("3.5", "1000000"), a month "m12", a time "t14:30" (a
// time of 12 hours without am or pm is "t2:30?": 2:30 or 14:30, see Same).
type Token struct {
	Start, End int
	Value      string
}

// Values are the values of toks, in their order.
func Values(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Value
	}
	return out
}

// Numbers returns the numbers written in digits in s, in canonical form ("3,5" → "3.5" in French,
// "1,000" → "1000" in English): a group mark counts only after one to three digits and before exactly
// three.
func Numbers(s string, st Style) []string { return Values(Digits(s, st)) }

// Digits are the numbers written in digits in s, as Numbers reads them.
func Digits(s string, st Style) []Token {
	var out []Token
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		n, end := readNumber(s, i, st)
		out = append(out, Token{i, end, canonical(n)})
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
func readNumber(s string, i int, st Style) (string, int) {
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

// WordValues returns the values of the number words of s ("trois", "three", "millions").
func WordValues(s string) []string { return Values(Words(s)) }

// Words are the number words of s.
func Words(s string) []Token {
	var out []Token
	eachWord(s, func(a, b int, folded string) {
		if v, ok := numberWords[folded]; ok {
			out = append(out, Token{a, b, v})
		}
	})
	return out
}

// eachWord calls fn with each word of s (letters, combining marks and hyphens) and its folded form.
func eachWord(s string, fn func(a, b int, folded string)) {
	inWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.M, r) || r == '-' }
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !inWord(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !inWord(r) {
				break
			}
			j += n
		}
		fn(i, j, annotate.Fold(s[i:j]))
		i = j
	}
}

// IsNumberWord reports whether the folded word w is a number word, or the name of a month, in French
// or in English.
func IsNumberWord(w string) bool {
	_, ok := numberWords[w]
	return ok || slices.Contains(frMonths, w) || slices.Contains(enMonths, w)
}

// EachWord calls fn with each word of s (letters, combining marks and hyphens), its bytes [a, b) and
// its folded form (annotate.Fold).
func EachWord(s string, fn func(a, b int, folded string)) { eachWord(s, fn) }
