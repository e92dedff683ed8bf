package ner

import (
	"slices"
	"strings"
)

// Names that translated news keeps in English, and French words a capital turns into a name's first
// word, which the tagger, trained on French Wikinews, reads as persons':
//
//   - an English event ends with a word no person's name ends with: "Ryder Cup", "Stanley Cup",
//     "US Open", "Super Bowl", "World Series". Such a name is MISC, the label of events, though its
//     first word may be a given name ("Davis Cup"); not Games, which ends companies' names too ("Epic
//     Games", "Nordic Games");
//   - an airline's name opens with "Air" ("Air Niugini", "Air Canada"): an organisation's;
//   - a noun of institution that is also a given name ("Marine"), followed by an adjective of
//     nationality, is the institution: "la Marine américaine" is ORG, not the person "Marine";
//   - a verb in the imperative opening a sentence ("Abandonnez Chequers et …", a quoted slogan) has
//     its capital from its place only; the name starts after it. It is told from a Spanish surname in
//     -ez ("Rodríguez Zapatero") by its infinitive, which the casing lexicon learnt from the training
//     text writes in lower case ("abandonner").

// foreignEventHeads are the English words that end the name of a competition or an event.
var foreignEventHeads = map[string]bool{
	"Cup": true, "Trophy": true, "Open": true, "Bowl": true, "Series": true,
	"Classic": true, "Marathon": true, "Tournament": true, "Invitational": true, "Prix": true,
	"Flight": true, // "Batik Air Flight 6321", a flight, not its airline
}

// foreignOrgLeads are the words that open an organisation's name in any language: "Air France".
var foreignOrgLeads = map[string]bool{"Air": true}

// eventOrOrg returns the label a PER mention made of words takes by its first or last word, or "":
// MISC after an event's head, ORG after an airline's first word.
func eventOrOrg(words []string) string {
	if len(words) < 2 {
		return ""
	}
	switch {
	case foreignEventHeads[words[len(words)-1]]:
		return "MISC"
	case foreignOrgLeads[words[0]]:
		return "ORG"
	}
	return ""
}

// institutionsNotPersons makes ORG, with the adjective after it, a one-word PER mention that is a noun
// of institution (heads: "Marine", "Justice") followed by a lower-case adjective of nationality.
func institutionsNotPersons(d *docInfo, mentions []Mention) {
	for i, m := range mentions {
		ks := mentionTokens(d, m)
		k := ks[1]
		if m.Label != "PER" || k-ks[0] != 1 || k >= len(d.toks) || d.toks[k].newlineBefore {
			continue
		}
		if _, ok := heads[foldString(d.words[ks[0]])]; !ok {
			continue
		}
		if _, ok := nationalities[d.fold[k]]; ok && d.words[k] == d.lower[k] && (i+1 == len(mentions) || mentions[i+1].Start >= d.toks[k].end) {
			mentions[i].Label, mentions[i].End = "ORG", d.toks[k].end
		}
	}
}

// infinitiveEndings turn an imperative's stem into its infinitive: "abandonn" + "er".
var infinitiveEndings = []string{"er", "ir", "re"}

// imperative reports whether the lower-case word w is a verb in the imperative plural whose
// infinitive the casing lexicon writes in lower case.
func (m *Model) imperative(w string) bool {
	stem, ok := strings.CutSuffix(w, "ez")
	if !ok || len(stem) < 3 {
		return false
	}
	for _, end := range infinitiveEndings {
		if f, ok := m.casing.form[foldString(stem+end)]; ok && isLowerWord(f) {
			return true
		}
	}
	return false
}

// trimImperatives starts after its first word a mention of two words or more that opens with a verb
// in the imperative capitalised by its place: "Abandonnez Chequers" gives "Chequers".
func (m *Model) trimImperatives(d *docInfo, mentions []Mention) {
	for i, men := range mentions {
		ks := mentionTokens(d, men)
		if k := ks[0]; ks[1]-k >= 2 && capitalByPosition(d, k) && d.gaz[k] == 0 && m.imperative(d.lower[k]) {
			mentions[i].Start = d.toks[k+1].start
		}
	}
}

