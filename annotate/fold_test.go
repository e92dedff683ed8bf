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

func TestEditDistance(t *testing.T) {
	if d := EditDistance([]rune("Sergueï"), []rune("Sergei")); d != 2 {
		t.Errorf("Sergueï → Sergei: %d, want 2", d)
	}
	if d := EditDistance([]string{"le", "chat", "dort"}, []string{"le", "chien", "dort", "bien"}); d != 2 {
		t.Errorf("word distance %d, want 2", d)
	}
	if d := EditDistance([]rune(""), []rune("abc")); d != 3 {
		t.Errorf("from empty: %d, want 3", d)
	}
}
