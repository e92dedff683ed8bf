package token

import "strings"

// Stem returns a light stem of a folded word (see Fold) for the language lang (a BCP 47 tag; "fr"
// and "en" have rules, other languages are returned unchanged). It strips plural and feminine marks
// and common verb endings, so "présidentes" and "président" share the stem "president"; it is a
// search key, not a lemma.
func Stem(lang, w string) string {
	switch primary(lang) {
	case "fr":
		return stemFrench(w)
	case "en":
		return stemEnglish(w)
	}
	return w
}

func primary(lang string) string {
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	return strings.ToLower(lang)
}

// frenchSuffixes are tried in order; the first that leaves at least three letters is removed.
var frenchSuffixes = []string{
	"issements", "issement", "ements", "ement", "aient", "erent", "eront", "erons", "erais", "erait",
	"ations", "ation", "antes", "ante", "ants", "ant", "euses", "euse", "eux", "ives", "ive", "ifs", "if",
	"ees", "ee", "es", "er", "ez", "ons", "ent", "ais", "ait", "ai", "e", "s", "x",
}

func stemFrench(w string) string {
	if len(w) <= 4 {
		return strings.TrimSuffix(w, "s")
	}
	if strings.HasSuffix(w, "aux") {
		return w[:len(w)-3] + "al"
	}
	if last := w[len(w)-1]; last == 's' || last == 'x' {
		w = w[:len(w)-1] // the plural first, so that singular and plural share the next rule
	}
	if len(w) > 5 && w[len(w)-1] == 'e' {
		w = w[:len(w)-1] // then the feminine
	}
	for _, suf := range frenchSuffixes {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

var englishSuffixes = []string{"ies", "ing", "ed", "es", "s"}

func stemEnglish(w string) string {
	if len(w) <= 3 || strings.HasSuffix(w, "ss") {
		return w
	}
	for _, suf := range englishSuffixes {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			if suf == "ies" {
				return w[:len(w)-3] + "y"
			}
			return w[:len(w)-len(suf)]
		}
	}
	return w
}