// teamArticles are the words before a team's name in the plural: "contre les Rockies", "L'équipe des
// Nationals", "face aux Nationals", "The Rockies".
// English writes "the" with a capital then; "Maps to the Stars" is a title.
var teamArticles = map[string]bool{"les": true, "des": true, "aux": true, "The": true}

// teamWord reports whether token k is an English plural standing as a team's name: capitalised, after
// one of teamArticles, ending in s, in no gazetteer, a word the training text never wrote (so no French
// demonym, party or place: "les Américains", "les Républicains", "les Alpes") and one the English
// dictionary holds in lower case, itself or in the singular ("nationals", "hawks", "rockies" for
// "rocky"), with no capitalised word after it.
func (m *Model) teamWord(d *docInfo, k int) bool {
	w := d.words[k]
	if len(w) < 4 || !strings.HasSuffix(w, "s") || !isCap(w) || isAllUpper(w) || k == 0 ||
		!(teamArticles[d.lower[k-1]] && d.lower[k-1] != "the" || teamArticles[d.words[k-1]]) ||
		d.gaz[k] != 0 || capitalByPosition(d, k) {
		return false
	}
	if k+1 < len(d.toks) && isCap(d.words[k+1]) && !d.toks[k+1].newlineBefore {
		return false
	}
	if _, ok := m.casing.form[d.fold[k]]; ok {
		return false
	}
	dict := englishWords()
	if dict == nil {
		return false
	}
	l := d.lower[k]
	return dict.Has(l) || dict.Has(strings.TrimSuffix(l, "s")) || strings.HasSuffix(l, "ies") && dict.Has(strings.TrimSuffix(l, "ies")+"y")
}

// teamsInPlural makes ORG every mention of a word teamWord finds, and the word itself wherever the
// document writes it untagged: a team named in the plural in English ("les Rockies", "aux Nationals"),
// which the tagger leaves out or takes for a place. mentions are in text order; so is the result.
func (m *Model) teamsInPlural(d *docInfo, mentions []Mention) []Mention {
	teams := map[string]bool{}
	for k := range d.toks {
		if m.teamWord(d, k) {
			teams[d.words[k]] = true
		}
	}
	if len(teams) == 0 {
		return mentions
	}
	at := mentionAt(d, mentions)
	added := false
	for k, t := range d.toks {
		if !teams[d.words[k]] {
			continue
		}
		switch j := at[k]; {
		case j < 0:
			mentions = append(mentions, Mention{Start: t.start, End: t.end, Label: "ORG", Confidence: surnameConfidence})
			added = true
		case mentions[j].Start == t.start && mentions[j].End == t.end:
			mentions[j].Label = "ORG"
		}
	}
	if added {
		slices.SortFunc(mentions, func(a, b Mention) int { return a.Start - b.Start })
	}
	return mentions
}

// speechVerbs are the forms of the verbs of saying after which "au", "à la" or "à l'" and a name give
// whom it was said to: a newspaper or a broadcaster in news, which a person's name never follows au
// ("a déclaré au Post", "a-t-elle confié au Washington Post", "a indiqué à l'AFP"; a person is told
// "à Paul").
var speechVerbs = map[string]bool{}

func init() {
	for _, v := range strings.Fields(`déclaré déclare dit confié confie indiqué indique expliqué explique
		affirmé affirme raconté raconte précisé précise annoncé annonce assuré assure souligné souligne
		ajouté ajoute révélé révèle répondu répond rapporté rapporte écrit estimé estime témoigné témoigne
		reconnu reconnaît admis admet démenti dément confirmé confirme`) {
		speechVerbs[v] = true
	}
}

