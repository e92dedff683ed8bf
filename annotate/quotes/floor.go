package quotes

import "strings"

// floorGiven reads, in the sentence before a quotation that has no attribution of its own, the person
// given the floor: "Il préfère laisser la parole à son épouse Nathalie. « Mon mari a … »" are
// Nathalie's words, not his. The verb is one that hands speech over (laisser, donner, passer, céder,
// rendre la parole), and the person, a name or a noun of person ("à la justice" is none), ends the
// sentence.
func floorGiven(toks []tok) (Span, SpeakerKind, bool) {
	for p := 2; p+2 < len(toks); p++ {
		if toks[p].low != "parole" || toks[p-1].low != "la" || toks[p+1].low != "à" || !handsOver(toks[p-2].low) {
			continue
		}
		sp, kind, next, ok := npRight(toks, p+2)
		if !ok || kind == Pronoun || next < len(toks) && !strings.Contains(".!", toks[next].text) {
			return Span{}, NoSpeaker, false
		}
		if !personLike(toks, p+2, next, kind) || kind == Description && personHead(toks, p+2, next) < 0 {
			return Span{}, NoSpeaker, false
		}
		return sp, kind, true
	}
	return Span{}, NoSpeaker, false
}

// handsOver reports whether w is a form of a verb that, before "la parole à", hands speech over.
func handsOver(w string) bool {
	for _, stem := range []string{"laiss", "donn", "redonn", "pass", "repass", "céd", "cèd", "rend"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}
