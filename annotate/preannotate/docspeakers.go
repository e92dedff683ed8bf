package preannotate

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/glose-app/glose/annotate/quotes"
)

// A quotation read in a document ("indique le communiqué", "selon le texte") has the document as its
// speaker, as written: the text its authors wrote, never a person. Its mention is labelled MISC while
// nothing names the authors, so that no person entity and no PER span is made of "le communiqué"; where
// the text names them, it joins their entity and takes its label, as the gold names such a speaker after
// its authors.

// documentSpeaker reports whether m is a quote's speaker written as a document.
func documentSpeaker(text string, m Mention) bool {
	return m.Speaker && m.kind == quotes.Description && quotes.DocumentDescription(text[m.Start:m.End])
}

// author returns the entity of the organisation or person the text gives as the author of document
// speaker m, or -1: one named in its complement ("le communiqué de l'Élysée", where the place stands
// for the authors seated there, as the recogniser labels l'Élysée and le Kremlin places) or right
// after it by a verb of writing ("le texte publié par Amnesty International"); for a definite
// document, that of the document the text brought in just before ("La CGT a publié un communiqué. …
// précise le communiqué").
func (r speakerReferents) author(m Mention) int {
	if e := r.authorNamed(m.Start, m.End); e >= 0 {
		return e
	}
	if !definiteDeterminers[firstWord(r.text[m.Start:m.End])] {
		return -1
	}
	a, b, ok := documentBefore(r.text, m.Start)
	if !ok {
		return -1
	}
	if e := r.authorNamed(a, b); e >= 0 {
		return e
	}
	return r.publisher(a)
}

// authorNamed returns the entity of the first person or organisation named in the complement of the
// document words text[start:end] ("un communiqué de presse de Amaq", "la lettre de Marie Curie"), or
// after them, by de or by a verb of writing and par ("le texte publié par Amnesty International"), or -1.
func (r speakerReferents) authorNamed(start, end int) int {
	for _, c := range r.candidates(start, end+maxAuthorGap, true) {
		if c.Start <= start || c.Label == "LOC" && (c.Start >= end || !placeAuthor(r.text[start:c.Start])) {
			continue
		}
		between := r.text[start:c.Start]
		if c.Start >= end {
			between = r.text[end:c.Start]
		}
		if governedAuthor(between, c.Start >= end) && !r.publishedStudy(r.text[start:end], c) {
			return c.Entity
		}
	}
	return -1
}

// maxAuthorGap is how far in bytes after a document's words its author may be named: "publié par l'".
const maxAuthorGap = 40

