package preannotate

import "fmt"

// AgreeErrors lists where annotation b of a document differs from annotation a on quotations, for
// two annotators to settle (`glose-cli agree --errors`): a's quotes that no quote of b overlaps
// (Missed), that b marks with other bounds (Bounds) or gives another speaker (WrongSpeaker, by the
// rule AgreeQuotes counts: a's speaker overlapped, or their names alike), then b's quotes overlapping
// none of a's (FalseQuote). Found is b's quote, Gold a's speaker and Got b's. Both documents hold
// the same text.
func AgreeErrors(a, b GoldDoc) []QuoteError {
	var out []QuoteError
	for _, qa := range a.Quotes {
		var found []GoldQuote
		for _, qb := range b.Quotes {
			if overlap(qb.Start, qb.End, qa.Start, qa.End) > 0 {
				found = append(found, qb)
			}
		}
		switch {
		case len(found) == 0:
			out = append(out, newQuoteError(a, Missed, qa.Start, qa.End, nil))
		case len(found) != 1 || found[0].Start != qa.Start || found[0].End != qa.End:
			out = append(out, newQuoteError(a, Bounds, qa.Start, qa.End, func(e *QuoteError) {
				e.Found = a.Text[found[0].Start:found[0].End]
			}))
		case qa.HasSpeaker() && !sameSpeaker(qa, found[0]):
			out = append(out, newQuoteError(a, WrongSpeaker, qa.Start, qa.End, func(e *QuoteError) {
				e.Gold, e.Got = goldSpeaker(a.Text, qa), goldSpeaker(a.Text, found[0])
			}))
		}
	}
	for _, qb := range b.Quotes {
		if !overlapsGold(qb, a.Quotes) {
			out = append(out, newQuoteError(a, FalseQuote, qb.Start, qb.End, func(e *QuoteError) {
				if qb.HasSpeaker() {
					e.Got = goldSpeaker(a.Text, qb)
				}
			}))
		}
	}
	return out
}

// goldSpeaker says who an annotation gives as a quote's speaker: the mention's words and the name
// it resolves to, either when the other is missing, or "no speaker".
func goldSpeaker(text string, q GoldQuote) string {
	switch {
	case q.SpeakerEnd > q.SpeakerStart && q.SpeakerName != "":
		return fmt.Sprintf("%q (%s)", text[q.SpeakerStart:q.SpeakerEnd], q.SpeakerName)
	case q.SpeakerEnd > q.SpeakerStart:
		return fmt.Sprintf("%q", text[q.SpeakerStart:q.SpeakerEnd])
	case q.SpeakerName != "":
		return q.SpeakerName
	}
	return "no speaker"
}

// overlapsGold reports whether quote q overlaps one of quotes.
func overlapsGold(q GoldQuote, quotes []GoldQuote) bool {
	for _, o := range quotes {
		if overlap(q.Start, q.End, o.Start, o.End) > 0 {
			return true
		}
	}
	return false
}
