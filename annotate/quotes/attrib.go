package quotes

import "strings"

// attribution is what an incise or a reporting clause says about a quote.
type attribution struct {
	cue     Span
	speaker Span
	kind    SpeakerKind
}

func (a attribution) found() bool { return !a.cue.Empty() || !a.speaker.Empty() }

// maxIncise bounds how far an incise or a reporting clause is read, in bytes.
const maxIncise = 240

// incise reads an attributing incise starting at p ("dit-il", "a-t-elle relaté", "répondit le postillon",
// "selon M. Lavrov") and returns it with the offset where the incise ends (after its closing
// punctuation and spaces), or false.
func (f *finder) incise(p, limit int) (attribution, int, bool) {
	a, end, _, ok := f.inciseN(p, limit)
	return a, end, ok
}

// inciseN is incise that also reports whether narration follows the incise.
func (f *finder) inciseN(p, limit int) (attribution, int, bool, bool) {
	toks := tokenize(f.text, p, min(limit, p+maxIncise))
	k := 0
	for k < len(toks) && toks[k].word && (clitics[lower(toks[k].text)] && !determiners[lower(toks[k].text)] || lower(toks[k].text) == "s'") {
		k++
	}
	if k >= len(toks) || !toks[k].word {
		return attribution{}, 0, false, false
	}
	a, k, ok := verbGroup(toks, k)
	if !ok {
		return attribution{}, 0, false, false
	}
	if a.speaker.Empty() {
		for k < len(toks) && toks[k].word && isAdverb(lower(toks[k].text)) {
			k++
		}
		sp, kind, next, ok := npRight(toks, k)
		if !ok {
			return attribution{}, 0, false, false
		}
		a.speaker, a.kind, k = sp, kind, next
	}
	end, narrative := f.inciseEnd(toks, k, limit)
	return a, end, narrative, true
}

// verbGroup reads a reporting verb at toks[k]: "dit-il", "a-t-il dit", "a dit", "dit", "selon",
// "d'après". The speaker is set when the verb carries an inverted pronoun.
func verbGroup(toks []tok, k int) (attribution, int, bool) {
	t := toks[k]
	w := lower(t.text)
	if v, pron, ok := splitInversion(t.text); ok {
		pronSpan := Span{t.end - len(pron), t.end}
		switch {
		case cueLemma(v) != "":
			return attribution{Span{t.start, t.start + len(v)}, pronSpan, Pronoun}, k + 1, true
		case auxiliaries[strings.ToLower(v)] && k+1 < len(toks) && cueLemma(toks[k+1].text) != "":
			return attribution{Span{toks[k+1].start, toks[k+1].end}, pronSpan, Pronoun}, k + 2, true
		}
		return attribution{}, k, false
	}
	if (w == "fait" || w == "fit") && k+1 < len(toks) && lower(toks[k+1].text) == "part" { // "a fait part de"
		return attribution{cue: Span{t.start, toks[k+1].end}}, k + 2, true
	}
	if w == "d'" && k+1 < len(toks) && lower(toks[k+1].text) == "après" {
		return attribution{cue: Span{t.start, toks[k+1].end}}, k + 2, true
	}
	if auxiliaries[w] && k+1 < len(toks) && cueLemma(toks[k+1].text) != "" {
		return attribution{cue: Span{toks[k+1].start, toks[k+1].end}}, k + 2, true
	}
	if cueLemma(t.text) != "" {
		return attribution{cue: Span{t.start, t.end}}, k + 1, true
	}
	return attribution{}, k, false
}

// inciseEnd returns the offset after the punctuation closing an incise that continues at toks[k].
// An incise going on with a narrative complement ("fit le vieux, d'un ton convaincu.") runs to the
// sentence end; narrative is then true.
func (f *finder) inciseEnd(toks []tok, k, limit int) (end int, narr bool) {
	for ; k < len(toks); k++ {
		if toks[k].word {
			continue
		}
		switch toks[k].text {
		case ",":
			if k+1 < len(toks) && narrative(toks, k+1) {
				return f.sentenceEnd(toks, k+1, limit), true
			}
			return skipSpaces(f.text, toks[k].end, limit), false
		case ";", ".", ":", "!", "?", "…", "—", "–", "»":
			return skipSpaces(f.text, toks[k].end, limit), false
		case "«":
			return toks[k].start, false
		}
	}
	return limit, false
}

