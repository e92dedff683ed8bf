package quotes

import "strings"

// markTitles sets aside short capitalised « … » that name something rather than quote anyone: a
// newspaper, a programme, a slogan written after a noun ("l'émission « Quotidien »", "selon
// « Quotidien »") or standing as a subject ("« Quotidien » a affirmé"). A short « … » introduced by a
// reporting verb, que or a colon, or followed by an incise, stays a quotation.
func (f *finder) markTitles(byGroup [][]part) {
	for g, ps := range byGroup {
		grp := f.groups[g]
		if len(ps) != 1 || grp.kind != guillemet || !f.nameLike(ps[0]) {
			continue
		}
		p := ps[0]
		ln := f.lines[grp.line]
		prev := tokenize(f.text, max(ln.Start, p.Start-80), p.Start)
		next := tokenize(f.text, p.End, min(ln.End, p.End+80))
		if f.inciseAfter(p, ln.End) && !(namingPhrase(prev) && !strings.HasPrefix(strings.TrimLeft(f.text[p.End:ln.End], " \u00a0\u202f"), ",")) {
			continue // "« Bon voyage » répond Marie"; but "l'organisation « État islamique » revendique …" names
		}
		grp.title = namedAfterWord(prev) || startsClause(prev) && len(next) > 0 && verbAt(next, 0) || afterArticle(prev)
	}
}

// nameLike reports whether a part is « X » of one to four words, the first capitalised, without
// sentence punctuation.
func (f *finder) nameLike(p part) bool {
	s := strings.Trim(f.text[p.Start:p.End], "«» \u00a0\u202f")
	n := len(strings.Fields(s))
	return n >= 1 && n <= 4 && (isUpperStart(s) || n > 1 && isDigitStart(s) && isUpperStart(strings.Fields(s)[1])) &&
		!strings.ContainsAny(s, ".!?…;:,")
}

// inciseAfter reports whether an incise follows the part, after a comma or not ("« Bon voyage »
// répond Marie").
func (f *finder) inciseAfter(p part, lineEnd int) bool {
	q := skipSpaces(f.text, p.End, lineEnd)
	if q < lineEnd && f.text[q] == ',' {
		q = skipSpaces(f.text, q+1, lineEnd)
	}
	if q >= lineEnd {
		return false
	}
	_, _, ok := f.incise(q, lineEnd)
	return ok
}

// namedAfterWord reports whether the tokens before a « … » end with a word that does not introduce
// speech: a noun, a name, selon or pour ("l'émission de TMC « … »"), not "a déclaré", "que" or ":".
func namedAfterWord(prev []tok) bool {
	k := len(prev) - 1
	for k >= 0 && prev[k].word && isAdverb(prev[k].low) {
		k--
	}
	if k < 0 || !prev[k].word {
		return false
	}
	w := prev[k].low
	if w == "selon" || w == "pour" || w == "après" && k > 0 && prev[k-1].low == "d'" || w == "de" && k > 0 && prev[k-1].low == "lors" {
		return true // "selon « Quotidien »", "lors de « L'Émission politique »"
	}
	_, cue := lexicon()[w]
	return !cue && !speechLinks[w] && !auxiliaries[w] && !etre[w]
}

// namingPhrase reports whether prev ends with a noun phrase that a name can complete: a determiner
// and one or two words, none a verb ("le site internet", "l'organisation", "le groupe autoproclamé").
func namingPhrase(prev []tok) bool {
	n := len(prev)
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		if !prev[k].word {
			return false
		}
		if determiners[prev[k].low] {
			return k < n-1
		}
		if _, ok := lexicon()[prev[k].low]; ok || auxiliaries[prev[k].low] || etre[prev[k].low] || speechLinks[prev[k].low] {
			return false
		}
	}
	return false
}

// afterArticle reports whether the tokens before a short capitalised « … » end with an article: the
// « … » is then a name ("l'« Obamacare »", "la « Sentinelle »").
func afterArticle(prev []tok) bool {
	n := len(prev)
	return n > 0 && articles[prev[n-1].low]
}

var articles = set("le la l' les un une du des au aux")

// speechLinks are words after which a « … » is what is said.
var speechLinks = set("que qu' de d' un une du des le la les l' à en par comme dit mot mots terme termes cri cris")

// startsClause reports whether the tokens before a « … » end a sentence or a clause (or are none).
func startsClause(prev []tok) bool {
	if len(prev) == 0 {
		return true
	}
	t := prev[len(prev)-1].text
	return t == "." || t == "!" || t == "?" || t == "…" || t == "»"
}

