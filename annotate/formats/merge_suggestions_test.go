package formats

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestMergeBackQuietAboutSuggestions: exporting back into the client's XLIFF (both versions) does not
// list as left out the spans, links and entities of pre-annotation that nobody confirmed (the client's
// file never holds annotations, and they stay in the Glose document), while what a person confirmed
// is still said, with its count.
func TestMergeBackQuietAboutSuggestions(t *testing.T) {
	for _, c := range []struct {
		format string
		read   func(*testing.T) ([]byte, *annotate.Document)
	}{{"xliff", readClient}, {"xliff12", readClient12}} {
		_, d := c.read(t)
		ed := annotate.NewEditor(d)
		add := func(words, label string) *annotate.Span {
			i := strings.Index(d.Text, annotate.NFC(words))
			if i < 0 {
				t.Fatalf("%s: no %q in the client's file", c.format, words)
			}
			sp := &annotate.Span{Side: annotate.Source, Start: i, End: i + len(annotate.NFC(words)), Label: label, Origin: annotate.Auto, Confidence: 0.8}
			mustDo(t, ed.AddSpan(sp))
			return sp
		}
		quote, zoe := add("« Chez Zoé »", annotate.LabelQuote), add("Zoé", annotate.LabelPER)
		mustDo(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote.ID, To: zoe.ID, Origin: annotate.Auto, Confidence: 0.7}))
		mustDo(t, ed.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Names: map[string]string{"fr": "Zoé"}, Mentions: []string{zoe.ID}}))

		_, warns, err := Write(c.format, []*annotate.Document{d}, WriteOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, code := range []WarningCode{WarnMergeSpansLeftOut, WarnNoLinks, WarnNoEntities} {
			if hasCode(warns, code) {
				t.Errorf("%s: unconfirmed suggestions reported as left out (%s): %v", c.format, code, warns)
			}
		}

		mustDo(t, ed.Accept(zoe.ID)) // a person confirms the name, with its entity
		_, warns, err = Write(c.format, []*annotate.Document{d}, WriteOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, code := range []WarningCode{WarnMergeSpansLeftOut, WarnNoEntities} {
			if n := countOf(warns, code); n != 1 {
				t.Errorf("%s: %s counts %d, want 1 (the confirmed name): %v", c.format, code, n, warns)
			}
		}
		if hasCode(warns, WarnNoLinks) {
			t.Errorf("%s: the unconfirmed speaker link is reported as left out: %v", c.format, warns)
		}
	}
}

// countOf returns the count (N) of the warning of that code, 0 when there is none.
func countOf(warns []Warning, code WarningCode) int {
	for _, w := range warns {
		if w.Code == code {
			n, _ := w.Args["N"].(int)
			return n
		}
	}
	return 0
}
