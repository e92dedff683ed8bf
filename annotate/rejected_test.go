package annotate

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// rejectSome rejects suggestions of testDoc on both sides: the source MISC "😀 x́", a projected
// target LOC "Moscow" (linked from the source "Moscou") and an unlinked target MISC "café" in s2, then
// types « 😀 » before the s1 translation so that the target rejection has moved.
func rejectSome(t testing.TB, d *Document) {
	t.Helper()
	e := NewEditor(d)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	_, err := e.SetTarget("s2", "The café 😀 e\u0301 was closed.")
	must(err)
	misc := d.SourceSpans(0, len(d.Text))
	var srcMisc, moscou *Span
	for _, sp := range misc {
		switch sp.Label {
		case LabelMISC:
			srcMisc = sp
		case LabelLOC:
			moscou = sp
		}
	}
	tg := d.Segment("s1").Target
	i := strings.Index(tg, "Moscow")
	moscow := &Span{Side: Target, Segment: "s1", Start: i, End: i + len("Moscow"), Label: LabelLOC, Origin: Auto, Confidence: 0.7}
	must(e.AddSpan(moscow))
	must(e.AddLink(&Link{Type: LinkTranslation, From: moscou.ID, To: moscow.ID, Origin: Auto, Confidence: 0.7}))
	j := strings.Index(d.Segment("s2").Target, "café")
	cafe := &Span{Side: Target, Segment: "s2", Start: j, End: j + len("café"), Label: LabelMISC, Origin: Auto, Confidence: 0.6}
	must(e.AddSpan(cafe))
	must(e.Reject(srcMisc.ID, moscow.ID, cafe.ID))
	_, err = e.ReplaceTarget("s1", 0, 0, "« 😀 » ")
	must(err)
}

func TestRejectRecordsOnlySuggestions(t *testing.T) {
	cases := []struct {
		name  string
		do    func(e *Editor, auto, human *Span) error
		want  int  // rejections recorded
		human bool // the human span is still there
	}{
		{"reject a suggestion", func(e *Editor, a, _ *Span) error { return e.Reject(a.ID) }, 1, true},
		{"reject a confirmed span", func(e *Editor, _, h *Span) error { return e.Reject(h.ID) }, 0, true},
		{"remove a confirmed span", func(e *Editor, _, h *Span) error { return e.RemoveSpan(h.ID) }, 0, false},
		{"remove a suggestion", func(e *Editor, a, _ *Span) error { return e.RemoveSpan(a.ID) }, 0, true},
		{"accept", func(e *Editor, a, _ *Span) error { return e.Accept(a.ID) }, 0, true},
		{"reject all", func(e *Editor, _, _ *Span) error { return e.RejectAll() }, 3, true},
		{"reject, add the same again, reject", func(e *Editor, a, _ *Span) error {
			if err := e.Reject(a.ID); err != nil {
				return err
			}
			return e.Reject(e.Doc.Pending()[0]) // the quotation
		}, 2, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := testDoc(t)
			e := NewEditor(d)
			auto, human := d.Span("t2"), d.Span("t4") // Sergueï Lavrov (auto), Moscou (human)
			if err := c.do(e, auto, human); err != nil {
				t.Fatal(err)
			}
			if len(d.Rejected) != c.want || (d.Span(human.ID) != nil) != c.human {
				t.Fatalf("rejections %d (want %d), human span kept %v", len(d.Rejected), c.want, d.Span(human.ID) != nil)
			}
		})
	}
}

func TestRejectionsAreDeduplicated(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	per := d.Span("t2")
	for range 2 {
		sp := &Span{Side: Source, Start: per.Start, End: per.End, Label: LabelPER, Origin: Auto, Confidence: 0.5}
		if d.Span(per.ID) == nil {
			if err := e.AddSpan(sp); err != nil {
				t.Fatal(err)
			}
			per = sp
		}
		if err := e.Reject(per.ID); err != nil {
			t.Fatal(err)
		}
	}
	if len(d.Rejected) != 1 || !d.RejectedSource(per.Start, per.End, LabelPER) {
		t.Fatalf("rejections %+v, want one PER", d.Rejected)
	}
	if d.RejectedSource(per.Start, per.End, LabelORG) || d.RejectedSource(per.Start, per.End-1, LabelPER) {
		t.Fatal("a rejection of PER blocks another label or range")
	}
}

func TestRejectUndoRedo(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	per := d.Span("t2")
	links := len(d.LinksOf(per.ID))
	if err := e.Reject(per.ID); err != nil {
		t.Fatal(err)
	}
	if e.UndoName() != "reject" || len(d.Rejected) != 1 || d.Span(per.ID) != nil {
		t.Fatalf("after reject: undo %q, rejections %d", e.UndoName(), len(d.Rejected))
	}
	e.Undo()
	if len(d.Rejected) != 0 || d.Span(per.ID) != per || len(d.LinksOf(per.ID)) != links || d.EntityOf(per.ID) == nil {
		t.Fatalf("undo: rejections %d, span back %v, links %d/%d", len(d.Rejected), d.Span(per.ID) != nil, len(d.LinksOf(per.ID)), links)
	}
	e.Redo()
	if len(d.Rejected) != 1 || d.Span(per.ID) != nil {
		t.Fatalf("redo: rejections %d", len(d.Rejected))
	}
}

