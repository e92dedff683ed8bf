package preannotate

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/quotes"
)

// nameSkip are words left out of a name's key: titles, articles and elided articles.
var nameSkip = map[string]bool{
	"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "dr": true, "pr": true,
	"monsieur": true, "madame": true, "mademoiselle": true, "le": true, "la": true, "les": true, "l": true,
	"president": true, "presidente": true, "ministre": true, "general": true, "premier": true,
}

// Fold is annotate.Fold: the key two spellings of a word or name share (case, accents, ligatures and
// apostrophes folded).
func Fold(s string) string { return annotate.Fold(s) }

// nameWords returns the folded words of a name, titles and articles left out; hyphenated initials are
// one word ("J.-L." gives "j-l", as initialsOf writes "Jean-Luc").
func nameWords(s string) []string {
	words := strings.FieldsFunc(foldName(s), notInName)
	out := words[:0]
	for _, w := range words {
		if !nameSkip[w] {
			out = append(out, w)
		}
	}
	return out
}

// nameWordCount is len(nameWords(s)), without the slice.
func nameWordCount(s string) int {
	n := 0
	for w := range strings.FieldsFuncSeq(foldName(s), notInName) {
		if !nameSkip[w] {
			n++
		}
	}
	return n
}

// foldName is Fold with the period inside hyphenated initials dropped: "J.-L." → "j-l.".
func foldName(s string) string { return strings.ReplaceAll(Fold(s), ".-", "-") }

// notInName reports whether r separates the words of a name: not a letter, a digit or a hyphen.
func notInName(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }

// subset reports whether every word of a is in b.
func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return len(a) > 0
}

type proto struct {
	label string
	words []string
}

// groupEntities groups the name mentions: a person's mentions share an entity when one's words are
// among the other's ("Lavrov", "M. Lavrov", "Sergueï Lavrov"); other names when their words are equal.
func groupEntities(text string, res *Result) {
	var protos []proto
	byKey := map[string]int{}
	byWord := map[string][]int{} // PER word → protos holding it, ascending
	for _, i := range groupedMentions(res) {
		m := &res.Mentions[i]
		words := nameWords(text[m.Start:m.End])
		if len(words) == 0 {
			continue
		}
		e := -1
		if m.Label == "PER" {
			e = samePerson(protos, byWord, words)
			if e >= 0 && len(words) > len(protos[e].words) {
				protos[e].words = words
			}
		} else {
			e = sameNamedThing(byKey, m.Label, words, len(protos))
		}
		if e < 0 {
			protos = append(protos, proto{label: m.Label, words: words})
			res.Entities = append(res.Entities, Entity{Type: m.Label})
			e = len(protos) - 1
		}
		if m.Label == "PER" {
			indexPersonWords(byWord, words, e)
		}
		m.Entity = e
		res.Entities[e].Mentions = append(res.Entities[e].Mentions, i)
	}
}

// groupedMentions gives the indices of the mentions groupEntities groups, in text order: the names,
// and the speakers that are names (not pronouns or descriptions).
func groupedMentions(res *Result) []int {
	order := make([]int, 0, len(res.Mentions))
	for i, m := range res.Mentions {
		if !m.Speaker || m.kind == quotes.Name {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return res.Mentions[order[a]].Start < res.Mentions[order[b]].Start })
	return order
}

// sameNamedThing returns the entity already named with the same label and words, or -1 after
// recording that name for next, the entity about to be made for it.
func sameNamedThing(byKey map[string]int, label string, words []string, next int) int {
	key := label + "\x00" + strings.Join(words, " ")
	if k, ok := byKey[key]; ok {
		return k
	}
	byKey[key] = next
	return -1
}

// indexPersonWords records that person e holds each of words, keeping each word's list ascending
// and free of repeats.
func indexPersonWords(byWord map[string][]int, words []string, e int) {
	for _, w := range words {
		if l := byWord[w]; len(l) == 0 || l[len(l)-1] != e {
			byWord[w] = append(l, e)
		}
	}
}

// namesWithin reports whether every word of person name a is in name b, as subset does, or with an
// initial before a's last word standing for a word of b it begins ("E. Macron", "J-L Mélenchon" within
// "Emmanuel Macron", "Jean-Luc Mélenchon"; not "Mohammed V" within "Mohammed VI": a last word is a
// surname or a numeral).
func namesWithin(a, b []string) bool {
	if subset(a, b) {
		return true
	}
	for i, w := range a {
		if slices.Contains(b, w) {
			continue
		}
		if i == len(a)-1 || !initials(w) || !slices.ContainsFunc(b, func(x string) bool { return !initials(x) && initialsOf(x) == w }) {
			return false
		}
	}
	return len(a) > 0
}

