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
