package quotes

import "strings"

// chain gives a group without attribution that of a neighbour in the same sentence, joined to it only
// by connectives: backward from the next group ("« … », mais « … », a affirmé X"; "« … » « … », a
// répondu X"), else forward from the previous one.
func (f *finder) chain(order []int, byGroup [][]part, backward bool) {
	n := len(order)
	for i := range order {
		idx, nb := i, i-1
		if backward {
			idx, nb = n-1-i, n-i
		}
		if nb < 0 || nb >= n {
			continue
		}
		g, o := f.groups[order[idx]], f.groups[order[nb]]
		if !g.unsettled() || !o.attrib || o.title {
			continue
		}
		first, second := byGroup[order[idx]], byGroup[order[nb]]
		if !backward {
			first, second = second, first
		}
		if f.chainJoins(first, second, backward) {
			g.cue, g.speaker, g.skind, g.attrib = o.cue, o.speaker, o.skind, true
		}
	}
}

// chainJoins reports whether the quote of parts first runs on into that of parts second over
// connectives only, or, looking backward, is completed by it; looking backward, a first quote
// introduced by a colon or que keeps to that ("X dit : « … » « … » poursuit Y": the colon rules the
// first).
func (f *finder) chainJoins(first, second []part, backward bool) bool {
	if backward && f.introduced(first[0]) {
		return false
	}
	a, b := first[len(first)-1], second[0]
	return f.joined(a, b) || backward && (f.completed(a, b) || len(first) == 1 && f.stopJoined(a, b))
}

// stopJoined reports whether a quotation a that is a sentence of its own ends with a full stop written
// after its closing mark, as French news writes it, and quotation b opens the next sentence right
// after: "« … ». « … », a réagi X" gives both to X, as "« … . » « … », a réagi X" does. A question
// is left to its own speaker: « … ? » « … » asks and answers.
func (f *finder) stopJoined(a, b part) bool {
	ln := f.lines[f.groups[a.group].line]
	if b.Start < a.End || b.Start > ln.End || strings.TrimSpace(f.text[a.End:b.Start]) != "." ||
		strings.TrimSpace(f.text[f.sentenceStart(ln.Start, a.Start):a.Start]) != "" {
		return false
	}
	inner := strings.TrimRight(strings.TrimRight(f.text[a.Start:a.End], "»\"”"), " \u00a0\u202f")
	return inner != "" && !strings.ContainsRune("?!:", rune(inner[len(inner)-1]))
}

// introduced reports whether a part directly follows a colon or que.
func (f *finder) introduced(p part) bool {
	ln := f.lines[f.groups[p.group].line]
	before := strings.TrimRight(f.text[ln.Start:p.Start], " \u00a0\u202f")
	if strings.HasSuffix(before, ":") {
		return true
	}
	toks := tokenize(f.text, max(ln.Start, p.Start-8), p.Start)
	if len(toks) == 0 {
		return false
	}
	w := toks[len(toks)-1].low
	return w == "que" || w == "qu'"
}

// joined reports whether only connectives lie between two parts: commas, "mais", "et", "que", a
// subject pronoun ("« … » qu'il « … »").
func (f *finder) joined(a, b part) bool {
	if b.Start < a.End || b.Start-a.End > 40 || strings.ContainsRune(f.text[a.End:b.Start], '\n') {
		return false
	}
	toks := tokenize(f.text, a.End, b.Start)
	if len(toks) > 4 {
		return false
	}
	for _, t := range toks {
		if w := t.low; !connectives[w] && !subjectPronouns[w] {
			return false
		}
	}
	return true
}

// subjectQuote returns the group of the quotation right before group order[n] in its sentence when
// that quotation is the subject of a verb whose que introduces this one (quoteSubjectVerb) and has a
// speaker, or nil.
func (f *finder) subjectQuote(order []int, byGroup [][]part, n, ws int) *group {
	if n == 0 {
		return nil
	}
	prevParts, p := byGroup[order[n-1]], byGroup[order[n]][0]
	last := prevParts[len(prevParts)-1]
	prev := f.groups[order[n-1]]
	if prevParts[0].Start < ws || prev.speaker.Empty() || prev.title || last.End > p.Start {
		return nil
	}
	if !quoteSubjectVerb(tokenize(f.text, last.End, p.Start)) {
		return nil
	}
	return prev
}