// initials reports whether a folded name word is an initial or hyphenated initials: "e", "j-l".
func initials(w string) bool {
	for i, part := range strings.Split(w, "-") {
		if utf8.RuneCountInString(part) != 1 && !(i == 0 && part == "") {
			return false
		}
	}
	return w != "" && w != "-"
}

// initialsOf gives a folded name word's initials as nameWords writes them: "emmanuel" → "e",
// "jean-luc" → "j-l".
func initialsOf(w string) string {
	parts := strings.Split(w, "-")
	for i, p := range parts {
		r, _ := utf8.DecodeRuneInString(p)
		parts[i] = string(r)
	}
	return strings.Join(parts, "-")
}

// samePerson returns the latest person whose words include the mention's or are included in them, or -1.
func samePerson(protos []proto, byWord map[string][]int, words []string) int {
	best := -1
	for _, w := range words {
		l := byWord[w]
		for i := len(l) - 1; i >= 0 && l[i] > best; i-- {
			p := protos[l[i]]
			if (namesWithin(words, p.words) || namesWithin(p.words, words)) && !givenNameOnly(words, p.words) {
				best = l[i]
				break
			}
		}
	}
	return best
}

// resolveSpeakers attaches pronoun and description speakers to an entity: a pronoun to the most
// salient person named outside quotes before it (recent, often named, a subject, the last speaker)
// whose gender, when the text shows it (Mme, la ministre), agrees, and when no person is named, "il" or
// "elle" to such an organisation ("le groupe … a-t-il précisé"); a description followed by a person's
// name after a comma to that person ("sa porte-parole, Maria Zakharova"); a definite description of a
// person ("le ministre") to the previous quote's speaker when that is a person of its gender (else to
// the most salient person of its gender: "la directrice" is no man), unless the text gave that person
// another office ("le préfet" is not "le ministre Paul Roux", roles.go); a document ("le communiqué de
// l'Élysée") to its authors where the text names them (docspeakers.go); other descriptions ("un
// élu", "la cour") and "je" (the narrator) stay unresolved, and so does a pronoun going on with a
// description kept from a person by its office (nameless.go). A list or pair of names that speaks joins no entity, and a plural pronoun speaking after it ("Eux
// d'ajouter") stays unresolved rather than join one of its names. A mention joins only an entity of
// its label: a speaker resolved to an organisation is labelled ORG, and none joins a place ("Ankara")
// or a MISC entity.
func resolveSpeakers(text string, res *Result) {
	refs := speakerReferents{text: text, people: namedOutsideQuotes(res), orgs: mentionsOutsideQuotes(res, "ORG"),
		places:  mentionsOutsideQuotes(res, "LOC"),
		genders: entityGenders(text, res), roles: titleRoles(text, res), blocked: map[int]bool{},
		entities: res.Entities}
	lastSpeaker, lastList, nameless := -1, false, -1
	for _, q := range res.Quotes {
		if q.Speaker < 0 {
			continue
		}
		m := &res.Mentions[q.Speaker]
		if m.list {
			lastSpeaker, lastList = -1, true
			continue
		}
		if m.Entity < 0 && m.Speaker && !(lastList && pluralPronoun(Fold(text[m.Start:m.End]))) &&
			!(nameless >= 0 && refs.goesOn(res.Mentions[nameless], *m)) {
			if e := refs.entity(*m, lastSpeaker); e >= 0 {
				m.Entity, m.Label = e, res.Entities[e].Type
				res.Entities[e].Mentions = append(res.Entities[e].Mentions, q.Speaker)
			}
		}
		switch {
		case m.Entity >= 0:
			lastSpeaker, lastList, nameless = m.Entity, false, -1
		case refs.blocked[m.Start]: // "la présidente de la région", not the minister named before
			nameless = q.Speaker
		case m.kind == quotes.Pronoun && pluralPronoun(Fold(text[m.Start:m.End])):
			lastSpeaker = -1 // a group spoke last: "le joueur" after "ont-ils ajouté" is not who spoke before them
		}
	}
}

// pluralPronoun reports whether the folded w is a plural pronoun of the third person, which after a
// list or a pair that spoke is that list ("Thierry et Véronique Roy rapportent que « … ». Eux
// d'ajouter que « … »"): no one of its names.
func pluralPronoun(w string) bool {
	return w == "ils" || w == "elles" || w == "eux"
}

