package quotes

// summarySpeaker reads, at toks[k] opening the sentence after a quotation, a sentence that sums the
// quotation up as someone's view: "Tel est l'avis de Rudi Garcia", "Telle est l'analyse globale du
// ministre", "C'est le constat de la préfète". The person after de is the speaker.
func summarySpeaker(toks []tok, k int) (Span, SpeakerKind, bool) {
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

var summaryTel = set("tel telle tels telles")

// summaryNouns are nouns of a view or of words that sum a quotation up.
var summaryNouns = set("avis constat analyse sentiment message credo conviction leçon discours verdict mot diagnostic point jugement " +
	"réaction explication explications propos avertissement souhait vœu crainte")

// gerundColon reports whether the group's cue is a present participle opening its sentence, whose
// few words end in a colon right before part p: "Poursuivant ensuite son analyse : « … »", "Ajoutant
// à l'adresse des élus : « … »". With no subject, it goes on with the speaker before, as a narrative
// infinitive does; the noun phrase after it is its object.
func (f *finder) gerundColon(grp *group, p part) bool {
	if grp.cue.Empty() || p.Start < grp.cue.End {
		return false
	}
	if vf, ok := cueForm(f.text[grp.cue.Start:grp.cue.End]); !ok || vf.class != gerund {
		return false
	}
	ln := f.lines[grp.line]
	if grp.cue.Start < ln.Start || p.Start > ln.End || f.sentenceStart(ln.Start, grp.cue.Start) != grp.cue.Start {
		return false
	}
	toks := tokenize(f.text, grp.cue.End, p.Start)
	if len(toks) == 0 || len(toks) > 8 || toks[len(toks)-1].text != ":" {
		return false
	}
	for _, t := range toks[:len(toks)-1] {
		if !t.word {
			return false
		}
	}
	return true
}

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