// TestRejectionFollowsEdits moves a target rejection of "Moscow" through edits of its segment, then
// undoes the edit.
func TestRejectionFollowsEdits(t *testing.T) {
	cases := []struct {
		name string
		edit func(tg string) (a, b int, text string)
		want string // the text the rejection covers afterwards
		from bool
	}{
		{"insert before", func(string) (int, int, string) { return 0, 0, "😀 e\u0301 « " }, "Moscow", true},
		{"insert inside", func(tg string) (int, int, string) { i := strings.Index(tg, "cow"); return i, i, "é" }, "Mosécow", true},
		{"insert at the end", func(tg string) (int, int, string) { i := strings.Index(tg, "."); return i, i, "ia" }, "Moscow", true},
		{"delete the word", func(tg string) (int, int, string) { i := strings.Index(tg, "Moscow"); return i, i + 6, "" }, "", true},
		{"retype the word", func(tg string) (int, int, string) { i := strings.Index(tg, "in Moscow"); return i, i + 9, "à Moscou" }, "", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := testDoc(t)
			rejectSome(t, d)
			var r *Rejection
			for _, x := range d.Rejected {
				if x.Segment == "s1" {
					r = x
				}
			}
			before := *r
			e := NewEditor(d)
			a, b, text := c.edit(d.Segment("s1").Target)
			if _, err := e.ReplaceTarget("s1", a, b, text); err != nil {
				t.Fatal(err)
			}
			if got := d.rejectionText(r); got != c.want || r.HasFrom() != c.from {
				t.Errorf("rejection covers %q (from %v), want %q", got, r.HasFrom(), c.want)
			}
			if err := d.Validate(); err != nil {
				t.Fatal(err)
			}
			if _, err := Marshal(d); err != nil {
				t.Fatal(err)
			}
			e.Undo()
			if *r != before {
				t.Errorf("undo left the rejection at %+v, want %+v", *r, before)
			}
		})
	}
}

func TestRejectedJSON(t *testing.T) {
	plain, err := Marshal(testDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(plain, []byte(`"rejected"`)) {
		t.Fatal(`a document without rejections has a "rejected" key`)
	}
	d := testDoc(t)
	rejectSome(t, d)
	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ValidateJSON(data, "rejected.json")
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if again, _ := Marshal(back); !bytes.Equal(again, data) {
		t.Fatalf("round trip changed the document:\n%s\nvs\n%s", data, again)
	}
	if c, _ := Marshal(d.Clone()); !bytes.Equal(c, data) {
		t.Fatal("the clone lost the rejections")
	}
	var w struct {
		Source   struct{ Text string }
		Segments []struct{ ID, Target string }
		Rejected []struct {
			Side, Segment, Label, Text string
			Start, End                 int
			From                       *struct{ Start, End int }
		}
	}
	if err := json.Unmarshal(data, &w); err != nil {
		t.Fatal(err)
	}
	targets := map[string][]rune{}
	for _, s := range w.Segments {
		targets[s.ID] = []rune(s.Target)
	}
	src := []rune(w.Source.Text)
	var got []string
	for _, r := range w.Rejected {
		text := src
		if r.Side == "target" {
			text = targets[r.Segment]
		}
		s := r.Side + " " + r.Label + " " + string(text[r.Start:r.End])
		if r.From != nil {
			s += " from " + string(src[r.From.Start:r.From.End])
		}
		if string(text[r.Start:r.End]) != r.Text {
			t.Errorf("rejection %q at code points [%d, %d) reads %q", r.Text, r.Start, r.End, text[r.Start:r.End])
		}
		got = append(got, s)
	}
	want := []string{"source MISC 😀 x\u0301", "target LOC Moscow from Moscou", "target MISC café"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("rejected = %q, want %q (in this order)", got, want)
	}
}

func TestRejectedDecodeErrors(t *testing.T) {
	d := testDoc(t)
	rejectSome(t, d)
	_, edit := jsonEditor(t, d)
	tests := []struct {
		name string
		data []byte
		want []string
	}{
		{"unknown segment", edit(`"segment": "s2",
      "start": 4`, `"segment": "s9",
      "start": 4`), []string{"bad.json", "rejected[2].segment", `no segment "s9"`}},
		{"out of range", edit(`"end": 55,
      "label": "LOC"`, `"end": 500,
      "label": "LOC"`), []string{"bad.json", "rejected[1]", "500", "not inside the target of segment s1"}},
		{"source range out of range", edit(`"end": 62
      }`, `"end": 6200
      }`), []string{"bad.json", "rejected[1].from", "not inside source.text"}},
		{"text mismatch", edit(`"text": "café"`, `"text": "cafe"`), []string{"bad.json", "rejected[2].text", `"café"`}},
		{"bad side", edit(`"side": "source",
      "start": 73`, `"side": "middle",
      "start": 73`), []string{"bad.json", "rejected[0].side", `"middle"`}},
		{"unknown label", edit(`"label": "MISC",
      "text": "café"`, `"label": "THING",
      "text": "café"`), []string{"bad.json", "rejected[2]", `unknown label "THING"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Unmarshal(tc.data, "bad.json")
			if err == nil {
				t.Fatalf("accepted a bad document:\n%s", tc.data)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}
