package annotate

import (
	"bytes"
	"strings"
	"testing"
)

// mentionDoc is testDoc with a pronoun and a description attributing a second quote to Lavrov, both
// mentions of his entity.
func mentionDoc(t *testing.T) (*Document, *Span, *Span) {
	t.Helper()
	d := testDoc(t)
	e := NewEditor(d)
	// "Je" stands for the pronoun, "café 😀" for a description: the kind is what is tested, not the words.
	pro := &Span{Side: Source, Start: strings.Index(d.Text, "Je"), Label: LabelPER, Origin: Auto, Confidence: 0.6, Mention: MentionPronoun}
	pro.End = pro.Start + len("Je")
	nom := &Span{Side: Source, Start: strings.Index(d.Text, "café 😀"), Label: LabelPER, Origin: Auto, Confidence: 0.6, Mention: MentionNominal}
	nom.End = nom.Start + len("café 😀")
	for _, sp := range []*Span{pro, nom} {
		if err := e.AddSpan(sp); err != nil {
			t.Fatal(err)
		}
		if err := e.SetMentionEntity(sp.ID, d.Entities[0].ID); err != nil {
			t.Fatal(err)
		}
	}
	return d, pro, nom
}

func TestMentionKindRoundTrip(t *testing.T) {
	d, pro, nom := mentionDoc(t)
	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(data, []byte(`"mention"`)); n != 2 {
		t.Errorf(`"mention" written %d times, want 2 (names are not written):\n%s`, n, data)
	}
	back, err := ValidateJSON(data, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	equalDocs(t, d, back)
	if got := back.Span(pro.ID).Mention; got != MentionPronoun {
		t.Errorf("pronoun read back as %q", got)
	}
	if got := back.Span(nom.ID).Mention; got != MentionNominal {
		t.Errorf("description read back as %q", got)
	}
	for _, sp := range back.Spans {
		if sp.ID != pro.ID && sp.ID != nom.ID && !sp.IsName() {
			t.Errorf("span %s %q read as %q, want a name", sp.ID, back.SpanText(sp), sp.Mention)
		}
	}
}

// A file may spell a name out; it reads as a name and is written as before mention kinds.
func TestMentionKindNameSpelledOut(t *testing.T) {
	d := testDoc(t)
	data, _ := Marshal(d)
	spelled := bytes.Replace(data, []byte(`"origin": "auto",`), []byte(`"origin": "auto", "mention": "name",`), 1)
	back, err := ValidateJSON(spelled, "n.json")
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Marshal(back)
	if !bytes.Equal(again, data) {
		t.Errorf("a spelled-out name is not written as a plain span:\n%s", again)
	}
}

func TestMentionKindUnknownRefused(t *testing.T) {
	d, _, _ := mentionDoc(t)
	data, _ := Marshal(d)
	bad := bytes.Replace(data, []byte(`"mention": "pronoun"`), []byte(`"mention": "PRO"`), 1)
	for name, read := range map[string]func() error{
		"Unmarshal":    func() error { _, err := Unmarshal(bad, "bad.json"); return err },
		"ValidateJSON": func() error { _, err := ValidateJSON(bad, "bad.json"); return err },
	} {
		err := read()
		if err == nil {
			t.Fatalf("%s accepted an unknown mention kind", name)
		}
		for _, want := range []string{"bad.json", "mention", "pronoun"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%s: error %q does not say %q", name, err, want)
			}
		}
	}
	if err := func() error { _, err := Unmarshal(bad, "bad.json"); return err }(); !strings.Contains(err.Error(), "spans[") || !strings.Contains(err.Error(), "expected name, nominal or pronoun") {
		t.Errorf("Unmarshal: error %q does not name the span and the kinds", err)
	}
	d.Spans[0].Mention = "PRO"
	if err := d.Validate(); err == nil || !strings.Contains(err.Error(), ".mention") {
		t.Errorf("Validate: %v, want an error on the mention", err)
	}
}

func TestSetMentionKindUndo(t *testing.T) {
	d, pro, _ := mentionDoc(t)
	e := NewEditor(d)
	if err := e.SetMentionKind(pro.ID, MentionName); err != nil {
		t.Fatal(err)
	}
	if !pro.IsName() || pro.Origin != Auto || pro.Confidence != 0.6 {
		t.Errorf("after SetMentionKind name: %q %s %v, want a name still auto at 0.6", pro.Mention, pro.Origin, pro.Confidence)
	}
	if e.UndoName() != "mention kind" {
		t.Errorf("undo step %q", e.UndoName())
	}
	if !e.Undo() || pro.Mention != MentionPronoun {
		t.Errorf("undo gave %q, want pronoun", pro.Mention)
	}
	if !e.Redo() || !pro.IsName() {
		t.Errorf("redo gave %q, want a name", pro.Mention)
	}
	if err := e.SetMentionKind(pro.ID, MentionName); err != nil {
		t.Errorf("setting the kind a span has: %v", err)
	}
	if !e.Undo() || pro.Mention != MentionPronoun {
		t.Errorf("setting the kind a span has made an undo step of its own")
	}
	for _, c := range []struct {
		id   string
		kind MentionKind
	}{{pro.ID, "PRO"}, {"nope", MentionPronoun}, {d.Spans[0].ID, MentionPronoun} /* the QUOTE */} {
		if err := e.SetMentionKind(c.id, c.kind); err == nil {
			t.Errorf("SetMentionKind(%s, %q) accepted", c.id, c.kind)
		}
	}
}

// TestPronounNames: a PER name on a bare pronoun is warned about, on either side; marked a pronoun,
// or a real name, it is not.
func TestPronounNames(t *testing.T) {
	d, pro, _ := mentionDoc(t)
	e := NewEditor(d)
	tg := d.Segments[0].Target
	he := &Span{Side: Target, Segment: "s1", Start: strings.Index(tg, "it's"), Label: LabelPER}
	he.End = he.Start + len("it")
	if err := e.AddSpan(he); err != nil {
		t.Fatal(err)
	}
	if err := e.SetMentionKind(pro.ID, MentionName); err != nil { // "Je", as a person would leave it
		t.Fatal(err)
	}
	var got []string
	for _, w := range d.PronounNames() {
		got = append(got, w.Error())
	}
	if len(got) != 2 || !strings.Contains(got[0], `PER "Je" is a pronoun marked as a name`) || !strings.Contains(got[1], `"it"`) {
		t.Fatalf("warnings %q, want Je and it", got)
	}
	if n := len(d.Warnings()); n < 2 {
		t.Errorf("Warnings holds %d, want the pronouns among them", n)
	}
	e.Undo()
	if got := d.PronounNames(); len(got) != 1 {
		t.Errorf("with Je a pronoun again: %v, want it only", got)
	}
}
