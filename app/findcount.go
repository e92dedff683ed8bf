package app

import (
	"strings"

	"github.com/glose-app/glose/annotate"
)

// matchOrdinal says which match at is among all the matches of the folded query q in the document,
// in the order Enter visits them (a segment's French, then its English), and how many there are, so
// that the Find bar can say "match 3 of 12" as browsers and editors do: a user who sees only "Found
// in segment 40" cannot tell whether there are two places to look at or two hundred. Matches are
// counted as Enter finds them, each search going on from the end of the last, so they never overlap.
// One pass over the document's text folded: about as long as a search that finds nothing.
func matchOrdinal(d *annotate.Document, q string, at findPos) (nth, total int) {
	if q == "" {
		return 0, 0
	}
	for i, seg := range d.Segments {
		for _, side := range [2]annotate.Side{annotate.Source, annotate.Target} {
			text := seg.Target
			if side == annotate.Source {
				text = d.SourceText(seg)
			}
			n := strings.Count(annotate.Fold(text), q)
			total += n
			switch {
			case i < at.seg || (i == at.seg && side == annotate.Source && at.side == annotate.Target):
				nth += n
			case i == at.seg && side == at.side && at.start <= len(text):
				nth += strings.Count(annotate.Fold(text[:at.start]), q) + 1
			}
		}
	}
	return min(nth, total), total
}
