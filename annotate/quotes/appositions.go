package quotes

import "strings"

// appositionOpening reports whether the lone capitalised word at toks[k] opens its sentence as the
// adjective of a detached apposition about the subject that follows its comma: "Fidèle soutien, le
// président a promis « … »", "Ancien ministre de la Défense, Anne Martin a dénoncé …", "Farouche
// opposant au projet, le maire …". The word after it is a lower-case noun of person, with its comma or
// a complement after it; the apposition holds no verb, and a determiner or a name opens the subject
// after its comma.
func appositionOpening(toks []tok, k int) bool {
	if k > 0 && !sentenceStop(toks[k-1].text) || k+2 >= len(toks) {
		return false
	}
	n := toks[k+1]
	if PersonNoun(toks[k].low) || titles[toks[k].low] || !n.word || n.text != n.low || !PersonNoun(n.low) && !agentNoun(n.low) && !appositionNouns[n.low] {
		return false // "Oncle meunier, …" is a title and a name
	}
	if after := toks[k+2].low; after != "," && !isOf(after) && after != "à" && after != "au" && after != "aux" {
		return false // "Oncle meunier placé entre eux, …": the noun has no complement but a participle
	}
	for j := k + 2; j < len(toks) && j <= k+10; j++ {
		if toks[j].text != "," {
			continue
		}
		if j > k+2 && !verbless(toks[k+2:j]) || j+1 >= len(toks) {
			return false
		}
		s := toks[j+1]
		return determiners[s.low] && !isOf(s.low) || isUpperStart(s.text) && s.word
	}
	return false
}

// appositionNouns are nouns of persons by their bond to someone, which an apposition gives a subject
// ("Fidèle allié de Kiev, le président …") and people, read as nouns of office, leaves out.
var appositionNouns = set("soutien soutiens allié alliée alliés alliées adversaire adversaires rival rivale rivaux pilier figure ténor cadre")

// namingParticiples give the name of the noun before them ("l'opération baptisée Sentinelle"): the
// name is part of an object, not the subject of a participle that follows its comma.
var namingParticiples = set("baptisé baptisée baptisés baptisées nommé nommée nommés nommées appelé appelée appelés appelées " +
	"dénommé dénommée dénommés dénommées intitulé intitulée intitulés intitulées surnommé surnommée surnommés surnommées")

// participleApposition reports whether toks[k], after an incise's subject and its comma, opens a
// participle phrase describing the speaker: a past participle and a preposition, "venue de Normandie
// avec ses deux fils", "âgé de 36 ans", "installée à Brest depuis dix ans".
func participleApposition(toks []tok, k int) bool {
	if k+1 >= len(toks) || !toks[k].word || !prepositions[toks[k+1].low] {
		return false
	}
	w := toks[k].low
	for _, suf := range []string{"é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// frontedCircumstance returns the index after a circumstance that opens a sentence at toks[k] and ends
// at a comma, before the subject: "Au téléphone, la policière …", "Sous le choc d'une nuit « infernale
// », cette habitante …". It opens with a preposition and holds no verb; else k.
func frontedCircumstance(toks []tok, k int) int {
	if k >= len(toks) || !frontPreps[toks[k].low] {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+10; j++ {
		switch t := toks[j]; {
		case t.text == ",":
			if j+1 < len(toks) && toks[j+1].word && !isUpperStart(toks[j+1].text) && verbless(wordsOf(toks[k:j])) {
				return j + 1
			}
			return k
		case !t.word && t.text != "«»":
			return k
		}
	}
	return k
}

// frontPreps open a circumstance fronted before a sentence's subject.
var frontPreps = set("au à sous dans sur devant face depuis pendant après avant lors chez en")

// wordsOf returns the words of toks, without the placeholders of quotations.
func wordsOf(toks []tok) []tok {
	out := make([]tok, 0, len(toks))
	for _, t := range toks {
		if t.word {
			out = append(out, t)
		}
	}
	return out
}

// absoluteOpening returns the index after the comma of an absolute participle clause opening toks,
// "Une fois le contexte posé,", "Le décor planté,", whose noun is not the subject of the main clause;
// or 0. The clause is a noun phrase ending with a past participle in -é, maybe after "une fois".
func absoluteOpening(toks []tok) int {
	k := 0
	if len(toks) > 2 && toks[0].low == "une" && toks[1].low == "fois" {
		k = 2
	}
	if k >= len(toks) || !determiners[toks[k].low] {
		return 0
	}
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if !toks[j].word {
			if toks[j].text == "," && j > k+2 && pastParticipleLike(toks[j-1].low) {
				return j + 1
			}
			return 0
		}
	}
	return 0
}

// pastParticipleLike reports whether w ends as a first-group past participle: -é, -ée, -és, -ées.
func pastParticipleLike(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "s"), "e")
	return strings.HasSuffix(w, "é") && len(w) > 3
}

// colonRelative reads, in the words before a colon, a relative clause set off by a comma that runs to
// the colon, whose antecedent is a person: "Une explication insuffisante aux yeux de Saïd, qui compte
// demander conseil à un avocat :". The one the relative describes is the one who goes on to speak.
// A name after a noun and de that names no person ("aux yeux de Saïd") is the antecedent alone.
func colonRelative(toks []tok) (Span, SpeakerKind, bool) {
	for k := len(toks) - 2; k >= 1; k-- {
		if !toks[k].word && toks[k].text != "," {
			return Span{}, NoSpeaker, false
		}
		if toks[k].low == "qui" && toks[k-1].text == "," {
			if sp, kind, ok := quiAntecedent(toks, k); ok {
				return sp, kind, true
			}
			if j := k - 2; j >= 0 && toks[j].word && isUpperStart(toks[j].text) { // "aux yeux de Saïd, qui": the name alone
				return Span{toks[nameLeft(toks, j)].start, toks[j].end}, Name, true
			}
			return Span{}, NoSpeaker, false
		}
	}
	return Span{}, NoSpeaker, false
}