// mediumAfter returns the first token of the name a medium is told by a verb of saying at token k
// ("déclaré au Post", "a-t-il déclaré à l'AFP", "confie-t-elle au Monde"), or -1: the verb, its
// inverted subject if a person's name ("a déclaré Joel Roux au Post"), then au, or à with la or l',
// then a capitalised word that is no place of the gazetteer. at maps tokens to mentions (mentionAt).
func mediumAfter(d *docInfo, k int, mentions []Mention, at []int) int {
	if !speechVerb(d.lower[k]) {
		return -1
	}
	j := k + 1
	if j < len(d.toks) && at[j] >= 0 && mentions[at[j]].Label == "PER" { // "a déclaré Joel Roux au Post"
		for end := mentions[at[j]].End; j < len(d.toks) && d.toks[j].start < end; j++ {
		}
	}
	switch {
	case j+1 < len(d.toks) && d.lower[j] == "au":
		j++
	case j+2 < len(d.toks) && d.lower[j] == "à" && (d.lower[j+1] == "la" || d.lower[j+1] == "l'"):
		j += 2
	default:
		return -1
	}
	if !isCap(d.words[j]) || d.gaz[j]&uint32(gazCountry|gazRegion|gazCity|gazPlace) != 0 || d.toks[j].newlineBefore {
		return -1 // "au Mexique"; a given name of the gazetteer may name a paper: "au Sun"
	}
	return j
}

// mediaAfterSpeech makes ORG the name a medium is told by a verb of saying (mediumAfter): the
// mention starting there when it is a place, a person or a product, or the run of capitalised words
// there when the tagger left it out. mentions are in text order; so is the result.
func mediaAfterSpeech(d *docInfo, mentions []Mention) []Mention {
	var at []int // made at the first verb of saying
	added := false
	saying := d.byWord(func(k int) bool { return speechVerb(d.lower[k]) })
	for k := range d.toks {
		if !saying[d.typ[k]] {
			continue
		}
		if at == nil {
			at = mentionAt(d, mentions)
		}
		j := mediumAfter(d, k, mentions, at)
		if j < 0 {
			continue
		}
		if i := at[j]; i >= 0 {
			if mentions[i].Start == d.toks[j].start {
				mentions[i].Label = "ORG"
			}
			continue
		}
		e := j + 1
		for e < len(d.toks) && at[e] < 0 && isCap(d.words[e]) && !d.toks[e].newlineBefore {
			e++
		}
		mentions = append(mentions, Mention{Start: d.toks[j].start, End: d.toks[e-1].end, Label: "ORG", Confidence: surnameConfidence})
		added = true
	}
	if added {
		slices.SortFunc(mentions, func(a, b Mention) int { return a.Start - b.Start })
	}
	return mentions
}

// speechVerb reports whether lower-case word w is one of speechVerbs, or one with its subject pronoun
// after it ("confie-t-elle").
func speechVerb(w string) bool {
	return speechVerbs[w] || strings.ContainsRune(w, '-') && speechVerbs[verbOfInversion(w)]
}

// verbOfInversion returns the verb of a word with its subject pronoun after it ("confie-t-elle" gives
// "confie"), or the word.
func verbOfInversion(lw string) string {
	for _, p := range invertedPronouns {
		if v, ok := strings.CutSuffix(lw, p); ok && v != "" {
			return strings.TrimSuffix(v, "-t")
		}
	}
	return lw
}

// acronymArticles are the articles after which a word in capitals names an organisation: "le NHS",
// "du NTS", "la BBC" (307 of 374 such words in the Wikinews gold, the others mostly common nouns'
// acronyms, commonAcronyms, and Roman numerals).
var acronymArticles = map[string]bool{"le": true, "la": true, "l'": true, "du": true, "au": true}

