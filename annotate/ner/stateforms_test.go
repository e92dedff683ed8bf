package ner

import "testing"

// TestStateNames: a country's form of state with the country's name is one place, however the tagger
// cut or labelled it; the capitalised head alone is a place, a lower-case one no name.
func TestStateNames(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		{"Le Grand-duché de Luxembourg a signé.", []string{"ORG:Grand-duché de Luxembourg"}, "LOC:Grand-duché de Luxembourg"},
		{"Le Grand-duché de Luxembourg a signé.", []string{"LOC:Luxembourg"}, "LOC:Grand-duché de Luxembourg"},
		{"Le Grand-duché de Luxembourg a signé.", []string{"ORG:Grand-duché"}, "LOC:Grand-duché de Luxembourg"},
		{"Le Royaume du Maroc et la Principauté de Monaco.", []string{"ORG:Royaume du Maroc", "ORG:Principauté de Monaco"},
			"LOC:Royaume du Maroc, LOC:Principauté de Monaco"},
		{"La République islamique d'Iran a répondu.", []string{"LOC:Iran"}, "LOC:République islamique d'Iran"},
		{"Le Grand-Duché a voté la loi.", []string{"ORG:Grand-Duché"}, "LOC:Grand-Duché"},
		{"Le ministre des Finances du grand-duché a parlé.", []string{"ORG:Finances du grand-duché"}, "ORG:Finances"},
		{"Le grand-duché a voté la loi.", []string{"ORG:grand-duché"}, ""},
		// a lower-case head before the country stays out; other names stay as they are
		{"Le grand-duché de Luxembourg a signé.", []string{"LOC:Luxembourg"}, "LOC:Luxembourg"},
		{"La République en marche a gagné.", []string{"ORG:République en marche"}, "ORG:République en marche"},
		{"Le Royaume des Cieux est proche.", []string{"MISC:Royaume des Cieux"}, "MISC:Royaume des Cieux"},
		{"Le ministre Pierre Royaume de Paris.", []string{"PER:Pierre Royaume", "LOC:Paris"}, "PER:Pierre Royaume, LOC:Paris"},
	}
	checkRule(t, tests, stateNames)
	for text, want := range map[string]string{
		"Le Premier ministre du Grand-duché de Luxembourg a rencontré ses homologues.": "LOC:Grand-duché de Luxembourg",
		"La Principauté de Monaco et le Royaume de Belgique ont réagi.":                "LOC:Principauté de Monaco, LOC:Royaume de Belgique",
	} {
		if got := mentionStrings(text, m.Recognize(text)); got != want {
			t.Errorf("Recognize(%q): got %s, want %s", text, got, want)
		}
	}
}

// TestStateEnglish: a form of state and a country the lists know have an English name composed of
// theirs; with an adjective or an unknown country, none.
func TestStateEnglish(t *testing.T) {
	for fr, want := range map[string]string{
		"Grand-duché de Luxembourg": "Grand Duchy of Luxembourg", "Royaume du Maroc": "Kingdom of Morocco",
		"Principauté de Monaco": "Principality of Monaco", "le Royaume de Belgique": "Kingdom of Belgium",
		"Sultanat d'Oman": "Sultanate of Oman", "République islamique d'Iran": "", "Royaume de Trifouillis": "",
		"Grand-Duché": "",
	} {
		got, ok := EnglishName(fr, "LOC")
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("EnglishName(%q, LOC) = %q, want %q", fr, got, want)
		}
	}
}
