package typo

import "testing"

func TestEnglish(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"guillemets nbsp", "« Bonjour », dit-il.", "“Bonjour”, dit-il."},
		{"guillemets narrow", "«\u202fOui\u202f»", "“Oui”"},
		{"single guillemets", "‹ non ›", "‘non’"},
		{"nested", "« Il a dit ‹ jamais › »", "“Il a dit ‘jamais’”"},
		{"punctuation spaces", "Pourquoi ? Parce que : voilà ; bien !", "Pourquoi? Parce que: voilà; bien!"},
		{"narrow nbsp before", "Vraiment\u202f?", "Vraiment?"},
		{"line starting with colon", "a\n: b", "a\n: b"},
		{"decimal comma percent", "Il a baissé de 3,5 %.", "Il a baissé de 3.5%."},
		{"thousands space", "1 000 personnes", "1,000 personnes"},
		{"thousands nnbsp", "2\u202f500\u202f000 €", "2,500,000 €"},
		{"thousands points decimals", "1.234.567,89", "1,234,567.89"},
		{"thousands points", "1.234.567 habitants", "1,234,567 habitants"},
		{"single point group kept", "1.000", "1.000"},
		{"english thousands kept", "1,000 people and 3.5%", "1,000 people and 3.5%"},
		{"list commas", "1, 2 et 3", "1, 2 et 3"},
		{"year then number", "en 2019 2 000 cas", "en 2019 2,000 cas"},
		{"date kept", "le 12.05.2020", "le 12.05.2020"},
		{"phone kept", "01 23 45 67 89", "01 23 45 67 89"},
		{"code kept", "A4,5 et B2", "A4,5 et B2"},
		{"accents emoji", "Élysée : 😀 « café » 0,5 %", "Élysée: 😀 “café” 0.5%"},
		{"combining", "« e\u0301te\u0301 » ?", "“e\u0301te\u0301”?"},
		{"english untouched", "“Hello,” he said: 3.5% of 1,200!", "“Hello,” he said: 3.5% of 1,200!"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := English(tt.in); got != tt.want {
				t.Errorf("English(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := English(tt.want); got != tt.want {
				t.Errorf("not idempotent: English(%q) = %q", tt.want, got)
			}
		})
	}
}
