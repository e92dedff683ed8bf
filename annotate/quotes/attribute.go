package quotes

import (
	"sort"
	"strings"
	"unicode"
)

// attribute splits parts at incises, drops quoted words inside dialogue turns, sets aside names in
// guillemets, and finds each group's cue and speaker: an incise inside or after it, the attribution of
// a quote it is joined to ("« … », mais « … », a dit X"), a reporting clause before it, then its
// confidence.
func (f *finder) attribute() {
	byGroup := f.cutParts()
	f.relocate(byGroup)
	f.markTitles(byGroup)
	f.markTerms(byGroup)
	f.buildMasks()
	order := f.order(byGroup)
	for _, g := range order {
		if grp := f.groups[g]; grp.unsettled() {
			f.after(grp, byGroup[g][len(byGroup[g])-1])
		}
		if grp := f.groups[g]; grp.unsettled() {
			f.afterLater(grp, byGroup[g][len(byGroup[g])-1], true)
		}
		if grp := f.groups[g]; grp.unsettled() {
			f.cestCeQue(grp, byGroup[g][len(byGroup[g])-1]) // it names the source, over a verb before
		}
	}
	f.chain(order, byGroup, true)
	for _, g := range order {
		if grp := f.groups[g]; grp.unsettled() {
			f.before(grp, byGroup[g][0])
		}
	}
	f.sharedCue(order)
	for _, g := range order {
		if grp := f.groups[g]; grp.unsettled() {
			f.afterLater(grp, byGroup[g][len(byGroup[g])-1], false)
		}
	}
	f.chain(order, byGroup, false)
	f.narrativeInfinitive(order, byGroup)
	f.attributeTranslations(order, byGroup)
	f.predicateQuotes(order, byGroup)
	f.possessiveSources()
	f.detachDistant(order, byGroup)
	for _, g := range order {
		f.confidence(byGroup[g], f.groups[g])
	}
	f.subjectFallback(order, byGroup)
	f.sentenceIncise(order, byGroup)
	f.unattributed(order, byGroup)
	f.narrativeInfinitive(order, byGroup) // again, after a speaker the quotation before was given by context
	f.coordinated(order, byGroup)
}

// cutParts splits the parts at their incises and drops the ones nested in dialogue turns, then indexes
// what remains by group (which it returns and keeps in f.byGroup) and by end offset.
func (f *finder) cutParts() [][]part {
	var out []part
	for _, p := range f.parts {
		out = append(out, f.splitIncises(p)...)
	}
	f.parts = out
	f.pruneNested()
	byGroup := make([][]part, len(f.groups))
	f.endsAt = make(map[int]part, len(f.parts))
	for _, p := range f.parts {
		byGroup[p.group] = append(byGroup[p.group], p)
		f.endsAt[p.End] = p
	}
	f.byGroup = byGroup
	return byGroup
}

// attributeTranslations gives a quotation in brackets right after another, which translates it
// ("« … » ( « its translation » )"), the other's attribution when it has none of its own.
func (f *finder) attributeTranslations(order []int, byGroup [][]part) {
	for _, g := range order {
		if grp := f.groups[g]; grp.unsettled() {
			if tr := f.translated(byGroup[g][0]); tr != nil && tr.attrib {
				grp.cue, grp.speaker, grp.skind, grp.attrib, grp.inferred = tr.cue, tr.speaker, tr.skind, true, true
			}
		}
	}
}

