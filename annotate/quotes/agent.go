package quotes

// colonAgent reads, in a clause ending with the colon that announces a quotation, the agent of a
// reporting verb in the passive that ends it: "Une hypothèse qui n'a pas été confirmée par les
// pompiers :", "Une version démentie par le ministère :" give the words to the pompiers and the
// ministère, not to the hypothèse or the version that the first noun phrase names. The agent must name
// a person or a group and run to the colon. toks ends with the colon.
func colonAgent(toks []tok) (Span, SpeakerKind, bool) {
	last := len(toks) - 1
	if last < 3 || toks[last].text != ":" {
		return Span{}, NoSpeaker, false
	}
	for p := last - 2; p >= 1; p-- {
		if toks[p].low != "par" {
			continue
		}
		w := toks[p-1].low
		if vf, ok := lexicon()[w]; !ok || vf.class != participle && !participleLike(w) {
			return Span{}, NoSpeaker, false
		}
		sp, kind, next, ok := npReaderAt(toks, p+1)(toks, p+1)
		if !ok || kind == Pronoun || next != last || !personLike(toks, p+1, next, kind) {
			return Span{}, NoSpeaker, false
		}
		return sp, kind, true
	}
	return Span{}, NoSpeaker, false
}

// interrupts are the forms of intervenir, which reports speech only right before the colon that
// announces it ("le prévenu intervient : « … »"): elsewhere an event takes place ("la cérémonie
// intervient après la « marche républicaine »").
var interrupts = set("intervient interviennent intervint intervinrent intervenait intervenaient")

// colonInterrupt reads "X intervient :" ending toks, the clause before a quotation: its cue and its
// subject, which a subordinate clause before it ("alors que la présidente poursuit …, le prévenu
// intervient :") does not give.
func colonInterrupt(toks []tok) (attribution, bool) {
	v := len(toks) - 2
	if v < 1 || toks[v+1].text != ":" || !interrupts[toks[v].low] {
		return attribution{}, false
	}
	sp, kind, ok := leftSubject(toks, v, false)
	if !ok {
		return attribution{}, false
	}
	return attribution{cue: Span{toks[v].start, toks[v].end}, speaker: sp, kind: kind}, true
}
