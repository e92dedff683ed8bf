package project

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
)

// headWords are French common nouns that head the name of a place or an institution, with the English
// noun that ends (or begins) its English name: « église Riverside » is "Riverside Church", « université
// de Syracuse » "Syracuse University" or "University of Syracuse", « jardin d'Inverewe » "Inverewe
// Gardens". Keys are in lower case, as French writes them.
var headWords = map[string]string{
	"université": "University", "église": "Church", "cathédrale": "Cathedral", "jardin": "Gardens",
	"jardins": "Gardens", "école": "School", "hôtel": "Hotel", "rue": "Street", "avenue": "Avenue",
	"boulevard": "Boulevard", "place": "Square", "pont": "Bridge", "parc": "Park", "musée": "Museum",
	"stade": "Stadium", "aéroport": "Airport", "gare": "Station", "lac": "Lake", "mont": "Mount",
	"île": "Island", "fleuve": "River", "rivière": "River", "baie": "Bay", "golfe": "Gulf",
	"péninsule": "Peninsula", "palais": "Palace", "château": "Castle", "comité": "Committee",
	"commission": "Commission", "conseil": "Council", "agence": "Agency", "fondation": "Foundation",
	"institut": "Institute", "centre": "Center", "réseau": "Network", "ministère": "Ministry",
	"assemblée": "Assembly", "cour": "Court", "tribunal": "Court", "banque": "Bank", "jeux": "Games",
	"désert": "Desert", "forêt": "Forest", "mer": "Sea", "océan": "Ocean", "vallée": "Valley",
	"détroit": "Strait", "affaire": "Affair",
}

// phrases are French phrases naming an office or institution whose English a name lookup does not
// give, in lower case.
var phrases = map[string]string{"premier ministre": "Prime Minister", "première ministre": "Prime Minister"}

// complements are the French words that join a head to its complement ("de", "des", "du"...).
var complements = []string{"de la ", "de l'", "de l’", "des ", "du ", "de ", "d'", "d’"}

// composed returns English forms of a French name built from its parts: a head noun and the name it
// governs, in both English orders ("Church Riverside" is not English, "Riverside Church" is), and a
// name of the form « X de Y » as Y's English before X's ("United Nations Security Council", also with
// Y's initials: "UN Security Council").
func (p *projector) composed(fr, label string) []candidate {
	var out []candidate
	if en, ok := phrases[strings.ToLower(fr)]; ok {
		out = append(out, candidate{text: en, conf: 0.85, method: "composed"})
	}
	if label == annotate.LabelPER {
		return out
	}
	if rest, ok := cutSaint(fr); ok { // English writes "St." for the saint of a place or a church
		out = append(out, candidate{text: "St " + rest, conf: 0.85, method: "composed"})
	}
	head, rest, ok := strings.Cut(fr, " ")
	if en, known := headWords[strings.ToLower(head)]; ok && known {
		rest = trimComplement(rest)
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) || unicode.IsDigit(r) {
			name := p.nameIn(rest, label)
			out = append(out, candidate{text: name + " " + en, conf: 0.8, method: "composed"},
				candidate{text: en + " of " + name, conf: 0.8, method: "composed"},
				candidate{text: en + " " + name, conf: 0.75, method: "composed"})
		}
	}
	for _, en := range headWithAdjectives(fr) {
		out = append(out, candidate{text: en, conf: 0.8, method: "composed"})
	}
	for _, c := range complements {
		i := strings.LastIndex(fr, " "+c)
		if i <= 0 {
			continue
		}
		x, y := fr[:i], fr[i+1+len(c):]
		xes := headWithAdjectives(x)
		if xe, ok := p.lookup(x, label); ok {
			xes = []string{xe}
		}
		ye, ok := p.lookup(y, label)
		if len(xes) == 0 || !ok {
			continue
		}
		for _, xe := range xes {
			out = append(out, candidate{text: ye + " " + xe, conf: 0.8, method: "composed"})
			if in, ok := initialismOf(ye); ok {
				out = append(out, candidate{text: in + " " + xe, conf: 0.8, method: "composed"})
			}
		}
		break
	}
	return out
}

