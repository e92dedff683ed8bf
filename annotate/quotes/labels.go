package quotes

import "strings"

// Guillemets that label rather than quote: a law's usual name, a sign's slogan; and the words a
// dateline needs.

// lawNickname reports whether a one-word « … » after "la loi" or "le projet de loi" is the law's
// usual name, "la loi « immigration »", "le projet de loi « climat »": a label, not words said. "une
// loi « liberticide »" judges it, and stays a quotation.
func lawNickname(prev []tok, inner string) bool {
	n := len(prev)
	if n < 2 || prev[n-1].low != "loi" || strings.ContainsAny(inner, "  .!?…;:,") || inner == "" {
		return false
	}
	return prev[n-2].low == "la" || n >= 4 && prev[n-2].low == "de" && (prev[n-3].low == "projet" || prev[n-3].low == "proposition") && prev[n-4].low == "le"
}

// inscription reports whether a « … » follows a sign or a garment that bears it, maybe with a
// possessive or an article, or a participle of printing: "sous sa pancarte « … »", "une banderole
// « … »", "des T-shirts floqués « … »". Words written on a sign are a slogan no one is reported as
// saying.
func inscription(prev []tok) bool {
	n := len(prev)
	if n > 0 && prev[n-1].text == ":" {
		return signBeforeColon(prev[:n-1])
	}
	if n == 0 || !prev[n-1].word {
		return false
	}
	w := prev[n-1].low
	return inscriptionBearers[w] || inscriptionBearers[singular(w)] || strings.HasPrefix(w, "floqu") || strings.HasPrefix(w, "estampill") || strings.HasPrefix(w, "sigl")
}

// signBeforeColon reports whether toks, before a colon, end with a sign and its complements: "de
// petites affiches de modèle unique : « … »". A determiner, a verb or a conjunction after the sign
// ends its noun phrase ("sur ses panneaux le message suivant : « … »" announces a message, "brandit une
// pancarte et déclare :" someone's words).
func signBeforeColon(toks []tok) bool {
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-6; k-- {
		t := toks[k]
		if signs[t.low] || signs[singular(t.low)] {
			return true
		}
		fm, ok := lexicon()[t.low]
		if !t.word || determiners[t.low] || articles[t.low] || auxiliaries[t.low] || etre[t.low] || ok && fm.class == finite || coordinators[t.low] || t.low == "que" || t.low == "qui" {
			return false
		}
	}
	return false
}

var inscriptionBearers = set("pancarte banderole écriteau affichette t-shirt tee-shirt sweat badge autocollant")

// datelineWord reports whether toks hold a number, a month or a weekday, as a dateline does: a time
// noun alone opens a sentence ("Une fois le contexte posé, X dégaine :").
func datelineWord(toks []tok) bool {
	for _, t := range toks {
		if timeWords[t.low] || isDigitStart(t.low) {
			return true
		}
	}
	return false
}

// announcedContent reports whether a « … » follows a noun of a ground, a task or a programme and
// "suivant :": "interrogés pour le motif suivant : « … »", "la mission suivante : « … »". What follows
// is the content of the ground or the task, not words said; a message, a declaration or a question
// announced so stay quotations.
func announcedContent(prev []tok) bool {
	n := len(prev)
	return n >= 3 && prev[n-1].text == ":" && strings.HasPrefix(prev[n-2].low, "suivant") && contentNouns[singular(prev[n-3].low)]
}

var contentNouns = set("motif mission objectif accusation mandat programme libellé")
