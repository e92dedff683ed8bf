package numerals

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// French writes a length of time as it writes a time of day: "le match a duré 2 h 30", "rendez-vous à
// 2 h 30". What is around the phrase tells them apart (hourReading); English writes a length of time
// otherwise ("2 hours 30 minutes", "2h30", "2.5 hours", "two and a half hours"), which QA's numbers
// check matches with the French as one number, and which the fill of number-only segments leaves to
// the translator when it cannot tell.

// reading is what a French phrase of hours ("2 h 30", "14 h") is: surely a time of day, surely a
// length of time, or either.
type reading int

const (
	either reading = iota
	clock
	duration
)

// frDuration matches a French phrase of hours that may be a length of time: "2 h 30", "1h45",
// "36 h", "2 heures 30", with "min" after it ("2 h 30 min").
var frDuration = regexp.MustCompile(`\b(\d{1,3}(?:,\d+)?)[ \x{a0}\x{202f}]?(?:h|heures?)(?:[ \x{a0}\x{202f}]?([0-5]\d))?\b(?:[ \x{a0}\x{202f}]?(?:min|mn)\b)?`)

// durationCues are the words after which a phrase of hours is a length of time ("pendant 1 h 45", "a
// duré 2 h 30", "il y a 3 h", "près de 2 h"), each as the words before the phrase end, lower case.
var durationCues = [][]string{
	{"pendant"}, {"durant"}, {"en"}, {"dans"}, {"depuis"}, {"il", "y", "a"}, {"plus", "de"}, {"moins", "de"},
	{"près", "de"}, {"environ"}, {"durée", "de"}, {"bout", "de"}, {"retard", "de"}, {"quelque"},
	{"dure"}, {"durent"}, {"duré"}, {"durer"}, {"durera"}, {"dureront"}, {"durait"}, {"duraient"}, {"durerait"},
}

// clockCues are the words after which it is a time of day ("à 14 h 30", "vers 2 h 30", "dès 6 h").
var clockCues = [][]string{{"à"}, {"vers"}, {"dès"}, {"avant"}, {"entre"}, {"partir", "de"}}

// hourReading reads the phrase [a, b) of s, French hours: a time of day when written with ":", or
// followed by "du matin", "de l’après-midi", "de la nuit"; a length of time when followed by "min" or
// by "de" and what lasted ("2 h 30 de jeu", "de retard"), or after a duration cue; a time of day after
// a clock cue, or when the hour can only be one (0, 13 to 23, "07"); else either.
func hourReading(s string, a, b int, hour string) reading {
	phrase, after := s[a:b], strings.ToLower(strings.TrimLeft(s[b:min(len(s), b+24)], spaces))
	after = strings.ReplaceAll(after, "’", "'")
	switch {
	case strings.Contains(phrase, ":") || hasAny(after, "du matin", "du soir", "de l'après-midi", "de la nuit", "de l'aube"):
		return clock
	case strings.HasSuffix(phrase, "min") || strings.HasSuffix(phrase, "mn") || wordFirst(after, "min", "mn"):
		return duration
	case hasAny(after, "de ", "d'") && !hasAny(after, "de la ", "de l'", "de le ", "de les "):
		return duration
	}
	before := lastWords(s[:a], 3)
	switch {
	case endsWithCue(before, durationCues):
		return duration
	case endsWithCue(before, clockCues):
		return clock
	case clockHour(hour):
		return clock
	}
	return either
}

