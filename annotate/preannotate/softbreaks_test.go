package preannotate

import (
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

// TestRunReadsWrappedSentences: a sentence the segmenter reads over a line break (a paragraph wrapped
// at 72 columns, a subtitle's two lines) is one sentence for the quote detector too. "« … »,⏎a
// déclaré X" opening an article or a subtitle file gave no quotation at all: the detector read its
// first line alone, as a headline. The text keeps its line breaks.
func TestRunReadsWrappedSentences(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"wrapped.txt", "« Nous irons jusqu’au bout »,\n" +
			"a déclaré la syndicaliste.\n\nLa grève continue 🚆.\n"},
		{"journal.srt", "1\n00:00:01,000 --> 00:00:04,000\n« Nous irons jusqu’au bout »,\n" +
			"a déclaré la syndicaliste Marie Dupont.\n\n2\n00:00:04,500 --> 00:00:06,000\nLa grève continue 🚆.\n"},
	} {
		d, err := plaintext.Import(c.name, []byte(c.text), plaintext.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := Run(d, Options{}); err != nil {
			t.Fatal(err)
		}
		if d.Text != c.text {
			t.Errorf("%s: Run changed the text to %q", c.name, d.Text)
		}
		byID := map[string]*annotate.Span{}
		var quote *annotate.Span
		for _, sp := range d.Spans {
			byID[sp.ID] = sp
			if sp.Label == annotate.LabelQuote && d.SpanText(sp) == "« Nous irons jusqu’au bout »" {
				quote = sp
			}
		}
		if quote == nil {
			t.Errorf("%s: no quotation « Nous irons jusqu’au bout » among %d spans", c.name, len(d.Spans))
			continue
		}
		got := map[string]string{}
		for _, l := range d.Links {
			if l.From == quote.ID && byID[l.To] != nil {
				got[l.Type] = d.SpanText(byID[l.To])
			}
		}
		if got[annotate.LinkCue] != "déclaré" || got[annotate.LinkSpeaker] == "" {
			t.Errorf("%s: the quotation's links %q: want the cue déclaré and a speaker on the next line", c.name, got)
		}
	}
}
