package quotes

// summarySpeaker reads, at toks[k] opening the sentence after a quotation, a sentence that sums the
// quotation up as someone's view: "Tel est l'avis de Rudi Garcia", "Telle est l'analyse globale du
// ministre", "C'est le constat de la préfète". The person after de is the speaker.
func summarySpeaker(toks []tok, k int) (Span, SpeakerKind, bool) {
	if sp, kind, ok := termsCleft(toks, k); ok {
		return sp, kind, true
	}
	j := k
	switch {
	case j+1 < len(toks) && summaryTel[toks[j].low] && etre[toks[j+1].low]:
		j += 2
	case j+1 < len(toks) && toks[j].low == "c'" && (toks[j+1].low == "est" || toks[j+1].low == "était"):
		j += 2
	default:
		return Span{}, NoSpeaker, false
	}
	if j+2 >= len(toks) || !articles[toks[j].low] || !summaryNouns[toks[j+1].low] {
		return Span{}, NoSpeaker, false
	}
	j += 2
	if j < len(toks) && toks[j].word && !isOf(toks[j].low) && !prepositions[toks[j].low] { // "l'avis global de"
		j++
	}
	if j >= len(toks) || !isOf(toks[j].low) {
		return Span{}, NoSpeaker, false
	}
	if w := toks[j].low; w == "de" || w == "d'" {
		j++ // "de Rudi Garcia"; "du ministre" is read whole
	}
	if j >= len(toks) {
		return Span{}, NoSpeaker, false
	}
	sp, kind, next, ok := parAgent(toks, j)
	if !ok || kind == Pronoun || !personLike(toks, j, next, kind) {
		return Span{}, NoSpeaker, false
	}
	if (toks[j].low == "du" || toks[j].low == "des") && j+1 < next { // "du ministre" is de le ministre
		sp.Start = toks[j+1].start
	}
	return sp, kind, true
}

// termsCleft reads, at toks[k], a cleft that points back to the words of a quotation as the means of
// someone's act: "C'est par ces mots très forts que le président de la CEF a …", "C'est en ces termes
// que la ministre a conclu". The subject after que is the speaker.
func termsCleft(toks []tok, k int) (Span, SpeakerKind, bool) {
	j := k + 5
	if j >= len(toks) || toks[k].low != "c'" || toks[k+1].low != "est" && toks[k+1].low != "était" ||
		!termsPreps[toks[k+2].low] || toks[k+3].low != "ces" || !termsNouns[toks[k+4].low] {
		return Span{}, NoSpeaker, false
	}
	for n := 0; n < 3 && j < len(toks) && toks[j].word && toks[j].low != "que" && toks[j].low != "qu'"; n++ { // "très forts"
		j++
	}
	if j+1 >= len(toks) || toks[j].low != "que" && toks[j].low != "qu'" {
		return Span{}, NoSpeaker, false
	}
	sp, kind, next, ok := npRight(toks, j+1)
	if !ok || kind == Pronoun || !personLike(toks, j+1, next, kind) {
		return Span{}, NoSpeaker, false
	}
	if kind == Description && next+1 < len(toks) && toks[next].text == "," { // "le président de la CEF, Mgr X,"
		if nsp, nkind, nn, ok := npRight(toks, next+1); ok && nkind == Name && nn < len(toks) && toks[nn].text == "," {
			sp.End = nsp.End
		}
	}
	return sp, kind, true
}

var termsPreps = set("par en avec sur")

var termsNouns = set("mots termes paroles propos phrases")

var summaryTel = set("tel telle tels telles")

// summaryNouns are nouns of a view or of words that sum a quotation up.
var summaryNouns = set("avis constat analyse sentiment message credo conviction leçon discours verdict mot diagnostic point jugement " +
	"réaction explication explications propos avertissement souhait vœu crainte")

// ordinal reports whether w is a number written as a rank, "16e", "3ème", "2eme" (not "1er", which
// dates a month's first day).
func ordinal(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	switch w[i:] {
	case "e", "ème", "eme":
		return i > 0
	}
	return false
}

// purposeBefore reports whether the infinitive at toks[k] opens a purpose clause, after pour or afin
// de: there assurer means ensure, not assert ("afin d'assurer que les grévistes subissent les « … »").
func purposeBefore(toks []tok, k int) bool {
	return k >= 1 && toks[k-1].low == "pour" || k >= 2 && isOf(toks[k-1].low) && toks[k-2].low == "afin"
}