// predicateQuotes attributes a « … » that is the predicate of the subject right before it to that
// subject: a subject pronoun ("dans lequel elle « exprime ses regrets »") or the antecedent of qui
// ("un communiqué qui « condamne catégoriquement … »"). Only a verb can follow such a subject, so the
// guillemets quote what the subject said it does, in its words.
func (f *finder) predicateQuotes(order []int, byGroup [][]part) {
	for _, g := range order {
		grp := f.groups[g]
		if grp.kind != guillemet || !grp.unsettled() {
			continue
		}
		p := byGroup[g][0]
		inner := strings.Trim(f.text[p.Start:p.End], "«» \u00a0\u202f")
		if r, _ := decode(inner, 0); !unicode.IsLower(r) || len(strings.Fields(inner)) < 2 {
			continue // a name or a title, "les Verts « Europe Écologie »"; a verb stressed, "Il « savait » donc"
		}
		ln := f.lines[grp.line]
		toks := f.tokensOutside(f.sentenceStart(ln.Start, p.Start), p.Start)
		k := len(toks) - 1
		for k > 0 && toks[k].word && clitics[toks[k].low] && !subjectPronouns[toks[k].low] {
			k-- // negation and object pronouns stand inside the verb group: "qu'ils ne « … »", "qui lui « … »"
		}
		switch {
		case k < 0:
		case subjectPronouns[toks[k].low] && toks[k].low != "je" && toks[k].low != "j'":
			grp.set(attribution{speaker: Span{toks[k].start, toks[k].end}, kind: Pronoun})
		case toks[k].low == "qui":
			if sp, kind, ok := quiAntecedent(toks, k); ok {
				grp.set(attribution{speaker: sp, kind: kind})
			}
		}
	}
}

// possessiveSources gives the quotations attributed by "selon ses dires", "selon ses propres termes"
// or "d'après ses propos" the possessive as their speaker, a pronoun for the one whose words they are,
// rather than the words themselves ("ses dires" says nothing). "selon ses proches" names speakers and
// stays.
func (f *finder) possessiveSources() {
	for _, grp := range f.groups {
		if !grp.attrib || grp.skind != Description || !selonCue(f.text[grp.cue.Start:grp.cue.End]) {
			continue
		}
		toks := tokenize(f.text, grp.speaker.Start, grp.speaker.End)
		if len(toks) < 2 || !possessives[toks[0].low] {
			continue
		}
		k := 1
		if toks[k].low == "propre" || toks[k].low == "propres" {
			k++
		}
		if k == len(toks)-1 && speechNouns[toks[k].low] {
			grp.speaker, grp.skind = Span{toks[0].start, toks[0].end}, Pronoun
		}
	}
}

// possessives are the possessive determiners of the third person.
var possessives = set("son sa ses leur leurs")

// speechNouns are the nouns for what someone says or thinks, after which "selon ses …" attributes the
// quotation to the possessor.
var speechNouns = set("dires termes propos mots paroles vues déclarations explications aveux affirmations estimations calculs analyses avis réaction réactions témoignage témoignages confidences précisions")

// sentenceStops end a sentence: a speech noun after one opens a line such as "Réaction du maire :".
var sentenceStops = set(". ! ? …")

// speechNounSource reads, closing the words toks before a colon, a noun of what someone says with its
// author: "Ce n'est pas l'avis de X :", "répète les propos tenus par X :", or opening its sentence,
// "Explications d'une infirmière :". The colon then gives X's words; the noun must stand as a noun
// phrase of its own, behind a determiner or first in its sentence, not after à ("a répondu aux propos
// de X :" gives the answer).
func speechNounSource(toks []tok) (attribution, bool) {
	n := len(toks) - 1
	if n < 3 || toks[n].text != ":" {
		return attribution{}, false
	}
	for k := n - 1; k >= 0 && k >= n-10; k-- {
		if !speechNouns[toks[k].low] {
			continue
		}
		if k == 0 || sentenceStops[toks[k-1].text] { // "Explications d'une infirmière :", "Réaction du maire :"
		} else if d := toks[k-1].low; !determiners[d] && d != "l'" || d == "au" || d == "aux" {
			return attribution{}, false
		}
		j := k + 1
		if j < n && participleLike(toks[j].low) { // "les propos tenus par"
			j++
		}
		if j >= n || !isOf(toks[j].low) && toks[j].low != "par" {
			return attribution{}, false
		}
		sp, kind, next, ok := parAgent(toks, j+1)
		if !ok || next != n || kind == Pronoun {
			return attribution{}, false
		}
		return attribution{speaker: sp, kind: kind}, true
	}
	return attribution{}, false
}

