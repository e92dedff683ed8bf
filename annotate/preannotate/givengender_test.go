package preannotate

import "testing"

// TestGivenNameTellsGender: where no title tells a person's gender, a given name does, so that "elle"
// is not given to the one man named before it ("a-t-elle prévenu" went to Jean-Luc Mélenchon when
// the speaker was "la présidente de la région", unnamed), while "elle" still finds a woman named by
// her given name alone, past a man named later.
func TestGivenNameTellsGender(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"a man's given name, elle",
			"À gauche, Jean-Luc Mélenchon a dénoncé « le mépris du gouvernement ». Du côté des élus, la présidente de la région s'inquiète. « Les stations ouvrent dans un mois 😀 », a-t-elle prévenu.",
			"« Les stations ouvrent dans un mois 😀 »", ""},
		{"a woman's given name past a man's",
			"Nathalie Arthaud a critiqué le projet, que Laurent Berger a soutenu. « C'est une trahison », a-t-elle lancé.",
			"« C'est une trahison »", "Nathalie Arthaud"},
		{"a man's given name past a woman's, il",
			"Sandrine Rousseau a interpellé Gérald Darmanin. « Nous tiendrons », a-t-il répondu.",
			"« Nous tiendrons »", "Gérald Darmanin"},
	})
}

// TestNameGender: a compound given name takes its first part's gender; a name of one word, an
// initial, or a given name borne by both sexes tells none.
func TestNameGender(t *testing.T) {
	for name, want := range map[string]gender{
		"Jean-Luc Mélenchon": masculine, "Jean-Marie Le Pen": masculine, "Marie-José Pérec": feminine,
		"Élisabeth Borne": feminine, "ÉLISABETH BORNE": feminine, "Macron": unknownGender,
		"Dominique Strauss-Kahn": unknownGender, "Camille Étienne": unknownGender, "J.-L. Mélenchon": unknownGender,
		"la présidente": unknownGender,
	} {
		if got := nameGender(name); got != want {
			t.Errorf("nameGender(%q) = %d, want %d", name, got, want)
		}
	}
}
