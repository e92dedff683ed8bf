package numerals

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Non-translatable segments: a table's cells that hold only numbers, amounts, percentages, scores,
// dates or times in digits, codes, web or e-mail addresses, symbols and emoji. Translation tools fill
// them for the translator, localising the numbers; NonTranslatable says which they are and gives
// their English, written so that QA's numbers check finds the French numbers in it.

// verbatim matches what is copied as it is: a web or e-mail address, a hashtag or a handle, a code of
// capitals and digits ("A4", "RN7", "COVID-19"), each a whole field between spaces.
var verbatim = regexp.MustCompile(`(?:^|[\s\x{a0}\x{202f}\x{2009}])((?:https?://|www\.)[^\s\x{a0}]+|[\pL\pM\pN_.+-]+@[\pL\pM\pN-]+(?:\.[\pL\pM\pN-]+)+|[#@][\pL\pN_]+|[A-Z][A-Z0-9]*[-/.]?[0-9][A-Z0-9-]*|[0-9]+[A-Z][A-Z0-9]*)(?:$|[\s\x{a0}\x{202f}\x{2009}])`)

// units are the words a number may carry that English writes the same.
var units = strings.Fields("km m cm mm µm nm kg g mg µg t l L ml mL cl ha kW kWh MW MWh GW GWh W V Hz kHz MHz GHz C F h min s ms")

// spaces are the spaces French puts in and around numbers.
const spaces = " \u00a0\u202f\u2009"

// NonTranslatable reports whether the French segment fr has nothing to translate, only numbers,
// dates and times in digits, scores, units, symbols, emoji, codes and addresses, and returns its
// English: numbers localised ("23,5" → "23.5", "1 234" with any space → "1,234"), no space before
// "%" ("12 %" → "12%"), a currency before a lone amount ("23,5 €" → "€23.5"), times of day in
// English ("14 h 30" → "14:30", "18 h" → "18:00"; "2 h 30" and "2 h", a length of time as often as a
// time, are left to the translator; "2 h 30 min" and "48 h", no time of day, stay as they are), guillemets as English quotation marks, and the
// rest as it is: a date "12/03/2024" keeps its order, which English writes either way. A segment with
// a word that is not a unit ("1er", "mardi", "Mo") is not non-translatable.
func NonTranslatable(fr string) (string, bool) {
	s := strings.Trim(fr, spaces+"\t\n")
	if s == "" {
		return "", false
	}
	var b strings.Builder
	keep := verbatimSpans(s)
	tms := frenchTimes(s)
	nums := Digits(s, French)
	for i := 0; i < len(s); {
		if end, ok := spanAt(keep, i); ok {
			b.WriteString(s[i:end])
			i = end
			continue
		}
		if t, ok := tokenAt(tms, i); ok {
			en, ok := englishTime(s, t)
			if !ok {
				return "", false
			}
			b.WriteString(en)
			i = t.End
			continue
		}
		if t, ok := tokenAt(nums, i); ok {
			b.WriteString(englishNumber(s, t))
			i = t.End
			continue
		}
		end, ok := plainAt(s, i)
		if !ok {
			return "", false
		}
		b.WriteString(s[i:end])
		i = end
	}
	return finish(b.String()), true
}

// verbatimSpans are the bytes [start, end) of s copied as they are.
func verbatimSpans(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		m := verbatim.FindStringSubmatchIndex(s[i:])
		if m == nil {
			break
		}
		out = append(out, [2]int{i + m[2], i + m[3]})
		i += m[3]
	}
	return out
}

func spanAt(spans [][2]int, i int) (int, bool) {
	for _, sp := range spans {
		if sp[0] == i {
			return sp[1], true
		}
	}
	return 0, false
}

func tokenAt(toks []Token, i int) (Token, bool) {
	k := slices.IndexFunc(toks, func(t Token) bool { return t.Start == i })
	if k < 0 {
		return Token{}, false
	}
	return toks[k], true
}

