package quotes

import "strings"

// attribute splits parts at incises, drops quoted words inside dialogue turns, and finds each group's
// cue and speaker (incise inside or after, else a reporting clause before), then its confidence.
func (f *finder) attribute() {
	var out []part
	for _, p := range f.parts {
		out = append(out, f.splitIncises(p)...)
	}
	f.parts = out
	f.pruneNested()
	byGroup := make([][]part, len(f.groups))
	for _, p := range f.parts {
		byGroup[p.group] = append(byGroup[p.group], p)
	}
	for g, grp := range f.groups {
		ps := byGroup[g]
		if len(ps) == 0 {
			continue
		}
		if !grp.attrib {
			f.after(grp, ps[len(ps)-1])
		}
		if !grp.attrib {
			f.before(grp, ps[0])
		}
		f.confidence(ps, grp)
	}
}

func (g *group) set(a attribution) {
	g.attrib = true
	g.cue, g.speaker, g.skind = a.cue, a.speaker, a.kind
}

// splitIncises cuts a part where an incise interrupts it and records the incise's attribution.
func (f *finder) splitIncises(p part) []part {
	if p.kind == english {
		return []part{p}
	}
	var out []part
	grp := f.groups[p.group]
	start := p.Start
	i := p.Start
	for i < p.End {
		r, n := decode(f.text, i)
		i += n
		if !(r == ',' || r == '!' || r == '?' || r == '…' || r == ';') {
			continue
		}
		punct := i - n
		q := skipSpaces(f.text, i, p.End)
		if q == i || q >= p.End || f.text[q:min(q+2, p.End)] == "»" {
			continue
		}
		a, resume, narrative, ok := f.inciseN(q, p.End)
		if !ok {
			continue
		}
		if !grp.attrib {
			grp.set(a)
		}
		cut := q
		if r == ',' || r == ';' {
			cut = punct
		}
		if s, e := trimSpan(f.text, start, cut); e > s {
			out = append(out, part{Span{s, e}, p.group, p.kind})
		}
		start, i = resume, resume
		if p.kind == dash && (narrative || strings.Contains(f.text[resume:p.End], "«")) {
			return out // the rest of the line is narration
		}
	}
	if s, e := trimSpan(f.text, start, p.End); e > s && !onlyMarks(f.text[s:e]) {
		out = append(out, part{Span{s, e}, p.group, p.kind})
	}
	return out
}

func onlyMarks(s string) bool {
	return strings.Trim(s, "«»—–-.,;:!?… \u00a0\u202f") == ""
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
	if a, _, ok := f.incise(q, ln.End); ok {
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
		if !strings.HasSuffix(strings.TrimSpace(f.text[pl.Start:pl.End]), ":") {
			return
		}
		ws = f.sentenceStart(pl.Start, pl.End)
		f.colonClause(grp, ws, pl.End)
		return
	}
	if strings.HasSuffix(strings.TrimRight(f.text[ws:p.Start], " \u00a0\u202f—–-"), ":") {
		f.colonClause(grp, ws, p.Start)
		return
	}
	if a, ok := f.clause(ws, p.Start); ok {
		grp.set(a)
	}
}

// colonClause attributes a quote announced by a sentence ending with a colon: by its reporting verb,
// else by its subject ("Le vieux la regarda en hochant la tête :").
func (f *finder) colonClause(grp *group, ws, we int) {
	if a, ok := f.clause(ws, we); ok {
		grp.set(a)
		return
	}
	toks := tokenize(f.text, max(ws, we-2*maxIncise), we)
	if len(toks) < 2 {
		return
	}
	if sp, kind, ok := firstNP(toks, len(toks)-1); ok && kind != Description || ok && toks[0].start == sp.Start {
		grp.set(attribution{speaker: sp, kind: kind})
	}
}

func (f *finder) prevLine(li int) int {
	for i := li - 1; i >= 0; i-- {
		if strings.TrimSpace(f.text[f.lines[i].Start:f.lines[i].End]) != "" {
			return i
		}
	}
	return -1
}