// orgAcronym reports whether token k is a word of three to five capitals after one of
// acronymArticles, no common noun's acronym, no Roman numeral, in no gazetteer, with no brackets
// after it.
func orgAcronym(d *docInfo, k int) bool {
	w := d.words[k]
	if len(w) < 3 || len(w) > 5 || !isLetters(w) || k == 0 || !acronymArticles[d.lower[k-1]] ||
		commonAcronyms[w] || d.gaz[k] != 0 || strings.Trim(w, "IVXLCDM") == "" {
		return false
	}
	// not a heading in capitals, nor an acronym its brackets spell out, as a common noun's are: "le RIC
	// (Référendum d'initiative citoyenne)"
	return k+1 >= len(d.toks) || !capsWord(d.words[k+1]) && d.words[k+1] != "("
}

// acronymOrgs tags ORG a word orgAcronym finds that the tagger left out and the training text never
// wrote, there and wherever the document writes it untagged: an English body's acronym kept in a
// translation ("le NHS", "du NTS"). An acronym the training text wrote the tagger knows, and leaves
// out when its gold did (a common noun's: "l'ISF", "le SMIC"). mentions are in text order; so is the
// result.
func (m *Model) acronymOrgs(d *docInfo, mentions []Mention) []Mention {
	var at []int // made at the first acronym: most texts have none
	var found map[string]bool
	for k := range d.toks {
		if !orgAcronym(d, k) {
			continue
		}
		if at == nil {
			at, found = mentionAt(d, mentions), map[string]bool{}
		}
		if _, known := m.casing.form[d.fold[k]]; !known && at[k] < 0 {
			found[d.words[k]] = true
		}
	}
	if len(found) == 0 {
		return mentions
	}
	for k, t := range d.toks {
		if at[k] < 0 && found[d.words[k]] {
			mentions = append(mentions, Mention{Start: t.start, End: t.end, Label: "ORG", Confidence: surnameConfidence})
		}
	}
	slices.SortFunc(mentions, func(a, b Mention) int { return a.Start - b.Start })
	return mentions
}

// surnameFirst reports whether a person's name of two words, its last hyphenated with a lower-case
// part, puts the surname first, as Korean names do: "Ri Yong-ho", "Moon Jae-in", "Kim Jong-un" are
// Ri, Moon and Kim again alone (a French compound given name, "Jean-Pierre", writes its parts with
// capitals, and comes first).
func surnameFirst(words []string) bool {
	if len(words) != 2 {
		return false
	}
	head, tail, ok := strings.Cut(words[1], "-")
	return ok && isCap(head) && tail != "" && isLowerWord(tail) && isCap(words[0])
}

// englishLinks are the lower-case words inside English names: "Center for New American Security",
// "Select Committee on Artificial Intelligence", "Bank of England".
var englishLinks = map[string]bool{"of": true, "for": true, "on": true, "and": true, "the": true}

// moreOrgHeads are nouns of English bodies' names, besides foreignOrgWords, that a name with
// englishLinks holds: "Department of Justice", "National Trust for Scotland".
var moreOrgHeads = map[string]bool{"Department": true, "Office": true, "Service": true, "Society": true,
	"Board": true, "Bureau": true, "Trust": true, "Commission": true, "Fund": true, "Institution": true}

// englishRunEnd returns the end of the run of capitalised words and englishLinks starting at token k
// on one line, a link always between capitalised words ("of the" too), up to the start of a person's
// name (startsPerson: whether a PER mention starts at a token), and whether it holds a link and an
// organisation's noun.
func englishRunEnd(d *docInfo, k int, startsPerson func(int) bool) (end int, org bool) {
	link, head := false, false
	e := k
	for e < len(d.toks) && (e == k || !d.toks[e].newlineBefore) {
		w := d.words[e]
		if e > k && startsPerson(e) {
			break // "Federal Bureau of Investigation Andrew McCabe"
		}
		if isCap(w) && !d.symbol[e] {
			head = head || foreignOrgWords[w] && w != "The" || moreOrgHeads[w]
			e++
			continue
		}
		n := e
		for n < len(d.toks) && englishLinks[d.words[n]] && n-e < 2 && !d.toks[n].newlineBefore {
			n++
		}
		if e == k || n == e || n >= len(d.toks) || d.toks[n].newlineBefore || !isCap(d.words[n]) || startsPerson(n) {
			break
		}
		link, e = true, n
	}
	return e, link && head
}

