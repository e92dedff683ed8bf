package ner

import (
	"strings"
	"testing"
)

// TestTranslatedNames gives each rule of translated.go the mentions a tagger might have made, in
// invented sentences with accents, « » with no-break spaces and emoji, and checks what it makes of them.
func TestTranslatedNames(t *testing.T) {
	tests := []ruleCase{
		// events in English
		{"L’équipe a remporté la Ryder Cup dimanche 🏆.", []string{"PER:Ryder Cup"}, "MISC:Ryder Cup"},
		{"Il a gagné la Davis Cup en 2019.", []string{"PER:Davis Cup"}, "MISC:Davis Cup"},
		{"Fin de l’US Open à New York.", []string{"PER:US Open", "LOC:New York"}, "MISC:US Open, LOC:New York"},
		{"Le Super Bowl s’ouvre à Atlanta.", []string{"PER:Super Bowl", "LOC:Atlanta"}, "MISC:Super Bowl, LOC:Atlanta"},
		{"Le studio Nordic Games a racheté THQ.", []string{"PER:Nordic Games"}, "PER:Nordic Games"},
		// airlines
		{"« Air Niugini a répondu », dit-elle.", []string{"PER:Air Niugini"}, "ORG:Air Niugini"},
		{"Le Batik Air Flight 6321 a décollé.", []string{"PER:Batik Air Flight"}, "MISC:Batik Air Flight"},
		// persons stay
		{"Il a rencontré Paul Cupidon à Genève.", []string{"PER:Paul Cupidon", "LOC:Genève"}, "PER:Paul Cupidon, LOC:Genève"},
		{"Selon Air, rien.", []string{"PER:Air"}, "PER:Air"},
		{"La Cup a été remise.", []string{"PER:Cup"}, "PER:Cup"},
	}
	checkRule(t, tests, inPlace(personToOrg))
}

// TestInstitutionsNotPersons: a noun of institution that is a given name, before an adjective of
// nationality, is the institution.
func TestInstitutionsNotPersons(t *testing.T) {
	tests := []ruleCase{
		{"La compagnie et la Marine américaine ont réagi.", []string{"PER:Marine"}, "ORG:Marine américaine"},
		{"Selon la Marine française 🚢, tout va bien.", []string{"PER:Marine"}, "ORG:Marine française"},
		// a person named Marine, or no adjective of nationality after the noun
		{"Marine a parlé à Éloïse.", []string{"PER:Marine", "PER:Éloïse"}, "PER:Marine, PER:Éloïse"},
		{"La Marine est partie.", []string{"PER:Marine"}, "PER:Marine"},
		{"Il a vu Marine Française hier.", []string{"PER:Marine", "PER:Française"}, "PER:Marine, PER:Française"},
		{"Il a vu Marine\nfrançaise.", []string{"PER:Marine"}, "PER:Marine"},
	}
	checkRule(t, tests, inPlace(institutionsNotPersons))
}

// TestTrimImperatives: a verb in the imperative opening a sentence is no part of the name after it;
// a Spanish surname in -ez is.
func TestTrimImperatives(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		{"Abandonnez Chequers et commencez à écouter.", []string{"PER:Abandonnez Chequers"}, "PER:Chequers"},
		{"« Écoutez Hélène Dupré », a-t-il lancé.", []string{"PER:Écoutez Hélène Dupré"}, "PER:Hélène Dupré"},
		{"« Votez Éloïse Martin 😀 ! »", []string{"PER:Votez Éloïse Martin"}, "PER:Éloïse Martin"},
		// surnames in -ez, and a verb mid-sentence
		{"Rodríguez Zapatero a démissionné.", []string{"PER:Rodríguez Zapatero"}, "PER:Rodríguez Zapatero"},
		{"Martinez Garcia a gagné.", []string{"PER:Martinez Garcia"}, "PER:Martinez Garcia"},
		{"Il dit Abandonnez Chequers.", []string{"PER:Abandonnez Chequers"}, "PER:Abandonnez Chequers"},
		{"Abandonnez a dit non.", []string{"PER:Abandonnez"}, "PER:Abandonnez"},
	}
	checkRule(t, tests, inPlace(m.trimImperatives))
	for text, want := range map[string]string{
		"Abandonnez Chequers et commencez à écouter.": "PER:Chequers",
		"L’Europe a remporté la Ryder Cup dimanche.":  "LOC:Europe, MISC:Ryder Cup",
	} {
		if got := mentionStrings(text, m.Recognize(text)); got != want {
			t.Errorf("Recognize(%q): got %s, want %s", text, got, want)
		}
	}
}