// speakerReferents are what a speaker written as a pronoun or a description may refer to.
type speakerReferents struct {
	text         string
	people, orgs []Mention         // the persons and organisations named outside quotes, sorted by end
	places       []Mention         // the places so named, which only a document's complement may name as authors
	genders      []gender          // each entity's gender, as its titles show it
	roles        []map[string]bool // each entity's offices, as its titles show them (roles.go)
	blocked      map[int]bool      // the starts of descriptions kept from a person by their office
	entities     []Entity
}

// entity returns the entity, a person or an organisation, that speaker m refers to, lastSpeaker being
// the previous quote's; -1 when m stays unresolved.
func (r speakerReferents) entity(m Mention, lastSpeaker int) int {
	w := Fold(r.text[m.Start:m.End])
	switch {
	case w == "je" || w == "j'" || w == "j’":
		return -1
	case pluralPronoun(w): // a group: no one person, but a pair named as one ("Thierry et Véronique Roy")
		return r.pair(salientPerson(r.text, r.people, r.genders, unknownGender, m.Start, lastSpeaker))
	case documentSpeaker(r.text, m): // "le communiqué de l'Élysée": its authors, or no one
		return r.author(m)
	case m.kind == quotes.Description && r.apposed(m) >= 0: // "sa porte-parole, Maria Zakharova"
		return r.apposed(m)
	case m.kind == quotes.Description && oneOfGroup(r.text[m.Start:m.End], r.text[m.End:min(len(r.text), m.End+8)]):
		return r.namedBefore(m) // "l'un d'eux": someone the text has not named, but "Mario X, l'un de ses avocats"
	case m.kind == quotes.Description && (!quotes.PersonDescription(r.text[m.Start:m.End]) || namedComplement(r.text[m.Start:m.End])):
		return -1
	case m.kind == quotes.Description && lastSpeaker >= 0 && r.entities[lastSpeaker].Type == "PER" &&
		agrees(descriptionGender(r.text[m.Start:m.End]), r.genders[lastSpeaker]):
		return r.holding(m, lastSpeaker)
	}
	// the most salient person named before it whose gender agrees (salience.go)
	if e := salientPerson(r.text, r.people, r.genders, r.wantGender(m), m.Start, lastSpeaker); e >= 0 {
		return r.holding(m, e)
	}
	if m.kind == quotes.Pronoun && (w == "il" || w == "elle") { // no person: an organisation ("le groupe … a-t-il précisé")
		return salientPerson(r.text, r.orgs, r.genders, unknownGender, m.Start, lastSpeaker)
	}
	return -1
}

// apposed returns the entity of the person named right after description m, set off by a comma ("a
// déclaré le porte-parole du Kremlin, Dmitri Peskov"), or -1.
func (r speakerReferents) apposed(m Mention) int {
	rest := strings.TrimLeft(r.text[m.End:min(len(r.text), m.End+4)], " \u00a0")
	if !strings.HasPrefix(rest, ",") {
		return -1
	}
	i := sort.Search(len(r.people), func(i int) bool { return r.people[i].End > m.End })
	for ; i < len(r.people); i++ {
		p := r.people[i]
		if p.Start < m.End {
			continue
		}
		if strings.Trim(r.text[m.End:p.Start], " ,\u00a0") == "" {
			return p.Entity
		}
		break
	}
	return -1
}

// namedOutsideQuotes returns the PER name mentions with an entity that lie outside every quote,
// sorted by end.
func namedOutsideQuotes(res *Result) []Mention {
	return mentionsOutsideQuotes(res, "PER")
}

// mentionsOutsideQuotes returns the name mentions with an entity and the given label that lie outside
// every quote, sorted by end.
func mentionsOutsideQuotes(res *Result, label string) []Mention {
	qs := make([]Quote, len(res.Quotes))
	copy(qs, res.Quotes)
	sort.Slice(qs, func(i, j int) bool { return qs[i].Start < qs[j].Start })
	var out []Mention
	for _, m := range res.Mentions {
		if m.Label != label || m.Entity < 0 || m.Speaker && m.kind != quotes.Name {
			continue
		}
		i := sort.Search(len(qs), func(i int) bool { return qs[i].Start > m.Start }) - 1
		if i >= 0 && m.Start < qs[i].End {
			continue
		}
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].End < out[j].End })
	return out
}

