package preannotate

import (
	"strings"
	"testing"
)

func TestTitleGender(t *testing.T) {
	for _, tc := range []struct {
		before string
		want   gender
	}{
		{"a rencontré Mme ", feminine},
		{"selon M. ", masculine},
		{"la ministre de la Santé ", feminine},
		{"le président ", masculine},
		{"l'ancienne présidente ", feminine},
		{"l'acteur ", masculine},
		{"a rencontré ", unknownGender},
		{"la ministre de la Santé ", feminine},
		{"La ministre ", feminine},
		{"L'ancienne présidente ", feminine},
		{"le ministre de la Santé ", masculine},
		{"le ministre de l'Économie et des Finances ", masculine},
		{"a rencontré Jean ", unknownGender},
	} {
		if got := titleGender(tc.before); got != tc.want {
			t.Errorf("titleGender(%q) = %d, want %d", tc.before, got, tc.want)
		}
	}
}

// TestPronounAgreesInGender: "elle" goes to the woman named before, not to the man named last.
func TestPronounAgreesInGender(t *testing.T) {
	text := "La ministre Agnès Buzyn a reçu M. Jean Dupont au ministère. « Nous avons beaucoup travaillé », a-t-elle déclaré.\n" +
		"« Le dialogue continue », a-t-il ajouté."
	res, err := Text(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"« Nous avons beaucoup travaillé »": "Buzyn", "« Le dialogue continue »": "Dupont"}
	for _, q := range res.Quotes {
		w, ok := want[text[q.Start:q.End]]
		if !ok {
			continue
		}
		delete(want, text[q.Start:q.End])
		if q.Speaker < 0 || res.Mentions[q.Speaker].Entity < 0 {
			t.Errorf("%s: no speaker entity", text[q.Start:q.End])
			continue
		}
		if name := res.Entities[res.Mentions[q.Speaker].Entity].Names["fr"]; !contains(name, w) {
			t.Errorf("%s: speaker %q, want %s", text[q.Start:q.End], name, w)
		}
	}
	for q := range want {
		t.Errorf("quote %s not found", q)
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func TestFirstOfSeveral(t *testing.T) {
	for _, s := range []string{"", "Dubois", " Mme Dubois", "Mme\u00a0Dubois", "M.\tDupont  Jean", "Mme ", "  "} {
		f := strings.Fields(s)
		first, ok := firstOfSeveral(s)
		if ok != (len(f) > 1) || ok && first != f[0] {
			t.Errorf("firstOfSeveral(%q) = %q, %v; the words are %q", s, first, ok, f)
		}
	}
}
