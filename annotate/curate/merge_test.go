package curate

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

// A text with accents, « », an emoji and a combining mark (Ŝ then U+0308, which has no composed form
// and stays two code points in NFC): offsets must stay on the same words in the curated document.
const curateText = "« C’est un succès 👍 », a déclaré Zoé Müller à Genève.\n\nL’ONU a salué Ŝ̈amuel Dupré à Paris.\n"

func word(t *testing.T, text, w string) (int, int) {
	t.Helper()
	i := strings.Index(text, w)
	if i < 0 {
		t.Fatalf("%q not in the text", w)
	}
	return i, i + len(w)
}

// reviewed builds one reviewer's document: spans given as "label:words", confirmed unless prefixed
// with "?"; a speaker link from the quotation to the mention named.
func reviewed(t *testing.T, spans []string, speaker string) *annotate.Document {
	t.Helper()
	d, err := plaintext.Import("t.txt", []byte(curateText), plaintext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range spans {
		origin := annotate.Human
		if strings.HasPrefix(s, "?") {
			origin, s = annotate.Auto, s[1:]
		}
		label, w, _ := strings.Cut(s, ":")
		start, end := word(t, d.Text, w)
		sp := &annotate.Span{ID: d.NewID('t'), Side: annotate.Source, Start: start, End: end, Label: label, Origin: origin, Confidence: 1}
		d.Spans = append(d.Spans, sp)
		if label != annotate.LabelQuote {
			d.Entities = append(d.Entities, &annotate.Entity{ID: d.NewID('e'), Type: label, Names: map[string]string{"fr": w}, Mentions: []string{sp.ID}})
		}
		d.Reindex()
	}
	if speaker != "" {
		var q, who string
		for _, sp := range d.Spans {
			switch {
			case sp.Label == annotate.LabelQuote:
				q = sp.ID
			case d.SpanText(sp) == speaker:
				who = sp.ID
			}
		}
		d.Links = append(d.Links, &annotate.Link{ID: d.NewID('l'), Type: annotate.LinkSpeaker, From: q, To: who, Origin: annotate.Human, Confidence: 1})
		d.Reindex()
	}
	return d
}

func find(t *testing.T, d *annotate.Document, words string) *annotate.Span {
	t.Helper()
	for _, sp := range d.Spans {
		if d.SpanText(sp) == words {
			return sp
		}
	}
	t.Fatalf("no span on %q in the curated document", words)
	return nil
}

func TestMergeConfirmsAgreedAndLeavesDisputesWithTheirReason(t *testing.T) {
	quote := "« C’est un succès 👍 »"
	a := reviewed(t, []string{"QUOTE:" + quote, "PER:Zoé Müller", "LOC:Genève", "ORG:L’ONU", "PER:Ŝ̈amuel Dupré"}, "Zoé Müller")
	b := reviewed(t, []string{"QUOTE:" + quote, "PER:Zoé Müller", "ORG:Genève", "PER:Ŝ̈amuel Dupré", "LOC:Paris", "ORG:ONU"}, "Zoé Müller")
	res, err := Merge([]Reviewer{{"alice", a}, {"bob", b}})
	if err != nil {
		t.Fatal(err)
	}
	d := res.Doc
	for _, w := range []string{quote, "Zoé Müller", "Ŝ̈amuel Dupré"} {
		if sp := find(t, d, w); sp.Origin != annotate.Human || sp.Note != "" {
			t.Errorf("%q, which both confirmed alike: origin %s, note %q; want confirmed without a note", w, sp.Origin, sp.Note)
		}
	}
	for w, reason := range map[string]string{"Genève": "alice: LOC; bob: ORG", "L’ONU": "alice: ORG; bob: ORG on “ONU”", "ONU": "alice: ORG on “L’ONU”; bob: ORG", "Paris": "alice: none; bob: LOC"} {
		sp := find(t, d, w)
		if sp.Origin != annotate.Auto || sp.Disputed() != reason {
			t.Errorf("%q: origin %s, note %q; want a suggestion noting %q", w, sp.Origin, sp.Note, reason)
		}
	}
	if l := d.LinkFrom(find(t, d, quote).ID, annotate.LinkSpeaker); l == nil || l.Origin != annotate.Human || d.SpanText(d.Span(l.To)) != "Zoé Müller" {
		t.Errorf("the speaker both gave: %+v; want a confirmed link to Zoé Müller", l)
	}
	if res.Agreed != 3 || res.Disputed != 4 {
		t.Errorf("agreed %d, disputed %d; want 3 and 4", res.Agreed, res.Disputed)
	}
	roundTrip(t, d)
}

// roundTrip writes the curated document and reads it back, as the app opens it: valid, every span
// still on its words.
func roundTrip(t *testing.T, d *annotate.Document) {
	t.Helper()
	data, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	back, err := annotate.Unmarshal(data, "curated.json")
	if err != nil {
		t.Fatalf("the curated document does not read back: %v", err)
	}
	for i, sp := range back.Spans {
		if got, want := back.SpanText(sp), d.SpanText(d.Spans[i]); got != want {
			t.Errorf("span %s reads %q, want %q", sp.ID, got, want)
		}
	}
}

func TestMergeDisputedSpeakerKeepsTheQuoteAndNamesBoth(t *testing.T) {
	quote := "« C’est un succès 👍 »"
	spans := []string{"QUOTE:" + quote, "PER:Zoé Müller", "PER:Ŝ̈amuel Dupré"}
	a, b := reviewed(t, spans, "Zoé Müller"), reviewed(t, spans, "Ŝ̈amuel Dupré")
	res, err := Merge([]Reviewer{{"A", a}, {"B", b}})
	if err != nil {
		t.Fatal(err)
	}
	q := find(t, res.Doc, quote)
	l := res.Doc.LinkFrom(q.ID, annotate.LinkSpeaker)
	if q.Origin != annotate.Human || l == nil || l.Origin != annotate.Auto || res.Doc.SpanText(res.Doc.Span(l.To)) != "Zoé Müller" {
		t.Fatalf("quote %s, link %+v: want the quote confirmed, A's speaker a suggestion", q.Origin, l)
	}
	if want := "speaker: A “Zoé Müller”, B “Ŝ̈amuel Dupré”"; q.Disputed() != want {
		t.Errorf("the quote's note %q, want %q", q.Note, want)
	}
}

// A third reviewer: what two of three confirmed is still a suggestion, its confidence 2/3, so that
// accepting the sure suggestions (90%) does not settle it.
func TestMergeThreeReviewers(t *testing.T) {
	a := reviewed(t, []string{"LOC:Genève", "LOC:Paris"}, "")
	b := reviewed(t, []string{"LOC:Genève", "LOC:Paris"}, "")
	c := reviewed(t, []string{"LOC:Genève", "?LOC:Paris"}, "")
	res, err := Merge([]Reviewer{{"A", a}, {"B", b}, {"C", c}})
	if err != nil {
		t.Fatal(err)
	}
	if sp := find(t, res.Doc, "Genève"); sp.Origin != annotate.Human {
		t.Errorf("Genève, confirmed by all three: %s", sp.Origin)
	}
	sp := find(t, res.Doc, "Paris")
	if sp.Origin != annotate.Auto || sp.Confidence > 0.67 || sp.Disputed() != "A: LOC; B: LOC; C: LOC, unconfirmed" {
		t.Errorf("Paris: %s %.2f %q; want a suggestion at 2/3 noting C left it unconfirmed", sp.Origin, sp.Confidence, sp.Note)
	}
}

func TestMergeRefusesDifferentTexts(t *testing.T) {
	a := reviewed(t, nil, "")
	b := reviewed(t, nil, "")
	b.Text = strings.Replace(b.Text, "Genève", "Genova", 1)
	_, err := Merge([]Reviewer{{"A", a}, {"B", b}})
	if err == nil || !strings.Contains(err.Error(), "different texts") || !strings.Contains(err.Error(), "Genova") {
		t.Fatalf("err %v; want the texts refused, saying where they differ", err)
	}
}

// The English: A's is kept; B's, where it differs, goes into a note on the segment, and B's English
// spans there are left out with a warning.
func TestMergeKeepsTheFirstEnglishAndNotesTheOther(t *testing.T) {
	a, b := reviewed(t, nil, ""), reviewed(t, nil, "")
	a.Segments[0].Target = "“It is a success 👍”, said Zoé Müller in Geneva."
	b.Segments[0].Target = "“It's a success 👍”, Zoé Müller said in Geneva."
	i := strings.Index(b.Segments[0].Target, "Geneva")
	b.Spans = append(b.Spans, &annotate.Span{ID: "t9", Side: annotate.Target, Segment: b.Segments[0].ID, Start: i, End: i + 6, Label: "LOC", Origin: annotate.Human, Confidence: 1})
	b.Reindex()
	res, err := Merge([]Reviewer{{"A", a}, {"B", b}})
	if err != nil {
		t.Fatal(err)
	}
	seg := res.Doc.Segments[0]
	if seg.Target != a.Segments[0].Target || len(seg.Notes) != 1 || !strings.Contains(seg.Notes[0].Text, b.Segments[0].Target) {
		t.Fatalf("segment %q, notes %+v; want A's English, B's in a note", seg.Target, seg.Notes)
	}
	if w := strings.Join(res.Warnings, "\n"); !strings.Contains(w, "B's English differs") || !strings.Contains(w, "1 English span of B's left out") {
		t.Errorf("warnings %q; want the English and the span left out named", w)
	}
	roundTrip(t, res.Doc)
}

// A speaker every reviewer confirmed, on a mention they dispute, is no confirmed link to a
// suggestion: it is a suggestion too, and the quotation's note says why, until the adjudicator settles
// the mention and then the speaker.
func TestMergeAgreedSpeakerOnADisputedMentionStaysASuggestion(t *testing.T) {
	quote := "« C’est un succès 👍 »"
	a := reviewed(t, []string{"QUOTE:" + quote, "PER:Zoé Müller"}, "Zoé Müller")
	b := reviewed(t, []string{"QUOTE:" + quote, "?PER:Zoé Müller"}, "Zoé Müller")
	res, err := Merge([]Reviewer{{"A", a}, {"B", b}})
	if err != nil {
		t.Fatal(err)
	}
	q, zoe := find(t, res.Doc, quote), find(t, res.Doc, "Zoé Müller")
	l := res.Doc.LinkFrom(q.ID, annotate.LinkSpeaker)
	if zoe.Origin != annotate.Auto || l == nil || l.To != zoe.ID || l.Origin != annotate.Auto || l.Confidence != zoe.Confidence {
		t.Fatalf("mention %s, link %+v; want both suggestions, at the mention's confidence", zoe.Origin, l)
	}
	if q.Origin != annotate.Human || q.Disputed() != "speaker: all “Zoé Müller”, itself disputed" {
		t.Errorf("the quotation %s, note %q; want it confirmed, its note saying the speaker is disputed", q.Origin, q.Note)
	}
}
