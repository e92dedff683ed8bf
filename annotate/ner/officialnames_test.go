package ner

import (
	"strings"
	"testing"
)

// TestOfficialNamesWhole runs the shipped recogniser on invented sentences holding organisations'
// long official names: each is one ORG mention, whatever the tagger made of its parts, and its English
// name is the organisation's own.
func TestOfficialNamesWhole(t *testing.T) {
	const unesco = "Organisation des Nations unies pour l'éducation, la science et la culture"
	tests := []struct{ text, want, en string }{
		{"La réunion a eu lieu avec l'" + unesco + " à Paris.", unesco,
			"United Nations Educational, Scientific and Cultural Organization"},
		{"« C'est important », a déclaré l'" + unesco + ".", unesco,
			"United Nations Educational, Scientific and Cultural Organization"},
		{"Audrey Azoulay dirige l’Organisation des Nations unies pour l’éducation, la science et la culture depuis 2017.",
			"Organisation des Nations unies pour l’éducation, la science et la culture",
			"United Nations Educational, Scientific and Cultural Organization"},
		{"L'Organisation des Nations unies pour l'alimentation et l'agriculture a publié un rapport à Rome.",
			"Organisation des Nations unies pour l'alimentation et l'agriculture",
			"Food and Agriculture Organization of the United Nations"},
		{"Le Haut-Commissariat des Nations unies pour les réfugiés s'inquiète.",
			"Haut-Commissariat des Nations unies pour les réfugiés",
			"Office of the United Nations High Commissioner for Refugees"},
		// the short name stays the short name
		{"Le secrétaire général de l'Organisation des Nations unies a parlé.", "Organisation des Nations unies", "United Nations"},
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		got := m.Recognize(tt.text)
		found := false
		for _, g := range got {
			if g.Label == "ORG" && tt.text[g.Start:g.End] == tt.want {
				found = true
			} else if overlapsName(tt.text, g, tt.want) {
				t.Errorf("%q: a mention %s:%q inside the name", tt.text, g.Label, tt.text[g.Start:g.End])
			}
		}
		if !found {
			t.Errorf("%q: ORG %q not found in %s", tt.text, tt.want, mentionStrings(tt.text, got))
		}
		if en, ok := m.EnglishName(tt.want, "ORG"); !ok || en != tt.en {
			t.Errorf("EnglishName(%q) = %q, %v; want %q", tt.want, en, ok, tt.en)
		}
	}
}

// overlapsName reports whether m overlaps an occurrence of name in text.
func overlapsName(text string, m Mention, name string) bool {
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], name)
		if j < 0 {
			return false
		}
		if m.Start < i+j+len(name) && i+j < m.End {
			return true
		}
		i += j + 1
	}
	return false
}

// TestEnglishNameWhole: an English name is given for the whole name only, never for a shorter name
// that a longer one begins with.
func TestEnglishNameWhole(t *testing.T) {
	for _, fr := range []string{
		"Organisation des Nations unies pour l'alimentation",                // a name cut short
		"Organisation des Nations unies pour l'éducation",                   // the same
		"Organisation des Nations",                                          // the same
		"Organisation des Nations unies pour le développement de l'Afrique", // unknown
		"ministère russe des Affaires étrangères et du Commerce",            // only partly composed
	} {
		if en, ok := EnglishName(fr, "ORG"); ok {
			t.Errorf("EnglishName(%q) = %q, want none", fr, en)
		}
	}
	for fr, want := range map[string]string{
		"l'Organisation des Nations unies":       "United Nations",
		"ORGANISATION DES NATIONS UNIES":         "United Nations",
		"Unesco":                                 "UNESCO",
		"Fonds des Nations unies pour l’enfance": "United Nations Children's Fund",
	} {
		if en, ok := EnglishName(fr, "ORG"); !ok || en != want {
			t.Errorf("EnglishName(%q) = %q, %v; want %q", fr, en, ok, want)
		}
	}
}
