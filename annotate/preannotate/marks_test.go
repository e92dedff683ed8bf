package preannotate

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// requoteGold writes the guillemets of a gold document as the marks open and shut, dropping the spaces
// French puts inside guillemets, and moves the gold offsets with the text.
func requoteGold(g GoldDoc, open, shut string) GoldDoc {
	isSpace := func(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' }
	var b strings.Builder
	at := make([]int, len(g.Text)+1) // at[i]: where byte i of g.Text went
	for i, r := range g.Text {
		for k := range utf8.RuneLen(r) {
			at[i+k] = b.Len()
		}
		prev, _ := utf8.DecodeLastRuneInString(g.Text[:i])
		next, _ := utf8.DecodeRuneInString(g.Text[i+utf8.RuneLen(r):])
		switch {
		case isSpace(r) && (prev == '«' || next == '»'):
		case r == '«':
			b.WriteString(open)
		case r == '»':
			b.WriteString(shut)
		default:
			b.WriteRune(r)
		}
	}
	at[len(g.Text)] = b.Len()
	out := GoldDoc{ID: g.ID, Text: b.String()}
	for _, q := range g.Quotes {
		q.Start, q.End, q.SpeakerStart, q.SpeakerEnd = at[q.Start], at[q.End], at[q.SpeakerStart], at[q.SpeakerEnd]
		out.Quotes = append(out.Quotes, q)
	}
	return out
}

// TestOtherQuotationMarks scores the development sets (news, original and translated) with their
// guillemets written “ ” and then " ", as text pasted from the web or typed on an English keyboard
// quotes: the quotations and speakers found must be nearly those found with guillemets (before the
// detector read such text as if it quoted in guillemets, exact F1 was 0.887 and 0.872 there, against
// 0.954), and the held-out sets must keep their level too.
func TestOtherQuotationMarks(t *testing.T) {
	if testing.Short() {
		t.Skip("scores 2,500 quotations three times")
	}
	for _, sets := range []struct {
		name, pattern   string
		curly, straight float64 // floors of exact F1
	}{
		{"development", `wikinews-quotes-(dev-[0-9]+|gold|gold-2|test-(6|8|24|25|26|27|28|31)|wn2005)\.jsonl`, 0.95, 0.94},
		{"held out", `wikinews-quotes-test-(29|30|32|33|34)\.jsonl`, 0.93, 0.93},
	} {
		t.Run(sets.name, func(t *testing.T) {
			files, err := filepath.Glob("testdata/wikinews-quotes-*.jsonl")
			if err != nil {
				t.Fatal(err)
			}
			re := regexp.MustCompile("^" + sets.pattern + "$")
			var gold []GoldDoc
			for _, f := range files {
				if re.MatchString(filepath.Base(f)) {
					gold = append(gold, readHeldOut(t, filepath.Base(f))...)
				}
			}
			if len(gold) < 100 {
				t.Fatalf("only %d documents", len(gold))
			}
			score := func(open, shut string) QuoteScores {
				docs := make([]GoldDoc, len(gold))
				for i, g := range gold {
					docs[i] = requoteGold(g, open, shut)
				}
				s, err := EvalQuotes(docs, Options{})
				if err != nil {
					t.Fatal(err)
				}
				return s
			}
			base := score("«", "»")
			for _, m := range []struct {
				name, open, shut string
				floor            float64
			}{{"“ ”", "“", "”", sets.curly}, {`" "`, `"`, `"`, sets.straight}} {
				s := score(m.open, m.shut)
				t.Logf("%s: exact F1 %.3f (guillemets %.3f), attribution %.3f (%.3f)", m.name, s.Quotes.F1, base.Quotes.F1, s.Attribution.Accuracy, base.Attribution.Accuracy)
				if s.Quotes.F1 < m.floor || s.Quotes.F1 < base.Quotes.F1-0.015 {
					t.Errorf("quoting in %s: exact F1 %.3f, want %.2f or more and within 0.015 of %.3f with guillemets", m.name, s.Quotes.F1, m.floor, base.Quotes.F1)
				}
				if s.Attribution.Accuracy < base.Attribution.Accuracy-0.015 {
					t.Errorf("quoting in %s: attribution %.3f, want within 0.015 of %.3f with guillemets", m.name, s.Attribution.Accuracy, base.Attribution.Accuracy)
				}
			}
		})
	}
}
