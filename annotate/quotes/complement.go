package quotes

// complementPreps introduce a name that completes a noun phrase rather than being its head: "la
// mairie de Lyon", "l'institut basé à Toulouse".
var complementPreps = set("de d' du des à au aux pour")

// complementHead reads the noun phrase that the name starting at toks[s] completes, over a chain of
// complements, when a reporting verb follows: "le ministre de l'Intérieur de la Belgique", "la station
// de ski de Megève", "un militant présent à Nantes" speak, not the place they name. The head is a
// description opened by a determiner, or a bare title after a comma that a name stands before ("Marc
// Delorme, vice-président du Gabon"), which is then that name's apposition.
func complementHead(toks []tok, s int, afterPrep bool) (Span, SpeakerKind, bool) {
	for hops := 0; hops < 5; hops++ {
		if s >= 3 && appositionNoun(toks, s-1) {
			switch w := toks[s-2].low; {
			case complementPreps[w]:
				s-- // "du parti Les Républicains": the name stands in apposition to parti
			case determiners[w]:
				s -= 2 // "de la région Île-de-France"
			}
		}
		if s < 2 || !toks[s-1].word || !complementPreps[toks[s-1].low] || !toks[s-2].word {
			return Span{}, NoSpeaker, false
		}
		k := s - 2
		if isUpperStart(toks[k].text) {
			if !nameWordLeft(toks[k]) {
				return Span{}, NoSpeaker, false
			}
			s = nameLeft(toks, k) // "de l'Intérieur de la Belgique"
			continue
		}
		i, ok := headWordsLeft(toks, k)
		if !ok {
			return Span{}, NoSpeaker, false
		}
		switch {
		case i >= 0 && i < k && isUpperStart(toks[i].text) && nameWordLeft(toks[i]):
			s = nameLeft(toks, i) // "la porte-parole des Gilets jaunes du Val-d'Oise"
			continue
		case i < 0 || toks[i].text == "," || isConj(toks[i].low):
			if !speakingHead(toks, i+1, k+1) {
				return Span{}, NoSpeaker, false
			}
			return bareHead(toks, i)
		case determiners[toks[i].low] && !(isOf(toks[i].low) && !clauseOpens(toks, i)):
			if i >= 2 && complementPreps[toks[i-1].low] {
				s = i // "la station de ski de Megève"
				continue
			}
			if !speakingHead(toks, i+1, k+1) {
				return Span{}, NoSpeaker, false
			}
			sp, kind, ok := determinerLeft(toks, i, 0, afterPrep)
			return sp, kind, ok && kind == Description
		case complementPreps[toks[i].low]:
			s = i + 1 // "l'institut de météorologie basé à Toulouse"
			continue
		}
		return Span{}, NoSpeaker, false
	}
	return Span{}, NoSpeaker, false
}

// headWordsLeft skips leftwards over at most four lower-case content words ending at toks[k] (a noun
// and its adjectives or participle) and returns the index of the token before them, -1 at the text's
// start; false when a word there cannot belong to a noun phrase.
func headWordsLeft(toks []tok, k int) (int, bool) {
	for i := k; i >= 0; i-- {
		t := toks[i]
		if !t.word || isUpperStart(t.text) || determiners[t.low] || stopNP[t.low] || isConj(t.low) {
			return i, true
		}
		if i <= k-4 || functionWords[t.low] || auxiliaries[t.low] || etre[t.low] || subjectPronouns[t.low] || clitics[t.low] {
			return i, false
		}
	}
	return -1, true
}

// bareHead reads a head without determiner that opens the clause after toks[i]: the apposition of the
// name before the comma at toks[i] ("Marc Delorme, premier vice-président du Gabon"), else a
// description at the text's start.
func bareHead(toks []tok, i int) (Span, SpeakerKind, bool) {
	if i >= 1 && toks[i].text == "," {
		if sp, kind, ok := npLeft(toks, i-1); ok && kind == Name {
			return sp, Name, true
		}
		return Span{}, NoSpeaker, false
	}
	if i < 0 {
		return Span{toks[0].start, toks[0].end}, Description, true
	}
	return Span{toks[i+1].start, toks[i+1].end}, Description, true
}

// speakingHead reports whether the words toks[from:to] before a complement hold a noun of person or of a
// group that speaks for itself ("la mairie", "un militant présent"). A document's complement is its
// author ("un communiqué de l'Élysée"), and a noun of neither kind gives no reason to pass the name over.
func speakingHead(toks []tok, from, to int) bool {
	for j := max(from, 0); j < to; j++ {
		w := toks[j].low
		if documents[w] || documents[singular(w)] {
			return false
		}
		if people[w] || people[singular(w)] || groups[w] || groups[singular(w)] || agentNoun(w) {
			return true
		}
	}
	return to-from == 1 && from >= 0 && formerNouns[toks[from].low] // "l'ancien du Parti"
}

// formerNouns are the adjectives that, alone after a determiner, name a person: "l'ancien du Parti
// pour l'indépendance du Royaume-Uni", a former member.
var formerNouns = set("ancien ancienne anciens anciennes")

// placeNouns are the common nouns of a place that a place's name may stand in apposition to: "la
// région Île-de-France", "la ville de Lyon" (where de introduces the name).
var placeNouns = set(`région régions ville villes département province commune canton pays république
île état capitale territoire`)

// appositionNoun reports whether the lower-case toks[i] is a noun of a place or of a group that the
// name after it stands in apposition to ("la région Île-de-France", "le parti Les Républicains"), so
// that the name completes what that noun completes.
func appositionNoun(toks []tok, i int) bool {
	w := toks[i].low
	return toks[i].word && !isUpperStart(toks[i].text) && (placeNouns[w] || groups[w] && !documents[w])
}
