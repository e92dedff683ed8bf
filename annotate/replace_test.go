package annotate

import (
	"fmt"
	"strings"
	"testing"
)

// TestSearcherFinds: what a translator's Find and Replace finds under each option, in text with
// « guillemets », no-break spaces, an emoji and a combining accent, and the exact bytes of each match.
func TestSearcherFinds(t *testing.T) {
	const text = "« Brexit\u00a0deal » 😀 The DEAL, a cafe\u0301 deal; ordeal. Résumé: resume the Deal’s œuvre."
	tests := []struct {
		query string
		opts  SearchOptions
		want  []string
	}{
		{"deal", SearchOptions{}, []string{"deal", "DEAL", "deal", "deal", "Deal"}},
		{"deal", SearchOptions{WholeWords: true}, []string{"deal", "DEAL", "deal", "Deal"}},
		{"Deal", SearchOptions{MatchCase: true}, []string{"Deal"}},
		{"brexit deal", SearchOptions{}, []string{"Brexit\u00a0deal"}},      // a no-break space is a space
		{"cafe", SearchOptions{}, []string{"cafe\u0301"}},                   // the accent goes with its letter
		{"cafe", SearchOptions{MatchAccents: true}, nil},                    // e + U+0301 is é
		{"café", SearchOptions{MatchAccents: true}, []string{"cafe\u0301"}}, // é typed matches e + U+0301
		{"resume", SearchOptions{}, []string{"Résumé", "resume"}},           // accents ignored by default
		{"resume", SearchOptions{MatchAccents: true}, []string{"resume"}},   // not Résumé
		{"e", SearchOptions{MatchAccents: true, WholeWords: true}, nil},     // never half a character
		{"deal's", SearchOptions{WholeWords: true}, []string{"Deal’s"}},     // typographic apostrophe
		{"oeuvre", SearchOptions{}, []string{"œuvre"}},                      // ligature spelt out
		{"« brexit", SearchOptions{WholeWords: true}, []string{"« Brexit"}}, // no word edge to check before «
		{"😀 the", SearchOptions{}, []string{"😀 The"}},                       // outside the BMP
		{"xyz", SearchOptions{}, nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s %+v", tt.query, tt.opts), func(t *testing.T) {
			s := NewSearcher(tt.query, tt.opts)
			var got []string
			for _, m := range s.All(text) {
				got = append(got, text[m[0]:m[1]])
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("matches %q, want %q", got, tt.want)
			}
		})
	}
	if NewSearcher("\u0301", SearchOptions{}) != nil {
		t.Error("a query of a lone accent, ignored, searches for nothing yet gives a searcher")
	}
}

func TestKeepCase(t *testing.T) {
	for _, tt := range []struct{ match, with, want string }{
		{"deal", "agreement", "agreement"},
		{"Deal", "agreement", "Agreement"},
		{"DEAL", "agreement", "AGREEMENT"},
		{"Deal", "the EU agreement", "the EU agreement"}, // typed with a capital: as typed
		{"É", "à", "À"},                                  // one capital letter: a capital, not upper case
		{"« Deal", "« agreement", "« Agreement"},
	} {
		if got := KeepCase(tt.match, tt.with); got != tt.want {
			t.Errorf("KeepCase(%q, %q) = %q, want %q", tt.match, tt.with, got, tt.want)
		}
	}
}

