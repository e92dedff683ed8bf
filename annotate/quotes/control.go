package quotes

import "strings"

// Object control: after "voir X dire", "entendre X dire", "permettre à X de", "pousser X à", "amener X à", "conduire X à", "inciter X
// à", "obliger X à", "contraindre X à" or "encourager X à", the one who speaks by the infinitive is
// X, the object of the controlling verb, not its subject ("Ce chiffre a permis à la ministre de
// déclarer que « … »": the ministre declares; "C'est ce qui la pousse à affirmer que « … »": she
// affirms).

// controlStems are the stems of the verbs whose object is the subject of the infinitive after them.
var controlStems = []string{"pouss", "amen", "amèn", "conduis", "conduit", "incit", "oblig", "contrain", "encourag"}

// controlledSubject returns the object of a controlling verb before the preposition that opens the
// infinitive at toks[v]: a clitic before the verb ("la pousse à"), a noun phrase after it ("pousse le
// ministre à", "a permis à la ministre de").
func controlledSubject(toks []tok, v int) (Span, SpeakerKind, bool) {
	if sp, kind, ok := objectBefore(toks, v, perceptionVerb); ok { // "entendre X qualifier de « … »"
		return sp, kind, true
	}
	p := v - 1
	if p < 1 {
		return Span{}, NoSpeaker, false
	}
	switch toks[p].low {
	case "à":
		return objectBefore(toks, p, controlVerb)
	case "de", "d'":
		return objectBefore(toks, p, func(w string) bool { return strings.HasPrefix(w, "permi") || strings.HasPrefix(w, "permet") })
	}
	return Span{}, NoSpeaker, false
}

// perceptionVerbs are the forms of voir, entendre and constater, whose object is the subject of a bare
// infinitive after it: "On constate, dans la vidéo, X répéter la phrase « … »", "entendre X qualifier
// de « … »".
var perceptionVerbs = set("voir vu vue vus vues voit voient voyait voyaient verra entendre entendu entendue entendus entend entendent entendait entendaient constater constate constatent constaté constatait")

func perceptionVerb(w string) bool { return perceptionVerbs[w] }

// perceivedSpeaker reports whether the bare infinitive at toks[k] has its subject before it as the
// object of a perception verb (perceptionVerbs).
func perceivedSpeaker(toks []tok, k int) bool {
	_, _, ok := objectBefore(toks, k, perceptionVerb)
	return ok
}

// controlVerb reports whether w is a form of a verb of controlStems.
func controlVerb(w string) bool {
	for _, s := range controlStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// objectBefore reads the object of a verb accepted by isVerb before the preposition at toks[p]: the
// verb right before it with a clitic object before the verb (maybe over an auxiliary), or the verb
// followed by a noun phrase, after à for permettre, that runs up to the preposition.
func objectBefore(toks []tok, p int, isVerb func(string) bool) (Span, SpeakerKind, bool) {
	for k := p - 1; k >= 0 && k >= p-12; k-- {
		if !toks[k].word || !isVerb(toks[k].low) {
			continue
		}
		if k == p-1 {
			return cliticObject(toks, k)
		}
		n := skipAside(toks, k+1, p)
		sp, kind, end, ok := npRight(toks, n)
		switch toks[n].low {
		case "à":
			sp, kind, end, ok = npRight(toks, n+1)
		case "au", "aux": // "au ministre": the article is in au
			sp, kind, end, ok = description(toks, n)
		}
		if !ok || end > p || kind == Pronoun || !wordsOnly(toks[end:p]) {
			return Span{}, NoSpeaker, false
		}
		return sp, kind, true
	}
	return Span{}, NoSpeaker, false
}

// cliticObject returns the object clitic before the verb at toks[k], over an auxiliary: "la pousse",
// "l'a poussé".
func cliticObject(toks []tok, k int) (Span, SpeakerKind, bool) {
	j := k - 1
	if j >= 0 && auxiliaries[toks[j].low] {
		j--
	}
	if j < 0 {
		return Span{}, NoSpeaker, false
	}
	switch toks[j].low {
	case "la", "le", "l'", "les":
		return Span{toks[j].start, toks[j].end}, Pronoun, true
	}
	return Span{}, NoSpeaker, false
}

// skipAside returns the index after a phrase set off by commas that opens at toks[n], before toks[p]
// ("constate, dans cette vidéo, X"), or n.
func skipAside(toks []tok, n, p int) int {
	if n >= p || toks[n].text != "," {
		return n
	}
	for j := n + 1; j < p; j++ {
		if toks[j].text == "," {
			return j + 1
		}
	}
	return n
}

// wordsOnly reports whether toks holds words only, no punctuation.
func wordsOnly(toks []tok) bool {
	for _, t := range toks {
		if !t.word {
			return false
		}
	}
	return true
}