// sentenceStart returns the start of the sentence holding offset end, not before lineStart.
func (f *finder) sentenceStart(lineStart, end int) int {
	i := end
	for i > lineStart {
		r, n := decodeLast(f.text, i)
		if (r == '.' || r == '!' || r == '?' || r == '…' || r == '»') && i < end && i-n > lineStart {
			if r2, _ := decode(f.text, i); isSpace(r2) && !f.abbrevBefore(i-n) {
				return i
			}
		}
		i -= n
	}
	return lineStart
}

// abbrevBefore reports whether the dot at i ends a title abbreviation like "M.".
func (f *finder) abbrevBefore(i int) bool {
	j := i
	for j > 0 && isLetter(rune(f.text[j-1])) {
		j--
	}
	return titles[strings.ToLower(f.text[j:i])+"."]
}

// clause finds the reporting verb nearest the end of text[ws:we] and its subject.
func (f *finder) clause(ws, we int) (attribution, bool) {
	toks := tokenize(f.text, max(ws, we-2*maxIncise), we)
	for v := len(toks) - 1; v >= 0; v-- {
		if !toks[v].word {
			continue
		}
		a, next, ok := verbGroup(toks, v)
		if !ok || (v > 0 && lower(toks[v-1].text) == "d'" && lower(toks[v].text) == "après") {
			continue
		}
		if strings.EqualFold(toks[v].text, "selon") || lower(toks[v].text) == "d'" {
			if sp, kind, _, ok := npRight(toks, next); ok {
				a.speaker, a.kind = sp, kind
			}
			return a, true
		}
		if a.speaker.Empty() || v > 0 {
			subjectLeft(toks, v, &a)
		}
		return a, true
	}
	return attribution{}, false
}

// subjectLeft finds the subject of the verb at toks[v], scanning left over auxiliaries, clitics,
// negation and adverbs, falling back on the sentence's first noun phrase.
func subjectLeft(toks []tok, v int, a *attribution) {
	j := v - 1
	if j >= 0 {
		if verb, pron, ok := splitInversion(toks[j].text); ok && auxiliaries[strings.ToLower(verb)] {
			a.speaker, a.kind = Span{toks[j].end - len(pron), toks[j].end}, Pronoun
			if sp, kind, ok := npLeft(toks, j-1); ok && kind == Name {
				a.speaker, a.kind = sp, kind
			}
			return
		}
	}
	for j >= 0 && toks[j].word {
		w := lower(toks[j].text)
		if auxiliaries[w] || clitics[w] && !subjectPronouns[w] || isAdverb(w) || w == "pas" || w == "en" {
			j--
			continue
		}
		break
	}
	participle := strings.HasSuffix(lower(toks[v].text), "ant")
	if sp, kind, ok := npLeft(toks, j); ok && !participle {
		a.speaker, a.kind = sp, kind
		return
	}
	if sp, ok := nearestPronoun(toks, v); ok && !participle {
		a.speaker, a.kind = sp, Pronoun
		return
	}
	if sp, kind, ok := firstNP(toks, v); ok {
		a.speaker, a.kind = sp, kind
	}
}

// firstNP returns the sentence's subject before toks[v]: the noun phrase at its start or, after an
// opening adverbial phrase, after a comma ("De son côté, M. Lavrov …").
func firstNP(toks []tok, v int) (Span, SpeakerKind, bool) {
	for k := 0; k < v; k++ {
		if k > 0 && toks[k-1].text != "," {
			continue
		}
		j := k
		if isConj(lower(toks[j].text)) {
			j++
		}
		if sp, kind, _, ok := npRight(toks, j); ok && sp.End <= toks[v].start {
			return sp, kind, true
		}
	}
	return Span{}, NoSpeaker, false
}

// nearestPronoun returns the subject pronoun closest before toks[v].
func nearestPronoun(toks []tok, v int) (Span, bool) {
	for j := v - 1; j >= 0; j-- {
		if w := lower(toks[j].text); subjectPronouns[w] && w != "on" {
			return Span{toks[j].start, toks[j].end}, true
		}
	}
	return Span{}, false
}

func isConj(w string) bool {
	return w == "et" || w == "mais" || w == "puis" || w == "alors" || w == "ainsi"
}
