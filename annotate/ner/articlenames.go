package ner

// French capitalises only the first word of a party's, a movement's or a campaign's name, which may be
// a common word before an article and a name: "Debout la France", "Sauvons la Recherche". The tagger
// reads the common word as no name, and tags the name after the article alone ("France", LOC), cutting
// the party's name before "la". A word capitalised inside a sentence, where nothing but a name
// explains its capital, that the training text writes in lower case, opens the name: with the article
// and the name after it, one ORG mention (articleNames). A word capitalised by its place (opening a
// sentence or a quotation: « Vive la France »), in a list of the gazetteer (a title: "Premier", a place)
// or a known given name, is left alone, but where the article writes the same name inside a sentence
// ("Debout la France a obtenu 4 %", "Nicolas Dupont-Aignan (Debout la France)").

// nameArticles are the articles that may stand inside a name before its last part.
var nameArticles = map[string]bool{"la": true, "le": true, "les": true, "l'": true}

// articleNames joins, as described above, a common word capitalised mid-sentence and the article
// before a mention to that mention, as one ORG mention. mentions are in text order; so is the result.
func (m *Model) articleNames(d *docInfo, mentions []Mention) []Mention {
	found := map[string]bool{}
	for _, n := range mentions {
		if w := m.articleNameStart(d, n, false); w >= 0 {
			found[d.text[d.toks[w].start:n.End]] = true
		}
	}
	if len(found) == 0 {
		return mentions
	}
	out := mentions[:0:0]
	for _, n := range mentions {
		w := m.articleNameStart(d, n, true)
		if w < 0 || !found[d.text[d.toks[w].start:n.End]] {
			out = append(out, n)
			continue
		}
		if len(out) > 0 && out[len(out)-1].End > d.toks[w].start { // the word was tagged
			prev := out[len(out)-1]
			if prev.Start != d.toks[w].start || prev.End != d.toks[w].end || prev.Label == "PER" {
				out = append(out, n)
				continue
			}
			out = out[:len(out)-1]
		}
		out = append(out, Mention{Start: d.toks[w].start, End: n.End, Label: "ORG", Confidence: n.Confidence})
	}
	return out
}

// articleNameStart returns the token of the common word that opens mention n's name before an article,
// or -1; anyPlace allows a word capitalised by its place.
func (m *Model) articleNameStart(d *docInfo, n Mention, anyPlace bool) int {
	k := d.tokenFrom(n.Start)
	if w := k - 2; w >= 0 && nameArticles[d.lower[k-1]] && d.words[k-1] == d.lower[k-1] && m.opensName(d, w, anyPlace) {
		return w
	}
	return -1
}

// opensName reports whether token k, capitalised, opens a name its capital alone tells: inside a
// sentence (unless anyPlace), in no list, no given name, and written in lower case by the training text.
func (m *Model) opensName(d *docInfo, k int, anyPlace bool) bool {
	if !isCap(d.words[k]) || !anyPlace && capitalByPosition(d, k) || d.gaz[k] != 0 || m.gaz.givenName(d, k) {
		return false
	}
	f, ok := m.casing.form[d.fold[k]]
	return ok && isLowerWord(f)
}
