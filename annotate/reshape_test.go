package annotate

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// snapshot is the native JSON of d, to compare a document before and after undo.
func snapshot(t *testing.T, d *Document) string {
	t.Helper()
	b, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestReshapeSuggestionKeepsLinksAndEntity corrects the bounds of the suggested PER "Sergueï Lavrov"
// of testDoc (speaker of the quote, translated by a target span, mention of an entity named so): the
// span keeps its ID, label, links and entity, becomes a person's, the entity's French name follows, its
// English name (another text) stays, and the old range is rejected. One Undo restores it all.
func TestReshapeSuggestionKeepsLinksAndEntity(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	per := d.Span("t2")
	oldStart, oldEnd := per.Start, per.End
	before := snapshot(t, d)
	links := d.LinksOf(per.ID)
	ent := d.EntityOf(per.ID)
	at := strings.Index(d.Text, "Lavrov à Moscou")
	if err := e.Reshape(per.ID, at, at+len("Lavrov à Moscou")); err != nil {
		t.Fatal(err)
	}
	check := func() {
		t.Helper()
		if got := d.SpanText(per); got != "Lavrov à Moscou" || d.Span("t2") != per {
			t.Errorf("span %q (looked up: %v), want \"Lavrov à Moscou\"", got, d.Span("t2") == per)
		}
		if per.Label != LabelPER || per.Origin != Human || per.Confidence != 1 {
			t.Errorf("label %s origin %s confidence %v, want PER human 1", per.Label, per.Origin, per.Confidence)
		}
		if got := d.LinksOf(per.ID); !slices.Equal(got, links) || len(got) != 2 {
			t.Errorf("links %v, want %v (speaker and translation)", got, links)
		}
		if q := d.LinkFrom("t1", LinkSpeaker); q == nil || q.To != per.ID {
			t.Errorf("the quote's speaker link is %+v", q)
		}
		if d.EntityOf(per.ID) != ent || ent.Names["fr"] != "Lavrov à Moscou" || ent.Names["en"] != "Sergei Lavrov" {
			t.Errorf("entity %+v", d.EntityOf(per.ID))
		}
		if !d.RejectedSource(oldStart, oldEnd, LabelPER) || len(d.Rejected) != 1 {
			t.Errorf("rejections %+v, want the old range only", d.Rejected)
		}
		if err := d.Validate(); err != nil {
			t.Error(err)
		}
	}
	check()
	if !e.Undo() || e.CanUndo() {
		t.Fatal("no undo")
	}
	if got := snapshot(t, d); got != before {
		t.Errorf("after undo:\n%s\nwant\n%s", got, before)
	}
	if per.Origin != Auto || per.Confidence != 0.8 || d.EntityOf(per.ID) != ent {
		t.Errorf("after undo: origin %s confidence %v", per.Origin, per.Confidence)
	}
	if !e.Redo() {
		t.Fatal("no redo")
	}
	check()
}

// TestReshapeKeepsQuoteSpeakerAndCue reshapes the suggested quotation without its guillemets.
func TestReshapeKeepsQuoteSpeakerAndCue(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	q := d.Span("t1")
	at := strings.Index(d.Text, "Je pense")
	if err := e.Reshape(q.ID, at, at+len("Je pense que c'est fini")); err != nil {
		t.Fatal(err)
	}
	if l := d.LinkFrom(q.ID, LinkSpeaker); l == nil || l.To != "t2" {
		t.Errorf("speaker %+v", l)
	}
	if l := d.LinkFrom(q.ID, LinkCue); l == nil || l.To != "t3" {
		t.Errorf("cue %+v", l)
	}
	if !d.RejectedSource(0, len("« Je pense que c'est fini »"), LabelQuote) {
		t.Errorf("rejections %+v", d.Rejected)
	}
}

// TestReshapeHumanSpanRecordsNoRejection: a person's span moved is no rejected suggestion.
func TestReshapeHumanSpanRecordsNoRejection(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	loc := d.Span("t4") // Moscou, human, entity "Moscou"/"Moscow"
	at := strings.Index(d.Text, "à Moscou")
	if err := e.Reshape(loc.ID, at, at+len("à Moscou")); err != nil {
		t.Fatal(err)
	}
	if len(d.Rejected) != 0 {
		t.Errorf("rejections %+v, want none", d.Rejected)
	}
	if ent := d.EntityOf(loc.ID); ent.Names["fr"] != "à Moscou" || ent.Names["en"] != "Moscow" {
		t.Errorf("names %v", ent.Names)
	}
	// The same range again changes nothing and makes no step.
	n := len(e.undo)
	if err := e.Reshape(loc.ID, loc.Start, loc.End); err != nil || len(e.undo) != n {
		t.Errorf("reshape to the same range: %v, %d steps (want %d)", err, len(e.undo), n)
	}
}

// TestReshapeTargetSpan corrects a target span inside its segment's English: the English name follows,
// the rejection (for a suggestion) is recorded at its place only, not against its source span.
func TestReshapeTargetSpan(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	tper := d.Span("t6") // "Sergei Lavrov" in s1, human
	tg := d.Segment("s1").Target
	at := strings.Index(tg, "Lavrov")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(e.Reshape(tper.ID, at, at+len("Lavrov")))
	ent := d.EntityOf(tper.ID)
	if d.SpanText(tper) != "Lavrov" || ent.Names["en"] != "Lavrov" || ent.Names["fr"] != "Sergueï Lavrov" {
		t.Errorf("span %q, names %v", d.SpanText(tper), ent.Names)
	}
	if len(d.Rejected) != 0 {
		t.Errorf("rejections %+v for a person's span", d.Rejected)
	}
	// A projected suggestion: its place is rejected, its source span is not.
	m := strings.Index(tg, "Moscow")
	moscow := &Span{Side: Target, Segment: "s1", Start: m - len("in "), End: m + len("Moscow"), Label: LabelLOC, Origin: Auto, Confidence: 0.7}
	must(e.AddSpan(moscow))
	must(e.AddLink(&Link{Type: LinkTranslation, From: "t4", To: moscow.ID, Origin: Auto, Confidence: 0.7}))
	must(e.Reshape(moscow.ID, m, m+len("Moscow")))
	if !d.RejectedTarget("s1", m-len("in "), m+len("Moscow"), LabelLOC) || d.RejectedProjection("s1", d.Span("t4")) {
		t.Errorf("rejections %+v: want the old place only", d.Rejected)
	}
	if _, err := e.ReplaceTarget("s1", 0, 0, "Hey. "); err != nil {
		t.Fatal(err)
	}
	if d.SpanText(moscow) != "Moscow" {
		t.Errorf("after typing before it the span reads %q", d.SpanText(moscow))
	}
}

// TestReshapeRenamesCopiedName: a person pre-annotation named the same in both languages ("Ursula")
// takes the corrected text as both names, unless an English mention reads the old name.
func TestReshapeRenamesCopiedName(t *testing.T) {
	for _, english := range []bool{false, true} {
		text := "Ursula von der Leyen a parlé."
		d := NewDocument("u", "U", text, "fr", "en")
		d.AddSegment(0, len(text), 0, KindSentence)
		d.Segments[0].Target = "Ursula spoke."
		e := NewEditor(d)
		sp := &Span{Side: Source, Start: 0, End: len("Ursula"), Label: LabelPER, Origin: Auto, Confidence: 0.6}
		mentions := []string{}
		if err := e.AddSpan(sp); err != nil {
			t.Fatal(err)
		}
		mentions = append(mentions, sp.ID)
		if english {
			tsp := &Span{Side: Target, Segment: "s1", Start: 0, End: len("Ursula"), Label: LabelPER}
			if err := e.AddSpan(tsp); err != nil {
				t.Fatal(err)
			}
			mentions = append(mentions, tsp.ID)
		}
		ent := &Entity{Type: LabelPER, Names: map[string]string{"fr": "Ursula", "en": "Ursula"}, Mentions: mentions}
		if err := e.AddEntity(ent); err != nil {
			t.Fatal(err)
		}
		if err := e.Reshape(sp.ID, 0, len("Ursula von der Leyen")); err != nil {
			t.Fatal(err)
		}
		wantEN := "Ursula von der Leyen"
		if english {
			wantEN = "Ursula"
		}
		if ent.Names["fr"] != "Ursula von der Leyen" || ent.Names["en"] != wantEN {
			t.Errorf("English mention %v: names %v, want en %q", english, ent.Names, wantEN)
		}
		e.Undo()
		if ent.Names["fr"] != "Ursula" || ent.Names["en"] != "Ursula" || len(d.Rejected) != 0 || sp.End != len("Ursula") {
			t.Errorf("after undo: names %v, rejections %v, end %d", ent.Names, d.Rejected, sp.End)
		}
	}
}

// TestReshapeRefusesBadRanges: empty, reversed or outside ranges, and edges inside a character or
// inside what a reader sees as one (an emoji and its skin tone, e and its combining acute).
func TestReshapeRefusesBadRanges(t *testing.T) {
	text := "Bravo 👍🏽 à Rene\u0301e Dupont."
	d := NewDocument("b", "B", text, "fr", "en")
	d.AddSegment(0, len(text), 0, KindSentence)
	d.Segments[0].Target = "Well done 👍🏽 Rene\u0301e."
	e := NewEditor(d)
	src := &Span{Side: Source, Start: 0, End: len("Bravo"), Label: LabelMISC, Origin: Auto, Confidence: 0.5}
	tgt := &Span{Side: Target, Segment: "s1", Start: 0, End: len("Well"), Label: LabelMISC, Origin: Auto, Confidence: 0.5}
	for _, sp := range []*Span{src, tgt} {
		if err := e.AddSpan(sp); err != nil {
			t.Fatal(err)
		}
	}
	thumb := strings.Index(text, "👍")
	tone := thumb + len("👍")
	e1 := strings.Index(text, "e\u0301")
	ttone := strings.Index(d.Segments[0].Target, "🏽")
	cases := []struct {
		name       string
		sp         *Span
		start, end int
		want       string
	}{
		{"empty", src, 3, 3, "empty or outside"},
		{"reversed", src, 4, 2, "empty or outside"},
		{"negative", src, -1, 4, "empty or outside"},
		{"past the text", src, 0, len(text) + 1, "empty or outside"},
		{"past the English", tgt, 0, len(d.Segments[0].Target) + 1, "empty or outside the target"},
		{"inside a code point", src, 0, strings.Index(text, "à") + 1, "splits a character"},
		{"before a skin tone", src, 0, tone, "the end (byte " + itoa(tone) + ") falls inside the character \"\\U0001f44d\\U0001f3fd\""},
		{"after an emoji's start", src, tone, tone + len("🏽 à"), "the start"},
		{"before a combining acute", src, strings.Index(text, "Rene"), e1 + 1, "falls inside the character \"e\\u0301\""},
		{"English: before a skin tone", tgt, 0, ttone, "falls inside"},
	}
	before := snapshot(t, d)
	for _, c := range cases {
		err := e.Reshape(c.sp.ID, c.start, c.end)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one saying %q", c.name, err, c.want)
		}
	}
	if err := e.Reshape("t99", 0, 2); err == nil {
		t.Error("no error for an unknown span")
	}
	if got := snapshot(t, d); got != before {
		t.Error("a refused reshape changed the document")
	}
	// The whole cluster is fine.
	if err := e.Reshape(src.ID, thumb, tone+len("🏽")); err != nil {
		t.Errorf("the whole emoji: %v", err)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }
