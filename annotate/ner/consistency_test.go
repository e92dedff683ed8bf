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
	}{
		{ms("PER 0.69", "LOC 0.62"), "PER"}, // one person, read as a place once
		{ms("LOC 0.66", "PER 0.86", "PER 0.82", "LOC 0.66", "PER 0.74", "LOC 0.69", "LOC 0.7"), "PER"}, // more LOC, but unsure
		{ms("LOC 0.69", "ORG 0.67"), ""},
		// one sentence repeated (a report saying "avec Ursula von der Leyen à Paris" again and again):
		// the same reading counts once
		{ms("PER 0.69", "LOC 0.62", "LOC 0.62", "PER 0.69", "LOC 0.62", "LOC 0.62", "LOC 0.62", "LOC 0.62"), "PER"}, // a near-tie: the tagger cannot tell
		{ms("PER 0.7", "PER 0.66"), ""}, // they agree
		{ms("ORG 0.95"), ""},
	}
	for _, tt := range tests {
		idx := make([]int, len(tt.mentions))
		for i := range idx {
			idx[i] = i
		}
		got, ok := prevailingLabel(tt.mentions, idx, 4)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%+v: got %q, want %q", tt.mentions, got, tt.want)
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