// candidates returns the persons and organisations, and the places if asked, named outside quotes
// that start in [from, to), in text order.
func (r speakerReferents) candidates(from, to int, places bool) []Mention {
	lists := [][]Mention{r.people, r.orgs}
	if places {
		lists = append(lists, r.places)
	}
	var out []Mention
	for _, l := range lists {
		for i := sort.Search(len(l), func(i int) bool { return l[i].End > from }); i < len(l); i++ {
			if l[i].Start >= from && l[i].Start < to {
				out = append(out, l[i])
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// governedAuthor reports whether words, the text just before a name, make that name a document's
// author: they end with de or par and maybe an article ("de l'", "du", "par"). Within the document's
// words they hold its noun and a few modifiers before ("la page Twitter officielle de", "un communiqué de
// presse de"), not a complement of another noun ("le rapport de la commission sur la mort de"); after
// them (after), only the link, or a verb of writing and par ("publié par").
func governedAuthor(words string, after bool) bool {
	ws, link, ok := beforeLink(words)
	switch {
	case !ok:
		return false
	case !after:
		return len(ws) <= 4 && !slices.ContainsFunc(ws, func(w string) bool { return authorLinks[w] })
	}
	return len(ws) == 0 && link != "par" || len(ws) == 1 && link == "par" && writingVerb(ws[0])
}

// beforeLink splits words, lower-cased, that end with de or par and maybe an article: the words before
// the link, "de presse" left out, and the link; ok is false when they do not end so.
func beforeLink(words string) (ws []string, link string, ok bool) {
	ws = strings.Fields(strings.ReplaceAll(strings.ToLower(strings.ReplaceAll(words, "’", "'")), ",", " "))
	if n := len(ws); n > 0 && authorArticles[ws[n-1]] {
		ws = ws[:n-1]
	}
	n := len(ws)
	if n == 0 || !authorLinks[ws[n-1]] {
		return nil, "", false
	}
	link, ws = ws[n-1], ws[:n-1]
	if n := len(ws); n > 2 && ws[n-1] == "presse" && authorLinks[ws[n-2]] {
		ws = ws[:n-2]
	}
	return ws, link, true
}

var (
	authorArticles      = map[string]bool{"le": true, "la": true, "les": true, "l'": true}
	authorLinks         = map[string]bool{"de": true, "du": true, "des": true, "d'": true, "par": true}
	definiteDeterminers = map[string]bool{"le": true, "la": true, "les": true, "l'": true, "ce": true, "cet": true,
		"cette": true, "ces": true}
	// broadcasting verbs (diffuser, transmettre) are left out: "Al Jazeera a diffusé des déclarations
	// de l'émir" makes the emir their author
	writingStems = []string{"publi", "redig", "sign", "cosign", "adress", "envoy", "post", "tweet"}
	// writingForms are the folded forms of the irregular verbs of writing (écrire, émettre, rendre):
	// "écrivain", "émission" and "rendez-vous" are none
	writingForms = map[string]bool{"ecrit": true, "ecrite": true, "ecrits": true, "ecrites": true,
		"ecrivent": true, "ecrivait": true, "ecrivaient": true, "ecrivit": true, "ecrire": true,
		"emis": true, "emise": true, "emises": true, "emet": true, "emettent": true, "emettait": true,
		"rendu": true, "rendue": true, "rendus": true, "rendues": true}
	// writingEndings are the endings, folded, that a regular stem of writingStems takes: participles,
	// present, imperfect, simple past, future and infinitive ("publiée", "signent", "rédigeait",
	// "publia"), not the endings of other words built on the stems ("publique", "signal", "poste de",
	// "adresse" of a house: a noun ending with -e is told from the verb by the participle only)
	writingEndings = map[string]bool{"e": true, "ee": true, "es": true, "ees": true, "ent": true, "er": true,
		"a": true, "ait": true, "aient": true, "ant": true, "era": true, "eront": true, "erent": true,
		"ea": true, "eait": true, "eaient": true, "eant": true}
	// nounLikeStems are the stems whose present "-e" is as often a noun ("le poste", "l'adresse", "un
	// envoi"): only their participles and other forms count
	nounLikeStems = map[string]bool{"post": true, "adress": true, "envoy": true}
)

// placeAuthor reports whether a place named after words is the complement of the document noun itself
// ("le communiqué de l'Élysée", "un communiqué de presse du Kremlin"), not of another noun in it ("un
// communiqué de l'aéroport X de Rionegro"): a place writes nothing, the authors seated there do.
func placeAuthor(words string) bool {
	ws, link, ok := beforeLink(words)
	return ok && link != "par" && len(ws) > 0 && quotes.DocumentDescription("le "+ws[len(ws)-1])
}

// writingVerb reports whether the word w is a verb of writing or publishing ("publié",
// "rédigée", "a adressé", "rendu public"), in a verb's form: the stems alone once matched "publique",
// "signalé", "poste", "écrivain" and "émission".
// w is lower case with its accents, which tell the participle "posté" from the noun "poste".
func writingVerb(w string) bool {
	f := Fold(w)
	if writingForms[f] {
		return true
	}
	return slices.ContainsFunc(writingStems, func(s string) bool {
		end, ok := strings.CutPrefix(f, s)
		return ok && writingEndings[end] && !(end == "e" && nounLikeStems[s] && !strings.HasSuffix(w, "é"))
	})
}

// firstWord returns the first word of s folded, an elided article with its apostrophe ("l'").
func firstWord(s string) string {
	w, _, _ := strings.Cut(Fold(s), " ")
	if i := strings.IndexByte(w, '\''); i >= 0 {
		return w[:i+1]
	}
	return w
}

// documentIntro matches a document brought in with an indefinite or possessive determiner: "un
// communiqué", "une longue lettre", "son rapport".
var documentIntro = regexp.MustCompile(`(?i)\b(un|une|des|son|sa|ses|leur|leurs)\s+(?:\pL+\s+)?(\pL+)`)

// documentBefore returns the bytes [a, b) of the last document brought in within maxAntecedent bytes
// before offset at ("un communiqué"), and whether there is one.
func documentBefore(text string, at int) (int, int, bool) {
	from := max(0, at-maxAntecedent)
	locs := documentIntro.FindAllStringSubmatchIndex(text[from:at], -1)
	for i := len(locs) - 1; i >= 0; i-- {
		l := locs[i]
		a, b := from+l[0], from+l[1]
		// "un communiqué mardi" by its first noun, "une longue lettre" by its last
		if quotes.DocumentDescription(text[a:b]) || quotes.DocumentDescription(text[a:from+l[3]]+" "+text[from+l[4]:b]) {
			return a, b, true
		}
	}
	return 0, 0, false
}

// maxAntecedent is how far back in bytes a definite document ("le communiqué") finds the document the
// text brought in: about two sentences.
const maxAntecedent = 400

// publisher returns the entity of the person or organisation that the sentence holding the document
// brought in at offset a makes its writer: the last named before it in the sentence, followed by a
// verb of writing ("La CGT a publié un communiqué"), or -1.
func (r speakerReferents) publisher(a int) int {
	start := strings.LastIndex(r.text[:a], ". ") + 1
	cs := r.candidates(start, a, false)
	for i := len(cs) - 1; i >= 0; i-- {
		if cs[i].End > a {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(r.text[cs[i].End:a])) {
			if writingVerb(w) && !r.publishedStudy(r.text[a:min(len(r.text), a+maxAuthorGap)], cs[i]) {
				return cs[i].Entity
			}
		}
		return -1
	}
	return -1
}

// A study published by a journal is its researchers' work, not the journal's: "une étude publiée par la
// Monthly Notices of the Royal Astronomical Society", "Nature a publié une étude". A report or a
// statement published by an organisation is the organisation's ("un rapport publié par Amnesty
// International"), and so is an article published by a newspaper, which its journalists wrote.

// studyNouns are the documents, folded, that researchers write and journals publish.
var studyNouns = map[string]bool{"etude": true, "etudes": true, "recherche": true, "recherches": true,
	"travaux": true, "these": true, "publication": true, "publications": true}

// periodicalWords are the words, folded, that name a learned journal or a periodical: in its name
// ("Journal of", "Monthly Notices", "The Lancet", "Physical Review Letters", "Nature Astronomy") or
// as the noun before it elsewhere in the text ("la revue Cell").
var periodicalWords = map[string]bool{"journal": true, "review": true, "revue": true, "notices": true,
	"letters": true, "proceedings": true, "annals": true, "annales": true, "bulletin": true,
	"lancet": true, "nature": true, "science": true, "cell": true, "magazine": true, "reports": true,
	"transactions": true, "quarterly": true, "gazette": true, "acta": true, "plos": true}

// periodicalNouns are the nouns, folded, that say the name after them is a periodical's.
var periodicalNouns = []string{"revue", "journal", "magazine", "periodique", "publication"}

// publishedStudy reports whether doc, the words of a document, is a study and c, named as its author
// or publisher, is a periodical, which publishes the study and does not write it.
func (r speakerReferents) publishedStudy(doc string, c Mention) bool {
	study := false
	for _, w := range strings.Fields(Fold(doc)) {
		study = study || studyNouns[w]
	}
	return study && r.periodical(c)
}

// periodical reports whether the name of c is a periodical's: a word of periodicalWords in it, or a
// noun of periodicalNouns before one of its mentions in the text ("la revue Cell").
func (r speakerReferents) periodical(c Mention) bool {
	name := r.text[c.Start:c.End]
	for _, w := range strings.Fields(Fold(name)) {
		if periodicalWords[w] {
			return true
		}
	}
	for from := 0; ; {
		i := strings.Index(r.text[from:], name)
		if i < 0 {
			return false
		}
		before := strings.Fields(Fold(r.text[max(0, from+i-20) : from+i]))
		if n := len(before); n > 0 && slices.Contains(periodicalNouns, before[n-1]) {
			return true
		}
		from += i + len(name)
	}
}
