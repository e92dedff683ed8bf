package qa

import (
	"fmt"
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
		sn, tn = withoutTimes(src, s.Target, sn, tn)
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
// time, leaves its numbers to be compared as before.
func withoutTimes(src, en string, sn, tn []string) ([]string, []string) {
	et := numerals.Times(en, numerals.English)
	for _, a := range numerals.Times(src, numerals.French) {
		for k, b := range et {
			if !numerals.Same(a.Value, b.Value) {
				continue
			}
			for _, v := range numerals.Numbers(src[a.Start:a.End], numerals.French) {
				sn, _ = take(sn, v)
			}
			for _, v := range numerals.Numbers(en[b.Start:b.End], numerals.English) {
				tn, _ = take(tn, v)
			}
			et = append(et[:k:k], et[k+1:]...)
			break
		}
	}
	return sn, tn
}
