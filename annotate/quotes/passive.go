package quotes

import (
	"strings"
	"unicode"
)

// Quotations governed by être: a reporting verb in the passive ("Elle est accusée de « … »") and a
// quotation that is the predicate of its sentence's subject ("Il est ensuite « débarqué … »").

// copulaPredicate reports whether the quotation part p of grp, which opens in lower case, is the
// predicate of a finite form of être, maybe after adverbs: "François de Rugy est « agréablement
// surpris »", "Il est néanmoins « très sceptique »", "cette forme de racisme ne serait « pas
// isolée »". What a subject is said to be, in guillemets, is someone's judgement in their words, so the
// annotators hold it a quotation: on the development sets, all 32 short ones that a reporting verb
// attributes (17 sets), and 4 of the 5 that none does, which were scored as terms (the fifth names a
// theme, « Nous sommes une famille », in capitals). A participle after été is a passive ("ont été
// « légèrement blessées »", none of three a quotation) and "être" an infinitive ("pour être « mis en
// cause »"): neither counts.
func (f *finder) copulaPredicate(grp *group, p part) bool {
	_, _, ok := f.copula(grp, p)
	return ok
}

// copula returns the tokens of p's sentence before it and the index of the form of être whose
// predicate p is (copulaPredicate).
func (f *finder) copula(grp *group, p part) ([]tok, int, bool) {
	inner := strings.TrimLeft(f.text[p.Start:p.End], "« \u00a0\u202f")
	if r, _ := decode(inner, 0); !unicode.IsLower(r) {
		return nil, 0, false
	}
	toks := f.tokensOutside(f.sentenceStart(f.lines[grp.line].Start, p.Start), p.Start)
	j := len(toks) - 1
	for j >= 0 && toks[j].word && (isAdverb(toks[j].low) || oneWordFiller(toks[j].low)) {
		j--
	}
	ok := j >= 0 && toks[j].word && etre[toks[j].low] && toks[j].low != "être" && toks[j].low != "étant"
	return toks, j, ok
}

// copulaSubject returns the subject of the être whose predicate the quotation part p is, when it names
// someone: what a person or a group "is", in guillemets, are their words about themselves ("François
// de Rugy, ministre …, est « agréablement surpris »"), as the annotators read it. A thing's subject
// ("Le projet est « très ambitieux »") says nothing of who judged it.
func (f *finder) copulaSubject(grp *group, p part) (Span, SpeakerKind, bool) {
	toks, j, ok := f.copula(grp, p)
	if !ok {
		return Span{}, NoSpeaker, false
	}
	sp, kind, ok := leftSubject(toks, j, false)
	if !ok {
		return Span{}, NoSpeaker, false
	}
	if from, to := spanToks(toks, sp); from < 0 || !personLike(toks, from, to, kind) {
		return Span{}, NoSpeaker, false
	}
	return sp, kind, true
}

// oneWordFiller reports whether w is a filler of one word ("néanmoins", "pas", "hier").
func oneWordFiller(w string) bool {
	for _, fl := range fillers {
		if len(fl) == 1 && fl[0] == w {
			return true
		}
	}
	return false
}

// passiveReport reports whether toks, the words before a quotation, end with a reporting verb in the
// passive: "est accusée de", "est aussi décrit comme", "a été qualifié de".
func passiveReport(toks []tok) bool {
	k := len(toks) - 1
	if k >= 0 && (isOf(toks[k].low) || toks[k].low == "comme") {
		k--
	}
	if k < 1 || !toks[k].word {
		return false
	}
	if f, ok := lexicon()[toks[k].low]; !ok || f.class != participle && f.class != finite {
		return false
	}
	j := k - 1
	for j >= 0 && toks[j].word && isAdverb(toks[j].low) {
		j--
	}
	return j >= 0 && (etre[toks[j].low] || toks[j].low == "été")
}

// reducedPassive reports whether toks end with a reporting participle and de or comme right after a
// noun, a passive without être: "un changement qualifié de".
func reducedPassive(toks []tok) bool {
	k := len(toks) - 1
	if k < 2 || !isOf(toks[k].low) && toks[k].low != "comme" {
		return false
	}
	f, ok := lexicon()[toks[k-1].low]
	return ok && f.class == participle && toks[k-2].word && !auxiliaries[toks[k-2].low] && !etre[toks[k-2].low]
}

// etrePredicate reports whether toks, the words before a quotation, end with a form of être, maybe
// followed by adverbs: the quotation then says what the subject is, and the subject does not speak.
func etrePredicate(toks []tok) bool {
	j := len(toks) - 1
	for j >= 0 && toks[j].word && isAdverb(toks[j].low) {
		j--
	}
	return j >= 0 && toks[j].word && (etre[toks[j].low] || toks[j].low == "été")
}

