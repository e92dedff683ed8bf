package qa

import (
	"fmt"
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate/numerals"
)

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
// words on one side matches the same number in digits on the other, and so does an English word that
// says the number with its unit ("10 ans", "a decade": numerals.Equivalents); words need not match
// anything.
func (r *run) numbers() {
	for _, s := range r.d.Segments {
		if !translated(s) {
			continue
		}
		src := r.d.SourceText(s)
		sn, tn := numerals.Numbers(src, numerals.French), numerals.Numbers(s.Target, numerals.English)
		if len(sn) == 0 && len(tn) == 0 {
			continue
		}
		sn, tn = withoutDecades(src, s.Target, sn, tn)
		var timed [][2]int
		sn, tn, timed = withoutTimes(src, s.Target, sn, tn)
		sn, tn = withoutDurations(src, s.Target, sn, tn, timed)
		missing := unmatched(sn, tn, append(numerals.WordValues(s.Target), numerals.Equivalents(src, s.Target)...))
		extra := unmatched(tn, sn, numerals.WordValues(src))
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

// withoutDecades returns the numbers sn of src and tn of en less the decades written alike on both
// sides once the century is put aside: "les années 30" and "the 1930s" are one decade, whose numbers
// (30 and 1930) differ.
func withoutDecades(src, en string, sn, tn []string) ([]string, []string) {
	td := numerals.Values(numerals.Decades(en, numerals.English))
	for _, a := range numerals.Values(numerals.Decades(src, numerals.French)) {
		for k, b := range td {
			if a != b && numerals.SameDecade(a, b) {
				sn, _ = take(sn, a)
				tn, _ = take(tn, b)
				td = append(td[:k:k], td[k+1:]...)
				break
			}
		}
	}
	return sn, tn
}

// withoutTimes returns the numbers sn of src and tn of en less those of the times of day written on
// both sides: "07h45" and "7.45am", "19h30" and "7:30 pm", "18 heures" and "6 p.m." are one time
// whose numbers (7 and 45, 7.45; 19 and 30, 7 and 30) differ. A time on one side only, or another
// time, leaves its numbers to be compared as before. It also returns the places of src's times it
// found in en.
func withoutTimes(src, en string, sn, tn []string) ([]string, []string, [][2]int) {
	var found [][2]int
	et := numerals.Times(en, numerals.English)
	for _, a := range numerals.Times(src, numerals.French) {
		for k, b := range et {
			if !numerals.Same(a.Value, b.Value) {
				continue
			}
			sn, tn = takeNumbers(src[a.Start:a.End], en[b.Start:b.End], sn, tn)
			et = append(et[:k:k], et[k+1:]...)
			found = append(found, [2]int{a.Start, a.End})
			break
		}
	}
	return sn, tn, found
}

// withoutDurations returns the numbers sn of src and tn of en less those of the lengths of time
// written on both sides (numerals.Durations): "a duré 2 h 30" and "lasted 2 hours 30 minutes", "2h30",
// "2.5 hours" or "two and a half hours" are one length, whose numbers (2 and 30, 2.5, none) differ.
// A phrase of hours that is surely a time of day ("à 2 h 30", "14 h 30") is none, and neither is one
// of src's times already found in en (timed).
func withoutDurations(src, en string, sn, tn []string, timed [][2]int) ([]string, []string) {
	ed := numerals.Durations(en, numerals.English)
	for _, a := range numerals.Durations(src, numerals.French) {
		if slices.ContainsFunc(timed, func(r [2]int) bool { return r[0] < a.End && a.Start < r[1] }) {
			continue
		}
		if k := slices.IndexFunc(ed, func(b numerals.Token) bool { return b.Value == a.Value }); k >= 0 {
			sn, tn = takeNumbers(src[a.Start:a.End], en[ed[k].Start:ed[k].End], sn, tn)
			ed = append(ed[:k:k], ed[k+1:]...)
		}
	}
	return sn, tn
}

// takeNumbers returns sn less the numbers of the French fr, and tn less those of the English en.
func takeNumbers(fr, en string, sn, tn []string) ([]string, []string) {
	for _, v := range numerals.Numbers(fr, numerals.French) {
		sn, _ = take(sn, v)
	}
	for _, v := range numerals.Numbers(en, numerals.English) {
		tn, _ = take(tn, v)
	}
	return sn, tn
}