// quoteSubjectVerb reports whether the words between two quotations are a verb and que, the first
// quotation being the verb's subject and the second what it shows: "« cette large censure » confirme
// que « seule une réforme … »". Both are the same speaker's words.
func quoteSubjectVerb(toks []tok) bool {
	return len(toks) == 2 && toks[0].word && toks[0].text == toks[0].low && !connectives[toks[0].low] &&
		(toks[1].low == "que" || toks[1].low == "qu'")
}

var connectives = set(", ; mais et puis ou or ni que qu' car")

// subjectFallback gives speakers to groups that have none written next to them, as inferred: a quote
// inside a sentence takes the sentence's subject when it names a person, a group or a document
// ("Le texte charge le secrétaire général de « … »"); a quote opening a sentence takes the speaker of
// the previous quote of its paragraph, or the subject of the previous sentence when that one reports
// speech; a paragraph that is only a quotation continues the previous quotation (news), and in a run
// of dialogue turns the speaker of the turn before last speaks again (turn-taking).
func (f *finder) subjectFallback(order []int, byGroup [][]part) {
	for n, g := range order {
		grp := f.groups[g]
		if !grp.speaker.Empty() || grp.title {
			continue
		}
		p := byGroup[g][0]
		ln := f.lines[grp.line]
		ws := f.sentenceStart(ln.Start, p.Start)
		if grp.attrib && lexicon()[lower(f.text[grp.cue.Start:grp.cue.End])].class == gerund {
			if prev := f.sameSentenceSpeaker(order, byGroup, n, ws); prev != nil { // "…, tout en ajoutant que « … »"
				grp.speaker, grp.skind, grp.inferred = prev.speaker, prev.skind, true
				continue
			}
			if f.opensSentence(grp.cue, ws, p.Start) { // "Tout en relativisant : « … »" goes on with the sentence before
				f.carryOver(order, n, ws)
				continue
			}
		}
		toks := f.tokensOutside(max(ws, p.Start-2*maxIncise), p.Start)
		if hasWords(toks) {
			f.fallbackInSentence(order, byGroup, n, toks, ws)
			continue
		}
		f.carryOver(order, n, ws)
		if grp.speaker.Empty() && grp.kind == guillemet {
			f.nextSentenceSpeaker(grp, byGroup[g])
		}
	}
}

// opensSentence reports whether the cue, a present participle, opens the sentence starting at ws,
// maybe after en or tout en, and introduces the quotation opening at q with a colon or que: a
// sentence with no subject of its own ("Tout en relativisant : « … »."), which the one before lends
// it. A participle phrase before a main clause ("Craignant …, le ministre a …") has its subject.
func (f *finder) opensSentence(cue Span, ws, q int) bool {
	if cue.Start < ws || cue.End > q {
		return false // the cue is in a sentence before, or after the quotation
	}
	for _, t := range f.tokensOutside(ws, cue.Start) {
		if t.low != "en" && t.low != "tout" {
			return false
		}
	}
	for _, t := range f.tokensOutside(cue.End, q) {
		if t.text != ":" && t.low != "que" && t.low != "qu'" {
			return false
		}
	}
	return true
}

// fallbackInSentence infers the speaker of the group order[n], which the words toks of its sentence
// (from ws) come before: the source of a selon ruling the sentence, the agent of a passive, the
// antecedent of a relative qui, else the subject of its clause.
func (f *finder) fallbackInSentence(order []int, byGroup [][]part, n int, toks []tok, ws int) {
	g := order[n]
	grp := f.groups[g]
	if prev := f.subjectQuote(order, byGroup, n, ws); prev != nil { // "« … » confirme que « … »"
		grp.speaker, grp.skind, grp.inferred = prev.speaker, prev.skind, true
	} else if next := f.nextInSentence(order, byGroup, n); next != nil && selonCue(f.text[next.cue.Start:next.cue.End]) {
		// "X est recherché dans « … » où « … », selon le parquet": selon rules the sentence
		grp.speaker, grp.skind, grp.inferred = next.speaker, next.skind, true
		grp.cue, grp.attrib = next.cue, true
		f.confidence(byGroup[g], grp)
	} else if sp, kind, cue, ok := agentBefore(toks); ok { // "qualifié par les enquêteurs d'« … »"
		grp.speaker, grp.skind, grp.inferred = sp, kind, true
		grp.cue, grp.attrib = cue, true
		f.confidence(byGroup[g], grp)
	} else if reducedPassive(toks) || passiveReport(toks) {
		f.passive(grp, byGroup[g], toks, ws, !reducedPassive(toks))
	} else if sp, kind, ok := relativeAntecedent(toks); ok {
		grp.speaker, grp.skind, grp.inferred = sp, kind, true
	} else if etrePredicate(toks) {
		// "Il est ensuite « … »": the subject is described, not quoted
	} else if toks := lastClause(toks); len(toks) > 0 {
		f.subjectSpeaks(grp, byGroup[g], toks)
	}
}