// verbAt reports whether toks[k] starts a verb group ("a affirmé", "affirme", "révèle").
func verbAt(toks []tok, k int) bool {
	if !toks[k].word {
		return false
	}
	w := toks[k].low
	if auxiliaries[w] || w == "n'" || w == "ne" {
		return true
	}
	fm, ok := lexicon()[w]
	return ok && fm.class == finite
}

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
		if g.attrib || g.title || !o.attrib || o.title {
			continue
		}
		first, second := byGroup[order[idx]], byGroup[order[nb]]
		if !backward {
			first, second = second, first
		}
		if backward && f.introduced(first[0]) {
			continue // "X dit : « … » « … » poursuit Y": the colon rules the first
		}
		if f.joined(first[len(first)-1], second[0]) || backward && f.completed(first[len(first)-1], second[0]) {
			g.cue, g.speaker, g.skind, g.attrib = o.cue, o.speaker, o.skind, true
		}
	}
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
		}
		toks := f.tokensOutside(max(ws, p.Start-2*maxIncise), p.Start)
		if hasWords(toks) {
			if next := f.nextInSentence(order, byGroup, n); next != nil && selonCue(f.text[next.cue.Start:next.cue.End]) {
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
			continue
		}
		f.carryOver(order, n, ws)
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
		if !t.word {
			return Span{}, NoSpeaker, false
		}
		switch w := t.low; {
		case w == "qui":
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
		case w == "ne" || w == "n'" || w == "pas" || w == "plus" || w == "jamais" || auxiliaries[w] || etre[w] ||
			clitics[w] && !determiners[w] || isAdverb(w):
		case determiners[w] && k == len(toks)-1 && !isOf(w): // "qui y voit un « … »"
		case determiners[w] || stopNP[w] && w != "de" && w != "d'" && w != "à" || verbs == 2:
			return Span{}, NoSpeaker, false
		default:
			verbs++
		}
	}
	return Span{}, NoSpeaker, false
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

// carryOver infers the speaker of the group order[n], which opens a sentence starting at ws.
func (f *finder) carryOver(order []int, n, ws int) {
	grp := f.groups[order[n]]
	if sp, ok := f.creditAfter(order[n]); ok { // "« … »" then a line "— Penny Oleksiak"
		grp.speaker, grp.skind, grp.inferred = sp, Name, true
		return
	}
	if n > 0 {
		if grp.kind == dash && grp.lineStart {
			f.turnTaking(order, n)
			return
		}
		if prev := f.groups[order[n-1]]; continues(grp, prev) {
			grp.speaker, grp.skind, grp.inferred = prev.speaker, prev.skind, true
			return
		}
	}
	ln := f.lines[grp.line]
	if ws <= ln.Start || grp.kind == dash {
		return
	}
	ps := f.sentenceStart(ln.Start, ws-1)
	toks := f.tokensOutside(ps, ws)
	a, ok := clauseToks(toks, len(toks))
	if !ok || a.speaker.Empty() || a.kind == Pronoun {
		// "Elisa Di Francisca a brandi le drapeau. « Je voulais … »": words in the first person after a
		// sentence about a person are hers
		if sp, kind, ok := firstNP(toks, len(toks)); ok && kind == Name && f.firstPerson(order[n]) {
			grp.speaker, grp.skind, grp.inferred = sp, kind, true
		}
		return
	}
	if from, to := spanToks(toks, a.speaker); from >= 0 && personLike(toks, from, to, a.kind) {
		grp.speaker, grp.skind, grp.inferred = a.speaker, a.kind, true
	}
}

// firstPerson reports whether the first part of group g speaks in the first person singular.
func (f *finder) firstPerson(g int) bool {
	ps := f.byGroup[g]
	if len(ps) == 0 {
		return false
	}
	for _, t := range tokenize(f.text, ps[0].Start, ps[0].End) {
		switch t.low {
		case "je", "j'", "me", "m'", "moi", "mon", "ma", "mes":
			return true
		}
	}
	return false
}

// creditAfter reads the name on a credit line right after the paragraph that the group's quotation
// ends: "« … »" then "— Penny Oleksiak" or "— Christian Casseyas, anthropologue".
func (f *finder) creditAfter(g int) (Span, bool) {
	ps := f.byGroup[g]
	if len(ps) == 0 {
		return Span{}, false
	}
	grp, last := f.groups[g], ps[len(ps)-1]
	li := grp.lineOf(f, last)
	if strings.TrimRight(f.text[last.End:f.lines[li].End], " .\u00a0\u202f") != "" {
		return Span{}, false
	}
	next := li + 1
	for next < len(f.lines) && strings.TrimSpace(f.text[f.lines[next].Start:f.lines[next].End]) == "" {
		next++
	}
	if next >= len(f.lines) {
		return Span{}, false
	}
	ln := f.lines[next]
	i := skipSpaces(f.text, ln.Start, ln.End)
	d := dashLen(f.text, i, ln.End)
	if d == 0 {
		return Span{}, false
	}
	s := f.text[i+d : ln.End]
	if !byline(s) && !nameLine(s) && !f.caption(next, s) {
		return Span{}, false
	}
	name, _, _ := strings.Cut(s, ",")
	start := skipSpaces(f.text, i+d, ln.End)
	end := start + len(strings.TrimRight(strings.TrimSpace(name), " ."))
	toks := tokenize(f.text, start, end)
	if len(toks) == 0 || !isUpperStart(toks[0].text) {
		return Span{}, false
	}
	return Span{start, end}, true
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
