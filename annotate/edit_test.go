package annotate

import (
	"slices"
	"strings"
	"testing"
)

func TestAdjust(t *testing.T) {
	// A span over bytes [10, 20).
	tests := []struct {
		name       string
		a, b, n    int
		start, end int
		keep       bool
	}{
		{"insert before shifts", 5, 5, 3, 13, 23, true},
		{"insert at start shifts", 10, 10, 3, 13, 23, true},
		{"insert inside grows", 15, 15, 3, 10, 23, true},
		{"insert at end leaves it", 20, 20, 3, 10, 20, true},
		{"insert after leaves it", 25, 25, 3, 10, 20, true},
		{"delete before shifts back", 2, 5, 0, 7, 17, true},
		{"delete inside shrinks", 12, 15, 0, 10, 17, true},
		{"delete across start clips", 5, 12, 0, 5, 13, true},
		{"delete across end clips", 18, 25, 0, 10, 18, true},
		{"delete exactly the span removes it", 10, 20, 0, 0, 0, false},
		{"delete around the span removes it", 5, 25, 0, 0, 0, false},
		{"replace inside", 12, 14, 5, 10, 23, true},
		{"replace across end keeps the new text", 18, 22, 4, 10, 22, true},
		{"replace the whole span removes it", 10, 20, 4, 0, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, e, keep := Adjust(10, 20, tc.a, tc.b, tc.n)
			if keep != tc.keep || (keep && (s != tc.start || e != tc.end)) {
				t.Errorf("Adjust(10, 20, %d, %d, %d) = %d, %d, %v; want %d, %d, %v", tc.a, tc.b, tc.n, s, e, keep, tc.start, tc.end, tc.keep)
			}
		})
	}
}

func TestDiff(t *testing.T) {
	tests := []struct{ old, new string }{
		{"", "a"}, {"abc", "abXc"}, {"café", "cafés"}, {"café", "cafe"}, {"« x »", "“x”"},
		{"😀", "😁"}, {"x\u0301", "x"}, {"same", "same"}, {"aé", "aè"},
	}
	for _, tc := range tests {
		a, b, c := Diff(tc.old, tc.new)
		if got := tc.old[:a] + tc.new[a:c] + tc.old[b:]; got != tc.new {
			t.Errorf("Diff(%q, %q) = %d, %d, %d rebuilds %q", tc.old, tc.new, a, b, c, got)
		}
	}
}

func targetSpanTexts(d *Document, seg string) []string {
	var out []string
	for _, sp := range d.TargetSpans(seg) {
		out = append(out, d.SpanText(sp))
	}
	return out
}

