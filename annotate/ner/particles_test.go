package ner

import (
	"strings"
	"testing"
)

// mentionsIn builds mentions from "LABEL:words" pairs, each the first occurrence of words in text
// after the previous one.
func mentionsIn(t *testing.T, text string, specs ...string) []Mention {
	t.Helper()
	var out []Mention
	from := 0
	for _, spec := range specs {
		label, words, _ := strings.Cut(spec, ":")
		i := strings.Index(text[from:], words)
		if i < 0 {
			t.Fatalf("%q not in %q", words, text)
		}
		out = append(out, Mention{Start: from + i, End: from + i + len(words), Label: label, Confidence: 0.9})
		from += i + len(words)
	}
	return out
}

// ruleCase is a text, the mentions a tagger might have made in it ("LABEL:words", in text order), and
// what a rule should leave of them.
type ruleCase struct {
	text   string
	tagged []string
	want   string
}

// checkRule applies rule to each case's mentions and checks what it leaves.
func checkRule(t *testing.T, cases []ruleCase, rule func(d *docInfo, ms []Mention) []Mention) {
	t.Helper()
	for _, tt := range cases {
		got := rule(analyse(tt.text, sharedGazetteer()), mentionsIn(t, tt.text, tt.tagged...))
		if s := mentionStrings(tt.text, got); s != tt.want {
			t.Errorf("%q with %v:\n got %s\nwant %s", tt.text, tt.tagged, s, tt.want)
		}
	}
}

func mentionStrings(text string, ms []Mention) string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Label+":"+text[m.Start:m.End])
	}
	return strings.Join(out, ", ")
}

// TestJoinParticleNames gives the rule the mentions a tagger might have made and checks what it joins.
func TestJoinParticleNames(t *testing.T) {
	tests := []struct {
		text   string
		tagged []string // "LABEL:words", in text order
		want   string
	}{
		// the parts tagged apart, or left untagged, are one person
		{"La présidente de la Commission, Ursula von der Leyen, a déclaré que l'accord est proche.",
			[]string{"ORG:Commission", "PER:Ursula", "ORG:Leyen"}, "ORG:Commission, PER:Ursula von der Leyen"},
		{"Ursula von der Leyen a rencontré le chancelier.", []string{"ORG:Leyen"}, "PER:Ursula von der Leyen"},
		{"Angela Merkel et Ursula von der Leyen ont parlé.", []string{"PER:Angela Merkel", "ORG:Ursula"},
			"PER:Angela Merkel, PER:Ursula von der Leyen"},
		{"Le ministre Karl-Theodor zu Guttenberg a démissionné.", []string{"PER:Karl-Theodor", "LOC:Guttenberg"},
			"PER:Karl-Theodor zu Guttenberg"},
		{"Le joueur Rafael van der Vaart est arrivé.", nil, "PER:Rafael van der Vaart"},
		{"L'entraîneur Erik ten Hag a été limogé.", []string{"PER:Erik", "PER:Hag"}, "PER:Erik ten Hag"},
		{"Le prince Mohammed ben Salmane a reçu le ministre.", []string{"PER:Mohammed", "PER:Salmane"},
			"PER:Mohammed ben Salmane"},
		// nothing before the particle that is a name: the particle opens it
		{"Selon von der Leyen, l'accord est proche.", []string{"LOC:Leyen"}, "PER:von der Leyen"},
		{"Mme von der Leyen a parlé.", nil, "PER:von der Leyen"},
		// a nationality the tagger took into the name is left out
		{"La Néerlandaise Annemiek van Vleuten a gagné.", []string{"PER:Néerlandaise Annemiek"}, "PER:Annemiek van Vleuten"},
		// already one person: unchanged, confidence kept
		{"Le concert de Ludwig van Beethoven commence.", []string{"PER:Ludwig van Beethoven"}, "PER:Ludwig van Beethoven"},
		// an institution, a place or a title before the particle is not a given name
		{"La Commission von der Leyen a été investie.", []string{"ORG:Commission von der Leyen"}, "ORG:Commission von der Leyen"},
		{"La Commission von der Leyen a été investie.", []string{"ORG:Commission"}, "ORG:Commission, PER:von der Leyen"},
		{"Les Pays-Bas van Dijk veulent gagner.", []string{"LOC:Pays-Bas"}, "LOC:Pays-Bas, PER:van Dijk"},
		// a mention of another kind read over the particle is the tagger's choice; one reaching beyond
		// the name is not cut
		{"L'entraîneur Erik ten Hag a été limogé.", []string{"ORG:Erik ten Hag"}, "ORG:Erik ten Hag"},
		{"Le Musée van Gogh Amsterdam Nord ouvre.", []string{"ORG:Musée van Gogh Amsterdam Nord"}, "ORG:Musée van Gogh Amsterdam Nord"},
		// French particles are the model's: "de", "du", "des", "la", "le" are not joined
		{"Le maire de la ville de Paris a parlé.", []string{"LOC:Paris"}, "LOC:Paris"},
		{"La mosquée Al-Fateh de Sinjar a été touchée.", []string{"ORG:Al-Fateh", "LOC:Sinjar"}, "ORG:Al-Fateh, LOC:Sinjar"},
		{"Le Tour de France part de Bretagne.", []string{"MISC:Tour de France", "LOC:Bretagne"}, "MISC:Tour de France, LOC:Bretagne"},
		{"Jean de La Fontaine écrit.", []string{"PER:Jean"}, "PER:Jean"},
		// a particle needs a capitalised name after it, in the same sentence
		{"Il est van. Der Spiegel écrit.", []string{"ORG:Der Spiegel"}, "ORG:Der Spiegel"},
		{"Il a vu Paul von loin.", []string{"PER:Paul"}, "PER:Paul"},
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		d := analyse(tt.text, m.gaz)
		got := joinParticleNames(d, mentionsIn(t, tt.text, tt.tagged...))
		if s := mentionStrings(tt.text, got); s != tt.want {
			t.Errorf("%q with %v:\n got %s\nwant %s", tt.text, tt.tagged, s, tt.want)
		}
		for _, m := range got {
			if m.Confidence <= 0 || m.Confidence > 0.9 {
				t.Errorf("%q: confidence %v of %q", tt.text, m.Confidence, tt.text[m.Start:m.End])
			}
		}
	}
}