// passive attributes the quotation parts ps reported by the passive participle ending toks (maybe
// before de or comme) to its agent after it, or, when orPrevious, to who reports in the sentence before
// ws. The participle is the cue and the quotation counts as attributed.
func (f *finder) passive(grp *group, ps []part, toks []tok, ws int, orPrevious bool) {
	ln := f.lines[grp.line]
	sp, kind, ok := f.agentAfter(ps[len(ps)-1], f.lines[grp.lineOf(f, ps[len(ps)-1])].End)
	if !ok {
		sp, kind, ok = documentOpening(toks) // "Dans un texte commun …, l'implication … est jugée comme « … »"
	}
	if !ok && orPrevious {
		sp, kind, ok = f.previousAgent(ln.Start, ws)
	}
	if !ok {
		return
	}
	k := len(toks) - 1
	if isOf(toks[k].low) || toks[k].low == "comme" {
		k--
	}
	grp.speaker, grp.skind, grp.inferred = sp, kind, true
	grp.cue, grp.attrib = Span{toks[k].start, toks[k].end}, true
	f.confidence(ps, grp)
}

// documentOpening reads "Dans un communiqué X," opening the sentence toks: a document (a text, a
// letter, a report) in which what follows is written.
func documentOpening(toks []tok) (Span, SpeakerKind, bool) {
	if len(toks) < 4 || toks[0].low != "dans" || !determiners[toks[1].low] || !groups[singular(toks[2].low)] {
		return Span{}, NoSpeaker, false
	}
	for c := 3; c < len(toks) && c <= 14; c++ { // the noun phrase runs to the comma
		if toks[c].text == "," {
			return Span{toks[1].start, toks[c-1].end}, Description, true
		}
		if !toks[c].word && toks[c].text != "'" && toks[c].text != "-" {
			break
		}
	}
	return Span{}, NoSpeaker, false
}

// agentBefore reads a reporting participle with its agent before de and the quotation that toks
// precede: "qualifié par les enquêteurs d'« … »". It returns the agent and the participle.
func agentBefore(toks []tok) (Span, SpeakerKind, Span, bool) {
	n := len(toks)
	if n >= 5 && articles[toks[n-1].low] && toks[n-2].low == "comme" { // "considérées par X comme une « … »"
		n--
	}
	if n < 4 || !isOf(toks[n-1].low) && toks[n-1].low != "comme" {
		return Span{}, NoSpeaker, Span{}, false
	}
	for k := n - 2; k >= 1 && k >= n-12; k-- {
		if toks[k].low != "par" {
			continue
		}
		if f, ok := lexicon()[toks[k-1].low]; !ok || f.class != participle {
			return Span{}, NoSpeaker, Span{}, false
		}
		if sp, kind, ok := agentUpTo(toks, k+1, n-1); ok {
			return sp, kind, Span{toks[k-1].start, toks[k-1].end}, true
		}
		return Span{}, NoSpeaker, Span{}, false
	}
	return Span{}, NoSpeaker, Span{}, false
}

// impersonal reports whether the pronoun il at toks[i] is impersonal: "il est inutile de", "il faut",
// "il y a", "il s'agit".
func impersonal(toks []tok, i int, kind SpeakerKind) bool {
	if kind != Pronoun || toks[i].low != "il" || i+1 >= len(toks) {
		return false
	}
	w := toks[i+1].low
	return etre[w] || w == "faut" || w == "fallait" || w == "y" || w == "s'" || w == "semble" || w == "paraît"
}

// agentAfter reads the agent right after a quotation reported in the passive: "qualifié de « … » par
// ses détracteurs".
func (f *finder) agentAfter(p part, lineEnd int) (Span, SpeakerKind, bool) {
	sp, kind, _, ok := f.agentAfterCue(p, lineEnd)
	return sp, kind, ok
}

// agentAfterCue is agentAfter that also returns the reporting participle written after the quotation
// ("« … » est déploré par X", "« … » lancée par X"), or an empty span.
func (f *finder) agentAfterCue(p part, lineEnd int) (Span, SpeakerKind, Span, bool) {
	toks := f.tokensOutside(p.End, min(lineEnd, p.End+maxIncise))
	k := 0
	if len(toks) > 0 && toks[0].text == "," {
		k++
	}
	if k+1 < len(toks) && (etre[toks[k].low] || toks[k].low == "été") { // "« … » est déploré par"
		k++
	}
	cue, ok := passiveParticiple(toks, k) // "« … » lancée par le député"
	if ok {
		k++
	}
	if k+1 >= len(toks) || toks[k].low != "par" {
		return Span{}, NoSpeaker, Span{}, false
	}
	k++
	sp, kind, next, ok2 := parAgent(toks, k)
	if !ok2 || dateLike(toks, k, next) {
		return Span{}, NoSpeaker, Span{}, false
	}
	// Without a participle between, par may be the agent of a participle inside the quotation: "le
	// maire est « profondément choqué » par ces dégradations" names a cause, not a speaker, so the agent
	// must then be someone.
	if ok || personLike(toks, k, next, kind) { // the agent of a reporting verb speaks
		return sp, kind, cue, true
	}
	return Span{}, NoSpeaker, Span{}, false
}

