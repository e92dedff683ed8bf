package preannotate

import (
	"fmt"

	"github.com/glose-app/glose/annotate/textnorm"
)

// QuoteAgreement says how far two annotations of the same documents agree on quotations and their
// speakers. Quotes and Overlap are symmetric F1 scores (precision is B against A, recall A against B);
// Speakers counts the quotations both annotated with the same span and a speaker in A, and how many
// of those B gives the same speaker: an overlapping speaker mention, or names whose words one holds
// all of the other's (case and accents folded), as eval does.
type QuoteAgreement struct {
	Task      string      `json:"task"`
	Documents int         `json:"documents"`
	QuotesA   int         `json:"quotes_a"`
	QuotesB   int         `json:"quotes_b"`
	Quotes    PRF         `json:"quotes"`
	Overlap   PRF         `json:"quotes_overlap"`
	Speakers  Attribution `json:"speakers"`
}

// AgreeQuotes compares annotation b with annotation a of the same documents. Documents are paired by
// id and must have the same text; a document of a missing from b (or the reverse) is an error.
func AgreeQuotes(a, b []GoldDoc) (QuoteAgreement, error) {
	s := QuoteAgreement{Task: "quotes", Documents: len(a)}
	byID := make(map[string]GoldDoc, len(b))
	for _, d := range b {
		byID[d.ID] = d
	}
	if len(byID) != len(a) {
		return s, fmt.Errorf("the annotations hold %d and %d documents, want the same ones", len(a), len(byID))
	}
	var c counts
	for _, da := range a {
		db, ok := byID[da.ID]
		if !ok {
			return s, fmt.Errorf("document %s is in the first annotation only", da.ID)
		}
		if db.Text != da.Text {
			return s, fmt.Errorf("document %s: the two annotations have different texts, %s", da.ID, textnorm.Difference(da.Text, db.Text))
		}
		s.QuotesA += len(da.Quotes)
		s.QuotesB += len(db.Quotes)
		c.agree(da, db)
	}
	s.Quotes, s.Overlap, s.Speakers = c.scores()
	return s, nil
}

// agree accumulates the counts of one document, a as the gold and b as the prediction.
func (c *counts) agree(a, b GoldDoc) {
	c.pred += len(b.Quotes)
	c.gold += len(a.Quotes)
	for _, qb := range b.Quotes {
		exact, over := false, false
		for _, qa := range a.Quotes {
			exact = exact || qb.Start == qa.Start && qb.End == qa.End
			over = over || 2*overlap(qb.Start, qb.End, qa.Start, qa.End) >= qa.End-qa.Start
		}
		c.exactPred += b2i(exact)
		c.overPred += b2i(over)
	}
	for _, qa := range a.Quotes {
		exact, over := false, false
		for _, qb := range b.Quotes {
			over = over || 2*overlap(qb.Start, qb.End, qa.Start, qa.End) >= qa.End-qa.Start
			if qb.Start != qa.Start || qb.End != qa.End {
				continue
			}
			exact = true
			if qa.HasSpeaker() {
				c.attrGold++
				c.attrOK += b2i(sameSpeaker(qa, qb))
			}
		}
		c.exactGold += b2i(exact)
		c.overGold += b2i(over)
	}
}

// sameSpeaker reports whether two annotations of one quotation give it the same speaker.
func sameSpeaker(a, b GoldQuote) bool {
	if a.SpeakerEnd > a.SpeakerStart && overlap(a.SpeakerStart, a.SpeakerEnd, b.SpeakerStart, b.SpeakerEnd) > 0 {
		return true
	}
	if a.SpeakerName == "" || b.SpeakerName == "" {
		return false
	}
	wa, wb := nameWords(a.SpeakerName), nameWords(b.SpeakerName)
	return subset(wa, wb) || subset(wb, wa)
}
