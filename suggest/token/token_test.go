package token

import (
	"fmt"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"l’Assemblée a voté.", "W:l P:’ W:Assemblée W:a W:voté P:."},
		{"Maison-Blanche", "W:Maison P:- W:Blanche"},
		{"3,5 % de 1 000 et 1, 2", "N:3,5 P:% W:de N:1 000 W:et N:1 P:, N:2"},
		{"en 2019 2 000 cas", "W:en N:2019 N:2 000 W:cas"},
		{"1\u202f000\u00a0000 €", "N:1\u202f000\u00a0000 P:€"},
		{"« Oui » 😀", "P:« W:Oui P:» P:😀"},
		{"cafe\u0301 10km 2e", "W:cafe\u0301 W:10km W:2e"},
		{"", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range Tokenize(tt.in) {
			if tt.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %+v has wrong offsets", tt.in, tk)
			}
			got = append(got, fmt.Sprintf("%c:%s", "WNP"[tk.Kind], tk.Text))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, strings.Join(got, " "), tt.want)
		}
	}
}

func TestKeys(t *testing.T) {
	tests := []struct{ fn, in, want string }{
		{"fold", "Élysée", "elysee"},
		{"fold", "e\u0301lyse\u0301e", "elysee"},
		{"fold", "Œuvre l’été", "oeuvre l'ete"},
		{"lower", "E\u0301TÉ", "été"},
		{"num", "3,5", "3.5"},
		{"num", "1 000", "1000"},
		{"num", "1.234.567,89", "1234567.89"},
		{"num", "1,000", "1000"},
		{"stem fr", "présidentes", "presid"},
		{"stem fr", "président", "presid"},
		{"stem fr", "chevaux", "cheval"},
		{"stem fr", "parlaient", "parl"},
		{"stem en", "presidents", "president"},
		{"stem en", "studies", "study"},
		{"stem en", "class", "class"},
		{"stem de", "häuser", "häuser"},
	}
	for _, tt := range tests {
		var got string
		switch tt.fn {
		case "fold":
			got = Fold(tt.in)
		case "lower":
			got = Lower(tt.in)
		case "num":
			got = NumberKey(tt.in)
		case "stem fr":
			got = Stem("fr-FR", Fold(tt.in))
		case "stem en":
			got = Stem("en", tt.in)
		default:
			got = Stem("de", tt.in)
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.fn, tt.in, got, tt.want)
		}
	}
}