// lastClause returns the words after the last "tandis que" or "alors que" of toks, which open a
// clause of their own, or all of toks.
func lastClause(toks []tok) []tok {
	for v := len(toks) - 1; v > 0; v-- {
		if subordinator(toks, v) {
			return toks[v+1:]
		}
	}
	return toks
}

// subjectSpeaks gives a quotation nothing attributes to the subject of its clause (toks, the words
// before it) when that names a person, a group or a document.
func (f *finder) subjectSpeaks(grp *group, parts []part, toks []tok) {
	sp, kind, ok := firstNP(toks, len(toks))
	if !ok {
		return
	}
	from, to := spanToks(toks, sp)
	if from < 0 || !personLike(toks, from, to, kind) || impersonal(toks, from, kind) {
		return
	}
	grp.speaker, grp.skind, grp.inferred = headSpan(toks, sp, from, to, kind), kind, true
	// "Theresa May, « félicite chaleureusement » Emmanuel Macron", "son avocat s'« indigne … »": the
	// quotation is the predicate of its subject and opens with the reporting verb
	last := toks[len(toks)-1]
	if cue, ok := f.verbInside(parts[0]); ok && (to == len(toks) || (last.text == "," || reflexives[last.low]) && to == len(toks)-1) {
		grp.cue, grp.attrib = cue, true
		f.confidence(parts, grp)
	}
}

// verbInside returns the first word of a quotation part when it is a finite reporting verb
// (« félicite chaleureusement », « coopère pleinement »: « juge »).
func (f *finder) verbInside(p part) (Span, bool) {
	toks := tokenize(f.text, p.Start, p.End)
	for _, t := range toks {
		if !t.word {
			continue
		}
		if fm, ok := lexicon()[t.low]; ok && fm.class == finite {
			return Span{t.start, t.end}, true
		}
		return Span{}, false
	}
	return Span{}, false
}

// selonCue reports whether a cue is selon or d'après, which attribute a whole sentence.
func selonCue(cue string) bool {
	c := lower(cue)
	return c == "selon" || c == "d'après"
}

// relativeAntecedent reads the antecedent of a relative qui whose verb governs the quote right after
// toks: "le gouvernement, qui ne veut pas « … »", "l'ONG, qui réclame « … »". It must name a person,
// a group or a document.
func relativeAntecedent(toks []tok) (Span, SpeakerKind, bool) {
	verbs := 0
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-7; k-- {
		t := toks[k]
		switch w := t.low; {
		case !t.word:
			return Span{}, NoSpeaker, false
		case w == "qui":
			return quiAntecedent(toks, k)
		case relativeFiller(w):
		case determiners[w] && k == len(toks)-1 && !isOf(w): // "qui y voit un « … »"
		case relativeStop(w) || verbs == 2:
			return Span{}, NoSpeaker, false
		default:
			verbs++
		}
	}
	return Span{}, NoSpeaker, false
}

// relativeFiller reports whether w may stand between a relative qui and the quote besides verbs:
// negation, an auxiliary, a clitic, an adverb.
func relativeFiller(w string) bool {
	return w == "ne" || w == "n'" || w == "pas" || w == "plus" || w == "jamais" || auxiliaries[w] || etre[w] ||
		clitics[w] && !determiners[w] || isAdverb(w)
}

// relativeStop reports whether w cannot stand between a relative qui and the quote: a determiner, or a
// preposition, conjunction or relative other than de and à, which may open the verb's complement.
func relativeStop(w string) bool {
	return determiners[w] || stopNP[w] && w != "de" && w != "d'" && w != "à"
}

