package ner

import (
	"strings"
)

// The English names of institutions that the lists do not hold, composed from their parts: "ministère
// russe des Affaires étrangères" → "Russian Ministry of Foreign Affairs", "armée syrienne" → "Syrian
// Army". Only names made wholly of known parts are composed; anything else is left without an English
// name rather than half translated. Universities are not composed: English says "University of Geneva"
// but "Kyoto University" and "Duke University", which nothing in the French tells apart.

// nationalities maps French adjectives of nationality, masculine and feminine, to English.
var nationalities = map[string]string{}

func init() {
	for _, n := range []struct{ fr, en string }{
		{"américain américaine", "US"}, {"français française", "French"}, {"britannique", "British"},
		{"allemand allemande", "German"}, {"russe", "Russian"}, {"chinois chinoise", "Chinese"},
		{"syrien syrienne", "Syrian"}, {"iranien iranienne", "Iranian"}, {"irakien irakienne", "Iraqi"},
		{"turc turque", "Turkish"}, {"israélien israélienne", "Israeli"}, {"palestinien palestinienne", "Palestinian"},
		{"ukrainien ukrainienne", "Ukrainian"}, {"italien italienne", "Italian"}, {"espagnol espagnole", "Spanish"},
		{"japonais japonaise", "Japanese"}, {"indien indienne", "Indian"}, {"pakistanais pakistanaise", "Pakistani"},
		{"afghan afghane", "Afghan"}, {"libyen libyenne", "Libyan"}, {"égyptien égyptienne", "Egyptian"},
		{"algérien algérienne", "Algerian"}, {"marocain marocaine", "Moroccan"}, {"tunisien tunisienne", "Tunisian"},
		{"saoudien saoudienne", "Saudi"}, {"canadien canadienne", "Canadian"}, {"mexicain mexicaine", "Mexican"},
		{"brésilien brésilienne", "Brazilian"}, {"argentin argentine", "Argentine"}, {"vénézuélien vénézuélienne", "Venezuelan"},
		{"colombien colombienne", "Colombian"}, {"nord-coréen nord-coréenne", "North Korean"},
		{"sud-coréen sud-coréenne", "South Korean"}, {"belge", "Belgian"}, {"suisse", "Swiss"},
		{"néerlandais néerlandaise", "Dutch"}, {"polonais polonaise", "Polish"}, {"grec grecque", "Greek"},
		{"portugais portugaise", "Portuguese"}, {"suédois suédoise", "Swedish"}, {"norvégien norvégienne", "Norwegian"},
		{"danois danoise", "Danish"}, {"finlandais finlandaise", "Finnish"}, {"autrichien autrichienne", "Austrian"},
		{"hongrois hongroise", "Hungarian"}, {"roumain roumaine", "Romanian"}, {"serbe", "Serbian"},
		{"malien malienne", "Malian"}, {"nigérian nigériane", "Nigerian"}, {"sud-africain sud-africaine", "South African"},
		{"australien australienne", "Australian"}, {"européen européenne", "European"}, {"burundais burundaise", "Burundian"},
		{"rwandais rwandaise", "Rwandan"}, {"congolais congolaise", "Congolese"}, {"kurde", "Kurdish"},
		{"libanais libanaise", "Lebanese"}, {"jordanien jordanienne", "Jordanian"}, {"yéménite", "Yemeni"},
		{"qatari qatarie", "Qatari"}, {"birman birmane", "Burmese"}, {"vietnamien vietnamienne", "Vietnamese"},
		{"thaïlandais thaïlandaise", "Thai"}, {"indonésien indonésienne", "Indonesian"}, {"cubain cubaine", "Cuban"},
		{"irlandais irlandaise", "Irish"}, {"écossais écossaise", "Scottish"}, {"gallois galloise", "Welsh"},
		{"catalan catalane", "Catalan"}, {"québécois québécoise", "Quebec"}, {"fédéral fédérale", "Federal"},
		{"soudanais soudanaise", "Sudanese"}, {"éthiopien éthiopienne", "Ethiopian"}, {"kényan kényane", "Kenyan"},
		{"sénégalais sénégalaise", "Senegalese"}, {"ivoirien ivoirienne", "Ivorian"}, {"tchèque", "Czech"},
		{"slovaque", "Slovak"}, {"bulgare", "Bulgarian"}, {"croate", "Croatian"}, {"géorgien géorgienne", "Georgian"},
		{"arménien arménienne", "Armenian"}, {"biélorusse", "Belarusian"}, {"chilien chilienne", "Chilean"},
		{"péruvien péruvienne", "Peruvian"}, {"bolivien bolivienne", "Bolivian"}, {"nigérien nigérienne", "Nigerien"},
		{"tchadien tchadienne", "Chadian"}, {"somalien somalienne", "Somali"}, {"philippin philippine", "Philippine"},
	} {
		for _, fr := range strings.Fields(n.fr) {
			nationalities[foldString(fr)] = n.en
		}
	}
}