// nameEntities gives each entity its canonical French name (the mention with most name words, titles
// left out) and the English name EnglishName proposes for it, if any. Of mentions with as many
// name words, one written in ordinary case names it before one in capitals ("Nigel Farage", not the
// headline's "NIGEL FARAGE"): the capitals are the headline's typography, not the name's, and the
// English name and the glossary proposals would carry them on.
func nameEntities(text string, res *Result, g Glossary) {
	for k := range res.Entities {
		e := &res.Entities[k]
		best, bestN, bestCaps := "", 0, true
		for _, i := range e.Mentions {
			m := res.Mentions[i]
			if m.Speaker && m.kind != quotes.Name {
				continue
			}
			s := oneLine(text[m.Start:m.End])
			n, caps := nameWordCount(s), ner.InCapitals(s)
			if best == "" || n > bestN || n == bestN && (bestCaps && !caps || caps == bestCaps && len(s) > len(best)) {
				best, bestN, bestCaps = s, n, caps
			}
		}
		name := nameOf(best, e.Type)
		e.Names = map[string]string{"fr": name}
		if en := EnglishName(g, name, e.Type); en != "" {
			e.Names["en"] = en
		}
	}
}

// EnglishName returns the English name pre-annotation proposes for an entity of type label whose
// French name is name, "" when it knows none: the user's glossary's (g, which may be nil), else ner's;
// a person's English name is else the French one, when English writes it so (ner.KeptInEnglish: not
// "Igor Vassiliouk", whose French ou English writes otherwise). Nothing is better than a French
// spelling offered as the English, which a translator would copy. The app proposes an entity's English
// name anew by it when a person renames the French (annotate.Editor.RenameFollowing).
func EnglishName(g Glossary, name, label string) string {
	if en, ok := glossaryName(g, name, label); ok {
		return en
	} else if en, ok := ner.EnglishName(name, label); ok {
		return en
	} else if label == "PER" && ner.KeptInEnglish(name, label) {
		return name
	}
	return ""
}

// glossaryName returns the English the glossary g (nil for none) gives a French name, looked up as it
// is and, when it opens with a lower-case article ("la Maison-Blanche", "l'Élysée"), without it.
func glossaryName(g Glossary, name, label string) (string, bool) {
	if g == nil {
		return "", false
	}
	if en, ok := g.EnglishName(name, label); ok {
		return en, true
	}
	for _, art := range []string{"l'", "l’", "la ", "le ", "les "} {
		if rest, ok := strings.CutPrefix(name, art); ok && strings.TrimSpace(rest) != "" {
			return g.EnglishName(strings.TrimSpace(rest), label)
		}
	}
	return "", false
}

// stripTitles drops leading titles and articles from a person's name ("M. Lavrov" → "Lavrov"), and
// leading articles only from another name: "Premier League" and "General Motors" keep their first word.
func stripTitles(s string, person bool) string {
	for {
		f := strings.Fields(s)
		if len(f) < 2 {
			return s
		}
		w := strings.Trim(Fold(f[0]), ".'’")
		article := w == "le" || w == "la" || w == "les" || w == "l"
		if !nameSkip[w] || article && strings.ToLower(f[0]) != f[0] || !article && !person {
			return s
		}
		s = strings.TrimSpace(s[strings.Index(s, f[0])+len(f[0]):])
	}
}

// givenNameOnly reports whether one of two person names is a single word that is only the other's
// first word ("François" and "François Hollande"): news name a person again by the surname, so a
// lone given name is someone else (le pape François, a monarch, a first-name-only witness).
func givenNameOnly(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) == 1 && len(b) > 1 && a[0] == b[0]
}

// namedComplement reports whether a description names a place, a body or a person after its head ("le
// ministre iranien des Transports", "l'avocate générale de la cour d'appel de Reims"): it picks someone
// out by an office of their own, not someone the text spoke of before.
func namedComplement(desc string) bool {
	words := strings.Fields(desc)
	for _, w := range words[min(1, len(words)):] {
		w = strings.TrimLeft(w, "dl'’")
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !quotes.PersonNoun(w) { // "le Premier ministre"
			return true
		}
	}
	return false
}

// nameOf is the French name pre-annotation gives an entity of type label after its mention: titles
// left out, and a capitalised article a place's or thing's name does without.
func nameOf(mention, label string) string {
	name := stripTitles(mention, label == "PER")
	if label != "PER" {
		name = dropCapitalArticle(name, label)
	}
	return name
}

// dropCapitalArticle drops a capitalised article from a place's or a thing's name when the name
// without it is known and means the same: "La Chine", written so in a heading or by mistake, is
// "Chine". A name whose article is its own ("Le Caire", "La Haye", "Le Monde") keeps it: without it
// the name is not known.
func dropCapitalArticle(name, label string) string {
	for _, art := range []string{"La ", "Le ", "Les ", "L'", "L’"} {
		rest, ok := strings.CutPrefix(name, art)
		if !ok || strings.TrimSpace(rest) == "" {
			continue
		}
		rest = strings.TrimSpace(rest)
		if _, known := ner.EnglishName(rest, label); known {
			return rest
		}
	}
	return name
}