func TestTypingMovesTargetSpansAndUndoes(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	seg := d.Segments[0]
	orig := seg.Target
	// Type "Mr " before the name, character by character, as a text field reports it.
	at := strings.Index(seg.Target, "Sergei")
	typed := seg.Target
	for _, r := range "Mr. " {
		typed = typed[:at] + string(r) + typed[at:]
		at += len(string(r))
		if _, err := e.SetTarget("s1", typed); err != nil {
			t.Fatal(err)
		}
	}
	if got := targetSpanTexts(d, "s1"); len(got) != 1 || got[0] != "Sergei Lavrov" {
		t.Fatalf("after typing before the span: %q", got)
	}
	// Grow inside: "Sergei V. Lavrov".
	in := strings.Index(seg.Target, "Lavrov")
	if _, err := e.ReplaceTarget("s1", in, in, "V. "); err != nil {
		t.Fatal(err)
	}
	if got := targetSpanTexts(d, "s1"); got[0] != "Sergei V. Lavrov" {
		t.Fatalf("after typing inside: %q", got)
	}
	// Delete the whole name: the span goes, with its translation link and its entity mention.
	i := strings.Index(seg.Target, "Sergei V. Lavrov")
	removed, err := e.ReplaceTarget("s1", i, i+len("Sergei V. Lavrov"), "him")
	if err != nil || len(removed) != 1 {
		t.Fatalf("removed %v, %v; want the PER span", removed, err)
	}
	if len(d.TargetSpans("s1")) != 0 || d.EntityOf(removed[0].ID) != nil || len(d.LinksOf(removed[0].ID)) != 0 {
		t.Fatal("a swallowed span left its links or entity mention behind")
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	// Undo everything: three steps (typing coalesced, the insertion inside, the deletion).
	for e.Undo() {
	}
	if seg.Target != orig {
		t.Fatalf("undo left %q", seg.Target)
	}
	if got := targetSpanTexts(d, "s1"); len(got) != 1 || got[0] != "Sergei Lavrov" {
		t.Fatalf("undo restored %q", got)
	}
	if d.EntityOf(removed[0].ID) == nil || len(d.LinksOf(removed[0].ID)) != 1 {
		t.Fatal("undo did not restore the entity mention and the link")
	}
	for e.Redo() {
	}
	if !strings.Contains(seg.Target, "said Mr. him in") || len(d.TargetSpans("s1")) != 0 {
		t.Fatalf("redo gave %q with %d spans", seg.Target, len(d.TargetSpans("s1")))
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestTypingIsOneUndoStep(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	seg := d.Segments[1]
	for _, s := range []string{"T", "Th", "The", "The ", "The c", "The ca", "The caf", "The café"} {
		if _, err := e.SetTarget(seg.ID, s); err != nil {
			t.Fatal(err)
		}
	}
	if !e.Undo() || seg.Target != "" || e.CanUndo() {
		t.Fatalf("one undo should clear the typing; target %q, more undo: %v", seg.Target, e.CanUndo())
	}
}

func TestTypingInANewSegmentUndoesTheDraftStatusWithTheText(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	seg := d.Segments[1]
	seg.Target, seg.Status = "", StatusNew
	for _, s := range []string{"a", "ab", "abc"} {
		if _, err := e.TypeTarget(seg.ID, s); err != nil {
			t.Fatal(err)
		}
	}
	if seg.Status != StatusDraft {
		t.Fatalf("status %s after typing, want draft", seg.Status)
	}
	if !e.Undo() || seg.Target != "" || seg.Status != StatusNew || e.CanUndo() {
		t.Fatalf("one undo should take back the typing and the status: target %q, status %s, more undo: %v",
			seg.Target, seg.Status, e.CanUndo())
	}
	if !e.Redo() || seg.Target != "abc" || seg.Status != StatusDraft {
		t.Fatalf("redo gave %q, %s", seg.Target, seg.Status)
	}
	// Typing later in the draft is a step of its own, which does not touch the status.
	if _, err := e.TypeTarget(seg.ID, "abc d"); err != nil {
		t.Fatal(err)
	}
	if !e.Undo() || seg.Target != "abc" || seg.Status != StatusDraft {
		t.Fatalf("undoing the later typing gave %q, %s", seg.Target, seg.Status)
	}
}

func TestEditRefusesBadRanges(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	seg := d.Segments[0]
	quote := strings.Index(seg.Target, "“")
	for _, c := range []struct{ a, b int }{{-1, 0}, {5, 4}, {0, len(seg.Target) + 1}, {quote + 1, quote + 2}} {
		if _, err := e.ReplaceTarget("s1", c.a, c.b, "x"); err == nil {
			t.Errorf("ReplaceTarget(%d, %d) accepted", c.a, c.b)
		}
	}
	if _, err := e.ReplaceTarget("s1", 0, 0, "\xff"); err == nil {
		t.Error("accepted invalid UTF-8")
	}
	if _, err := e.ReplaceTarget("nope", 0, 0, "x"); err == nil {
		t.Error("accepted an unknown segment")
	}
}

func TestUndoRedoOperations(t *testing.T) {
	d := testDoc(t)
	before, _ := Marshal(d)
	e := NewEditor(d)
	per := d.Spans[1]
	ops := []struct {
		name string
		do   func() error
		ok   func() bool
	}{
		{"relabel", func() error { return e.Relabel(per.ID, LabelORG) }, func() bool { return per.Label == LabelORG && per.Origin == Human }},
		{"accept all", e.AcceptAll, func() bool { return len(d.Pending()) == 0 }},
		{"status", func() error { return e.SetStatus("s1", StatusReviewed) }, func() bool { return d.Segments[0].Status == StatusReviewed }},
		{"remove span", func() error { return e.RemoveSpan(per.ID) }, func() bool { return d.Span(per.ID) == nil && len(d.LinksOf(per.ID)) == 0 }},
		{"rename", func() error { return e.RenameEntity("e2", "en", "Moskva") }, func() bool { return d.Entity("e2").Names["en"] == "Moskva" }},
		{"merge", func() error { return e.MergeEntities("e1", "e2") }, func() bool { return d.Entity("e2") == nil && len(d.Entity("e1").Mentions) == 2 }},
		{"speaker", func() error { return e.SetSpeaker("t1", "t4") }, func() bool { l := d.LinkFrom("t1", LinkSpeaker); return l != nil && l.To == "t4" }},
	}
	for _, op := range ops {
		if err := op.do(); err != nil {
			t.Fatalf("%s: %v", op.name, err)
		}
		if !op.ok() {
			t.Fatalf("%s did not take effect", op.name)
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("after %s: %v", op.name, err)
		}
	}
	after, _ := Marshal(d)
	for range ops {
		if !e.Undo() {
			t.Fatal("ran out of undo")
		}
	}
	if got, _ := Marshal(d); string(got) != string(before) {
		t.Fatalf("undoing everything did not restore the document:\n%s", got)
	}
	for range ops {
		e.Redo()
	}
	if got, _ := Marshal(d); string(got) != string(after) {
		t.Fatal("redoing everything did not give the same document")
	}
}

func TestRejectKeepsHumanSpans(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	n := len(d.Spans)
	pending := len(d.Pending())
	if err := e.RejectAll(); err != nil {
		t.Fatal(err)
	}
	if len(d.Spans) != n-pending || len(d.Pending()) != 0 {
		t.Fatalf("reject all left %d spans (%d pending); want %d", len(d.Spans), len(d.Pending()), n-pending)
	}
	e.Undo()
	if len(d.Spans) != n {
		t.Fatal("undo of reject all did not restore the suggestions")
	}
}

func TestAddSpanChecks(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	i := strings.Index(d.Text, "é")
	bad := []*Span{
		{Side: Source, Start: i + 1, End: i + 3, Label: LabelPER},
		{Side: Source, Start: 5, End: 5, Label: LabelPER},
		{Side: Source, Start: 0, End: 3, Label: "NOPE"},
		{Side: Target, Segment: "s9", Start: 0, End: 1, Label: LabelPER},
		{Side: "middle", Start: 0, End: 1, Label: LabelPER},
	}
	for _, sp := range bad {
		if err := e.AddSpan(sp); err == nil {
			t.Errorf("AddSpan(%+v) accepted", sp)
		}
	}
}

// BenchmarkTypeIn1MB measures one keystroke in a segment of a 1 MB document with many spans: its cost
// must not depend on the document's length.
func BenchmarkTypeIn1MB(b *testing.B) {
	d := bigDoc(b)
	e := NewEditor(d)
	seg := d.Segments[len(d.Segments)/2]
	b.ResetTimer()
	mid := len(seg.Target) / 2
	for i := 0; i < b.N; i++ { // type a letter inside the target, then delete it, keeping the length steady
		var err error
		if i%2 == 0 {
			_, err = e.ReplaceTarget(seg.ID, mid, mid, "a")
		} else {
			_, err = e.ReplaceTarget(seg.ID, mid, mid+1, "")
		}
		if err != nil {
			b.Fatal(err)
		}
	}
}

// bigDoc repeats the test document's text to about 1 MB, one segment per sentence, with a source span
// and a translated target with a target span in every segment.
func bigDoc(b testing.TB) *Document {
	unit := "« Je pense que c'est fini », a déclaré Sergueï Lavrov à Moscou. "
	n := (1 << 20) / len(unit)
	d := NewDocument("big", "big", strings.Repeat(unit, n), "fr", "en")
	e := NewEditor(d)
	for i := 0; i < n; i++ {
		s := d.AddSegment(i*len(unit), (i+1)*len(unit)-1, i, KindSentence)
		s.Target = "“I think it's over,” said Sergei Lavrov in Moscow."
		p := strings.Index(unit, "Sergueï")
		if err := e.AddSpan(&Span{Side: Source, Start: s.Start + p, End: s.Start + p + len("Sergueï Lavrov"), Label: LabelPER}); err != nil {
			b.Fatal(err)
		}
		if err := e.AddSpan(&Span{Side: Target, Segment: s.ID, Start: 26, End: 39, Label: LabelPER}); err != nil {
			b.Fatal(err)
		}
	}
	return d
}

// TestUndoBatchOfSpans: a step that added spans, alone or with a span removed in it (whose undo puts
// that span back last, so that the spans added are no longer at the end), is undone to the document
// as it was, spans in their order, and redone to the same document.
func TestUndoBatchOfSpans(t *testing.T) {
	for _, removeFirst := range []bool{false, true} {
		d := testDoc(t)
		before, _ := Marshal(d)
		e := NewEditor(d)
		err := e.Batch("pre-annotate", func() error {
			for _, w := range []string{"Lavrov", "Moscou", "café 😀"} {
				at := strings.Index(d.Text, w)
				if err := e.AddSpan(&Span{Side: Source, Start: at, End: at + len(w), Label: LabelMISC, Origin: Auto, Confidence: 0.5}); err != nil {
					return err
				}
				if removeFirst && w == "Moscou" {
					if err := e.RemoveSpan(d.Spans[0].ID); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		after, _ := Marshal(d)
		e.Undo()
		if got, _ := Marshal(d); string(got) != string(before) {
			t.Errorf("remove in the batch %v: undo gave\n%s", removeFirst, got)
		}
		e.Redo()
		if got, _ := Marshal(d); string(got) != string(after) {
			t.Errorf("remove in the batch %v: redo gave\n%s", removeFirst, got)
		}
	}
}

// BenchmarkUndoSpanBatch undoes and redoes one step adding a span to each segment of a 1 MB document
// (about 16,000), as pre-annotation's proposals are: its cost must grow with the spans, not their
// square.
func BenchmarkUndoSpanBatch(b *testing.B) {
	d := bigDoc(b)
	e := NewEditor(d)
	err := e.Batch("pre-annotate", func() error {
		for _, s := range d.Segments {
			if err := e.AddSpan(&Span{Side: Source, Start: s.Start, End: s.Start + len("«"), Label: LabelQuote}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		e.Undo()
		e.Redo()
	}
}

// TestRetypingTheEndOfANameKeepsItsSpan: a reviewer selects the misspelt end of an English name and
// types the right one over it, key by key, as a text field reports it (SetTarget of each new text).
// The first key replaces the selection, which the span keeps; the keys after it go on with the word
// at the span's end and grow it, where typing after a name (a space, "'s", a comma) does not. The
// texts hold accents, « » with no-break spaces, an emoji and a combining accent.
func TestRetypingTheEndOfANameKeepsItsSpan(t *testing.T) {
	tests := []struct {
		name, text, span, from, typed, want string
		erase                               bool // Backspace over the selection before typing
	}{
		{"surname corrected", "MP Peter Bonne spoke.", "Peter Bonne", "Bonne", "Bone", "Peter Bone", false},
		{"another first letter", "MP Peter Bonne spoke.", "Peter Bonne", "Bonne", "Smith", "Peter Smith", false},
		{"accented", "« Adieu », dit José Garcia 👍🏽.", "José Garcia", "Garcia", "García", "José García", false},
		{"combining accent", "Then Rene\u0301e Fleming sang.", "Rene\u0301e Fleming", "Fleming", "Flemming", "Rene\u0301e Flemming", false},
		{"accent typed as a combining mark", "Mr Jose said so.", "Mr Jose", "Jose", "Jose\u0301", "Mr Jose\u0301", false},
		{"possessive after the name", "Mr Farage rally.", "Mr Farage", "", "'s", "Mr Farage", false},
		{"space after the name", "« Mr Farage »", "Mr Farage", "", " said", "Mr Farage", false},
		{"erased, then typed", "MP Peter Bonne spoke.", "Peter Bonne", "Bonne", "Bone", "Peter Bone", true},
		{"the word ends the retyping", "MP Peter Bonne spoke.", "Peter Bonne", "Bonne", "Bone, who", "Peter Bone", false},
		{"typing at the end of a name as it stands", "Sergei Lav", "Sergei Lav", "", "rov", "Sergei Lav", false},
		// A name typed over whole keeps its span only while the words agree from their first letter:
		// another word in its place ("he", "the minister", another name) is no longer that mention.
		{"a one-word name corrected from its first letter", "Then Johnston spoke.", "Johnston", "Johnston", "Johnson", "Johnson", false},
		{"a one-word name typed over whole", "Then Johnston spoke.", "Johnston", "Johnston", "Smith", "", false},
		{"a whole name erased, then typed", "Then Johnston spoke.", "Johnston", "Johnston", "Johnson", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := NewDocument("d", "t", "Un texte.", "fr", "en")
			d.AddSegment(0, len(d.Text), 0, KindSentence)
			d.Segments[0].Target = tc.text
			e := NewEditor(d)
			at := strings.Index(tc.text, tc.span)
			sp := &Span{Side: Target, Segment: "s1", Start: at, End: at + len(tc.span), Label: LabelPER, Origin: Human}
			if err := e.AddSpan(sp); err != nil {
				t.Fatal(err)
			}
			a := sp.End - len(tc.from) // the selection: the end of the name
			text, end := tc.text, sp.End
			if tc.erase {
				text, end = text[:a]+text[end:], a
				if _, err := e.SetTarget("s1", text); err != nil {
					t.Fatal(err)
				}
			}
			for i, r := range tc.typed {
				if i == 0 {
					text = text[:a] + string(r) + text[end:]
				} else {
					text = text[:a] + string(r) + text[a:]
				}
				a += len(string(r))
				if _, err := e.SetTarget("s1", text); err != nil {
					t.Fatal(err)
				}
			}
			if !slices.Contains(d.TargetSpans("s1"), sp) {
				if tc.want != "" {
					t.Errorf("span removed from %q, want it on %q", d.Segments[0].Target, tc.want)
				}
			} else if got := d.Segments[0].Target[sp.Start:sp.End]; got != tc.want {
				t.Errorf("span %q in %q, want %q", got, d.Segments[0].Target, tc.want)
			}
			if err := d.Validate(); err != nil {
				t.Fatal(err)
			}
		})
	}
}
