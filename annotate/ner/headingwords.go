package ner

// headingWords drops a mention that is a line of one word the training text writes in lower case: a
// news page's section heading or rubric ("Politique", "Reportage", "Économie", "Culture"), which the
// tagger, seeing a capitalised word alone, took for a name. A word the document also writes with its
// capital inside a sentence ("Total a annoncé …" is a sentence's first word; "le groupe Total" is not)
// stays a name, and so does a word the training text writes capitalised ("Lyon", "Macron").
func (m *Model) headingWords(d *docInfo, mentions []Mention) []Mention {
	var first []bool
	out := mentions[:0]
	for _, mn := range mentions {
		k := mentionTokens(d, mn)
		if k[1]-k[0] == 1 && aloneOnLine(d, k[0]) && m.lowerInTraining(d.fold[k[0]]) {
			if first == nil {
				first = d.sentenceFirstWords()
			}
			if !capitalisedInSentence(d, first, k[0]) {
				continue
			}
		}
		out = append(out, mn)
	}
	return out
}

// aloneOnLine reports whether token k is the only token of its line.
func aloneOnLine(d *docInfo, k int) bool {
	return (k == 0 || d.toks[k].newlineBefore) && (k+1 == len(d.toks) || d.toks[k+1].newlineBefore)
}

// lowerInTraining reports whether the training text mostly writes the folded word in lower case.
func (m *Model) lowerInTraining(fold string) bool {
	f, ok := m.casing.form[fold]
	return ok && isLowerWord(f)
}

// capitalisedInSentence reports whether the document writes token k's word, as it is written at k,
// elsewhere but as a sentence's first word or a line's only word.
func capitalisedInSentence(d *docInfo, first []bool, k int) bool {
	for i := range d.toks {
		if i != k && d.typ[i] == d.typ[k] && !first[i] && !aloneOnLine(d, i) {
			return true
		}
	}
	return false
}
