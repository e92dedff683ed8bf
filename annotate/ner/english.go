package ner

import (
	"strings"
	"sync"
)

// EnglishName returns the usual English name of a French entity name, and whether one is known.
//
//   - LOC: CLDR country and area names (Russie → Russia, États-Unis → United States), the built-in list
//     of cities (Moscou → Moscow) and other places (Moyen-Orient → Middle East). A leading elided
//     article ("l'Irak") or article ("la Russie") is ignored.
//   - ORG: a small list of well-known institutions (Maison-Blanche → White House, ONU → UN), and names
//     composed of known parts (compose.go): "ministère russe des Affaires étrangères" → "Russian
//     Ministry of Foreign Affairs", "armée syrienne" → "Syrian Army".
//   - PER: the usual English spelling of the words of well-known names that French writes its own way
//     (Poutine → Putin, Netanyahou → Netanyahu, Kadhafi → Gaddafi; persons.go), then a conservative
//     transliteration of French spellings of Russian and other Slavic names,
//     applied only when the name shows a Slavic mark (ï, or a word ending in -ov, -ev, -ine, -ski,
//     -itch, -enko, -ouk): ï → i (Sergueï → Serguei), "gue"/"gui" → "ge"/"gi" before that
//     (Sergueï → Sergei), -itch → -ich, -ouk → -uk. Other spellings ("ou", "ch", "kh") are left
//     alone because the French forms are ambiguous. It reports false when nothing changed.
//   - Any other label: lookup in all the lists.
//
// Matching ignores case and accents.
func (m *Model) EnglishName(fr, label string) (string, bool) {
	return m.gaz.englishName(fr, label)
}

// sharedGazetteer is built on first use by EnglishName and never modified afterwards.
var sharedGazetteer = sync.OnceValue(newGazetteer)

// EnglishName is Model.EnglishName for callers without a model.
func EnglishName(fr, label string) (string, bool) {
	return sharedGazetteer().englishName(fr, label)
}

func (g *gazetteer) englishName(fr, label string) (string, bool) {
	fr = strings.TrimSpace(fr)
	if label == "PER" {
		return personEnglish(fr)
	}
	key := foldString(fr)
	if en, ok := g.english[key]; ok {
		return en, true
	}
	for _, art := range []string{"l'", "la ", "le ", "les ", "l' "} {
		if rest, ok := strings.CutPrefix(key, art); ok {
			if en, ok := g.english[strings.TrimSpace(rest)]; ok {
				return en, true
			}
		}
	}
	if label == "ORG" || label == "" {
		return g.composeEnglish(fr)
	}
	if en, ok := g.stateEnglish(key); ok && label == "LOC" {
		return en, true
	}
	return fr, false
}

var slavicEndings = []string{"ov", "ev", "ïev", "ine", "ski", "sky", "itch", "enko", "ouk", "ova", "eva", "aïa"}

// looksSlavic reports whether a name shows a mark of a French spelling of a Slavic name: ï, or a word
// ending in -ov, -ev, -ine, -ski, -itch, -enko, -ouk...
func looksSlavic(name string) bool {
	if strings.ContainsAny(name, "ïÏ") {
		return true
	}
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		for _, e := range slavicEndings {
			if strings.HasSuffix(lw, e) && len(lw) > len(e)+2 {
				return true
			}
		}
	}
	return false
}

// transliterate applies the conservative French→English respelling of Slavic names described at
// EnglishName.
func transliterate(name string) (string, bool) {
	words := strings.Fields(name)
	if !looksSlavic(name) {
		return name, false
	}
	for i, w := range words {
		words[i] = respell(w)
	}
	out := strings.Join(words, " ")
	return out, out != name
}

func respell(w string) string {
	r := strings.NewReplacer("guei", "gei", "gueï", "gei", "guï", "gi", "Guei", "Gei", "Gueï", "Gei")
	w = r.Replace(w)
	w = strings.NewReplacer("ï", "i", "Ï", "I").Replace(w)
	for _, s := range []struct{ fr, en string }{{"itch", "ich"}, {"ouk", "uk"}} {
		if strings.HasSuffix(w, s.fr) {
			w = strings.TrimSuffix(w, s.fr) + s.en
		}
	}
	return w
}