// passiveCueBefore returns the passive reporting participle that governs a quotation starting at at,
// its agent written after the quotation: "est décrit comme un « … »", "qualifiée d'« … »"; or an empty
// span.
func (f *finder) passiveCueBefore(ws, at int) Span {
	toks := f.tokensOutside(max(ws, at-maxIncise), at)
	k := len(toks) - 1
	if k >= 0 && determiners[toks[k].low] {
		k--
	}
	if k >= 0 && (toks[k].low == "comme" || isOf(toks[k].low)) {
		k--
	}
	k = skipFillersLeft(toks, k)
	if k < 0 {
		return Span{}
	}
	cue, _ := passiveParticiple(toks, k)
	return cue
}

// passiveParticiple returns toks[k] if it is a reporting participle, or a form read as one after être,
// whose agent may follow: "lancée par", "est déploré par".
func passiveParticiple(toks []tok, k int) (Span, bool) {
	if k >= len(toks) || !toks[k].word {
		return Span{}, false
	}
	if fm, ok := lexicon()[toks[k].low]; ok && (fm.class == participle || passiveAfterEtre(toks, k)) {
		return Span{toks[k].start, toks[k].end}, true
	}
	return Span{}, false
}

// parAgent reads the agent of a passive starting at toks[k], right after par: a noun phrase, a
// description when it opens with des or du ("par des associations"), which npRight leaves alone.
func parAgent(toks []tok, k int) (Span, SpeakerKind, int, bool) {
	if w := toks[k].low; w == "des" || w == "du" {
		return description(toks, k)
	}
	return npRight(toks, k)
}

// previousAgent returns who reports in the sentence before the one starting at ws, for a quotation
// reported in the passive without an agent ("Cette pratique est dénoncée par des associations. Elle est
// accusée de « … »"): the agent introduced by par after a reporting participle, else the subject of the
// sentence's reporting verb. It must name a person, a group or a document.
func (f *finder) previousAgent(lineStart, ws int) (Span, SpeakerKind, bool) {
	if ws <= lineStart {
		if lineStart, ws = f.lineBefore(lineStart); ws <= lineStart {
			return Span{}, NoSpeaker, false
		}
	}
	toks := f.tokensOutside(f.sentenceStart(lineStart, ws-1), ws)
	for k := len(toks) - 2; k >= 1; k-- {
		if toks[k].low != "par" {
			continue
		}
		if fm, ok := lexicon()[toks[k-1].low]; !ok || fm.class != participle {
			continue
		}
		if sp, kind, next, ok := parAgent(toks, k+1); ok && personLike(toks, k+1, next, kind) {
			return sp, kind, true
		}
	}
	a, ok := clauseToks(toks, len(toks))
	if !ok || a.speaker.Empty() || a.kind == Pronoun {
		return Span{}, NoSpeaker, false
	}
	if from, to := spanToks(toks, a.speaker); from >= 0 && personLike(toks, from, to, a.kind) {
		return a.speaker, a.kind, true
	}
	return Span{}, NoSpeaker, false
}

// lineBefore returns the line right before the one starting at lineStart, without its trailing spaces,
// when it ends a sentence: in text cut one sentence a line, the sentence before a line's first one is
// the line before. A blank line or a line ending otherwise (a headline, a dateline) gives an empty span.
func (f *finder) lineBefore(lineStart int) (int, int) {
	if lineStart < 2 || f.text[lineStart-1] != '\n' {
		return 0, 0
	}
	end := len(strings.TrimRightFunc(f.text[:lineStart-1], func(r rune) bool { return isSpace(r) && r != '\n' }))
	if end == 0 || f.text[end-1] == '\n' {
		return 0, 0
	}
	if r, _ := decodeLast(f.text, end); !sentenceFinal(r) {
		return 0, 0
	}
	return strings.LastIndexByte(f.text[:end], '\n') + 1, end
}

// agentUpTo reads the agent after par at toks[k], which must run to toks[end]: a noun phrase, maybe
// going on with a participle phrase ("par son opposition basée à Dakar"), which is left out of it.
func agentUpTo(toks []tok, k, end int) (Span, SpeakerKind, bool) {
	sp, kind, next, ok := parAgent(toks, k)
	switch {
	case !ok:
	case next < end && next-1 > k && participleRun(toks, next-1, end): // the noun phrase took the participle in
		sp, next = Span{sp.Start, toks[next-2].end}, end
	case participleRun(toks, next, end):
		next = end
	}
	return sp, kind, ok && next == end
}

// participleRun reports whether toks[k:end] is a participle phrase of words with no verb form
// ("basée dans la capitale"), which qualifies the noun phrase before it.
func participleRun(toks []tok, k, end int) bool {
	return k < end && end-k <= 6 && participleLike(toks[k].low) && verbless(toks[k+1:end])
}