// TestParticleNamesRecognized runs the shipped recogniser on invented sentences holding names with
// particles, and on ones where a particle-like word must not join two names.
func TestParticleNamesRecognized(t *testing.T) {
	tests := []struct {
		text     string
		want     []string // mentions that must be found, "LABEL:words"
		mustNot  []string // words that must not be a mention's whole text
		notLabel string   // a span that must not be PER
	}{
		{text: "La présidente de la Commission, Ursula von der Leyen, a déclaré que l'accord était proche.",
			want: []string{"PER:Ursula von der Leyen"}, mustNot: []string{"Ursula", "Leyen"}},
		{text: "Ursula von der Leyen a rencontré Emmanuel Macron à Bruxelles.",
			want: []string{"PER:Ursula von der Leyen", "PER:Emmanuel Macron"}, mustNot: []string{"Ursula", "Leyen"}},
		{text: "Angela Merkel et Ursula von der Leyen ont parlé.",
			want: []string{"PER:Angela Merkel", "PER:Ursula von der Leyen"}, mustNot: []string{"Ursula"}},
		{text: "Le ministre Karl-Theodor zu Guttenberg a démissionné.", want: []string{"PER:Karl-Theodor zu Guttenberg"}},
		{text: "Otto von Bismarck a unifié l'Allemagne.", want: []string{"PER:Otto von Bismarck", "LOC:Allemagne"}},
		{text: "Le concert joue une symphonie de Ludwig van Beethoven ce soir.", want: []string{"PER:Ludwig van Beethoven"}},
		{text: "Le président allemand Frank-Walter Steinmeier s'est rendu à Varsovie.",
			want: []string{"PER:Frank-Walter Steinmeier", "LOC:Varsovie"}},
		{text: "Le prince héritier Mohammed ben Salmane a reçu le ministre.", want: []string{"PER:Mohammed ben Salmane"}},
		{text: "Les fables de Jean de La Fontaine sont étudiées à l'école.", want: []string{"PER:Jean de La Fontaine"}},
		{text: "Mme von der Leyen a parlé hier.", want: []string{"PER:von der Leyen"}},
		{text: "Le maire de la ville de Paris a parlé avec Anne Hidalgo.",
			want: []string{"LOC:Paris", "PER:Anne Hidalgo"}, notLabel: "ville de Paris"},
		{text: "Il habite à Mar del Plata depuis 2010.", want: []string{"LOC:Mar del Plata"}},
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		got := m.Recognize(tt.text)
		found := map[string]bool{}
		for _, g := range got {
			found[g.Label+":"+tt.text[g.Start:g.End]] = true
			found[tt.text[g.Start:g.End]] = true
			if g.Label == "PER" && tt.notLabel != "" && strings.Contains(tt.text[g.Start:g.End], tt.notLabel) {
				t.Errorf("%q: %q tagged PER", tt.text, tt.text[g.Start:g.End])
			}
		}
		for _, w := range tt.want {
			if !found[w] {
				t.Errorf("%q: %s not found in %s", tt.text, w, mentionStrings(tt.text, got))
			}
		}
		for _, w := range tt.mustNot {
			if found[w] {
				t.Errorf("%q: %q alone found in %s", tt.text, w, mentionStrings(tt.text, got))
			}
		}
	}
}
