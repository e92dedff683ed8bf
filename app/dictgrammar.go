package app

import (
	"strings"

	"fyne.io/fyne/v2/lang"
)

// grammarNote writes a dictionary entry's grammar, which FreeDict gives in English abbreviations
// ("n, masc", "vt"), as the interface's language abbreviates it: « n. m. », « v. tr. » in French,
// as French dictionaries write them. An abbreviation it does not know is kept as written.
func grammarNote(g string) string {
	parts := strings.Split(g, ",")
	for i, p := range parts {
		parts[i] = grammarWord(strings.TrimSpace(p))
	}
	return strings.Join(parts, lang.X("dict.grammar.separator", ", "))
}

// grammarWord is one of FreeDict's grammar abbreviations in the interface's language.
func grammarWord(w string) string {
	switch w {
	case "n":
		return lang.X("dict.grammar.n", "n")
	case "masc":
		return lang.X("dict.grammar.masc", "masc")
	case "fem":
		return lang.X("dict.grammar.fem", "fem")
	case "v":
		return lang.X("dict.grammar.v", "v")
	case "vt":
		return lang.X("dict.grammar.vt", "vt")
	case "vi":
		return lang.X("dict.grammar.vi", "vi")
	case "adj":
		return lang.X("dict.grammar.adj", "adj")
	case "adv":
		return lang.X("dict.grammar.adv", "adv")
	case "prep":
		return lang.X("dict.grammar.prep", "prep")
	case "num":
		return lang.X("dict.grammar.num", "num")
	case "pron":
		return lang.X("dict.grammar.pron", "pron")
	case "int":
		return lang.X("dict.grammar.int", "int")
	case "conj":
		return lang.X("dict.grammar.conj", "conj")
	case "art":
		return lang.X("dict.grammar.art", "art")
	}
	return w
}
