package curate

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// What B did beyond the spans is reported, not dropped: a segment status B left behind makes the
// segment that status (reviewed only when both reviewed it), B's notes are added under B's name, and
// B's other name of an entity goes into a note on the document with each one's; each is warned of.
func TestMergeReportsStatusesNotesAndNamesThatDiffer(t *testing.T) {
	a, b := reviewed(t, []string{"PER:Zoé Müller"}, ""), reviewed(t, []string{"PER:Zoé Müller"}, "")
	for _, d := range []*annotate.Document{a, b} {
		for _, s := range d.Segments {
			s.Status = annotate.StatusReviewed
		}
		d.Entities[0].Names["en"] = "Zoé Müller"
	}
	b.Segments[1].Status = annotate.StatusTranslated
	b.Entities[0].Names["en"] = "Zoe Muller"
	b.Notes = []annotate.Note{{ID: "n1", Text: "Source retracted?", Glose: true}}
	b.Segments[0].Notes = []annotate.Note{{ID: "n1", Text: "Check the date", Glose: true}}
	res, err := Merge([]Reviewer{{"alice", a}, {"bob", b}})
	if err != nil {
		t.Fatal(err)
	}
	d := res.Doc
	s1, s2 := d.Segments[0], d.Segments[1]
	if s1.Status != annotate.StatusReviewed || s2.Status != annotate.StatusTranslated {
		t.Errorf("statuses %s, %s; want reviewed (both), translated (bob's)", s1.Status, s2.Status)
	}
	if len(s2.Notes) != 1 || s2.Notes[0].Category != NoteCategory || s2.Notes[0].Text != "Statuses: alice reviewed, bob translated; translated kept" {
		t.Errorf("segment 2's notes %+v; want a curation note with both statuses", s2.Notes)
	}
	if len(s1.Notes) != 1 || s1.Notes[0].Text != "bob: Check the date" || s1.Notes[0].ID == "" {
		t.Errorf("segment 1's notes %+v; want bob's note, named, with an ID", s1.Notes)
	}
	var texts []string
	for _, n := range d.Notes {
		texts = append(texts, n.Text)
	}
	want := []string{"bob: Source retracted?", "Names of PER “Zoé Müller”: en alice “Zoé Müller”, bob “Zoe Muller” (“Zoé Müller” kept)"}
	if strings.Join(texts, "\n") != strings.Join(want, "\n") {
		t.Errorf("document notes %q; want %q", texts, want)
	}
	if w := strings.Join(res.Warnings, "\n"); !strings.Contains(w, "statuses differ") || !strings.Contains(w, "2 notes of bob's") || !strings.Contains(w, "Zoe Muller") {
		t.Errorf("warnings %q; want the statuses, notes and names said", w)
	}
	roundTrip(t, d)
}

// A name only the second reviewer gave is taken, and said.
func TestMergeTakesANameOnlyAnotherReviewerGave(t *testing.T) {
	a, b := reviewed(t, []string{"PER:Zoé Müller"}, ""), reviewed(t, []string{"PER:Zoé Müller"}, "")
	b.Entities[0].Names["en"] = "Zoé Müller"
	res, err := Merge([]Reviewer{{"A", a}, {"B", b}})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Doc.Entities[0].Names["en"]; got != "Zoé Müller" || len(res.Doc.Notes) != 1 {
		t.Errorf("English name %q, notes %+v; want B's name taken and noted", got, res.Doc.Notes)
	}
}