// quiAntecedent reads the noun phrase before the relative qui at toks[k] (and its comma), if it names
// a person, a group or a document.
func quiAntecedent(toks []tok, k int) (Span, SpeakerKind, bool) {
	j := k - 1
	if j >= 0 && toks[j].text == "," {
		j--
	}
	sp, kind, ok := npLeftOpt(toks, j, true)
	if !ok || kind == Pronoun {
		return Span{}, NoSpeaker, false
	}
	if from, to := spanToks(toks, sp); from < 0 || !personLike(toks, from, to, kind) {
		return Span{}, NoSpeaker, false
	}
	return sp, kind, true
}

// headSpan cuts a description read without a verb to guide it after its head noun, unless a
// complement or a name follows ("Le règlement oblige chaque club" → "Le règlement").
func headSpan(toks []tok, sp Span, from, to int, kind SpeakerKind) Span {
	if kind != Description {
		return sp
	}
	for h := from + 1; h < to-1; h++ {
		if w := toks[h].low; personNouns[w] {
			if n := toks[h+1]; !isOf(n.low) && !isUpperStart(n.text) {
				return Span{sp.Start, toks[h].end}
			}
			return sp
		}
	}
	return sp
}

func hasWords(toks []tok) bool {
	for _, t := range toks {
		if t.word {
			return true
		}
	}
	return false
}

// continues reports whether a quote goes on with the speaker of the previous one: in the same
// paragraph, or opening one of the next paragraphs (news).
func continues(grp, prev *group) bool {
	if prev.title || prev.speaker.Empty() || prev.conf < 0.5 || grp.kind == dash {
		return false
	}
	return prev.line == grp.line || grp.lineStart && grp.line-prev.line <= 2
}

// turnTaking gives a dialogue turn the speaker of the turn before last in a run of turns.
func (f *finder) turnTaking(order []int, n int) {
	if n < 2 {
		return
	}
	grp, prev, prev2 := f.groups[order[n]], f.groups[order[n-1]], f.groups[order[n-2]]
	if prev.kind == dash && prev2.kind == dash && prev.lineStart && prev2.lineStart &&
		grp.line-prev.line <= 2 && prev.line-prev2.line <= 2 && !prev2.speaker.Empty() {
		grp.speaker, grp.skind, grp.inferred = prev2.speaker, prev2.skind, true
	}
}

// coordinated lifts a « … » that nothing attributes to 0.7 when a coordinator joins it to the quotation
// just before it in the same clause ("récuse toute volonté de « … » mais veut « … »", "« … » et « … »"):
// coordinated complements share what governs the first, so the second quotes the same words. Only et,
// mais, ou, ni or puis and up to three words with no punctuation may stand between; a list joined by
// commas alone ("« Scandaleuse », « atteinte à … »") does not count.
func (f *finder) coordinated(order []int, byGroup [][]part) {
	for n := 1; n < len(order); n++ {
		grp, prev := f.groups[order[n]], f.groups[order[n-1]]
		if grp.kind != guillemet || grp.attrib || grp.title || grp.conf >= 0.5 ||
			prev.kind != guillemet || prev.title || prev.conf < 0.5 {
			continue
		}
		ps := byGroup[order[n-1]]
		if f.coordinator(ps[len(ps)-1].End, byGroup[order[n]][0].Start) {
			grp.conf, grp.ruled = 0.7, true
		}
	}
}

// coordinator reports whether the text between two quotations, from a to b, is a coordinator and at most
// three more words, with no punctuation but a comma before the coordinator.
func (f *finder) coordinator(a, b int) bool {
	if b < a || b-a > 40 {
		return false
	}
	between := strings.TrimLeft(f.text[a:b], " \u00a0\u202f")
	between = strings.TrimLeft(strings.TrimPrefix(between, ","), " \u00a0\u202f")
	if strings.ContainsAny(between, ",;:.!?()[]\n«»\"“”") {
		return false
	}
	toks := tokenize(f.text, b-len(between), b)
	return len(toks) >= 1 && len(toks) <= 4 && coordinators[toks[0].low]
}

var coordinators = set("et mais ou ni puis")