// unattributed deals with the « … » inside a sentence that nothing attributes: the subject of the
// clause after it speaks when it names a person, a group or a document ("Afin d'éviter … : « … »,
// l'instruction interdit …"); otherwise, in news, such a quotation is rather a notice, a term or an
// echo than reported speech ("à partir de 22h00 « en raison d'une mesure de sécurité »"), and its
// confidence falls under the default threshold.
func (f *finder) unattributed(order []int, byGroup [][]part) {
	for n, g := range order {
		grp := f.groups[g]
		p := byGroup[g][0]
		ln := f.lines[grp.line]
		ws := f.sentenceStart(ln.Start, p.Start)
		if !f.bareInSentence(grp, ws, p.Start) {
			continue
		}
		if prev := f.sameSentenceSpeaker(order, byGroup, n, ws); prev != nil { // "X récuse « … » mais veut « … »"
			grp.speaker, grp.skind, grp.inferred = prev.speaker, prev.skind, true
			continue
		}
		if next := f.nextInSentence(order, byGroup, n); next != nil && next.attrib { // "« … » du pays où « … », selon X"
			grp.speaker, grp.skind, grp.inferred = next.speaker, next.skind, true
			if selonCue(f.text[next.cue.Start:next.cue.End]) { // it rules the sentence
				grp.cue, grp.attrib = next.cue, true
				f.confidence(byGroup[g], grp)
			}
			continue
		}
		if sp, kind, ok := f.siClause(p, f.tokensOutside(ws, p.Start)); ok { // "Si X « … », …"
			grp.conf, grp.ruled = max(grp.conf, siClauseConf), true
			if !sp.Empty() {
				grp.speaker, grp.skind, grp.inferred = sp, kind, true
			} else {
				f.carryOver(order, n, ws)
			}
			continue
		}
		last := byGroup[g][len(byGroup[g])-1]
		if sp, kind, cue, ok := f.agentAfterCue(last, f.lines[grp.lineOf(f, last)].End); ok { // "« … » lancée par X"
			grp.speaker, grp.skind, grp.inferred = sp, kind, true
			if cue.Empty() { // "est décrit comme un « … » par X"
				cue = f.passiveCueBefore(ws, p.Start)
			}
			if !cue.Empty() {
				grp.cue, grp.attrib = cue, true
				f.confidence(byGroup[g], grp)
			}
			continue
		}
		if sp, kind, ok := f.subjectAfter(last, f.lines[grp.lineOf(f, last)].End); ok {
			grp.speaker, grp.skind, grp.inferred = sp, kind, true
			continue
		}
		if f.afterColon(p.Start) && f.clauseLike(byGroup[g]) { // "Ce n'est pas l'avis de X : « … »"
			continue
		}
		if !f.long(byGroup[g]) && f.copulaPredicate(grp, p) { // "X est « agréablement surpris »"
			if sp, kind, ok := f.copulaSubject(grp, p); ok {
				grp.speaker, grp.skind, grp.inferred = sp, kind, true
			}
			continue
		}
		if !f.edited(byGroup[g]) { // "« [tout] commentaire sur l'affaire »" quotes someone
			grp.conf = min(grp.conf, 0.3) // 0.28 of them are quotations in the annotated news
		}
	}
}

// bareInSentence reports whether grp is a quotation in guillemets that nothing attributes and that
// follows words of its sentence, which starts at ws; start is where the quotation opens.
func (f *finder) bareInSentence(grp *group, ws, start int) bool {
	return grp.kind == guillemet && grp.speaker.Empty() && !grp.attrib && !grp.title &&
		hasWords(f.tokensOutside(ws, start))
}

