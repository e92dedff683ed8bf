package preannotate

import (
	"time"
	"unicode/utf8"
)

// PRF is a precision, recall and F1.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func prf(tpPred, pred, tpGold, gold int) PRF {
	var s PRF
	if pred > 0 {
		s.Precision = float64(tpPred) / float64(pred)
	}
	if gold > 0 {
		s.Recall = float64(tpGold) / float64(gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// Attribution counts gold quotes with a speaker and how many got it right.
type Attribution struct {
	Gold     int     `json:"gold"`
	Correct  int     `json:"correct"`
	Accuracy float64 `json:"accuracy"`
}

// QuoteScores is the outcome of scoring quotations against a gold file.
type QuoteScores struct {
	Task        string      `json:"task"`
	Documents   int         `json:"documents"`
	Chars       int         `json:"chars"`
	Seconds     float64     `json:"seconds"`
	Quotes      PRF         `json:"quotes"`
	Overlap     PRF         `json:"quotes_overlap"`
	Attribution Attribution `json:"attribution"`
}

// counts accumulates matches over documents.
type counts struct {
	pred, gold, exactPred, exactGold, overPred, overGold, attrGold, attrOK int
}

// EvalQuotes pre-annotates every gold document's text and scores the quotes: exact spans, spans
// overlapping at least half of a gold quote, and attribution (a gold quote with a speaker is right when
// a predicted quote overlapping it links to a mention overlapping the gold speaker mention, or to an
// entity or mention whose name matches the gold speaker name, case and accents folded, all the words of
// one among the other's). Seconds is the time spent pre-annotating.
func EvalQuotes(gold []GoldDoc, opts Options) (QuoteScores, error) {
	s := QuoteScores{Task: "quotes", Documents: len(gold)}
	var c counts
	var spent time.Duration
	for _, g := range gold {
		s.Chars += utf8.RuneCountInString(g.Text)
		t0 := time.Now()
		res, err := Text(g.Text, opts)
		spent += time.Since(t0)
		if err != nil {
			return s, err
		}
		c.add(g, res)
	}
	s.Seconds = spent.Seconds()
	s.Quotes, s.Overlap, s.Attribution = c.scores()
	return s, nil
}

// scores turns the counts into exact and overlap scores and the attribution accuracy.
func (c counts) scores() (exact, over PRF, attr Attribution) {
	attr = Attribution{Gold: c.attrGold, Correct: c.attrOK}
	if c.attrGold > 0 {
		attr.Accuracy = float64(c.attrOK) / float64(c.attrGold)
	}
	return prf(c.exactPred, c.pred, c.exactGold, c.gold), prf(c.overPred, c.pred, c.overGold, c.gold), attr
}

func overlap(a0, a1, b0, b1 int) int { return max(0, min(a1, b1)-max(a0, b0)) }

func halfOf(q Quote, g GoldQuote) bool {
	return 2*overlap(q.Start, q.End, g.Start, g.End) >= g.End-g.Start
}

func (c *counts) add(g GoldDoc, res *Result) {
	c.pred += len(res.Quotes)
	c.gold += len(g.Quotes)
	c.addPredicted(g, res)
	c.addGold(g, res)
}

// addPredicted counts the predicted quotes that match a gold quote exactly, and those that cover half
// of one, for the precisions.
func (c *counts) addPredicted(g GoldDoc, res *Result) {
	for _, q := range res.Quotes {
		exact, over := false, false
		for _, gq := range g.Quotes {
			exact = exact || q.Start == gq.Start && q.End == gq.End
			over = over || halfOf(q, gq)
		}
		c.exactPred += b2i(exact)
		c.overPred += b2i(over)
	}
}

// addGold counts the gold quotes matched exactly, and those half covered, for the recalls; and, of
// the gold quotes with a speaker, those an overlapping predicted quote attributes to that speaker.
func (c *counts) addGold(g GoldDoc, res *Result) {
	for _, gq := range g.Quotes {
		exact, over, attr := false, false, false
		for _, q := range res.Quotes {
			exact = exact || q.Start == gq.Start && q.End == gq.End
			over = over || halfOf(q, gq)
			if overlap(q.Start, q.End, gq.Start, gq.End) > 0 && q.Speaker >= 0 {
				attr = attr || attributed(g.Text, res, res.Mentions[q.Speaker], gq)
			}
		}
		c.exactGold += b2i(exact)
		c.overGold += b2i(over)
		if gq.HasSpeaker() {
			c.attrGold++
			c.attrOK += b2i(attr)
		}
	}
}

func attributed(text string, res *Result, m Mention, gq GoldQuote) bool {
	if gq.SpeakerEnd > gq.SpeakerStart && overlap(m.Start, m.End, gq.SpeakerStart, gq.SpeakerEnd) > 0 {
		return true
	}
	if gq.SpeakerName == "" {
		return false
	}
	want := nameWords(gq.SpeakerName)
	names := []string{text[m.Start:m.End]}
	if m.Entity >= 0 {
		for _, n := range res.Entities[m.Entity].Names {
			names = append(names, n)
		}
	}
	for _, n := range names {
		got := nameWords(n)
		if subset(got, want) || subset(want, got) {
			return true
		}
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
