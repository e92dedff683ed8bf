package qa

import (
	"strings"
	"testing"
)

// name-untagged finds a confirmed name again with its case and accents folded: in capitals in a
// headline ("MACRON", "ORANGE"), without its accents ("Elysee"), and a person's name typed in lower
// case ("macron"); but not a name that is a common word in lower case ("orange" of the ORG Orange,
// "le monde" of Le Monde), nor, in the English, a person's name whose lower case is an English word
// ("may" of Theresa May), which would flood the list.
func TestNameUntaggedFoldsCaseAndAccents(t *testing.T) {
	for _, c := range []struct {
		src, en    string
		label, tag string
		en1        bool   // the tag and the place are in the English of the first segment
		flagged    string // the segment flagged, or ""
	}{
		{"Macron parle. MACRON SE TAIT.", "", "PER", "Macron", false, "s2"},
		{"Macron parle. Puis macron se tait.", "", "PER", "Macron", false, "s2"},
		{"L’Élysée parle. L’Elysee se tait.", "", "LOC", "Élysée", false, "s2"},
		{"Orange vend. ORANGE ACHÈTE.", "", "ORG", "Orange", false, "s2"},
		{"Orange vend. Une orange tombe.", "", "ORG", "Orange", false, ""},
		{"Le Monde écrit. Le monde change.", "", "ORG", "Le Monde", false, ""},
		{"Mme May parle.", "Mrs May said she may go.", "PER", "May", true, ""},
		{"M. Lavrov parle.", "Mr Lavrov said lavrov would go.", "PER", "Lavrov", true, "s1"},
		{"M. Lavrov parle.", "Mr Lavrov said LAVROV would go.", "PER", "Lavrov", true, "s1"},
	} {
		td := newTagDoc(t, c.src, c.en)
		td.tag(c.label, c.tag, 1, c.en1)
		got := td.only(NameUntagged)
		name := c.src + " " + c.en
		switch {
		case c.flagged == "" && len(got) != 0:
			t.Errorf("%s: flagged %q", name, messages(got))
		case c.flagged != "" && (len(got) != 1 || got[0].Segment != c.flagged || !strings.Contains(got[0].Message, "“"+c.tag+"”")):
			t.Errorf("%s: got %q, want one issue in %s", name, messages(got), c.flagged)
		}
	}
}