// sameSentenceSpeaker returns the last group before order[n] in the sentence starting at ws that has a
// speaker, or nil: a quotation of the same sentence with no attribution of its own goes on with that
// speaker's words ("X récuse « … » mais veut « … »", "…, qui est « … »").
func (f *finder) sameSentenceSpeaker(order []int, byGroup [][]part, n, ws int) *group {
	for m := n - 1; m >= 0; m-- {
		prev := f.groups[order[m]]
		if byGroup[order[m]][0].Start < ws {
			return nil
		}
		if !prev.speaker.Empty() && !prev.title {
			return prev
		}
	}
	return nil
}

// translated returns the group of the quotation that the part p, in brackets right after it,
// translates ("« Jusqu'à la victoire ! » ( « Hasta la victoria » )"), or nil.
func (f *finder) translated(p part) *group {
	before := strings.TrimRight(f.text[:p.Start], " \u00a0\u202f")
	if !strings.HasSuffix(before, "(") {
		return nil
	}
	before = strings.TrimRight(strings.TrimSuffix(before, "("), " \u00a0\u202f")
	if q, ok := f.endsAt[len(before)]; ok && !f.groups[q.group].title {
		return f.groups[q.group]
	}
	return nil
}

// nextInSentence returns the group after order[n] when it lies in the same sentence and has a speaker,
// or nil.
func (f *finder) nextInSentence(order []int, byGroup [][]part, n int) *group {
	if n+1 >= len(order) {
		return nil
	}
	next := f.groups[order[n+1]]
	p, q := byGroup[order[n]], byGroup[order[n+1]][0]
	ln := f.lines[next.line]
	if next.speaker.Empty() || next.title || q.Start > ln.End || f.sentenceStart(ln.Start, q.Start) > p[len(p)-1].Start {
		return nil
	}
	return next
}

// relocate points each group at the line of its first remaining part. Dropping a part made only of
// marks ("«" alone at a line end, the quotation going on in the next paragraph) or one nested in a
// dialogue turn can leave a group's line before its first part, and the searches around the part,
// bounded by that line, would then run backwards.
func (f *finder) relocate(byGroup [][]part) {
	for g, ps := range byGroup {
		if len(ps) == 0 {
			continue
		}
		grp := f.groups[g]
		li := sort.Search(len(f.lines), func(i int) bool { return f.lines[i].End >= ps[0].Start })
		if li == grp.line || li == len(f.lines) {
			continue
		}
		grp.line = li
		grp.lineStart = ps[0].Start == skipSpaces(f.text, f.lines[li].Start, f.lines[li].End)
	}
}

// order returns the groups that have parts, by their first part's start.
func (f *finder) order(byGroup [][]part) []int {
	var order []int
	for g, ps := range byGroup {
		if len(ps) > 0 {
			order = append(order, g)
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return byGroup[order[i]][0].Start < byGroup[order[j]][0].Start })
	return order
}

// buildMasks records the spans of quote parts (names in guillemets excepted), which reporting clauses
// skip over.
func (f *finder) buildMasks() {
	f.masks = f.masks[:0]
	for _, p := range f.parts {
		if !f.groups[p.group].title {
			f.masks = append(f.masks, p.Span)
		}
	}
	sort.Slice(f.masks, func(i, j int) bool { return f.masks[i].Start < f.masks[j].Start })
}

// unsettled reports whether the group still waits for an attribution: none found yet, and no name in
// guillemets, which takes none.
func (g *group) unsettled() bool {
	return !g.attrib && !g.title
}

func (g *group) set(a attribution) {
	g.attrib = true
	g.cue, g.speaker, g.skind = a.cue, a.speaker, a.kind
}

