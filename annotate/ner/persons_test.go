package ner

import "testing"

// TestKeptInEnglish: a name the lists do not translate may stand as its own English only when it is
// written so in English: most persons' names, the places the lists give unchanged; not a French
// spelling of a Slavic name, nor a place or an organisation nobody vouched for.
func TestKeptInEnglish(t *testing.T) {
	for _, tt := range []struct {
		name, label string
		want        bool
	}{
		{"Hélène Dumarchey", "PER", true},
		{"Keaghan Brodie", "PER", true},
		{"Igor Vassiliouk", "PER", false},   // Vasyliuk or Vassiliuk: ou is French
		{"Oleg Chapochnikov", "PER", false}, // ch for sh
		{"Pavel Medvenkov", "PER", true},    // a Slavic name with nothing French in it
		{"Tomasz Michalski", "PER", true},   // Polish keeps its own spelling
		{"Zoran Jovanov", "PER", true},
		{"Christine Jolivet", "PER", true}, // -ine ends French given names too
		{"Anton Poukhovski", "PER", false},
		{"Vladimir Poutine", "PER", false}, // the English is Putin
		{"Moscou", "PER", false},           // a place read as a person is still Moscow
		{"Albert Dupeyroux", "PER", true},
		{"Père Johnson", "PER", false}, // Father Johnson
		{"Abbé Pierre", "PER", true},
		{"Washington", "LOC", true},
		{"Moscou", "LOC", false},
		{"Trifouillis-les-Oies", "LOC", false}, // unknown: may be anything in English
		{"FBI", "ORG", true},
		{"Maison-Blanche", "ORG", false},
		{"", "PER", false},
	} {
		if got := KeptInEnglish(tt.name, tt.label); got != tt.want {
			t.Errorf("KeptInEnglish(%q, %s) = %v, want %v", tt.name, tt.label, got, tt.want)
		}
	}
}
