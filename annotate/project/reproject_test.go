package project_test

import (
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
)

// para3 is the sample article's quotation that runs over two sentences (segments).
const para3 = "« Actuellement notre dialogue est libre de l'idéologisation qui caractérisait l'administration d'Obama. " +
	"L'administration de Trump — et le Président lui-même et son secrétaire d'État — sont des hommes d'action qui veulent trouver une voie d'entente »"

const (
	halfTyped = `"Currently our dia`
	finished  = `"Currently our dialogue is free of the ideology of the Obama administration.`
)

// splitQuoteDoc is para3 with Sergueï Lavrov as its speaker in a third segment, whose English names him.
func splitQuoteDoc(t *testing.T, first string) (*annotate.Document, *annotate.Editor, *annotate.Span) {
	t.Helper()
	d, spans := small(t, para3+"\n\nSergueï Lavrov l'a dit.", []string{first, "", "Sergei Lavrov said so."},
		[2]string{"QUOTE", para3}, [2]string{"PER", "Sergueï Lavrov"})
	e := annotate.NewEditor(d)
	if err := e.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: spans[0].ID, To: spans[1].ID, Origin: annotate.Auto, Confidence: 0.8}); err != nil {
		t.Fatal(err)
	}
	return d, e, spans[0]
}

// targetQuotes returns the QUOTE spans of segment s1's English.
func targetQuotes(d *annotate.Document) []*annotate.Span {
	var out []*annotate.Span
	for _, sp := range d.TargetSpans("s1") {
		if sp.Label == annotate.LabelQuote {
			out = append(out, sp)
		}
	}
	return out
}

