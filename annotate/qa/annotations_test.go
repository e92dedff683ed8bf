package qa

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

// tagDoc builds a one-paragraph document with its English and tags: source spans "LABEL:words"
// (the nth occurrence with "LABEL:words#n", from 1), target spans "en:LABEL:words", auto when the
// label ends in "?".
type tagDoc struct {
	t *testing.T
	d *annotate.Document
	e *annotate.Editor
}

func newTagDoc(t *testing.T, src string, en ...string) *tagDoc {
	t.Helper()
	d := plaintext.Build("t.txt", src, nil, plaintext.Options{})
	for i, s := range d.Segments {
		s.Target = "-"
		if i < len(en) {
			s.Target = en[i]
		}
	}
	return &tagDoc{t, d, annotate.NewEditor(d)}
}

// tag adds a span of label over the nth occurrence of words (in the source, or in the English of
// the first segment when en), and returns its ID.
func (td *tagDoc) tag(label, words string, nth int, en bool) string {
	td.t.Helper()
	text, side := td.d.Text, annotate.Source
	if en {
		text, side = td.d.Segments[0].Target, annotate.Target
	}
	a := -1
	for k := 0; k < nth; k++ {
		i := strings.Index(text[a+1:], words)
		if i < 0 {
			td.t.Fatalf("%q not found %d times", words, nth)
		}
		a += 1 + i
	}
	sp := &annotate.Span{Side: side, Start: a, End: a + len(words), Label: label}
	if en {
		sp.Segment = td.d.Segments[0].ID
	}
	if err := td.e.AddSpan(sp); err != nil {
		td.t.Fatal(err)
	}
	return sp.ID
}

func (td *tagDoc) link(typ, from, to string) {
	td.t.Helper()
	if err := td.e.AddLink(&annotate.Link{Type: typ, From: from, To: to, Origin: annotate.Human, Confidence: 1}); err != nil {
		td.t.Fatal(err)
	}
}

// only runs the check alone and returns its issues.
func (td *tagDoc) only(check string) []Issue {
	off := map[string]bool{}
	for _, c := range Checks() {
		off[c.ID] = c.ID != check
	}
	return Run(td.d, Config{Disabled: off})
}

func messages(issues []Issue) []string {
	var out []string
	for _, is := range issues {
		out = append(out, is.Span+": "+is.Message)
	}
	return out
}

// A reporting verb no quotation links to as its cue is flagged on the verb; one linked is not.
func TestCueAlone(t *testing.T) {
	td := newTagDoc(t, "« Non », a déclaré Paul. Il a ajouté qu'il partait.")
	q, said, added := td.tag("QUOTE", "« Non »", 1, false), td.tag("CUE", "déclaré", 1, false), td.tag("CUE", "ajouté", 1, false)
	td.link(annotate.LinkCue, q, said)
	got := td.only(CueAlone)
	if len(got) != 1 || got[0].Span != added || got[0].Segment != "s2" || got[0].Severity != Warning ||
		!strings.Contains(got[0].Message, "“ajouté” in s2 belongs to no quotation") {
		t.Errorf("got %q, want one issue on %s “ajouté”", messages(got), added)
	}
}

// A speaker tagged a city or another name is flagged on the quotation; a country, a capital or the
// seat of a government speaking for it, a person, and a document described ("le communiqué") are not.
func TestSpeakerLabel(t *testing.T) {
	for _, c := range []struct {
		label, speaker string
		mention        annotate.MentionKind
		flagged        bool
	}{
		{"LOC", "Melun", "", true},
		{"MISC", "Wikimédia France", "", true},
		{"LOC", "Moscou", "", false},
		{"LOC", "Russie", "", false},
		{"LOC", "Élysée", "", false},
		{"PER", "Melun", "", false},
		{"MISC", "le communiqué", annotate.MentionNominal, false},
	} {
		td := newTagDoc(t, "« Non », a déclaré "+c.speaker+".")
		q, who := td.tag("QUOTE", "« Non »", 1, false), td.tag(c.label, c.speaker, 1, false)
		if c.mention != "" {
			if err := td.e.SetMentionKind(who, c.mention); err != nil {
				t.Fatal(err)
			}
		}
		td.link(annotate.LinkSpeaker, q, who)
		got := td.only(SpeakerLabel)
		if c.flagged != (len(got) == 1) || c.flagged && (got[0].Span != q ||
			!strings.Contains(got[0].Message, "is “"+c.speaker+"”, tagged "+c.label)) {
			t.Errorf("%s %s: got %q, flagged %v", c.label, c.speaker, messages(got), c.flagged)
		}
	}
}

// A confirmed quotation without a speaker is flagged when a person is named right beside it; not
// when it has its speaker, when the name is a sentence away, or when the quotation is a suggestion.
func TestSpeakerMissing(t *testing.T) {
	for _, c := range []struct {
		name, src string
		linked    bool
		auto      bool
		flagged   bool
	}{
		{"after", "« Non », a déclaré Paul Martin.", false, false, true},
		{"before", "Paul Martin a déclaré : « Non ».", false, false, true},
		{"linked", "« Non », a déclaré Paul Martin.", true, false, false},
		{"another sentence", "« Non ». Le lendemain, Paul Martin est parti.", false, false, false},
		{"suggested quotation", "« Non », a déclaré Paul Martin.", false, true, false},
	} {
		td := newTagDoc(t, c.src)
		q, who := td.tag("QUOTE", "« Non »", 1, false), td.tag("PER", "Paul Martin", 1, false)
		if c.linked {
			td.link(annotate.LinkSpeaker, q, who)
		}
		if c.auto {
			td.d.Span(q).Origin = annotate.Auto
		}
		got := td.only(SpeakerMissing)
		if c.flagged != (len(got) == 1) || c.flagged && (got[0].Span != q || got[0].Args["speaker"] != "Paul Martin") {
			t.Errorf("%s: got %q, flagged %v", c.name, messages(got), c.flagged)
		}
	}
}