// TestReplaceTextKeepsSpans replaces a match in an English holding spans before, around, on and after
// it, with « », a no-break space, an emoji and a combining accent about: each span covers the same
// words afterwards (or the new words, when it covered the old ones exactly or more), and one Undo
// brings back the text and the spans.
func TestReplaceTextKeepsSpans(t *testing.T) {
	const target = "« Le\u00a0Brexit deal 😀 » was signed by Jose\u0301 Bové."
	tests := []struct {
		name, match, with string
		want              map[string]string // span text before → after
		gone              []string
	}{
		{"longer", "deal", "agreement", map[string]string{
			"deal": "agreement", "Brexit deal": "Brexit agreement", "« Le\u00a0Brexit deal 😀 »": "« Le\u00a0Brexit agreement 😀 »",
			"Jose\u0301 Bové": "Jose\u0301 Bové", "😀": "😀", "Brexit": "Brexit"}, nil},
		{"shorter", "Brexit deal", "pact", map[string]string{
			"Brexit deal": "pact", "« Le\u00a0Brexit deal 😀 »": "« Le\u00a0pact 😀 »", "Jose\u0301 Bové": "Jose\u0301 Bové", "😀": "😀"},
			[]string{"deal", "Brexit"}},
		{"common start", "Brexit deal", "Brexit agreement", map[string]string{
			"Brexit": "Brexit", "deal": "agreement", "Brexit deal": "Brexit agreement"}, nil},
		{"added before", "deal", "trade deal", map[string]string{"deal": "trade deal", "Brexit": "Brexit"}, nil},
		{"added after", "deal", "deals", map[string]string{"deal": "deals", "😀": "😀"}, nil},
		{"accented", "Jose\u0301", "José", map[string]string{"Jose\u0301 Bové": "José Bové", "deal": "deal"}, nil},
		{"deleted", " deal", "", map[string]string{"Brexit deal": "Brexit", "😀": "😀"}, []string{"deal"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := NewDocument("d", "D", "Le Brexit.", "fr", "en")
			seg := d.AddSegment(0, len(d.Text), 0, KindSentence)
			ed := NewEditor(d)
			if _, err := ed.SetTarget(seg.ID, target); err != nil {
				t.Fatal(err)
			}
			ids := map[string]string{} // span ID → the words it covered
			for _, words := range []string{"« Le\u00a0Brexit deal 😀 »", "Brexit deal", "Brexit", "deal", "😀", "Jose\u0301 Bové"} {
				a := strings.Index(target, words)
				sp := &Span{Side: Target, Segment: seg.ID, Start: a, End: a + len(words), Label: LabelMISC, Origin: Human, Confidence: 1}
				if err := ed.AddSpan(sp); err != nil {
					t.Fatal(err)
				}
				ids[sp.ID] = words
			}
			before := spanTexts(d, seg)
			steps := len(ed.undo)
			a := strings.Index(target, tt.match)
			if _, err := ed.ReplaceText(seg.ID, a, a+len(tt.match), tt.with); err != nil {
				t.Fatal(err)
			}
			if want := target[:a] + tt.with + target[a+len(tt.match):]; seg.Target != want {
				t.Fatalf("target %q, want %q", seg.Target, want)
			}
			if len(ed.undo) != steps+1 {
				t.Errorf("%d undo steps for one replacement", len(ed.undo)-steps)
			}
			for id, words := range ids {
				sp := d.Span(id)
				if want, ok := tt.want[words]; ok && (sp == nil || seg.Target[sp.Start:sp.End] != want) {
					t.Errorf("span on %q: %v, want it on %q", words, spanText(seg, sp), want)
				}
			}
			for _, words := range tt.gone {
				if strings.Contains(spanTexts(d, seg), "["+words+"]") {
					t.Errorf("span on %q, whose words were replaced, is still there", words)
				}
			}
			ed.Undo()
			if seg.Target != target || spanTexts(d, seg) != before {
				t.Errorf("after Undo: %q %s, want %q %s", seg.Target, spanTexts(d, seg), target, before)
			}
		})
	}
}

func spanText(seg *Segment, sp *Span) string {
	if sp == nil {
		return "removed"
	}
	return fmt.Sprintf("%q", seg.Target[sp.Start:sp.End])
}

// spanTexts lists a segment's target spans by the words they cover.
func spanTexts(d *Document, seg *Segment) string {
	var b strings.Builder
	for _, sp := range d.TargetSpans(seg.ID) {
		fmt.Fprintf(&b, "%s[%s]", sp.ID, seg.Target[sp.Start:sp.End])
	}
	return b.String()
}

// TestSearcherInvalidUTF8: a text that is not valid UTF-8 (an API caller's, as files are checked
// when read) gives matches inside it, never a panic: an invalid byte is one character, U+FFFD.
func TestSearcherInvalidUTF8(t *testing.T) {
	const text = "a\xffb \xff"
	for _, c := range []struct {
		query string
		want  [][2]int
	}{
		{"\ufffd", [][2]int{{1, 2}, {4, 5}}},
		{"b", [][2]int{{2, 3}}},
		{"\ufffdb", [][2]int{{1, 3}}},
	} {
		if got := NewSearcher(c.query, SearchOptions{}).All(text); fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q in %q: %v, want %v", c.query, text, got, c.want)
		}
	}
}