// after looks for an incise right after the group's last part: "», a rajouté M. Trump".
func (f *finder) after(grp *group, p part) {
	ln := f.lines[grp.lineOf(f, p)]
	q := skipSpaces(f.text, p.End, ln.End)
	if q < ln.End && f.text[q] == ',' {
		q = skipSpaces(f.text, q+1, ln.End)
	}
	if q >= ln.End {
		return
	}
	if r, _ := decode(f.text, q); strings.HasSuffix(f.text[:p.End], "»") && q == skipSpaces(f.text, p.End, ln.End) &&
		unicode.IsUpper(r) && f.endsSentence(ln.Start, p.End-len("»")) {
		return // "« … . » Craint-on …" starts a new sentence
	}
	if a, ok := f.lireAfter(q, ln.End, p.Start, grp.line); ok { // "« … », peut-on lire sur le site"
		grp.set(a)
	} else if a, ok := f.commeAfter(q, ln.End); ok { // "« … », comme l'a indiqué X"
		grp.set(a)
	} else if a, _, ok := f.incise(q, ln.End); ok {
		grp.set(a)
	} else if a, ok := f.inciseAfterTime(q, ln.End); ok { // "« … » cet été, a assuré X"
		grp.set(a)
	} else if a, ok := f.subjectVerbAfter(q, ln.End); ok {
		grp.set(a)
	} else if a, ok := f.bracketCredit(q, ln.End); ok && !f.announced(ln.Start, p.Start) { // "« … » (Anne Martin)"
		grp.set(a)
	}
}

func (g *group) lineOf(f *finder, p part) int {
	for i := g.line; i < len(f.lines); i++ {
		if p.End <= f.lines[i].End {
			return i
		}
	}
	return len(f.lines) - 1
}

// before looks for a reporting clause before the group's first part, in its sentence or, when the
// quote opens a paragraph, in the last sentence of the previous paragraph if that ends with a colon.
func (f *finder) before(grp *group, p part) {
	ln := f.lines[grp.line]
	ws := f.sentenceStart(ln.Start, p.Start)
	if strings.TrimSpace(f.text[ws:p.Start]) == "" || onlyMarks(f.text[ws:p.Start]) {
		prev := f.prevLine(grp.line)
		if prev < 0 {
			return
		}
		pl := f.lines[prev]
		ws = f.sentenceStart(pl.Start, pl.End)
		switch last := strings.TrimSpace(f.text[pl.Start:pl.End]); {
		case strings.HasSuffix(last, ":"):
			f.colonClause(grp, ws, pl.End)
		case cutClause(last):
			if a, ok := f.clause(ws, pl.End); ok {
				grp.set(a)
			}
		}
		return
	}
	if strings.HasSuffix(strings.TrimRight(f.text[ws:p.Start], " \u00a0\u202f—–-"), ":") {
		f.colonClause(grp, ws, p.Start)
		return
	}
	if a, ok := f.clause(ws, p.Start); ok {
		if a.gerund {
			toks := f.tokensOutside(max(ws, p.Start-2*maxIncise), p.Start)
			if sp, kind, ok := f.participialSubject(toks, a, p, ln.End); ok {
				a.speaker, a.kind = sp, kind
			}
		}
		grp.set(a)
	}
}

// cutClause reports whether a line ends where its sentence cannot, on a comma or on que: text wrapped
// by hand goes on with the quotation on the next line ("Selon lui,\n« … »", "dit que\n« … »").
func cutClause(line string) bool {
	if strings.HasSuffix(line, ",") {
		return true
	}
	i := strings.LastIndexAny(line, " \u00a0")
	return strings.EqualFold(line[i+1:], "que")
}

// colonClause attributes a quote announced by a sentence ending with a colon: by its reporting verb,
// else by its subject ("Le vieux la regarda en hochant la tête :"). The clause after an earlier
// quotation of the sentence is read first ("« Allez-vous-en, » mon cousin parla :").
func (f *finder) colonClause(grp *group, ws, we int) {
	if i := f.lastMaskEnd(ws, we); i > ws {
		if f.colonClauseIn(grp, i, we) {
			return
		}
	}
	f.colonClauseIn(grp, ws, we)
}

