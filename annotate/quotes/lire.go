package quotes

import "strings"

// documents are the nouns of written sources a quotation can be read in.
var documents = set(`communiqué communiqués texte lettre courrier message note document rapport déclaration
site page compte tweet publication article blog éditorial tract`)

// writings are the other texts news quotes as their authors' words: opinions, rulings, laws, findings
// ("l'avis du Conseil d'État", "la résolution", "les conclusions de l'audit").
var writings = set(`avis arrêté décret jugement arrêt résolution tribune mail courriel loi règlement traité charte
étude conclusions annonce accord accords pacte protocole`)

// DocumentDescription reports whether a description as written is headed by a noun of a document
// ("le communiqué de l'Élysée", "Ces déclarations", "l'avis de la plus haute autorité"): such a speaker
// is the text its authors wrote, never a person, and speaks for the authors where the text names them.
func DocumentDescription(s string) bool {
	toks := tokenize(s, 0, len(s))
	if len(toks) < 2 || !determiners[toks[0].low] {
		return false
	}
	for _, t := range toks[1:] {
		if !headModifiers[t.low] {
			w1 := singular(t.low)
			return documents[t.low] || documents[w1] || writings[t.low] || writings[w1]
		}
	}
	return false
}

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
	cue, k, ok := lireCue(toks)
	if !ok {
		return attribution{}, false
	}
	a := attribution{cue: cue}
	if toks[1].low == "y" {
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

// lireCue reads the inverted verb opening toks, "lit-on", "peut-on lire" or "peut-on y lire", and
// returns the reading verb and the index after it; lire is the cue, not pouvoir.
func lireCue(toks []tok) (Span, int, bool) {
	v, pron, ok := splitInversion(toks[0].text)
	if !ok || lower(pron) != "on" {
		return Span{}, 0, false
	}
	v = lower(strings.TrimSuffix(v, "-t"))
	k := 1
	if toks[1].low == "y" {
		k++
	}
	switch {
	case v == "lit" || v == "lisait":
		return Span{toks[0].start, toks[0].start + len(v)}, k, true
	case k < len(toks) && toks[k].low == "lire" && pouvoirForm(v):
		return Span{toks[k].start, toks[k].end}, k + 1, true
	}
	return Span{}, 0, false
}

// pouvoirForm reports whether v is a form of pouvoir that lire may follow ("peut", "pouvait",
// "pourra").
func pouvoirForm(v string) bool {
	return strings.HasPrefix(v, "peu") || strings.HasPrefix(v, "pouv") || strings.HasPrefix(v, "pourr")
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
	a, next, ok := commeVerb(toks)
	if !ok {
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

// commeVerb reads the verb after comme and its object pronoun l' or le, a participle ("comme prétendu
// par X") or a finite verb group ("comme l'a indiqué X"), and returns it with the index after it.
func commeVerb(toks []tok) (attribution, int, bool) {
	k := 1
	if toks[k].low == "l'" || toks[k].low == "le" {
		k++
	}
	if fm, ok := lexicon()[toks[k].low]; ok && fm.class == participle {
		return attribution{cue: Span{toks[k].start, toks[k].end}}, k + 1, true
	}
	a, next, ok := verbGroup(toks, k)
	if !ok || a.infin || a.gerund {
		return attribution{}, 0, false
	}
	return a, next, true
}