// TestTeamsInPlural: an English plural after les, des, aux or The names a team, there and wherever the
// document repeats it; French demonyms, parties and places in the plural, and titles, stay as they are.
func TestTeamsInPlural(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"Les Mariners ont battu les Rangers 5-2 🏒. « Mariners ? », a-t-il dit.": "ORG:Mariners, ORG:Rangers, ORG:Mariners",
		"The Rockies l’ont emporté face aux Nationals à Denver.":                "ORG:Rockies, ORG:Nationals, LOC:Denver",
		"Les Américains et les Français ont voté à Genève.":                     "LOC:Genève",
		"Il joue dans Maps to the Stars à Montréal.":                            "LOC:Montréal",
	} {
		if got := mentionStrings(text, m.Recognize(text)); got != want {
			t.Errorf("Recognize(%q):\n got %s\nwant %s", text, got, want)
		}
	}
}

// TestMediaAfterSpeech: the name a verb of saying tells something to with au, à la or à l' is a
// medium's; a place of the gazetteer and a person told with à stay what they are.
func TestMediaAfterSpeech(t *testing.T) {
	tests := []ruleCase{
		{"« Non », a-t-elle déclaré au Post vendredi.", nil, "ORG:Post"},
		{"« Non », a déclaré Éloïse Roux au Daily Herald 📰.", []string{"PER:Éloïse Roux"}, "PER:Éloïse Roux, ORG:Daily Herald"},
		{"« Non », confie-t-il à la Gazette.", []string{"LOC:Gazette"}, "ORG:Gazette"},
		{"Il a indiqué au Courrier que non.", []string{"PER:Courrier"}, "ORG:Courrier"},
		// places, persons, and verbs that are not of saying
		{"Il a déclaré au Mexique que non.", []string{"LOC:Mexique"}, "LOC:Mexique"},
		{"Il a dit à Paul Roux que non.", []string{"PER:Paul Roux"}, "PER:Paul Roux"},
		{"Il est allé au Louvre.", []string{"LOC:Louvre"}, "LOC:Louvre"},
		{"Il a déclaré au\nPost que non.", nil, ""},
	}
	checkRule(t, tests, mediaAfterSpeech)
}

// TestAcronymOrgs: an acronym the training text never wrote, after le, la, l', du or au, names an
// organisation, there and wherever the document repeats it; common nouns' acronyms, Roman numerals,
// acronyms spelt out in brackets and words of a heading in capitals do not.
func TestAcronymOrgs(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		{"Les bénévoles du QZTS 🦇 arrivent. Le QZTS paie.", nil, "ORG:QZTS, ORG:QZTS"},
		{"Selon le KWXT, Éloïse Roux a gagné.", []string{"PER:Éloïse Roux"}, "ORG:KWXT, PER:Éloïse Roux"},
		{"Il a payé la TVA et le PIB baisse.", nil, ""},
		{"Le XIII de France a joué.", []string{"LOC:France"}, "LOC:France"},
		{"Le QZTS (quotient zonal) baisse.", nil, ""},
		{"LE QZTS GAGNE", nil, ""},
		{"Le QZTS a perdu face au QWRX.", []string{"MISC:QZTS"}, "MISC:QZTS, ORG:QWRX"},
	}
	checkRule(t, tests, m.acronymOrgs)
}