func (f *finder) colonClauseIn(grp *group, ws, we int) bool {
	if a, ok := speechNounSource(f.tokensOutside(max(ws, we-2*maxIncise), we)); ok { // "l'avis de X :"
		grp.set(a)
		return true
	}
	if a, ok := colonInterrupt(f.tokensOutside(max(ws, we-2*maxIncise), we)); ok { // "le prévenu intervient :"
		grp.set(a)
		return true
	}
	if a, ok := f.clause(ws, we); ok {
		grp.set(a)
		return true
	}
	toks := f.tokensOutside(max(ws, we-2*maxIncise), we)
	if len(toks) < 2 {
		return false
	}
	if sp, kind, ok := colonAgent(toks); ok { // "Une version démentie par le ministère :"
		grp.set(attribution{speaker: sp, kind: kind})
		return true
	}
	if sp, kind, ok := conjoinedSubject(toks); ok { // "… car les salariés ont peur des représailles :"
		grp.set(attribution{speaker: sp, kind: kind})
		return true
	}
	if sp, kind, ok := colonRelative(toks); ok { // "aux yeux de Saïd, qui compte demander conseil :"
		grp.set(attribution{speaker: sp, kind: kind})
		return true
	}
	toks = toks[absoluteOpening(toks):] // "Une fois le contexte posé, le conseiller X dégaine :"
	if sp, kind, ok := firstNP(toks, len(toks)-1); ok && kind != Description || ok && toks[0].start == sp.Start {
		grp.set(attribution{speaker: sp, kind: kind})
		return true
	}
	return false
}

// conjoinedSubject reads the subject of the last clause that car, mais, puisque or parce que joins to
// a sentence ending with a colon, when it names a person or a group: "Ces attestations sont rares car
// les salariés ont peur des représailles : « … »" gives the salariés' words, not the attestations'.
func conjoinedSubject(toks []tok) (Span, SpeakerKind, bool) {
	for c := len(toks) - 2; c > 0; c-- {
		w := toks[c].low
		if w != "car" && w != "mais" && w != "puisque" && !(w == "que" && toks[c-1].low == "parce") {
			continue
		}
		sp, kind, n, ok := npRight(toks, c+1)
		if !ok || kind == Pronoun || !personLike(toks, c+1, n, kind) {
			return Span{}, NoSpeaker, false
		}
		return sp, kind, true
	}
	return Span{}, NoSpeaker, false
}

// lastMaskEnd returns the end of the last quote part lying in [ws, we), or ws.
func (f *finder) lastMaskEnd(ws, we int) int {
	i := sort.Search(len(f.masks), func(i int) bool { return f.masks[i].Start >= we }) - 1
	if i >= 0 && f.masks[i].Start >= ws && f.masks[i].End <= we {
		return f.masks[i].End
	}
	return ws
}

func (f *finder) prevLine(li int) int {
	for i := li - 1; i >= 0; i-- {
		if strings.TrimSpace(f.text[f.lines[i].Start:f.lines[i].End]) != "" {
			return i
		}
	}
	return -1
}

// afterColon reports whether a colon introduces the quotation opening at start.
func (f *finder) afterColon(start int) bool {
	return strings.HasSuffix(strings.TrimRight(f.text[:start], " \u00a0\u202f"), ":")
}

// clauseLike reports whether a quotation reads as words said rather than a name: it holds punctuation
// or eight words or more ("un groupe : « Les stylos rouges en colère »" names; "l'avis de X : « la
// présence du président, qui … »" quotes).
func (f *finder) clauseLike(parts []part) bool {
	words := 0
	for _, p := range parts {
		s := strings.Trim(f.text[p.Start:p.End], "«»“”\"—–- \u00a0\u202f")
		if words += wordCount(s, 8-words); words >= 8 || punctuated(s, ",.!?…;:") {
			return true
		}
	}
	return false
}
