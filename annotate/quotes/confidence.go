package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// confidence scores a group from its kind, its length and whether a reporting verb attributes it. The
// values for « … » are the share of such quotations the hand-annotated news sets hold as quotations
// (docs/quality.md): 0.99 of the long attributed ones, 0.90 of the short attributed, 0.87 of the long
// unattributed (0.83 in Wikinews, 0.93 in sentence-aligned translations), 0.11 of the short
// unattributed, 0.10 of the glosses and 0.02 of the names. A short unattributed « … » that is the
// predicate of être gets 0.7 (copulaPredicate), as does one coordinated with the quotation before it
// (coordinated, chain.go); an unattributed one holding a bracketed word 0.85 (edited).
func (f *finder) confidence(parts []part, grp *group) {
	long := f.long(parts)
	grp.ruled = false
	switch {
	case grp.title || grp.sign:
		grp.conf = 0.05
		return
	case grp.gloss && !grp.attrib:
		grp.conf = 0.1
		return
	}
	switch grp.kind {
	case dash:
		grp.conf = 0.85
		if grp.attrib {
			grp.conf = 0.9
		}
	case guillemet:
		grp.conf = pick(long, grp.attrib, 0.95, 0.85, 0.9, 0.15)
		if !long && !grp.attrib && f.copulaPredicate(grp, parts[0]) {
			grp.conf, grp.ruled = 0.7, true
		}
		if !grp.attrib && f.edited(parts) {
			grp.conf, grp.ruled = 0.85, true
		}
		if f.intertitle(parts, grp) || f.headlineLabel(parts, grp) { // a heading between paragraphs, a headline's hook
			grp.conf, grp.ruled = 0.1, true
		}
	default:
		grp.conf = pick(long, grp.attrib, 0.85, 0.6, 0.5, 0.15)
		if !long && f.guillemets { // a text that quotes in « » sets short "…" terms apart
			grp.conf = min(grp.conf, 0.4)
		}
	}
	if grp.kind != dash && f.pullQuote(parts, grp) { // a heading that repeats words quoted below
		grp.conf, grp.ruled = 0.1, true
	}
}

// long reports whether a quotation's parts hold five words or more, or sentence punctuation.
func (f *finder) long(parts []part) bool {
	words := 0
	for _, p := range parts {
		s := strings.Trim(f.text[p.Start:p.End], "«»“”\"—–- \u00a0\u202f")
		if words += wordCount(s, 5-words); words >= 5 || punctuated(s, ".!?…;:") {
			return true
		}
	}
	return false
}

func pick(long, attrib bool, la, l, sa, s float64) float64 {
	switch {
	case long && attrib:
		return la
	case long:
		return l
	case attrib:
		return sa
	}
	return s
}

// punctuated reports whether s holds one of the marks of set (punctuation), the dot of an initial
// aside ("Mohamed R."), which does not end a sentence.
func punctuated(s, set string) bool {
	if !strings.Contains(s, ".") {
		return strings.ContainsAny(s, set)
	}
	for w := range strings.FieldsSeq(s) {
		if !initial(w) && strings.ContainsAny(w, set) {
			return true
		}
	}
	return false
}

// initial reports whether the word w is a capital and a dot ("R.").
func initial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return w[n:] == "." && unicode.IsUpper(r)
}

// edited reports whether a quotation's words hold a word the writer put in square brackets ("se
// « [laisser] abattre »", "« [notre] combat »"): brackets mark a change made to someone's words, so the
// words are quoted. "[...]" alone, which cuts a document as well as a speech, does not count.
func (f *finder) edited(parts []part) bool {
	for _, p := range parts {
		s := f.text[p.Start:p.End]
		for i := strings.IndexByte(s, '['); i >= 0; i = strings.IndexByte(s, '[') {
			s = s[i+1:]
			j := strings.IndexByte(s, ']')
			if j < 0 {
				break
			}
			if strings.IndexFunc(s[:j], unicode.IsLetter) >= 0 {
				return true
			}
			s = s[j+1:]
		}
	}
	return false
}
