package curate

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

const dupontText = "Jean Dupont est arrivé à Lyon.\n\nM. Dupont a parlé longtemps.\n\nDupont est reparti de Lyon vers Paris.\n"

// mention is one span of a reviewer's document: its label, its words and which of them (0 the
// first), and the entity it belongs to, by a name of the test's choosing.
type mention struct {
	label, words string
	nth          int
	entity       string
	unconfirmed  bool
}

// grouped builds a reviewer's document of dupontText with the mentions given, filed under their entities.
func grouped(t *testing.T, ms []mention) *annotate.Document {
	t.Helper()
	d, err := plaintext.Import("t.txt", []byte(dupontText), plaintext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ents := map[string]*annotate.Entity{}
	for _, m := range ms {
		at := -1
		for i := 0; i <= m.nth; i++ {
			next := strings.Index(d.Text[at+1:], m.words)
			if next < 0 {
				t.Fatalf("%q number %d not in the text", m.words, m.nth)
			}
			at += 1 + next
		}
		origin := annotate.Human
		if m.unconfirmed {
			origin = annotate.Auto
		}
		sp := &annotate.Span{ID: d.NewID('t'), Side: annotate.Source, Start: at, End: at + len(m.words), Label: m.label, Origin: origin, Confidence: 1}
		d.Spans = append(d.Spans, sp)
		if e := ents[m.entity]; e != nil {
			e.Mentions = append(e.Mentions, sp.ID)
		} else {
			ents[m.entity] = &annotate.Entity{ID: d.NewID('e'), Type: m.label, Names: map[string]string{"fr": m.entity}, Mentions: []string{sp.ID}}
			d.Entities = append(d.Entities, ents[m.entity])
		}
		d.Reindex()
	}
	return d
}

func noteTexts(d *annotate.Document) []string {
	var out []string
	for _, n := range d.Notes {
		if n.Category == NoteCategory {
			out = append(out, n.Text)
		}
	}
	return out
}

// Every mention is compared, not an entity's first: a later mention one reviewer relabelled, or one
// only one gave, is a suggestion with its note, filed with its siblings; and a reviewer who groups the
// mentions both gave otherwise ("M. Dupont" and "Dupont" apart from "Jean Dupont") is said in a note on
// the document, the first reviewer's grouping kept, the document valid.
func TestMergeComparesEveryMentionAndTheirGrouping(t *testing.T) {
	alice := grouped(t, []mention{
		{"PER", "Jean Dupont", 0, "Jean Dupont", false}, {"PER", "M. Dupont", 0, "Jean Dupont", false},
		{"PER", "Dupont", 2, "Jean Dupont", false}, {"LOC", "Lyon", 0, "Lyon", false}, {"LOC", "Lyon", 1, "Lyon", false},
	})
	bob := grouped(t, []mention{
		{"PER", "Jean Dupont", 0, "Jean Dupont", false}, {"PER", "M. Dupont", 0, "Dupont", false},
		{"PER", "Dupont", 2, "Dupont", false}, {"LOC", "Lyon", 0, "Lyon", false}, {"ORG", "Lyon", 1, "OL", false},
		{"LOC", "Paris", 0, "Lyon", false},
	})
	res, err := Merge([]Reviewer{{"alice", alice}, {"bob", bob}})
	if err != nil {
		t.Fatal(err)
	}
	d := res.Doc
	lyon2, paris := d.Spans[4], find(t, d, "Paris")
	if d.SpanText(lyon2) != "Lyon" || lyon2.Origin != annotate.Auto || lyon2.Disputed() != "alice: LOC; bob: ORG" {
		t.Errorf("the second Lyon: %q %s %q; want a suggestion noting alice: LOC; bob: ORG", d.SpanText(lyon2), lyon2.Origin, lyon2.Note)
	}
	if paris.Origin != annotate.Auto || paris.Disputed() != "alice: none; bob: LOC" || d.EntityOf(paris.ID) != d.EntityOf(d.Spans[3].ID) {
		t.Errorf("Paris: %s %q, entity %v; want bob's suggestion, filed with Lyon as bob filed it", paris.Origin, paris.Note, d.EntityOf(paris.ID))
	}
	for _, sp := range d.Spans[:4] {
		if sp.Origin != annotate.Human {
			t.Errorf("%q, which both gave alike: %s; want confirmed", d.SpanText(sp), sp.Origin)
		}
	}
	want := "Entities grouped otherwise: alice {“Jean Dupont”, “M. Dupont”, “Dupont”}; bob {“Jean Dupont”} {“M. Dupont”, “Dupont”}; alice's kept"
	if got := noteTexts(d); len(got) != 1 || got[0] != want {
		t.Errorf("curation notes %q; want only %q (Lyon relabelled is a disputed span, not a grouping)", got, want)
	}
	if e := d.EntityOf(d.Spans[0].ID); e == nil || len(e.Mentions) != 3 {
		t.Errorf("Jean Dupont's entity %+v; want alice's, with its three mentions", e)
	}
	if w := strings.Join(res.Warnings, "\n"); !strings.Contains(w, want) {
		t.Errorf("warnings %q; want the grouping said", w)
	}
	valid(t, d)

	res, err = Merge([]Reviewer{{"bob", bob}, {"alice", alice}})
	if err != nil {
		t.Fatal(err)
	}
	want = "Entities grouped otherwise: bob {“Jean Dupont”} {“M. Dupont”, “Dupont”}; alice {“Jean Dupont”, “M. Dupont”, “Dupont”}; bob's kept"
	if got := noteTexts(res.Doc); len(got) != 1 || got[0] != want {
		t.Errorf("bob first: curation notes %q; want %q", got, want)
	}
	valid(t, res.Doc)
}

// A reviewer who left a mention out is compared on those he gave: no grouping note for it, the
// missing mention being a disputed span.
func TestMergeGroupingComparesTheMentionsBothGave(t *testing.T) {
	alice := grouped(t, []mention{{"PER", "Jean Dupont", 0, "Jean Dupont", false}, {"PER", "M. Dupont", 0, "Jean Dupont", false}})
	bob := grouped(t, []mention{{"PER", "Jean Dupont", 0, "Jean Dupont", false}})
	res, err := Merge([]Reviewer{{"alice", alice}, {"bob", bob}})
	if err != nil {
		t.Fatal(err)
	}
	if got := noteTexts(res.Doc); len(got) != 0 {
		t.Errorf("curation notes %q; want none", got)
	}
	if sp := find(t, res.Doc, "M. Dupont"); sp.Disputed() != "alice: PER; bob: PER on “Dupont”" && sp.Disputed() != "alice: PER; bob: none" {
		t.Errorf("M. Dupont's note %q; want alice's alone", sp.Note)
	}
}

// The notes are in French for a French adjudicator: the QA check still knows a disputed span by its
// note, and French typography is kept (no-break spaces before : ; and inside « »).
func TestMergeWritesTheNotesInFrench(t *testing.T) {
	alice := grouped(t, []mention{
		{"PER", "Jean Dupont", 0, "Jean Dupont", false}, {"PER", "M. Dupont", 0, "Jean Dupont", false}, {"LOC", "Lyon", 1, "Lyon", false},
	})
	bob := grouped(t, []mention{
		{"PER", "Jean Dupont", 0, "Jean Dupont", false}, {"PER", "M. Dupont", 0, "Dupont", false}, {"ORG", "Lyon", 1, "Lyon", true},
	})
	alice.Segments[0].Target, bob.Segments[0].Target = "Jean Dupont arrived in Lyon.", "Jean Dupont came to Lyon."
	alice.Segments[0].Status, bob.Segments[0].Status = annotate.StatusReviewed, annotate.StatusTranslated
	res, err := MergeWith([]Reviewer{{"alice", alice}, {"bob", bob}}, Options{Lang: "fr_FR.UTF-8"})
	if err != nil {
		t.Fatal(err)
	}
	d := res.Doc
	lyon := find(t, d, "Lyon")
	if lyon.Disputed() != "alice\u00a0: LOC\u00a0; bob\u00a0: ORG, non confirmé" || !strings.HasPrefix(lyon.Note, "Désaccord des relecteurs\u00a0: ") {
		t.Errorf("Lyon's note %q; want it in French", lyon.Note)
	}
	want := "Entités regroupées autrement\u00a0: alice {«\u00a0Jean Dupont\u00a0», «\u00a0M. Dupont\u00a0»}\u00a0; bob {«\u00a0Jean Dupont\u00a0»} {«\u00a0M. Dupont\u00a0»}\u00a0; regroupement gardé\u00a0: alice"
	if got := noteTexts(d); len(got) != 1 || got[0] != want {
		t.Errorf("document notes %q; want %q", got, want)
	}
	var seg []string
	for _, n := range d.Segments[0].Notes {
		seg = append(seg, n.Text)
	}
	wantSeg := []string{"Anglais selon bob\u00a0: Jean Dupont came to Lyon.", "Statuts\u00a0: alice relu, bob traduit\u00a0; traduit gardé"}
	if strings.Join(seg, "\n") != strings.Join(wantSeg, "\n") {
		t.Errorf("segment notes %q; want %q", seg, wantSeg)
	}
	if w := strings.Join(res.Warnings, "\n"); !strings.Contains(w, "Entities grouped otherwise") {
		t.Errorf("warnings %q; want them in English, as the command's other messages", w)
	}
	valid(t, d)
}

// valid writes the document and reads it back through the schema, as validate does.
func valid(t *testing.T, d *annotate.Document) {
	t.Helper()
	data, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := annotate.ValidateJSON(data, "curated.json"); err != nil {
		t.Errorf("the curated document is not valid: %v", err)
	}
	roundTrip(t, d)
}