// narrative reports whether the words after an incise's comma (toks[k:]) are narration, not speech:
// "d'un ton convaincu", "avec un sourire", "faisant allusion", or a short adjective phrase ending the
// sentence ("mécontent.").
func narrative(toks []tok, k int) bool {
	w := lower(toks[k].text)
	switch {
	case w == "d'" && k+1 < len(toks) && (lower(toks[k+1].text) == "un" || lower(toks[k+1].text) == "une"):
		return true
	case w == "avec" || w == "sans" || strings.HasSuffix(w, "ant") && len(w) > 4:
		return true
	}
	for j := k; j < len(toks) && j <= k+2; j++ {
		if t := toks[j].text; t == "." || t == "!" {
			return true
		}
		if !toks[j].word {
			return false
		}
	}
	return false
}

func (f *finder) sentenceEnd(toks []tok, k, limit int) int {
	for ; k < len(toks); k++ {
		switch toks[k].text {
		case ".", "!", "?", "…", ";":
			return skipSpaces(f.text, toks[k].end, limit)
		case "«":
			return toks[k].start
		}
	}
	return limit
}

// npRight reads a noun phrase naming a person starting at toks[k].
func npRight(toks []tok, k int) (Span, SpeakerKind, int, bool) {
	if k >= len(toks) || !toks[k].word {
		return Span{}, NoSpeaker, k, false
	}
	w := lower(toks[k].text)
	start := toks[k].start
	switch {
	case subjectPronouns[w]:
		return Span{start, toks[k].end}, Pronoun, k + 1, true
	case determiners[w] && !strings.HasPrefix(w, "d"):
		j := k + 1
		name := false
		for j < len(toks) && j-k <= 4 && toks[j].word && !stopNP[lower(toks[j].text)] && cueLemma(toks[j].text) == "" {
			name = name || isUpperStart(toks[j].text)
			j++
		}
		if j == k+1 {
			return Span{}, NoSpeaker, k, false
		}
		kind := Description
		if name {
			kind = Name
		}
		return Span{start, toks[j-1].end}, kind, j, true
	case functionWords[w]:
		return Span{}, NoSpeaker, k, false
	case isUpperStart(toks[k].text) || titles[w] || titles[w+"."]:
		j := nameEnd(toks, k)
		return Span{start, toks[j-1].end}, Name, j, true
	}
	return Span{}, NoSpeaker, k, false
}

// nameEnd returns the index after a name starting at toks[k]: capitalised words, titles with their
// abbreviation dot, and particles between capitalised words.
func nameEnd(toks []tok, k int) int {
	j := k
	for j < len(toks) {
		t := toks[j]
		w := lower(t.text)
		switch {
		case t.word && (isUpperStart(t.text) || titles[w] || titles[w+"."]):
			j++
			if j < len(toks) && toks[j].text == "." && titles[w+"."] {
				j++
			}
		case t.word && particles[w] && j+1 < len(toks) && isUpperStart(toks[j+1].text) && j > k:
			j++
		default:
			return j
		}
	}
	return j
}

// npLeft reads a subject noun phrase ending with toks[j].
func npLeft(toks []tok, j int) (Span, SpeakerKind, bool) {
	if j < 0 || !toks[j].word {
		return Span{}, NoSpeaker, false
	}
	w := lower(toks[j].text)
	end := toks[j].end
	if subjectPronouns[w] {
		return Span{toks[j].start, end}, Pronoun, true
	}
	if isUpperStart(toks[j].text) {
		i := j
		for i-1 >= 0 {
			t := toks[i-1]
			lw := lower(t.text)
			switch {
			case t.word && (isUpperStart(t.text) && !determiners[lw] || titles[lw]):
				i--
				continue
			case t.text == "." && i-2 >= 0 && titles[lower(toks[i-2].text)+"."]:
				i -= 2
				continue
			case t.word && particles[lw] && i-2 >= 0 && isUpperStart(toks[i-2].text):
				i--
				continue
			}
			break
		}
		if i > 0 && determiners[lower(toks[i-1].text)] && !strings.HasPrefix(lower(toks[i-1].text), "d") {
			i-- // "le président Trump" keeps its determiner
		}
		return Span{toks[i].start, end}, Name, true
	}
	for i := j - 1; i >= 0 && i >= j-4; i-- {
		t := toks[i]
		lw := lower(t.text)
		if !t.word || stopNP[lw] && !determiners[lw] {
			return Span{}, NoSpeaker, false
		}
		if determiners[lw] && !strings.HasPrefix(lw, "d") {
			if i > 0 && stopNP[lower(toks[i-1].text)] {
				return Span{}, NoSpeaker, false
			}
			return Span{t.start, end}, Description, true
		}
	}
	return Span{}, NoSpeaker, false
}
