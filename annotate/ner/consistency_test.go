package ner

import (
	"strings"
	"testing"
)

// TestPrevailingLabel weighs the mentions of one name: the label their confidences favour wins when
// it leads clearly; a near-tie keeps the labels as they are.
func TestPrevailingLabel(t *testing.T) {
	ms := func(specs ...string) []Mention { // "LABEL 0.69"
		var out []Mention
		for _, s := range specs {
			label, conf, _ := strings.Cut(s, " ")
			c := map[string]float64{"0.62": 0.62, "0.63": 0.63, "0.66": 0.66, "0.67": 0.67, "0.69": 0.69,
				"0.7": 0.7, "0.74": 0.74, "0.82": 0.82, "0.86": 0.86, "0.95": 0.95}[conf]
			out = append(out, Mention{Label: label, Confidence: c})
		}
		return out
	}
	tests := []struct {
		mentions []Mention
		want     string // "" when the labels stay as they are
		clear    bool   // the winner leads by unifyMargin
	}{
		{ms("PER 0.69", "LOC 0.62"), "PER", true},                                                            // one person, read as a place once
		{ms("LOC 0.66", "PER 0.86", "PER 0.82", "LOC 0.66", "PER 0.74", "LOC 0.69", "LOC 0.7"), "PER", true}, // more LOC, but unsure
		{ms("LOC 0.69", "ORG 0.67"), "LOC", false},                                                           // a near-tie: the tagger cannot tell, but one name is one entity
		{ms("ORG 0.67", "LOC 0.69"), "LOC", false},
		// one sentence repeated (a report saying "avec Ursula von der Leyen à Paris" again and again):
		// the same reading counts once
		{ms("PER 0.69", "LOC 0.62", "LOC 0.62", "PER 0.69", "LOC 0.62", "LOC 0.62", "LOC 0.62", "LOC 0.62"), "PER", true},
		{ms("PER 0.7", "PER 0.66"), "", false}, // they agree
		{ms("ORG 0.95"), "", false},
	}
	for _, tt := range tests {
		idx := make([]int, len(tt.mentions))
		for i := range idx {
			idx[i] = i
		}
		got, share, clear, ok := prevailingLabel(tt.mentions, idx, 4)
		if !ok {
			got = ""
		}
		if got != tt.want || clear != tt.clear {
			t.Errorf("%+v: got %q (clear %v), want %q (clear %v)", tt.mentions, got, clear, tt.want, tt.clear)
		}
		if ok && !clear && (share < 0.5 || share > 0.55) {
			t.Errorf("%+v: a two-way near-tie's share is %.3f, want about one half", tt.mentions, share)
		}
	}
}

// TestNearTieOneLabel gives a name read as a place in one sentence and as an organisation in the next,
// with nearly the same confidence: every mention gets one label, so that the name makes one entity,
// at a confidence that shows the doubt.
func TestNearTieOneLabel(t *testing.T) {
	const text = "Le club Saint-Éloi-Côté-Mer a gagné. « Bravo ! », dit-on à Saint-Éloi-Côté-Mer 👍🏽.\n"
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d := analyse(text, m.gaz)
	first := strings.Index(text, "Saint-Éloi-Côté-Mer")
	second := strings.LastIndex(text, "Saint-Éloi-Côté-Mer")
	n := len("Saint-Éloi-Côté-Mer")
	mentions := []Mention{{first, first + n, "ORG", 0.67}, {second, second + n, "LOC", 0.69}}
	unifyLabels(d, mentions, len(m.labels))
	for _, g := range mentions {
		if g.Label != "LOC" {
			t.Errorf("%q at %d is %s, want LOC like its other mention: %s", text[g.Start:g.End], g.Start, g.Label, mentionStrings(text, mentions))
		}
		if g.Confidence > 0.55 {
			t.Errorf("%q at %d keeps confidence %.2f in a near-tie, want about one half", text[g.Start:g.End], g.Start, g.Confidence)
		}
	}
}

// TestOneTypePerName runs the shipped recogniser on a document naming one person twice, the second
// time in a sentence where the tagger alone reads the name as a place.
func TestOneTypePerName(t *testing.T) {
	const text = "« C'est important », a déclaré Ursula von der Leyen.\n\n" +
		"La réunion a eu lieu avec Ursula von der Leyen à Paris.\n"
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	got := m.Recognize(text)
	n := 0
	for _, g := range got {
		if text[g.Start:g.End] == "Ursula von der Leyen" {
			n++
			if g.Label != "PER" {
				t.Errorf("%q at %d tagged %s", "Ursula von der Leyen", g.Start, g.Label)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d mentions of Ursula von der Leyen, want 2: %s", n, mentionStrings(text, got))
	}
}
