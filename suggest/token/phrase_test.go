package token

import (
	"fmt"
	"testing"
)

func TestPhrase(t *testing.T) {
	tests := []struct {
		query, text, want string
		fts               string
	}{
		{"Parlement gallois", "le Parlement gallois.", "[[3 20]]", `"parlement gallois"`},
		{"parlement-gallois", "PARLEMENT GALLOIS, parlement… gallois", "[[0 17] [19 39]]", `"parlement gallois"`},
		{"élysée", "L’Ely\u0301se\u0301e 👍🏽 « élysée »", "[[4 14] [27 35]]", `"elysee"`},
		{"gall*", "Pays de Galles, gallois", "[[8 14] [16 23]]", `"gall" *`},
		{"gall", "Pays de Galles", "[]", `"gall"`},
		{"aujourd'hui", "aujourd’hui 🇫🇷", "[[0 13]]", `"aujourd hui"`},
		{" « » ", "« »", "[]", ``},
	}
	for _, tt := range tests {
		p := ParsePhrase(tt.query)
		if got := fmt.Sprint(p.Find(tt.text)); got != tt.want && !(tt.want == "[]" && got == "[]") {
			t.Errorf("%q in %q: %s, want %s", tt.query, tt.text, got, tt.want)
		}
		if got := p.String(); len(p.Words) > 0 && got != tt.fts {
			t.Errorf("%q for FTS5: %s, want %s", tt.query, got, tt.fts)
		}
	}
}
