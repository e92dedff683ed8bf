package qa

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestLockedSegmentsNotFlagged: a locked segment (a client's translate="no", with its French as its
// English, or one locked without English) is neither untranslated nor a copy of the source; the same
// segments unlocked are.
func TestLockedSegmentsNotFlagged(t *testing.T) {
	text := "Référence produit SKU 12345 « bleu »\n\nLe maire parle aux habitants."
	d := annotate.NewDocument("d", "D", text, "fr", "en")
	d.AddSegment(0, len("Référence produit SKU 12345 « bleu »"), 0, annotate.KindSentence)
	d.AddSegment(len(text)-len("Le maire parle aux habitants."), len(text), 1, annotate.KindSentence)
	copyOf := d.Segments[0]
	copyOf.Target, copyOf.Status = d.SourceText(copyOf), annotate.StatusReviewed
	flagged := func() map[string]bool {
		got := map[string]bool{}
		for _, is := range Run(d, Config{}) {
			if is.Check == Untranslated || is.Check == SameAsSource {
				got[is.Check+" "+is.Segment] = true
			}
		}
		return got
	}
	if got := flagged(); !got[SameAsSource+" s1"] || !got[Untranslated+" s2"] {
		t.Fatalf("unlocked: flagged %v, want the copy and the untranslated segment", got)
	}
	d.Segments[0].Locked, d.Segments[1].Locked = true, true
	if got := flagged(); len(got) > 0 {
		t.Errorf("locked segments flagged: %v", got)
	}
}

// TestLockedSegmentsKeepTheirQuotationMarks: the quotation-mark style is not asked of a locked
// segment's English, which nobody may change (a client's translate="no" keeps its French, 5'10" and
// all); unlocked, the same English is flagged.
func TestLockedSegmentsKeepTheirQuotationMarks(t *testing.T) {
	text := "Modèle \"Zoé\" 5'10\""
	d := annotate.NewDocument("d", "D", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	d.Segments[0].Target = "Model \"Zoe\u0301\" 😀"
	styled := func() int {
		n := 0
		for _, is := range Run(d, Config{Quotes: Curly}) {
			if is.Check == QuotationStyle {
				n++
			}
		}
		return n
	}
	if n := styled(); n != 1 {
		t.Fatalf("unlocked: %d quotation-style issues, want 1", n)
	}
	d.Segments[0].Locked = true
	if n := styled(); n != 0 {
		t.Errorf("locked: %d quotation-style issues, want none", n)
	}
}

// TestLockedSegmentsNotSpellChecked: no word of a locked segment's English is flagged as misspelt,
// since nobody may change it (a client's translate="no" keeps its French); unlocked, the same English
// is flagged.
func TestLockedSegmentsNotSpellChecked(t *testing.T) {
	text := "Le maire « parle » 😀 au café."
	d := annotate.NewDocument("d", "D", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	d.Segments[0].Target, d.Segments[0].Status = "The mayr « speaks » 😀 at the cafe\u0301.", annotate.StatusReviewed
	misspelt := func() []string {
		var words []string
		for _, is := range Run(d, Config{}) {
			if is.Check == Spelling {
				words = append(words, is.Args["word"])
			}
		}
		return words
	}
	if got := misspelt(); len(got) != 1 || got[0] != "mayr" {
		t.Fatalf("unlocked: misspelt %q, want mayr", got)
	}
	d.Segments[0].Locked, d.Segments[0].LockReason = true, annotate.LockTranslateNo
	if got := misspelt(); len(got) != 0 {
		t.Errorf("locked: misspelt %q, want none", got)
	}
}

// TestLockedSegmentsLeftAloneByEveryCheck: every check of the English asks for a change a locked
// segment's English refuses; each flags the same English unlocked, none locked. The suggestions left
// to review in it are still counted: accepting them changes no English.
func TestLockedSegmentsLeftAloneByEveryCheck(t *testing.T) {
	for _, c := range []struct{ check, fr, en string }{
		{FrenchTypography, "Il a dit : non 😀.", "He said : no 😀."},
		{QuoteMissing, "Il a dit « non » à Zoé.", "He refused Zoe\u0301."},
		{NumberMismatch, "Il a 12 ans.", "He is 13 😀."},
		{UnbalancedQuotes, "Il a dit « non ».", "He said “no."},
		{SymbolMissing, "Bravo 👍🏽 à Zoé.", "Well done, Zoe\u0301."},
		{QuotationStyle, "Il a dit « non ».", "He said «\u202fno\u202f»."},
		{PendingSuggestions, "Zoé arrive.", "Zoe\u0301 arrives."},
	} {
		t.Run(c.check, func(t *testing.T) {
			d := annotate.NewDocument("d", "D", c.fr, "fr", "en")
			d.AddSegment(0, len(c.fr), 0, annotate.KindSentence)
			d.Segments[0].Target, d.Segments[0].Status = c.en, annotate.StatusReviewed
			if q := strings.Index(c.fr, "« non »"); q >= 0 {
				d.Spans = append(d.Spans, &annotate.Span{ID: "t1", Side: annotate.Source, Start: q, End: q + len("« non »"), Label: annotate.LabelQuote, Origin: annotate.Human})
			}
			if c.check == PendingSuggestions {
				d.Spans = append(d.Spans, &annotate.Span{ID: "t1", Side: annotate.Source, Start: 0, End: len("Zoé"), Label: annotate.LabelPER, Origin: annotate.Auto})
			}
			flagged := func() bool {
				for _, is := range Run(d, Config{}) {
					if is.Check == c.check {
						return true
					}
				}
				return false
			}
			if !flagged() {
				t.Fatalf("unlocked %q: not flagged by %s", c.en, c.check)
			}
			d.Segments[0].Locked = true
			if got, want := flagged(), c.check == PendingSuggestions; got != want {
				t.Errorf("locked %q: flagged by %s %v, want %v", c.en, c.check, got, want)
			}
		})
	}
}
