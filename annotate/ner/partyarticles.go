package ner

// A party or a newspaper may have its article in its name: "Les Républicains", "La France insoumise",
// "Le Monde". The WiNER gold tags the article with the name where the text capitalises it inside a
// sentence ("le parti [Les Républicains]", "candidat de [La France insoumise]"), not where it is in
// lower case ("des [Républicains]", "la [France insoumise]"), and at a sentence's start it includes it
// for such names ("[Les Républicains] s'y opposent") but not for others ("Les [Gilets jaunes]", "La
// [Commission européenne]"). The tagger learnt the names of its training text, and tags a name it
// never saw, opening a sentence, without its article: "Les Écologistes ont présenté…" gave
// "Écologistes". articleAtStart gives such a mention its article where the document writes the name
// with a capitalised article inside a sentence too, or where the name is one of partiesWithArticle.

// partiesWithArticle are French parties whose name begins with its article, folded, without it.
var partiesWithArticle = map[string]bool{
	"republicains": true, "ecologistes": true, "patriotes": true, "centristes": true,
	"france insoumise": true, "republique en marche": true,
}

// capitalArticles are the articles that may open a name, as written capitalised.
var capitalArticles = map[string]bool{"Les": true, "La": true, "Le": true, "L'": true}

// articleAtStart extends, as described above, ORG mentions after the capitalised article opening a
// sentence to that article. Inside a sentence the tagger reads the capital already, and a translation
// capitalising an article there ("a indiqué La Croix Rouge") is not followed. mentions are in text
// order, and stay so.
func articleAtStart(d *docInfo, mentions []Mention) {
	var withArticle map[string]bool // names the document writes after a capitalised article mid-sentence
	add := func(name string) {
		if withArticle == nil {
			withArticle = map[string]bool{}
		}
		withArticle[foldString(name)] = true
	}
	for i := range mentions {
		m := &mentions[i]
		if m.Label != "ORG" {
			continue
		}
		k := d.tokenFrom(m.Start)
		if capitalArticles[d.words[k]] && k+1 < len(d.toks) && d.toks[k+1].start < m.End && !capitalByPosition(d, k) {
			add(d.text[d.toks[k+1].start:m.End]) // "le parti [Les Écologistes]"
		}
	}
	for i := range mentions {
		m := &mentions[i]
		if m.Label != "ORG" {
			continue
		}
		a := articleBefore(d, d.tokenFrom(m.Start))
		if a < 0 || !capitalByPosition(d, a) || !free(d, mentions, i, a) {
			continue
		}
		if name := foldString(d.text[m.Start:m.End]); withArticle[name] || partiesWithArticle[name] {
			m.Start = d.toks[a].start
		}
	}
}

// articleBefore returns the token of a capitalised article right before token k, on its line, or -1.
func articleBefore(d *docInfo, k int) int {
	if k < 1 || d.toks[k].newlineBefore || !capitalArticles[d.words[k-1]] || d.toks[k-1].end == d.toks[k].start && d.words[k-1] != "L'" {
		return -1
	}
	return k - 1
}

// free reports whether the mention before mentions[i] ends before token a of d.
func free(d *docInfo, mentions []Mention, i, a int) bool {
	return i == 0 || mentions[i-1].End <= d.toks[a].start
}