// wordFirst reports whether s starts with one of words as a whole word.
func wordFirst(s string, words ...string) bool {
	for _, w := range words {
		if rest, ok := strings.CutPrefix(s, w); ok {
			if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

func hasAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// lastWords are the last n words of s, lower case, an apostrophe ending a word ("jusqu’à" is "jusqu",
// "à"); none past a sentence's end or a line break.
func lastWords(s string, n int) []string {
	var out []string
	for len(out) < n {
		s = strings.TrimRight(s, spaces+"\t")
		r, w := utf8.DecodeLastRuneInString(s)
		if w == 0 || !unicode.IsLetter(r) {
			break
		}
		i := len(s)
		for i > 0 {
			r, w := utf8.DecodeLastRuneInString(s[:i])
			if !unicode.IsLetter(r) && !unicode.Is(unicode.M, r) && r != '-' {
				break
			}
			i -= w
		}
		out = append([]string{strings.ToLower(s[i:])}, out...)
		s = strings.TrimRight(s[:i], "’'")
	}
	return out
}

func endsWithCue(words []string, cues [][]string) bool {
	for _, c := range cues {
		if len(words) >= len(c) && slices.Equal(words[len(words)-len(c):], c) {
			return true
		}
	}
	return false
}

// minutesOf is the length h hours and m minutes in minutes, as a value "d150".
func minutesOf(h float64, m int) string {
	return "d" + strconv.FormatFloat(h*60+float64(m), 'f', -1, 64)
}

// Durations are the lengths of time of s written with hours, valued in minutes ("d150"): in French
// the phrases of hours that are not surely a time of day (hourReading: "pendant 2 h 30", "1 h 45
// min", a bare "2 h 30"; not "à 2 h 30" nor "14 h 30"); in English "2 hours 30 minutes", "2 hours
// and 30 minutes", "2 hours 30", "2h30", "2 hr 30 min", "2.5 hours", "2½ hours", "two and a half
// hours", "an hour and 45 minutes", and in minutes alone, "150 minutes".
func Durations(s string, st Style) []Token {
	if !st.french {
		return englishDurations(s)
	}
	var out []Token
	for _, m := range frDuration.FindAllStringSubmatchIndex(s, -1) {
		hour := s[m[2]:m[3]]
		if hourReading(s, m[0], m[1], hour) == clock {
			continue
		}
		h, _ := strconv.ParseFloat(strings.Replace(hour, ",", ".", 1), 64)
		mins, _ := strconv.Atoi(sub(s, m, 2))
		out = append(out, Token{m[0], m[1], minutesOf(h, mins)})
	}
	return out
}

// enDuration matches an English length of time in hours: a number (digits, or a word), a fraction, the
// unit, and minutes or a half after it. enMinutes matches one in minutes alone.
var (
	enDuration = regexp.MustCompile(`(?i)\b(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty)` +
		`(?:\s?([½¼¾])|[\s-]+and[\s-]+(a[\s-]+half|a[\s-]+quarter|three[\s-]+quarters))?[\s-]*(hours?|hrs?|h)` +
		`(?:(?:,?\s+and\s+|,?\s*)(\d{1,2})(?:\s*(?:minutes?|mins?|m)\b)?|\s+and\s+(a\s+half|a\s+quarter))?`)
	enMinutes = regexp.MustCompile(`(?i)\b(\d+)[\s-]*(?:minutes?|mins?)\b`)
)

// fractions are the parts of an hour English writes after its number.
var fractions = map[string]float64{"½": 0.5, "¼": 0.25, "¾": 0.75, "a half": 0.5, "a quarter": 0.25, "three quarters": 0.75}

// englishDurations are the lengths of time of the English s (see Durations).
func englishDurations(s string) []Token {
	var out []Token
	for _, m := range enDuration.FindAllStringSubmatchIndex(s, -1) {
		if v, ok := englishDuration(s, m); ok {
			out = append(out, Token{m[0], m[1], v})
		}
	}
	for _, m := range enMinutes.FindAllStringSubmatchIndex(s, -1) {
		inside := false
		for _, t := range out {
			inside = inside || t.Start <= m[0] && m[0] < t.End
		}
		if !inside {
			n, _ := strconv.Atoi(s[m[2]:m[3]])
			out = append(out, Token{m[0], m[1], minutesOf(0, n)})
		}
	}
	return out
}

// englishDuration is the value of the match m of enDuration in s: none for a unit that runs on into a
// word ("2 horses"), or a number word before a bare "h" ("a h").
func englishDuration(s string, m []int) (string, bool) {
	if r, _ := utf8.DecodeRuneInString(s[m[1]:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
		return "", false
	}
	num, unit := strings.ToLower(s[m[2]:m[3]]), strings.ToLower(sub(s, m, 4))
	h, err := strconv.ParseFloat(num, 64)
	if err != nil {
		v, ok := numberWords[num]
		if num == "a" || num == "an" || num == "one" {
			v, ok = "1", true
		}
		if !ok || !strings.HasPrefix(unit, "hour") {
			return "", false
		}
		h, _ = strconv.ParseFloat(v, 64)
		if num != "one" && strings.HasSuffix(strings.ToLower(strings.TrimRight(s[:m[0]], " ")), "half") { // half an hour
			h = 0.5
		}
	}
	h += fractions[collapseSpaces(sub(s, m, 2)+sub(s, m, 3)+sub(s, m, 6))]
	mins, _ := strconv.Atoi(sub(s, m, 5))
	return minutesOf(h, mins), true
}

// collapseSpaces writes the white space and hyphens of s as one space each, lower case.
func collapseSpaces(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return unicode.IsSpace(r) || r == '-' }), " ")
}
