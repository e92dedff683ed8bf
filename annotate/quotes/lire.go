package quotes

import "strings"

// documents are the nouns of written sources a quotation can be read in.
var documents = set(`communiqué communiqués texte lettre courrier message note document rapport déclaration
site page compte tweet publication article blog éditorial tract`)

// lireAfter reads "peut-on lire sur le site", "lit-on dans le communiqué", "peut-on y lire" at q, right
// after a quotation: the source where the words are read speaks. For "y" it is the document last named
// before the quotation in its paragraph or the one before.
func (f *finder) lireAfter(q, lineEnd, quoteStart, line int) (attribution, bool) {
	if w, _, _ := strings.Cut(f.text[q:min(lineEnd, q+40)], " "); !strings.HasSuffix(w, "-on") {
		return attribution{}, false // cheap test first: this runs after every quotation
	}
	toks := tokenize(f.text, q, min(lineEnd, q+maxIncise))
	if len(toks) < 2 {
		return attribution{}, false
	}
	v, pron, ok := splitInversion(toks[0].text)
	if !ok || lower(pron) != "on" {
		return attribution{}, false
	}
	v = lower(strings.TrimSuffix(v, "-t"))
	k, cue := 1, Span{}
	y := toks[1].low == "y"
	if y {
		k++
	}
	switch {
	case v == "lit" || v == "lisait":
		cue = Span{toks[0].start, toks[0].start + len(v)}
	case k < len(toks) && toks[k].low == "lire" && (strings.HasPrefix(v, "peu") || strings.HasPrefix(v, "pouv") || strings.HasPrefix(v, "pourr")):
		cue = Span{toks[k].start, toks[k].end}
		k++
	default:
		return attribution{}, false
	}
	a := attribution{cue: cue}
	if y {
		if sp, ok := f.documentBefore(quoteStart, line); ok {
			a.speaker, a.kind = sp, Description
		}
		return a, true
	}
	if k < len(toks) && (toks[k].low == "sur" || toks[k].low == "dans") {
		if sp, kind, _, ok := npRight(toks, k+1); ok {
			a.speaker, a.kind = sp, kind
		}
	}
	return a, true
}

// documentBefore returns the noun phrase of the last document named before offset at, in the line
// holding it or the one before: "un communiqué de l'aéroport".
func (f *finder) documentBefore(at, line int) (Span, bool) {
	from := f.lines[line].Start
	if p := f.prevLine(line); p >= 0 {
		from = f.lines[p].Start
	}
	from = max(from, at-2*maxIncise)
	toks := f.tokensOutside(from, at)
	for k := len(toks) - 1; k > 0; k-- {
		if !documents[toks[k].low] || !articles[toks[k-1].low] && !determiners[toks[k-1].low] || placeSite(toks, k) {
			continue
		}
		if sp, _, _, ok := npRight(toks, k-1); ok {
			return sp, true
		}
		return Span{toks[k-1].start, toks[k].end}, true
	}
	return Span{}, false
}

// placeSite reports whether "site" at toks[k] is a place, not a web site: "le site de l'écrasement",
// not "le site du Monde" or "le site internet".
func placeSite(toks []tok, k int) bool {
	if toks[k].low != "site" || k+1 >= len(toks) || !isOf(toks[k+1].low) {
		return false
	}
	j := k + 2
	if j < len(toks) && articles[toks[j].low] {
		j++
	}
	return j < len(toks) && toks[j].word && !isUpperStart(toks[j].text)
}

// commeAfter reads "comme l'a indiqué X", "comme l'indique X", "comme prétendu par X" at q, right after
// a quotation: X said it.
func (f *finder) commeAfter(q, lineEnd int) (attribution, bool) {
	if !strings.HasPrefix(f.text[q:lineEnd], "comme ") {
		return attribution{}, false
	}
	toks := tokenize(f.text, q, min(lineEnd, q+maxIncise))
	if len(toks) < 3 || toks[0].low != "comme" {
		return attribution{}, false
	}
	k := 1
	if toks[k].low == "l'" || toks[k].low == "le" {
		k++
	}
	var a attribution
	next := k + 1
	if fm, ok := lexicon()[toks[k].low]; ok && fm.class == participle { // "comme prétendu par X"
		a.cue = Span{toks[k].start, toks[k].end}
	} else if a, next, ok = verbGroup(toks, k); !ok || a.infin || a.gerund {
		return attribution{}, false
	}
	if !a.speaker.Empty() {
		return a, true
	}
	if next < len(toks) && toks[next].low == "par" {
		next++
	}
	sp, kind, _, ok := npRight(toks, skipFillers(toks, next))
	if !ok {
		return attribution{}, false
	}
	a.speaker, a.kind = sp, kind
	return a, true
}
