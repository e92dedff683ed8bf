package numerals

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Dates and times for finding the same date written either way: "15 décembre" and "December 15" or
// "15 December" hold the same values (15, m12), "14 h 30" and "2:30 pm" or "14:30" the same time.

var (
	frMonths = strings.Fields("janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre")
	enMonths = strings.Fields("january february march april may june july august september october november december")
)

// frTime and enTime match a time of day: "14 h 30", "14h", "19:00", "6 heures du matin"; "2:30 pm",
// "14:30", "2.30pm", "9 a.m.", "9am".
var (
	frTime = regexp.MustCompile(`\b([01]?\d|2[0-3])(?:[ \x{a0}\x{202f}]?(?:h|heures?)(?:[ \x{a0}\x{202f}]?([0-5]\d))?\b|:([0-5]\d)\b)(?:[ \x{a0}]du (matin|soir)\b)?`)
	enTime = regexp.MustCompile(`(?i)\b([01]?\d|2[0-3])(?:[:.]([0-5]\d))? ?(?:([ap])m\b|([ap])\.m\.)|\b([01]?\d|2[0-3]):([0-5]\d)\b`)
)

// scale matches the English abbreviations of million and billion written right after a number.
var scale = regexp.MustCompile(`^(bn|m)\b`)

// ordinal matches what follows the digits of an ordinal: "1er", "2e", "3ème"; "1st", "15th".
var ordinal = regexp.MustCompile(`^(?:er|re|e|ème|eme|st|nd|rd|th)\b`)

// Expressions are the numbers (in digits, with an ordinal's suffix, and in words), the months and the
// times of day of s, in their order: what a date, an amount or a time is made of.
func Expressions(s string, st Style) []Token {
	out := times(s, st)
	inTime := func(i int) bool {
		return slices.ContainsFunc(out, func(t Token) bool { return t.Start <= i && i < t.End })
	}
	for _, t := range Digits(s, st) {
		if inTime(t.Start) {
			continue
		}
		if m := scale.FindStringSubmatch(s[t.End:]); m != nil && !st.french { // £2.8bn, £125m
			out = append(out, t, Token{t.End, t.End + len(m[0]), map[string]string{"bn": "1000000000", "m": "1000000"}[m[1]]})
			continue
		}
		t.End += len(ordinal.FindString(s[t.End:]))
		out = append(out, t)
	}
	for _, t := range Words(s) {
		if !inTime(t.Start) {
			out = append(out, t)
		}
	}
	months := enMonths
	if st.french {
		months = frMonths
	}
	eachWord(s, func(a, b int, folded string) {
		m := slices.Index(months, folded)
		// English "may" is mostly the verb: the month is written with a capital.
		if m >= 0 && !inTime(a) && (st.french || s[a] >= 'A' && s[a] <= 'Z') {
			out = append(out, Token{a, b, "m" + strconv.Itoa(m+1)})
		}
	})
	slices.SortFunc(out, func(a, b Token) int { return a.Start - b.Start })
	return out
}

// Times are the times of day of s, each valued as Same compares them: "07h45" and "7.45am" are both
// t7:45, "18 h" and "6 p.m." t18:00.
func Times(s string, st Style) []Token { return times(s, st) }

// times are the times of day of s.
func times(s string, st Style) []Token {
	var out []Token
	if st.french {
		for _, m := range frTime.FindAllStringSubmatchIndex(s, -1) {
			half := map[string]string{"matin": "a", "soir": "p"}[sub(s, m, 4)]
			out = append(out, Token{m[0], m[1], timeValue(s[m[2]:m[3]], sub(s, m, 2)+sub(s, m, 3), half)})
		}
		return out
	}
	for _, m := range enTime.FindAllStringSubmatchIndex(s, -1) {
		if m[2] >= 0 {
			out = append(out, Token{m[0], m[1], timeValue(s[m[2]:m[3]], sub(s, m, 2), strings.ToLower(sub(s, m, 3)+sub(s, m, 4)))})
		} else {
			out = append(out, Token{m[0], m[1], timeValue(s[m[10]:m[11]], sub(s, m, 6), "?")})
		}
	}
	return out
}

// sub is the k-th group of the match m of s, or "".
func sub(s string, m []int, k int) string {
	if m[2*k] < 0 {
		return ""
	}
	return s[m[2*k]:m[2*k+1]]
}

// timeValue is the value of a time of hour h and minutes min: half is "a" or "p" for am or pm, "?"
// for a time that may be either (an English 2:30 without them), "" for a time of 24 hours.
func timeValue(h, min, half string) string {
	hour, _ := strconv.Atoi(h)
	switch {
	case half == "p" && hour < 12:
		hour += 12
	case half == "a" && hour == 12:
		hour = 0
	}
	if min == "" {
		min = "00"
	}
	v := "t" + strconv.Itoa(hour) + ":" + min
	if half == "?" && hour >= 1 && hour <= 12 {
		v += "?"
	}
	return v
}

// Same reports whether the values a and b are the same: equal, or a time of 12 hours without am or
// pm ("t2:30?") and the same time in the morning or the afternoon.
func Same(a, b string) bool {
	if a == b {
		return true
	}
	if strings.HasSuffix(b, "?") {
		a, b = b, a
	}
	if !strings.HasSuffix(a, "?") || !strings.HasPrefix(b, "t") {
		return false
	}
	a = strings.TrimSuffix(a, "?")
	if a == strings.TrimSuffix(b, "?") {
		return true
	}
	h, m, _ := strings.Cut(a[1:], ":")
	hour, _ := strconv.Atoi(h)
	return "t"+strconv.Itoa(hour%12+12)+":"+m == b || hour == 12 && "t0:"+m == b
}