// A confirmed name written again untagged is flagged once in each segment holding it; one inside a
// longer tagged name, inside a longer word, or where a suggestion was rejected is not.
func TestNameUntagged(t *testing.T) {
	td := newTagDoc(t, "Lyon a gagné. Lyon-Part-Dieu est fermée, l'Olympique Lyon aussi.\n\nÀ Lyon, rien.\n\nDe Lyon.",
		"Lyon won.", "Lyon-Part-Dieu is closed, Olympique Lyon too.", "In Lyon, nothing.", "From Lyon.")
	td.tag("LOC", "Lyon", 1, false)
	td.tag("ORG", "Olympique Lyon", 1, false)
	rej := td.tag("LOC", "Lyon", 5, false)
	td.d.Span(rej).Origin = annotate.Auto
	if err := td.e.Reject(rej); err != nil {
		t.Fatal(err)
	}
	td.tag("LOC", "Lyon", 1, true)
	got := td.only(NameUntagged)
	// The English is read segment by segment: "Lyon" tagged in s1's English says nothing of s3's.
	if len(got) != 1 || got[0].Segment != "s3" || got[0].Span != "" || got[0].Message != "“Lyon” is tagged LOC in s1 but left untagged in s3." {
		t.Errorf("got %q, want one issue in s3", messages(got))
	}
}

// A name tagged with another label than most of its spans carry is flagged on that span.
func TestNameLabel(t *testing.T) {
	td := newTagDoc(t, "Washington a parlé. Washington est loin. Washington dort.")
	td.tag("LOC", "Washington", 1, false)
	odd := td.tag("PER", "Washington", 2, false)
	td.tag("LOC", "Washington", 3, false)
	got := td.only(NameLabel)
	if len(got) != 1 || got[0].Span != odd || got[0].Message != "“Washington” is tagged PER in s2 but LOC in s1, s3." {
		t.Errorf("got %q, want one issue on %s", messages(got), odd)
	}
}

// A French name whose confirmed English counterpart carries another label is flagged; a suggested
// counterpart is not (projection proposes it, the translator has not judged it).
func TestCounterpartLabel(t *testing.T) {
	for _, auto := range []bool{false, true} {
		td := newTagDoc(t, "La Maison-Blanche a parlé.", "The White House spoke.")
		fr, en := td.tag("LOC", "Maison-Blanche", 1, false), td.tag("ORG", "White House", 1, true)
		if auto {
			td.d.Span(en).Origin = annotate.Auto
		}
		td.link(annotate.LinkTranslation, fr, en)
		got := td.only(CounterpartLabel)
		if auto != (len(got) == 0) || !auto && (got[0].Span != fr ||
			got[0].Message != "“Maison-Blanche” in s1 is tagged LOC, but its English “White House” is tagged ORG.") {
			t.Errorf("suggested %v: got %q", auto, messages(got))
		}
	}
}

// The annotation checks hold in a locked segment (its English is locked, not its tags), and their
// warnings can be ignored like the others.
func TestAnnotationChecksLockedAndIgnored(t *testing.T) {
	td := newTagDoc(t, "« Non », a déclaré Melun.")
	q, who := td.tag("QUOTE", "« Non »", 1, false), td.tag("LOC", "Melun", 1, false)
	td.link(annotate.LinkSpeaker, q, who)
	td.d.Segments[0].Locked = true
	got := td.only(SpeakerLabel)
	if len(got) != 1 {
		t.Fatalf("locked segment: got %q, want the speaker flagged", messages(got))
	}
	td.d.Segments[0].QAIgnored = append(td.d.Segments[0].QAIgnored, Ignore(got[0], td.d.Segments[0].Target))
	if got := td.only(SpeakerLabel); len(got) != 1 || !got[0].Ignored {
		t.Errorf("after ignoring: %+v", got)
	}
}

// Each issue of a name names the same segments, however many of its places are untagged (the list
// of segments was compacted once per issue, in place, and the second read "s1, ").
func TestNameUntaggedSegmentsListed(t *testing.T) {
	td := newTagDoc(t, "Lyon et Lyon. Paris dort. Lyon rit. Lyon chante.")
	td.tag("LOC", "Lyon", 1, false)
	td.tag("LOC", "Lyon", 2, false)
	got := messages(td.only(NameUntagged))
	want := []string{": “Lyon” is tagged LOC in s1 but left untagged in s3.", ": “Lyon” is tagged LOC in s1 but left untagged in s4."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Speakers are linked on the French quotation (the English one takes its speaker from it): an
// English quotation without a speaker link is no missing speaker.
func TestSpeakerMissingFrenchOnly(t *testing.T) {
	td := newTagDoc(t, "« Non », a déclaré Paul Martin.", "“No,” said Paul Martin.")
	q := td.tag("QUOTE", "« Non »", 1, false)
	td.link(annotate.LinkSpeaker, q, td.tag("PER", "Paul Martin", 1, false))
	td.tag("QUOTE", "“No,”", 1, true)
	td.tag("PER", "Paul Martin", 1, true)
	if got := td.only(SpeakerMissing); len(got) != 0 {
		t.Errorf("got %q, want nothing", messages(got))
	}
}
