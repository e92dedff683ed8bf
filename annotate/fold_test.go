package annotate

import "testing"

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Élysée": "elysee", "e\u0301lyse\u0301e": "elysee", "ELYSEE": "elysee", "l’État": "l'etat",
		"Sergueï": "serguei", "Œuvre": "oeuvre", "😀 Ça": "😀 ca", "": "",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q; want %q", in, got, want)
		}
	}
}