// frenchTimes are the times of s written with "h" or ":" alone: "heures" and "du soir" are words.
func frenchTimes(s string) []Token {
	var out []Token
	for _, t := range times(s, French) {
		if !strings.Contains(s[t.Start:t.End], "heure") && !strings.Contains(s[t.Start:t.End], "du ") {
			out = append(out, t)
		}
	}
	return out
}

// englishTime writes the French time t of s, "12 h 30", "07h45" or "18 h", as "12:30", "07:45",
// "18:00" when it can only be a time of day (hourReading: "14 h 30", "07 h"), and as it is when it is
// a length of time ("2 h 30 min", whose symbols English writes too, as "48 h"). A phrase that may be
// either ("2 h 30", "2 h": "2 hours 30 minutes", or "2:30 a.m.") is for the translator (false).
func englishTime(s string, t Token) (string, bool) {
	text := s[t.Start:t.End]
	if strings.Contains(text, ":") {
		return text, true
	}
	h, m, _ := strings.Cut(text, "h")
	h, m = strings.Trim(h, spaces), strings.Trim(m, spaces)
	switch hourReading(s, t.Start, t.End, h) {
	case duration:
		return text, true
	case either:
		return "", false
	}
	if m == "" {
		m = "00"
	}
	return h + ":" + m, true
}

// clockHour reports whether h, the digits of an hour, can only be that of a time of day:
// 0, from 13 to 23, or written with a leading zero ("07 h"), as no duration is.
func clockHour(h string) bool {
	n, err := strconv.Atoi(h)
	return err == nil && (n == 0 || n >= 13 && n <= 23 || len(h) == 2 && h[0] == '0')
}

// englishNumber writes the number t of s as English does: "," between thousands where the French
// grouped them, "." as decimal mark, the digits otherwise as they are ("03", "2,50" → "2.50").
func englishNumber(s string, t Token) string {
	raw, _ := readNumber(s, t.Start, French)
	whole, frac, hasFrac := strings.Cut(raw, ".")
	if len(whole) > digitsAt(s, t.Start) { // the French grouped the thousands
		whole = groupThousands(whole)
	}
	if hasFrac {
		return whole + "." + frac
	}
	return whole
}

func groupThousands(d string) string {
	var b strings.Builder
	for i, r := range d {
		if i > 0 && (len(d)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plainAt returns the end of what starts at byte i of s when it has nothing to translate: a space, a
// punctuation mark, a symbol, an emoji with its joiners and selectors, or a unit; false for a word.
func plainAt(s string, i int) (int, bool) {
	r, w := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsLetter(r) {
		if r == utf8.RuneError && w == 1 {
			return 0, false
		}
		return i + w, true
	}
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.M, r) {
			break
		}
		j += w
	}
	return j, slices.Contains(units, s[i:j])
}

var (
	percentSpace  = regexp.MustCompile(`([0-9])[ \x{a0}\x{202f}\x{2009}]([%‰])`)
	punctSpace    = regexp.MustCompile(`[ \x{a0}\x{202f}\x{2009}]([;:?!])`)
	loneAmount    = regexp.MustCompile(`^([-+−]?)([0-9][0-9.,]*)[ \x{a0}\x{202f}\x{2009}]?([€$£¥])$`)
	openGuillemet = regexp.MustCompile(`«[ \x{a0}\x{202f}\x{2009}]*`)
	shutGuillemet = regexp.MustCompile(`[ \x{a0}\x{202f}\x{2009}]*»`)
)

// finish puts the French spacing and signs of the English text en the English way.
func finish(en string) string {
	en = percentSpace.ReplaceAllString(en, "$1$2")
	en = punctSpace.ReplaceAllString(en, "$1")
	en = loneAmount.ReplaceAllString(en, "$1$3$2")
	en = openGuillemet.ReplaceAllString(en, "“")
	return shutGuillemet.ReplaceAllString(en, "”")
}
