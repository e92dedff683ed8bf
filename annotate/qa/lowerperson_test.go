package qa

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// name-untagged flags a person's name typed in lower case in the English where the French of the
// segment tags the person, though the dictionary knows the word ("macron", "may"), by the French
// mention's family name or the person's English name ("putin" for Poutine, "berners-lee" for Tim
// Berners-Lee, hyphen and all); not a common word where
// the French names no such person (the macron of typography), nor one the English also writes as the
// name as often as the French tags it ("Mrs May said she may go"), nor a word tagged in the English,
// nor a person's name the French leaves a suggestion; and once for a name flagged already as the
// English tags it.
func TestNameUntaggedLowerCasePerson(t *testing.T) {
	for _, c := range []struct {
		src, en  string
		tag      string // a PER of the French, each time written, "" for none
		english  string // the person's English name, "" for none
		tagEn    string // a PER tagged in the English, "" for none
		auto     bool   // the French PER is a suggestion
		flagged  string // the word flagged, "" for none
		wantName string
	}{
		{"Emmanuel Macron a parlé.", "President macron spoke.", "Emmanuel Macron", "", "", false, "macron", "Emmanuel Macron"},
		{"Vladimir Poutine a parlé.", "President putin spoke.", "Vladimir Poutine", "Vladimir Putin", "", false, "putin", "Vladimir Putin"},
		{"Mme May a parlé.", "Mrs may spoke.", "May", "", "", false, "may", "May"},
		{"Tim Berners-Lee a parlé.", "Tim berners-lee spoke.", "Tim Berners-Lee", "", "", false, "berners-lee", "Tim Berners-Lee"},
		{"Moon Jae-in a parlé à Séoul.", "Moon Jae-in spoke in Seoul.", "Moon Jae-in", "", "", false, "", ""},
		{"Le macron est un signe diacritique.", "The macron is a diacritic.", "", "", "", false, "", ""},
		{"Mme May a dit qu'elle pourrait partir.", "Mrs May said she may go.", "May", "", "", false, "", ""},
		{"Emmanuel Macron a parlé.", "President macron spoke.", "Emmanuel Macron", "", "macron", false, "", ""},
		{"Emmanuel Macron a parlé.", "President macron spoke.", "Emmanuel Macron", "", "", true, "", ""},
		{"M. Lavrov parle et Lavrov insiste.", "Mr Lavrov said lavrov would go.", "Lavrov", "", "Lavrov", false, "lavrov", "Lavrov"},
	} {
		td := newTagDoc(t, c.src, c.en)
		for nth := 1; c.tag != "" && nth <= strings.Count(c.src, c.tag); nth++ {
			id := td.tag("PER", c.tag, nth, false)
			if c.auto {
				td.d.Span(id).Origin = annotate.Auto
			}
			if c.english != "" {
				if err := td.e.AddEntity(&annotate.Entity{Type: "PER", Names: map[string]string{"fr": c.tag, "en": c.english}, Mentions: []string{id}}); err != nil {
					t.Fatal(err)
				}
			}
		}
		if c.tagEn != "" {
			td.tag("PER", c.tagEn, 1, true)
		}
		got := td.only(NameUntagged)
		name := c.src + " / " + c.en
		switch {
		case c.flagged == "" && len(got) != 0:
			t.Errorf("%s: flagged %q", name, messages(got))
		case c.flagged == "":
		case len(got) != 1 || got[0].Segment != "s1":
			t.Errorf("%s: got %q, want one issue in s1", name, messages(got))
		case c.tagEn == "" && (got[0].Key != "qa.name-untagged.lower" || got[0].Args["word"] != c.flagged || got[0].Args["name"] != c.wantName):
			t.Errorf("%s: got %s %v, want %q flagged as %q", name, got[0].Key, got[0].Args, c.flagged, c.wantName)
		}
	}
}
