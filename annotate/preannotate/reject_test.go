package preannotate

import (
	"testing"

	"github.com/glose-app/glose/annotate"
)

// firstSpeaker returns an auto PER span that some quotation names as its speaker, and that quotation.
func firstSpeaker(t *testing.T, d *annotate.Document) (per, quote *annotate.Span) {
	t.Helper()
	for _, l := range d.Links {
		if l.Type == annotate.LinkSpeaker {
			if sp := d.Span(l.To); sp != nil && sp.Label == annotate.LabelPER && sp.Origin == annotate.Auto {
				return sp, d.Span(l.From)
			}
		}
	}
	t.Fatal("the sample has no auto PER speaker")
	return nil, nil
}

// at returns the source span with that range and label, or nil.
func at(d *annotate.Document, start, end int, label string) *annotate.Span {
	for _, sp := range d.SourceSpans(start, end) {
		if sp.Side == annotate.Source && sp.Start == start && sp.End == end && sp.Label == label {
			return sp
		}
	}
	return nil
}

// TestRunRespectsRejections rejects pre-annotated spans and runs pre-annotation again, through an
// editor or directly: a rejected range and label is not proposed again, nor linked, nor made a mention;
// a rejection of another label at the same place does not block the span.
func TestRunRespectsRejections(t *testing.T) {
	cases := []struct {
		name      string
		label     func(per *annotate.Span) string // the label rejected at the speaker's place
		editor    bool
		wantAgain bool
	}{
		{"same label, editor", func(p *annotate.Span) string { return p.Label }, true, false},
		{"same label, direct", func(p *annotate.Span) string { return p.Label }, false, false},
		{"other label", func(*annotate.Span) string { return annotate.LabelORG }, false, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := sampleDoc(t)
			if err := Run(d, Options{}); err != nil {
				t.Fatal(err)
			}
			per, quote := firstSpeaker(t, d)
			start, end, label := per.Start, per.End, c.label(per)
			e := annotate.NewEditor(d)
			if label == per.Label {
				if err := e.Reject(per.ID, quote.ID); err != nil {
					t.Fatal(err)
				}
			} else {
				d.Rejected = append(d.Rejected, &annotate.Rejection{Side: annotate.Source, Start: start, End: end, Label: label})
				if err := e.RemoveSpan(per.ID); err != nil {
					t.Fatal(err)
				}
			}
			opts := Options{}
			if c.editor {
				opts.Editor = e
			}
			if err := Run(d, opts); err != nil {
				t.Fatal(err)
			}
			if err := d.Validate(); err != nil {
				t.Fatal(err)
			}
			again := at(d, start, end, per.Label)
			if (again != nil) != c.wantAgain {
				t.Fatalf("span %q %s proposed again: %v, want %v", d.Text[start:end], per.Label, again != nil, c.wantAgain)
			}
			if c.wantAgain {
				return
			}
			if q := at(d, quote.Start, quote.End, annotate.LabelQuote); q != nil {
				t.Fatalf("rejected quotation proposed again: %s", d.Describe(q))
			}
			for _, l := range d.Links {
				if from, to := d.Span(l.From), d.Span(l.To); from.Start == start && from.End == end || to.Start == start && to.End == end && to.Label == label {
					t.Errorf("link %s %s → %s touches the rejected place", l.Type, d.Describe(from), d.Describe(to))
				}
			}
			if c.editor {
				for e.UndoName() != "reject" { // the re-run, if it added anything
					if !e.Undo() {
						t.Fatal("the rejection is not in the undo history")
					}
				}
				e.Undo()
				if d.Span(per.ID) != per || len(d.Rejected) != 0 {
					t.Fatalf("undo: span back %v, rejections %d", d.Span(per.ID) != nil, len(d.Rejected))
				}
			}
		})
	}
}