// heads are the nouns an adjective of nationality follows in an institution's name.
var heads = map[string]string{
	"armee": "Army", "gouvernement": "Government", "parlement": "Parliament", "marine": "Navy",
	"police": "Police", "ambassade": "Embassy", "presidence": "Presidency", "senat": "Senate",
	"congres": "Congress", "opposition": "Opposition", "diplomatie": "Diplomacy", "justice": "Justice",
	"aviation": "Air Force", "armee de l'air": "Air Force", "banque centrale": "Central Bank",
	"cour supreme": "Supreme Court", "ministere": "Ministry",
}

// portfolios are the fields of ministries, after "ministère de", as English says them after "Ministry of".
var portfolios = map[string]string{
	"affaires etrangeres": "Foreign Affairs", "defense": "Defence", "interieur": "the Interior",
	"justice": "Justice", "sante": "Health", "economie": "the Economy", "finances": "Finance",
	"economie et des finances": "the Economy and Finance", "travail": "Labour",
	"education nationale": "National Education", "education": "Education", "culture": "Culture",
	"agriculture": "Agriculture", "environnement": "the Environment", "transports": "Transport",
	"armees": "the Armed Forces", "commerce": "Commerce", "energie": "Energy", "logement": "Housing",
	"sports": "Sport", "information": "Information", "affaires sociales": "Social Affairs",
	"transition ecologique": "Ecological Transition", "enseignement superieur": "Higher Education",
	"solidarites et de la sante": "Solidarity and Health", "immigration": "Immigration",
	"securite publique": "Public Security", "affaires interieures": "Home Affairs", "transport": "Transport",
}

// bareMinistries are the fields that name their ministry alone ("le ministre de l'Intérieur" tags
// "Intérieur" an organisation); "Justice" or "Culture" alone name something else as often.
var bareMinistries = map[string]bool{
	"interieur": true, "defense": true, "affaires etrangeres": true, "economie": true, "finances": true,
	"armees": true, "education nationale": true, "transition ecologique": true, "affaires sociales": true,
	"sante": true, "travail": true, "agriculture": true, "environnement": true,
}

// composeEnglish composes the English name of an institution from its French name, and reports
// whether it could: a head noun and a nationality ("armée syrienne"), a ministry and its field, with a
// nationality before or after ("ministère russe des Affaires étrangères", "ministère de la Défense
// autrichien", "Intérieur français"), or a field alone ("Intérieur").
func (g *gazetteer) composeEnglish(fr string) (string, bool) {
	key := foldString(strings.TrimSpace(fr))
	for _, art := range []string{"l'", "la ", "le ", "les "} {
		key = strings.TrimPrefix(key, art)
	}
	words := strings.Fields(key)
	if len(words) == 0 {
		return fr, false
	}
	// A head and a nationality: "armée syrienne", "ministère russe des Affaires étrangères".
	for n := 1; n <= 2 && n < len(words); n++ {
		head, ok := heads[strings.Join(words[:n], " ")]
		if !ok {
			continue
		}
		if nat, ok := nationalities[words[n]]; ok {
			if n+1 == len(words) {
				return nat + " " + head, true
			}
			if head == "Ministry" {
				if field, ok := portfolio(words[n+1:]); ok {
					return nat + " Ministry of " + field, true
				}
			}
			return fr, false
		}
	}
	nat := "" // a nationality after the name: "ministère de la Défense autrichien"
	if n, ok := nationalities[words[len(words)-1]]; ok && len(words) > 1 {
		nat, words = n+" ", words[:len(words)-1]
	}
	if words[0] == "ministere" {
		if field, ok := portfolio(words[1:]); ok {
			return nat + "Ministry of " + field, true
		}
	} else if field := strings.Join(words, " "); bareMinistries[field] {
		return nat + "Ministry of " + portfolios[field], true
	}
	return fr, false
}

// portfolio reads a ministry's field after "de", "du", "des", "de la" or "de l'".
func portfolio(words []string) (string, bool) {
	rest := strings.Join(words, " ")
	for _, de := range []string{"de la ", "de l'", "des ", "du ", "de "} {
		if r, ok := strings.CutPrefix(rest, de); ok {
			en, ok := portfolios[strings.TrimSpace(r)]
			return en, ok
		}
	}
	return "", false
}
