package annotate

import (
	"strings"
	"testing"
)

// lavrovDoc is "« Nous refusons », a dit Sergueï Lavrov à Moscou." translated "“We refuse 👍🏽,” said
// Sergei Lavrov in Moscow.", every span a person's: the French and English quotations and names,
// linked by translation, each quotation to its speaker, the names in their entities.
func lavrovDoc(t *testing.T) (*Document, *Editor, map[string]*Span) {
	t.Helper()
	text := "« Nous refusons », a dit Sergueï Lavrov à Moscou."
	d := NewDocument("lv", "", text, "fr", "en")
	d.AddSegment(0, len(text), 0, KindSentence)
	d.Segments[0].Target = "“We refuse 👍🏽,” said Sergei Lavrov in Moscow."
	e := NewEditor(d)
	sp := map[string]*Span{}
	add := func(key string, side Side, in, s, label string) {
		at := strings.Index(in, s)
		x := &Span{Side: side, Start: at, End: at + len(s), Label: label}
		if side == Target {
			x.Segment = "s1"
		}
		must(t, e.AddSpan(x))
		sp[key] = x
	}
	add("qfr", Source, text, "« Nous refusons »", LabelQuote)
	add("lfr", Source, text, "Sergueï Lavrov", LabelPER)
	add("mfr", Source, text, "Moscou", LabelLOC)
	add("qen", Target, d.Segments[0].Target, "“We refuse 👍🏽,”", LabelQuote)
	add("len", Target, d.Segments[0].Target, "Sergei Lavrov", LabelPER)
	add("men", Target, d.Segments[0].Target, "Moscow", LabelLOC)
	for _, l := range [][3]string{{LinkTranslation, "qfr", "qen"}, {LinkTranslation, "lfr", "len"}, {LinkTranslation, "mfr", "men"},
		{LinkSpeaker, "qfr", "lfr"}, {LinkSpeaker, "qen", "len"}} {
		must(t, e.AddLink(&Link{Type: l[0], From: sp[l[1]].ID, To: sp[l[2]].ID}))
	}
	must(t, e.AddEntity(&Entity{Type: LabelPER, Names: map[string]string{"fr": "Sergueï Lavrov", "en": "Sergei Lavrov"}, Mentions: []string{sp["lfr"].ID, sp["len"].ID}}))
	must(t, e.AddEntity(&Entity{Type: LabelLOC, Names: map[string]string{"fr": "Moscou", "en": "Moscow"}, Mentions: []string{sp["mfr"].ID, sp["men"].ID}}))
	return d, NewEditor(d), sp
}

// TestReplaceWholeMovesAPersonsSpans: a memory match that says the same names in another order
// ("Sergei Lavrov said", "Moscow" after an emoji) keeps the translator's English spans on them, with
// their IDs, their French, the English quotation's speaker and their entities; one Undo gives the
// English and its spans back as they were.
func TestReplaceWholeMovesAPersonsSpans(t *testing.T) {
	d, e, sp := lavrovDoc(t)
	before, _ := Marshal(d)
	lost, err := e.ReplaceWhole("s1", "“We refuse 👍🏽,” Sergei Lavrov said, in Moscow ☃.")
	must(t, err)
	if len(lost) != 0 {
		t.Fatalf("lost %+v", lost)
	}
	for k, want := range map[string]string{"len": "Sergei Lavrov", "men": "Moscow"} {
		now := d.Span(sp[k].ID)
		if now == nil || d.SpanText(now) != want || now.Origin != Human {
			t.Fatalf("%s not kept", want)
		}
		if l := d.LinkFrom(sp[strings.Replace(k, "en", "fr", 1)].ID, LinkTranslation); l == nil || l.To != now.ID {
			t.Errorf("%s lost its French", d.SpanText(now))
		}
		if d.EntityOf(now.ID) == nil {
			t.Errorf("%s left its entity", d.SpanText(now))
		}
	}
	if l := d.LinkFrom(sp["qen"].ID, LinkSpeaker); l == nil || l.To != sp["len"].ID {
		t.Error("the English quotation lost its speaker")
	}
	agreeing(t, d, "replaced whole")
	undoesInOneStep(t, d, e, before)
}

// TestReplaceWholeSaysWhatItCannotKeep: a name the new English does not say, or says twice, is
// returned with its words, for the window to name; a suggestion swallowed is not.
func TestReplaceWholeSaysWhatItCannotKeep(t *testing.T) {
	for _, c := range []struct{ english, lost string }{
		{"“We refuse 👍🏽,” the minister said in Moscow.", "PER Sergei Lavrov"},
		{"“We refuse 👍🏽,” Sergei Lavrov and Sergei Lavrov said in Moscow.", "PER Sergei Lavrov"},
		{"“We refuse 👍🏽,” Sergei Lavrovitch said in Moscow.", "PER Sergei Lavrov"},
	} {
		d, e, sp := lavrovDoc(t)
		lost, err := e.ReplaceWhole("s1", c.english)
		must(t, err)
		var got []string
		for _, l := range lost {
			got = append(got, l.Label+" "+l.Text)
		}
		if strings.Join(got, ", ") != c.lost || d.Span(sp["len"].ID) != nil {
			t.Errorf("%s: lost %q, want %q", c.english, got, c.lost)
		}
		agreeing(t, d, c.english)
	}
	d, e, sp := lavrovDoc(t)
	sp["len"].Origin = Auto
	lost, err := e.ReplaceWhole("s1", "“We refuse 👍🏽,” Sergei Lavrov said in Moscow.")
	if err != nil || len(lost) != 0 || d.Span(sp["len"].ID) != nil {
		t.Errorf("a suggestion: lost %v, kept %v; want it gone unsaid, for projection", lost, d.Span(sp["len"].ID) != nil)
	}
}