// TestUnconfirmedQuoteFollowsTheEnglish projects a quotation onto English typed halfway, finishes the
// sentence and projects again: the suggestion now covers the finished quotation, with its translation
// and speaker links, and one undo brings the half-typed one back.
func TestUnconfirmedQuoteFollowsTheEnglish(t *testing.T) {
	d, e, quote := splitQuoteDoc(t, halfTyped)
	if _, err := project.Document(e, project.Options{}); err != nil {
		t.Fatal(err)
	}
	if got := english(d, quote); len(got) != 1 || got[0] != halfTyped {
		t.Fatalf("first projection: %q", got)
	}
	old := targetQuotes(d)[0]
	if _, err := e.ReplaceTarget("s1", len(halfTyped), len(halfTyped), finished[len(halfTyped):]); err != nil {
		t.Fatal(err)
	}
	if d.SpanText(old) != halfTyped {
		t.Fatalf("typing after the span changed it to %q", d.SpanText(old))
	}
	n, err := project.Segment(e, "s1", project.Options{})
	if err != nil || n != 1 {
		t.Fatalf("second projection: %d, %v", n, err)
	}
	qs := targetQuotes(d)
	if len(qs) != 1 || d.SpanText(qs[0]) != finished || qs[0].Origin != annotate.Auto {
		t.Fatalf("after finishing the sentence: %d quotes, %q", len(qs), d.SpanText(qs[0]))
	}
	if got := english(d, quote); len(got) != 1 || got[0] != finished {
		t.Errorf("translation links from the French quotation: %q", got)
	}
	if sl := d.LinkFrom(qs[0].ID, annotate.LinkSpeaker); sl == nil || d.SpanText(d.Span(sl.To)) != "Sergei Lavrov" {
		t.Errorf("the English quotation lost its speaker: %+v", sl)
	}
	if d.Span(old.ID) != nil {
		t.Errorf("the half-typed suggestion is still there")
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	// Idempotent: nothing moves when the English has not changed.
	if n, _ := project.Document(e, project.Options{}); n != 0 || targetQuotes(d)[0] != qs[0] {
		t.Errorf("third projection added %d or replaced the span", n)
	}
	e.Undo() // the second projection (the third changed nothing)
	if qs := targetQuotes(d); len(qs) != 1 || qs[0] != old || d.SpanText(old) != halfTyped ||
		d.LinkFrom(old.ID, annotate.LinkSpeaker) == nil || len(english(d, quote)) != 1 {
		t.Errorf("undo did not bring the half-typed suggestion back with its links")
	}
}

// TestConfirmedProjectionIsLeftAlone checks that a suggestion a person accepted, or linked by hand, is
// never moved by projection, however the English changes.
func TestConfirmedProjectionIsLeftAlone(t *testing.T) {
	for _, c := range []struct {
		name    string
		confirm func(e *annotate.Editor, tq *annotate.Span) error
	}{
		{"accepted", func(e *annotate.Editor, tq *annotate.Span) error { return e.Accept(tq.ID) }},
		{"translation link by hand", func(e *annotate.Editor, tq *annotate.Span) error {
			l := e.Doc.LinkFrom(e.Doc.Span(e.Doc.Spans[0].ID).ID, annotate.LinkTranslation)
			if err := e.RemoveLink(l.ID); err != nil {
				return err
			}
			return e.AddLink(&annotate.Link{Type: annotate.LinkTranslation, From: l.From, To: tq.ID})
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, e, quote := splitQuoteDoc(t, halfTyped)
			if _, err := project.Segment(e, "s1", project.Options{}); err != nil {
				t.Fatal(err)
			}
			tq := targetQuotes(d)[0]
			if err := c.confirm(e, tq); err != nil {
				t.Fatal(err)
			}
			if _, err := e.ReplaceTarget("s1", len(halfTyped), len(halfTyped), finished[len(halfTyped):]); err != nil {
				t.Fatal(err)
			}
			if n, err := project.Segment(e, "s1", project.Options{}); err != nil || n != 0 {
				t.Fatalf("projection over a confirmed span: %d, %v", n, err)
			}
			if qs := targetQuotes(d); len(qs) != 1 || qs[0] != tq || d.SpanText(tq) != halfTyped || len(english(d, quote)) != 1 {
				t.Errorf("the confirmed span was touched: %d quotes, %q", len(qs), d.SpanText(qs[0]))
			}
		})
	}
}

// TestUnconfirmedProjectionRemovedWhenGone checks that a suggestion whose English is gone (the
// quotation marks deleted) goes too, and comes back when the marks do.
func TestUnconfirmedProjectionRemovedWhenGone(t *testing.T) {
	d, e, quote := splitQuoteDoc(t, finished)
	if _, err := project.Segment(e, "s1", project.Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.ReplaceTarget("s1", 0, 1, ""); err != nil { // the opening mark
		t.Fatal(err)
	}
	if got := english(d, quote); len(got) != 1 {
		t.Fatalf("deleting the mark left %q", got)
	}
	if _, err := project.Segment(e, "s1", project.Options{}); err != nil {
		t.Fatal(err)
	}
	if got := english(d, quote); len(got) != 0 {
		t.Errorf("without quotation marks the English quotation is still %q", got)
	}
	if _, err := e.ReplaceTarget("s1", 0, 0, "“"); err != nil {
		t.Fatal(err)
	}
	if _, err := project.Segment(e, "s1", project.Options{}); err != nil {
		t.Fatal(err)
	}
	if got := english(d, quote); len(got) != 1 || got[0] != "“"+finished[1:] {
		t.Errorf("with the mark back: %q", got)
	}
}

// TestTypingHoldsAnOpenQuotation checks Options.Typing: the part of a quotation that goes on into the
// next segment waits for the English to end its sentence.
func TestTypingHoldsAnOpenQuotation(t *testing.T) {
	for _, c := range []struct {
		english string
		typing  bool
		want    string
	}{
		{halfTyped, true, ""},
		{halfTyped, false, halfTyped},
		{finished, true, finished},
		{finished + " ", true, finished},
	} {
		d, _, _ := splitQuoteDoc(t, c.english)
		props, err := project.Propose(d, "s1", project.Options{Typing: c.typing})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, p := range props {
			if p.Label == annotate.LabelQuote {
				got = d.Segment("s1").Target[p.Start:p.End]
			}
		}
		if got != c.want {
			t.Errorf("%q, typing %v: quotation proposed on %q, want %q", c.english, c.typing, got, c.want)
		}
	}
}

// TestReplacedNameRenamesItsEntity projects a half-typed name, finishes it and projects again: the
// mention and the entity's English name it gave follow.
func TestReplacedNameRenamesItsEntity(t *testing.T) {
	d, spans := small(t, "Il a vu Sergueï Lavrov hier.", []string{"He saw Sergei Lav"}, [2]string{"PER", "Sergueï Lavrov"})
	e := annotate.NewEditor(d)
	if _, err := project.Segment(e, "s1", project.Options{}); err != nil {
		t.Fatal(err)
	}
	ent := d.EntityOf(spans[0].ID)
	if got := english(d, spans[0]); len(got) != 1 || got[0] != "Sergei Lav" || ent == nil || ent.Names["en"] != "Sergei Lav" {
		t.Fatalf("half-typed name: %q, entity %+v", got, ent)
	}
	if _, err := e.ReplaceTarget("s1", len("He saw Sergei Lav"), len("He saw Sergei Lav"), "rov yesterday."); err != nil {
		t.Fatal(err)
	}
	if _, err := project.Segment(e, "s1", project.Options{}); err != nil {
		t.Fatal(err)
	}
	if got := english(d, spans[0]); len(got) != 1 || got[0] != "Sergei Lavrov" {
		t.Errorf("finished name: %q", got)
	}
	if ent = d.EntityOf(spans[0].ID); ent == nil || ent.Names["en"] != "Sergei Lavrov" || len(ent.Mentions) != 2 {
		t.Errorf("entity after the name was finished: %+v", ent)
	}
	// A name the person gave the entity is theirs: the replacement of the mention leaves it.
	e.Undo()
	e.Undo()
	if err := e.RenameEntity(ent.ID, "en", "Sergey Lavrov"); err != nil {
		t.Fatal(err)
	}
	if _, err := e.ReplaceTarget("s1", len("He saw Sergei Lav"), len("He saw Sergei Lav"), "rov yesterday."); err != nil {
		t.Fatal(err)
	}
	if _, err := project.Segment(e, "s1", project.Options{}); err != nil {
		t.Fatal(err)
	}
	if got := english(d, spans[0]); len(got) != 1 || got[0] != "Sergei Lavrov" || ent.Names["en"] != "Sergey Lavrov" {
		t.Errorf("after a rename by hand: %q, the entity's English name %q", got, ent.Names["en"])
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
}

// TestTypingHoldsANameAtTheEnd checks Options.Typing for names: one that ends where the English ends
// may be a word still being typed, so it waits; and an earlier suggestion for it stays as it is
// meanwhile, instead of going and coming back as the translator types elsewhere.
func TestTypingHoldsANameAtTheEnd(t *testing.T) {
	for _, c := range []struct {
		english string
		typing  bool
		want    string
	}{
		{"He saw Sergei Lav", true, ""},
		{"He saw Sergei Lav", false, "Sergei Lav"},
		{"He saw Sergei Lavrov.", true, "Sergei Lavrov"},
		{"He saw Sergei Lavrov ", true, "Sergei Lavrov"},
	} {
		d, _ := small(t, "Il a vu Sergueï Lavrov hier.", []string{c.english}, [2]string{"PER", "Sergueï Lavrov"})
		props, err := project.Propose(d, "s1", project.Options{Typing: c.typing})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, p := range props {
			got = c.english[p.Start:p.End]
		}
		if got != c.want {
			t.Errorf("%q, typing %v: name proposed on %q, want %q", c.english, c.typing, got, c.want)
		}
	}
	d, spans := small(t, "Il a vu Sergueï Lavrov hier.", []string{"He saw Sergei Lavrov"}, [2]string{"PER", "Sergueï Lavrov"})
	e := annotate.NewEditor(d)
	if _, err := project.Segment(e, "s1", project.Options{}); err != nil { // confirmed as it is
		t.Fatal(err)
	}
	before := d.Span(d.LinkFrom(spans[0].ID, annotate.LinkTranslation).To)
	if _, err := e.ReplaceTarget("s1", 0, len("He"), "Yesterday he"); err != nil {
		t.Fatal(err)
	}
	if _, err := project.Segment(e, "s1", project.Options{Typing: true}); err != nil {
		t.Fatal(err)
	}
	if l := d.LinkFrom(spans[0].ID, annotate.LinkTranslation); l == nil || l.To != before.ID || d.SpanText(before) != "Sergei Lavrov" {
		t.Errorf("a pause after typing elsewhere took the name's suggestion away or changed it: %+v", l)
	}
}
