package spell

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// A translator who types "cafe" or "resume" means the loanword the dictionary holds with its accents
// ("café", "résumé": SCOWL's accented words and accentedEnglish); by edit distance alone the accented
// form came after "cage", "care" and "cave", or not at all when its accents were more than two edits
// ("tete-a-tete"). So the dictionary files its accented words under their letters without accents,
// and Suggest offers first those that read as the word once the accents are put back.

// unaccentedIndex maps the lower-case, unaccented form of each accented word of a dictionary to the
// words it stands for.
type unaccentedIndex map[string][]string

// accentedFor returns the dictionary's accented words that read as lower (lower case, no accents),
// built at the first call.
func (d *Dictionary) accentedFor(lower string) []string {
	d.plainOnce.Do(func() {
		ix := unaccentedIndex{}
		for _, w := range d.list {
			if isASCII(w) {
				continue
			}
			if p := unaccented(strings.ToLower(w)); p != strings.ToLower(w) {
				ix[p] = append(ix[p], w)
			}
		}
		d.plain = ix
	})
	return d.plain[lower]
}

// unaccented returns s without its combining marks: "café" and "cafe\u0301" give "cafe", "naïve"
// "naive", "señor" "senor".
func unaccented(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}
