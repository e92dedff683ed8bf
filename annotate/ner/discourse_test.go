package ner

import (
	"strings"
	"testing"
)

func TestPropagateSurnames(t *testing.T) {
	const text = "Le juge Brett Kavanaugh a prêté serment. Kavanaugh remercie le Kavanaugh Institute et la Kavanaugh, puis 😀 Kavanaugh part."
	at := func(s string, n int) Mention { // the n-th occurrence of s, as a LOC unless relabelled
		i := -1
		for range n {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return Mention{Start: i, End: i + len(s), Label: "LOC", Confidence: 0.9}
	}
	full := at("Brett Kavanaugh", 1)
	full.Label = "PER"
	second := at("Kavanaugh", 2) // "Kavanaugh remercie", tagged LOC by the first pass
	org := at("Kavanaugh Institute", 1)
	org.Label = "ORG"
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d := analyse(text, m.gaz)
	got := propagateSurnames(d, []Mention{full, second, org})
	var want []string
	for _, m := range got {
		want = append(want, m.Label+":"+text[m.Start:m.End])
	}
	// the LOC becomes PER; the organisation keeps its word; "la Kavanaugh" is a thing; the last one,
	// after an emoji, is added
	if strings.Join(want, ", ") != "PER:Brett Kavanaugh, PER:Kavanaugh, ORG:Kavanaugh Institute, PER:Kavanaugh" {
		t.Fatalf("got %v", want)
	}
	if got[1].Confidence != surnameConfidence || got[3].Start != strings.LastIndex(text, "Kavanaugh") {
		t.Errorf("relabelled or added mention wrong: %+v", got)
	}
	// no full name, nothing to propagate
	if got := propagateSurnames(d, []Mention{second}); len(got) != 1 || got[0].Label != "LOC" {
		t.Errorf("without a full name: %+v", got)
	}
}

func TestPersonToOrg(t *testing.T) {
	const text = "Selon The Guardian et la Virginia University, Paul Post n'a rien dit à Jean Dupont."
	at := func(s, label string) Mention {
		i := strings.Index(text, s)
		return Mention{Start: i, End: i + len(s), Label: label}
	}
	ms := []Mention{at("The Guardian", "PER"), at("Virginia University", "PER"), at("Paul Post", "PER"), at("Jean Dupont", "PER")}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	personToOrg(analyse(text, m.gaz), ms)
	var got []string
	for _, m := range ms {
		got = append(got, m.Label)
	}
	// "Paul Post" opens with a given name: a person
	if strings.Join(got, " ") != "ORG ORG PER PER" {
		t.Errorf("labels %v, want ORG ORG PER PER", got)
	}
}