// englishOrgNames makes one ORG mention of an English body's name with lower-case links, which the
// tagger, reading "for" or "on" as unknown words, cuts or misses: "Center for New American Security"
// tagged "New American Security", "Select Committee on Artificial Intelligence" untagged. The name is
// a run of capitalised words joined by englishLinks, holding an organisation's noun (foreignOrgWords
// or moreOrgHeads), not opening with a role ("Chair of the …"), stopping before a person's name; the
// mentions inside it go, and a mention crossing its bounds leaves it alone.
// mentions are in text order; so is the result.
func englishOrgNames(d *docInfo, mentions []Mention) []Mention {
	var at []int // made at the first run that names a body: most texts have none
	startsPerson := func(k int) bool {
		i := at[k]
		return i >= 0 && mentions[i].Label == "PER" && mentions[i].Start == d.toks[k].start
	}
	noPerson := func(int) bool { return false }
	var out []Mention
	drop := map[int]bool{}
	opener := d.byWord(func(k int) bool { return runOpener(d, k) })
	for k := 0; k < len(d.toks); k++ {
		if !opener[d.typ[k]] || k > 0 && opener[d.typ[k-1]] && !d.toks[k].newlineBefore {
			continue
		}
		e, org := englishRunEnd(d, k, noPerson) // the longest the run can be
		if org {
			if at == nil {
				at = mentionAt(d, mentions)
			}
			e, org = englishRunEnd(d, k, startsPerson)
		}
		if !org || crossed(d, mentions, at, k, e) {
			k = e - 1
			continue
		}
		for j := k; j < e; j++ {
			if at[j] >= 0 {
				drop[at[j]] = true
			}
		}
		out = append(out, Mention{Start: d.toks[k].start, End: d.toks[e-1].end, Label: "ORG", Confidence: surnameConfidence})
		k = e - 1
	}
	if len(out) == 0 {
		return mentions
	}
	for i, m := range mentions {
		if !drop[i] {
			out = append(out, m)
		}
	}
	slices.SortFunc(out, func(a, b Mention) int { return a.Start - b.Start })
	return out
}

// crossed reports whether a mention holding a token of [s, e) reaches outside it, but for lower-case
// words after it, a verb the tagger ran the name into ("Department of Justice enquête sur").
func crossed(d *docInfo, mentions []Mention, at []int, s, e int) bool {
	for j := s; j < e; j++ {
		i := at[j]
		if i < 0 {
			continue
		}
		if mentions[i].Start < d.toks[s].start {
			return true
		}
		for k := e; k < len(d.toks) && d.toks[k].start < mentions[i].End; k++ {
			if isCap(d.words[k]) {
				return true
			}
		}
	}
	return false
}

// runOpener reports whether token k may open an English name: capitalised, no role ("Chair of the
// …"), no determiner or function word capitalised at a sentence's start ("Le", "Selon").
func runOpener(d *docInfo, k int) bool {
	return isCap(d.words[k]) && !isRole(d, k) && !determiners[d.lower[k]] && !leadWords[d.lower[k]]
}

// orgEvents relabels MISC an ORG mention ending with an event's head, as the tagger reads "World
// Series" by "World".
func orgEvents(d *docInfo, mentions []Mention) {
	var buf [8]string
	for i, m := range mentions {
		words := wordsOf(buf[:0], d.text[m.Start:m.End])
		if m.Label == "ORG" && len(words) > 1 && foreignEventHeads[words[len(words)-1]] {
			mentions[i].Label = "MISC"
		}
	}
}