// trimComplement removes the French word that joins a head to its complement.
func trimComplement(s string) string {
	for _, c := range complements {
		if strings.HasPrefix(s, c) {
			return s[len(c):]
		}
	}
	return s
}

// lookup returns the English name lookup gives a French name, if any.
func (p *projector) lookup(fr, label string) (string, bool) {
	if p.opts.Names == nil {
		return "", false
	}
	en, ok := p.opts.Names.EnglishName(fr, label)
	return en, ok && en != fr
}

// nameIn returns the English name of fr if lookup knows one, else fr.
func (p *projector) nameIn(fr, label string) string {
	if en, ok := p.lookup(fr, label); ok {
		return en
	}
	return fr
}

// cutSaint returns what follows "Saint" or "Sainte" (and a hyphen or space) at the start of fr.
func cutSaint(fr string) (string, bool) {
	for _, p := range []string{"Sainte-", "Sainte ", "Saint-", "Saint "} {
		if rest, ok := strings.CutPrefix(fr, p); ok && rest != "" {
			return rest, true
		}
	}
	return "", false
}

// adjectives are the French adjectives that follow the head noun of an institution's name, with their
// English, which goes before it: « Comité national républicain » is the "Republican National
// Committee", « Assemblée générale » the "General Assembly". Keys are folded, masculine and feminine.
var adjectives = func() map[string]string {
	m := map[string]string{}
	for _, a := range []struct{ fr, en string }{
		{"general generale generaux", "General"}, {"national nationale nationaux", "National"},
		{"republicain republicaine", "Republican"}, {"democrate", "Democratic"}, {"judiciaire", "Judiciary"},
		{"supreme", "Supreme"}, {"federal federale", "Federal"}, {"constitutionnel constitutionnelle", "Constitutional"},
		{"international internationale", "International"}, {"mondial mondiale", "World"}, {"olympique", "Olympic"},
		{"central centrale", "Central"}, {"militaire", "Military"}, {"permanent permanente", "Permanent"},
		{"electoral electorale", "Electoral"}, {"executif executive", "Executive"}, {"legislatif legislative", "Legislative"},
		{"municipal municipale", "Municipal"}, {"regional regionale", "Regional"}, {"royal royale", "Royal"},
		{"presidentiel presidentielle", "Presidential"}, {"socialiste", "Socialist"}, {"communiste", "Communist"},
		{"travailliste", "Labour"}, {"conservateur conservatrice", "Conservative"}, {"liberal liberale", "Liberal"},
		{"europeen europeenne", "European"}, {"islamique", "Islamic"}, {"populaire", "People's"},
		{"scientifique", "Science"}, {"special speciale", "Special"}, {"superieur superieure", "Higher"},
	} {
		for _, fr := range strings.Fields(a.fr) {
			m[fr] = a.en
		}
	}
	return m
}()

// otherHeads are the second English of a head noun: a « commission » of a parliament is a committee
// ("Senate Judiciary Committee").
var otherHeads = map[string]string{"commission": "Committee"}

// headWithAdjectives returns the English forms of a French name made of a head noun and adjectives
// only, the adjectives before the head in the reverse order (« Comité national républicain » →
// "Republican National Committee"), or none when fr is not such a name.
func headWithAdjectives(fr string) []string {
	words := strings.Fields(fr)
	if len(words) < 2 {
		return nil
	}
	h := strings.ToLower(words[0])
	head, ok := headWords[h]
	if !ok {
		return nil
	}
	adj := make([]string, 0, len(words)-1)
	for _, w := range slices.Backward(words[1:]) {
		a, ok := adjectives[fold(w)]
		if !ok {
			return nil
		}
		adj = append(adj, a)
	}
	pre := strings.Join(adj, " ") + " "
	out := []string{pre + head}
	if o, ok := otherHeads[h]; ok {
		out = append(out, pre+o)
	}
	return out
}
