package ner

import "sort"

// Official names. An international organisation's French name is often long, lower-case after its
// first word, and holds prepositions, articles and even commas: « l'Organisation des Nations unies
// pour l'éducation, la science et la culture ». The tagger, which ends a name at "pour" or a comma,
// tags "Organisation des Nations unies" alone, a different organisation whose English name is
// "United Nations". The names below are found whole in the text after the tagger, whatever it made of
// their parts, and each is one ORG mention; its English name is the organisation's own, never the
// name of a shorter one inside it.
//
// They are not gazetteer features (the shipped model was trained without them, and most are longer
// than maxGazTokens), only names matched whole, as written, case and accents aside.

// officialNames are the long official French names of international organisations, with their English
// names. Acronyms and short names are in institutions.
var officialNames = []namePair{
	{"Organisation des Nations unies pour l'éducation, la science et la culture", "United Nations Educational, Scientific and Cultural Organization"},
	{"Organisation des Nations unies pour l'alimentation et l'agriculture", "Food and Agriculture Organization of the United Nations"},
	{"Fonds des Nations unies pour l'enfance", "United Nations Children's Fund"},
	{"Fonds des Nations unies pour la population", "United Nations Population Fund"},
	{"Haut-Commissariat des Nations unies pour les réfugiés", "Office of the United Nations High Commissioner for Refugees"},
	{"Haut-Commissariat des Nations unies aux droits de l'homme", "Office of the United Nations High Commissioner for Human Rights"},
	{"Programme des Nations unies pour le développement", "United Nations Development Programme"},
	{"Programme des Nations unies pour l'environnement", "United Nations Environment Programme"},
	{"Conférence des Nations unies sur le commerce et le développement", "United Nations Conference on Trade and Development"},
	{"Office des Nations unies contre la drogue et le crime", "United Nations Office on Drugs and Crime"},
	{"Office de secours et de travaux des Nations unies pour les réfugiés de Palestine dans le Proche-Orient", "United Nations Relief and Works Agency for Palestine Refugees in the Near East"},
	{"Organisation des Nations unies pour le développement industriel", "United Nations Industrial Development Organization"},
	{"Organisation pour la sécurité et la coopération en Europe", "Organization for Security and Co-operation in Europe"},
	{"Organisation de coopération et de développement économiques", "Organisation for Economic Co-operation and Development"},
	{"Organisation pour l'interdiction des armes chimiques", "Organisation for the Prohibition of Chemical Weapons"},
	{"Organisation du traité de l'Atlantique Nord", "North Atlantic Treaty Organization"},
	{"Organisation des pays exportateurs de pétrole", "Organization of the Petroleum Exporting Countries"},
	{"Agence internationale de l'énergie atomique", "International Atomic Energy Agency"},
	{"Organisation internationale pour les migrations", "International Organization for Migration"},
	{"Organisation internationale du travail", "International Labour Organization"},
	{"Organisation météorologique mondiale", "World Meteorological Organization"},
	{"Organisation mondiale de la propriété intellectuelle", "World Intellectual Property Organization"},
	{"Programme alimentaire mondial", "World Food Programme"},
	{"Bureau de la coordination des affaires humanitaires", "Office for the Coordination of Humanitarian Affairs"},
	{"Comité international de la Croix-Rouge", "International Committee of the Red Cross"},
	{"Cour internationale de justice", "International Court of Justice"},
	{"Banque européenne pour la reconstruction et le développement", "European Bank for Reconstruction and Development"},
	{"Groupe d'experts intergouvernemental sur l'évolution du climat", "Intergovernmental Panel on Climate Change"},
}

// officialConfidence is the least confidence of an official name found whole.
const officialConfidence = 0.9

// officialName is one of officialNames, as folded tokens.
type officialName struct{ fold []string }

// officialIndex maps the folded first token of each official name to the names opening with it,
// longest first.
type officialIndex map[string][]officialName

// addOfficialNames records officialNames for whole matching and their English names.
func (g *gazetteer) addOfficialNames() {
	g.official = officialIndex{}
	for _, p := range officialNames {
		var fold []string
		for _, t := range tokenize(p.fr) {
			fold = append(fold, foldString(p.fr[t.start:t.end]))
		}
		g.official[fold[0]] = append(g.official[fold[0]], officialName{fold})
		if _, ok := g.english[foldString(p.fr)]; !ok {
			g.english[foldString(p.fr)] = p.en
		}
	}
	for _, names := range g.official {
		sort.SliceStable(names, func(i, j int) bool { return len(names[i].fold) > len(names[j].fold) })
	}
}

// matchAt returns the number of tokens of the longest official name starting at token k of d, 0 for
// none.
func (ix officialIndex) matchAt(d *docInfo, k int) int {
	for _, n := range ix[d.fold[k]] {
		if k+len(n.fold) > len(d.toks) {
			continue
		}
		ok := true
		for i, f := range n.fold {
			if d.fold[k+i] != f {
				ok = false
				break
			}
		}
		if ok {
			return len(n.fold)
		}
	}
	return 0
}

// wholeOfficialNames makes one ORG mention of each official name in d, in place of the mentions
// inside it; a mention reaching beyond the name (a longer name holding it) is left alone, and so is
// the name. Its confidence is the best of the mentions it replaces, and at least officialConfidence.
// mentions are in text order; so is the result.
func wholeOfficialNames(d *docInfo, ix officialIndex, mentions []Mention) []Mention {
	if len(ix) == 0 {
		return mentions
	}
	at := mentionAt(d, mentions)
	drop := make([]bool, len(mentions))
	var added []Mention
	opens := d.byWord(func(k int) bool { return len(ix[d.fold[k]]) > 0 })
	for k := 0; k < len(d.toks); k++ {
		if !opens[d.typ[k]] {
			continue // no official name starts with the word
		}
		n := ix.matchAt(d, k)
		if n == 0 || !coversWhole(at, k, k+n) {
			continue
		}
		conf := officialConfidence
		for i := k; i < k+n; i++ {
			if at[i] >= 0 {
				conf = max(conf, mentions[at[i]].Confidence)
				drop[at[i]] = true
			}
		}
		added = append(added, Mention{Start: d.toks[k].start, End: d.toks[k+n-1].end, Label: "ORG", Confidence: conf})
		k += n - 1
	}
	if len(added) == 0 {
		return mentions
	}
	out := added
	for i, m := range mentions {
		if !drop[i] {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
