package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Gazetteer entry kinds, one bit each.
const (
	gazCountry uint16 = 1 << iota
	gazRegion
	gazCity
	gazPlace
	gazLanguage
	gazInstitution
	gazTitle
	gazOrgWord
	gazFirstName
	gazKinds = iota
)

// gazPrefix marks a token sequence that begins a longer entry.
const gazPrefix uint16 = 1 << 15

// maxGazTokens bounds the length of gazetteer entries in tokens.
const maxGazTokens = 8

// gazetteer maps the hash of a folded token sequence to the kinds of entries it is, and holds the
// French→English names used by EnglishName.
type gazetteer struct {
	entries map[uint64]uint16
	english map[string]string // folded French name → English, for places and institutions
	// official holds the official names found whole after the tagger (officialnames.go).
	official officialIndex
}

// foldString lowercases s, strips the diacritics of Latin letters and normalises apostrophes, so
// that "États-Unis", "etats-unis" and "ETATS-UNIS" match. It is part of the model's features, so
// changing it means retraining.
func foldString(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '’' || r == 'ʼ':
			b.WriteByte('\'')
		case r == 'œ' || r == 'Œ':
			b.WriteString("oe")
		case r == 'æ' || r == 'Æ':
			b.WriteString("ae")
		default:
			b.WriteRune(foldRune(unicode.ToLower(r)))
		}
	}
	return b.String()
}

// foldRune strips the accent of a lower-case Latin letter.
func foldRune(r rune) rune {
	if r < 0xe0 || r > 0x17f {
		return r
	}
	if base := foldedLatin[r-0xe0]; base != 0 {
		return base
	}
	return r
}

// foldedLatin gives the base letter of each lower-case accented letter from U+00E0 to U+017F, 0 for
// the other runes there; a table, because foldString reads it for every letter of every token.
var foldedLatin = foldedLatinTable()

// foldedLatinTable builds foldedLatin from the accented letters of each base letter.
func foldedLatinTable() (t [0x180 - 0xe0]rune) {
	for _, g := range []struct {
		accented string
		base     rune
	}{
		{"àáâãäåāăą", 'a'}, {"çćĉċč", 'c'}, {"èéêëēĕėęě", 'e'}, {"ìíîïĩīĭįı", 'i'}, {"òóôõöøōŏő", 'o'},
		{"ùúûüũūŭůűų", 'u'}, {"ýÿ", 'y'}, {"ñńņňŉ", 'n'}, {"śŝşš", 's'}, {"źżž", 'z'}, {"ğĝġģ", 'g'},
		{"ďđ", 'd'}, {"ľłĺļ", 'l'}, {"řŕŗ", 'r'}, {"ţťŧ", 't'},
	} {
		for _, r := range g.accented {
			if t[r-0xe0] == 0 { // the first group holding a letter gives its base
				t[r-0xe0] = g.base
			}
		}
	}
	return t
}

// newGazetteer builds the gazetteer from CLDR (via golang.org/x/text) and the hand-written lists.
func newGazetteer() *gazetteer {
	g := &gazetteer{entries: map[uint64]uint16{}, english: map[string]string{}}
	g.addCLDR()
	for _, p := range cities {
		g.addPair(p, gazCity)
	}
	for _, p := range places {
		g.addPair(p, gazPlace)
	}
	for _, p := range institutions {
		g.addPair(p, gazInstitution)
	}
	g.addOfficialNames()
	for _, lists := range []struct {
		words []string
		kind  uint16
	}{{titles, gazTitle}, {orgWords, gazOrgWord}, {firstNames, gazFirstName}} {
		for _, w := range lists.words {
			g.add(w, lists.kind)
		}
	}
	return g
}

func (g *gazetteer) addPair(p namePair, kind uint16) {
	g.add(p.fr, kind)
	g.add(p.en, kind)
	if _, ok := g.english[foldString(p.fr)]; !ok {
		g.english[foldString(p.fr)] = p.en
	}
}

// addCLDR adds country and area names (ISO 3166 two-letter and UN M.49 three-digit codes) and
// language names, in French and English.
func (g *gazetteer) addCLDR() {
	g.addCLDRRegions()
	g.addCLDRLanguages()
}

// cldrRegionCodes lists every code a region may have: the two-letter codes AA to ZZ, then the
// three-digit codes 001 to 999.
func cldrRegionCodes() []string {
	var codes []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			codes = append(codes, string([]rune{a, b}))
		}
	}
	for n := 1; n < 1000; n++ {
		codes = append(codes, string(rune('0'+n/100))+string(rune('0'+n/10%10))+string(rune('0'+n%10)))
	}
	return codes
}

// addCLDRRegions adds the French and English names of the countries and areas CLDR names in both
// languages, leaving out the world (001) and the unknown region.
func (g *gazetteer) addCLDRRegions() {
	fr, en := display.French.Regions(), display.English.Regions()
	for _, c := range cldrRegionCodes() {
		r, err := language.ParseRegion(c)
		if err != nil {
			continue
		}
		kind := gazRegion
		if r.IsCountry() {
			kind = gazCountry
		}
		frName, enName := fr.Name(r), en.Name(r)
		if frName == "" || enName == "" || c == "001" || strings.Contains(enName, "Unknown") {
			continue
		}
		g.addPair(namePair{frName, enName}, kind)
	}
}

// addCLDRLanguages adds the French and English names of the languages with a two-letter code.
func (g *gazetteer) addCLDRLanguages() {
	frL, enL := display.French.Languages(), display.English.Languages()
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			base, err := language.ParseBase(string([]rune{a, b}))
			if err != nil {
				continue
			}
			t, err := language.Compose(base)
			if err != nil {
				continue
			}
			for _, name := range []string{frL.Name(t), enL.Name(t)} {
				if name != "" {
					g.add(name, gazLanguage)
				}
			}
		}
	}
}

// add records name (tokenised like text) as an entry of the given kind.
func (g *gazetteer) add(name string, kind uint16) {
	toks := tokenize(name)
	if len(toks) == 0 || len(toks) > maxGazTokens {
		return
	}
	h := gazSeed
	for i, t := range toks {
		h = gazMix(h, hashString(foldString(name[t.start:t.end])))
		if i < len(toks)-1 {
			g.entries[h] |= gazPrefix
		}
	}
	g.entries[h] |= kind
}

const gazSeed uint64 = 0x9e3779b97f4a7c15

func gazMix(h, x uint64) uint64 {
	h ^= x + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	return h * 0xff51afd7ed558ccd
}

// match marks, for each token, the kinds of the entries that begin at it (low 16 bits) and that
// continue through it (high 16 bits). foldHashes are hashString(foldString(token)).
func (g *gazetteer) match(foldHashes []uint64) []uint32 {
	out := make([]uint32, len(foldHashes))
	for i := range foldHashes {
		h := gazSeed
		for j := i; j < len(foldHashes) && j < i+maxGazTokens; j++ {
			h = gazMix(h, foldHashes[j])
			e, ok := g.entries[h]
			if !ok {
				break
			}
			if kinds := uint32(e &^ gazPrefix); kinds != 0 {
				out[i] |= kinds
				for k := i + 1; k <= j; k++ {
					out[k] |= kinds << 16
				}
			}
			if e&gazPrefix == 0 {
				break
			}
		}
	}
	return out
}