// TestSurnameFirst: a Korean name written with a hyphenated given name is named again by its first
// word; a French compound given name is no surname.
func TestSurnameFirst(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Ri Yong-ho", true}, {"Moon Jae-in", true}, {"Kim Jong-un", true},
		{"Paul Jean-Pierre", false}, {"Ri Yong Ho", false}, {"Hélène Dupré-Roux", false}, {"Moon", false},
	} {
		if got := surnameFirst(strings.Fields(tt.name)); got != tt.want {
			t.Errorf("surnameFirst(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Le ministre Ri Yong-ho est arrivé à Genève. Ri a parlé."
	if got, want := mentionStrings(text, m.Recognize(text)), "PER:Ri Yong-ho, LOC:Genève, PER:Ri"; got != want {
		t.Errorf("Recognize(%q): got %s, want %s", text, got, want)
	}
}

// TestEnglishOrgNames: an English body's name with lower-case links is one ORG mention, whatever the
// tagger cut; titles of works, a person after the name and a role before it stay out.
func TestEnglishOrgNames(t *testing.T) {
	tests := []ruleCase{
		{"Elle travaille au Center for New American Security à Washington.", []string{"ORG:New American Security", "LOC:Washington"},
			"ORG:Center for New American Security, LOC:Washington"},
		{"La Maison-Blanche a créé un Select Committee on Artificial Intelligence 🤖.", []string{"ORG:Maison-Blanche"},
			"ORG:Maison-Blanche, ORG:Select Committee on Artificial Intelligence"},
		{"Selon la Bank of England, rien.", []string{"ORG:Bank", "LOC:England"}, "ORG:Bank of England"},
		{"Le Federal Bureau of Investigation Andrew McCabe a parlé.", []string{"ORG:Federal Bureau of Investigation", "PER:Andrew McCabe"},
			"ORG:Federal Bureau of Investigation, PER:Andrew McCabe"},
		{"Elle préside le Chair of the Écully County Board of Trustees.", nil, "ORG:Écully County Board of Trustees"},
		// no organisation's noun, or no link, or a mention crossing the run
		{"Il a lu « Lord of the Rings » hier.", []string{"MISC:Lord of the Rings"}, "MISC:Lord of the Rings"},
		{"Il dirige le Scottish Council à Édimbourg.", []string{"ORG:Scottish Council", "LOC:Édimbourg"}, "ORG:Scottish Council, LOC:Édimbourg"},
		{"Il vise le Council of Europe.", []string{"ORG:le Council", "LOC:Europe"}, "ORG:le Council, LOC:Europe"},
		// a verb the tagger ran the name into is left out
		{"Le Department of Justice enquête sur Éloïse.", []string{"ORG:Department of Justice enquête"}, "ORG:Department of Justice"},
	}
	checkRule(t, tests, englishOrgNames)
}

// TestOrgEvents: an ORG mention ending with an event's head is an event; a company's Games is not.
func TestOrgEvents(t *testing.T) {
	checkRule(t, []ruleCase{
		{"Les Dodgers ont perdu les World Series 2026 ⚾.", []string{"ORG:World Series"}, "MISC:World Series"},
		{"Elle a gagné l’Australian Open.", []string{"ORG:Australian Open"}, "MISC:Australian Open"},
		{"Le studio Epic Games a licencié.", []string{"ORG:Epic Games"}, "ORG:Epic Games"},
		{"La Cup a été remise.", []string{"ORG:Cup"}, "ORG:Cup"},
	}, inPlace(orgEvents))
}

// inPlace makes a rule that changes mentions in place one that returns them.
func inPlace(rule func(*docInfo, []Mention)) func(*docInfo, []Mention) []Mention {
	return func(d *docInfo, ms []Mention) []Mention { rule(d, ms); return ms }
}
