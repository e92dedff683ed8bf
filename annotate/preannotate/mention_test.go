package preannotate

import (
	"testing"

	"github.com/glose-app/glose/annotate"
)

// The speaker mentions pre-annotation adds on a pronoun or a description say so; every other span it
// makes is a name.
func TestRunMentionKinds(t *testing.T) {
	d := sampleDoc(t)
	if err := Run(d, Options{}); err != nil {
		t.Fatal(err)
	}
	want := map[string]annotate.MentionKind{"il": annotate.MentionPronoun, "le diplomate russe": annotate.MentionNominal}
	seen := map[string]bool{}
	for _, sp := range d.Spans {
		text := d.SpanText(sp)
		if k, ok := want[text]; ok && sp.Label == annotate.LabelPER {
			seen[text] = true
			if sp.Mention != k {
				t.Errorf("%s: mention kind %q, want %q", d.Describe(sp), sp.Mention, k)
			}
			if d.EntityOf(sp.ID) == nil || d.EntityOf(sp.ID).Name("fr") != "Sergueï Lavrov" {
				t.Errorf("%s: not a mention of Sergueï Lavrov", d.Describe(sp))
			}
			continue
		}
		if sp.Mention != "" {
			t.Errorf("%s: mention kind %q, want a name", d.Describe(sp), sp.Mention)
		}
	}
	for text := range want {
		if !seen[text] {
			t.Errorf("no PER span on %q", text)
		}
	}
}

func TestMentionKindOf(t *testing.T) {
	d := sampleDoc(t)
	res, err := Text(d.Text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range res.Mentions {
		if !m.Speaker && m.Kind() != annotate.MentionName {
			t.Errorf("recogniser's mention %q: kind %q, want name", d.Text[m.Start:m.End], m.Kind())
		}
	}
}

// TestSpeakerKeepsTheInstitutionWhole: the quotation finder reads a description up to the capitalised
// word of an institution; the speaker's mention goes on to the end of the name the recogniser found,
// not "le président de l'Assemblée". Invented sentences, with « » and no-break spaces, an emoji and
// e + U+0301 before them so that offsets are counted past characters of every width.
func TestSpeakerKeepsTheInstitutionWhole(t *testing.T) {
	const lead = "Café 😀 e\u0301té. "
	for _, c := range []struct{ text, speaker string }{
		{"« Non\u00a0», a déclaré le président de l'Assemblée nationale.", "le président de l'Assemblée nationale"},
		{"« Non\u00a0», a déclaré la porte-parole de la Commission européenne.", "la porte-parole de la Commission européenne"},
		{"« Non\u00a0», a affirmé la ministre des Forces armées.", "la ministre des Forces armées"},
		{"« Non\u00a0», a affirmé le secrétaire général des Nations unies.", "le secrétaire général des Nations unies"},
		// no name cut in two: the words stay as the finder read them
		{"« Non\u00a0», a déclaré le maire de Paris.", "le maire de Paris"},
	} {
		text := lead + c.text
		res, err := Text(text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := "(none)"
		for _, q := range res.Quotes {
			if q.Speaker >= 0 {
				m := res.Mentions[q.Speaker]
				got = text[m.Start:m.End]
			}
		}
		if got != c.speaker {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.speaker)
		}
	}
}
