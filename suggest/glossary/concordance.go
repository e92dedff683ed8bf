package glossary

import (
	"cmp"
	"context"
	"slices"

	"github.com/glose-app/glose/suggest/token"
)

// PhraseHit is a glossary entry holding a concordance phrase, with its places: byte ranges of the
// entry's Source and Target.
type PhraseHit struct {
	Entry
	SourceHits, TargetHits [][2]int
}

// Search returns the entries of the glossary's language pair whose source (when inSource) or
// target (when inTarget) holds the phrase, case and accents aside: the terms that are the phrase
// itself first, then the shorter ones, then in dictionary order. The document's own names
// (SetDocument) are not among them: they are the document's, not the glossary's.
func (g *Glossary) Search(ctx context.Context, p token.Phrase, inSource, inTarget bool) ([]PhraseHit, error) {
	entries, err := g.Entries(ctx)
	if err != nil || len(p.Words) == 0 {
		return nil, err
	}
	var out []PhraseHit
	for _, e := range entries {
		h := PhraseHit{Entry: e}
		if inSource {
			h.SourceHits = p.Find(e.Source)
		}
		if inTarget {
			h.TargetHits = p.Find(e.Target)
		}
		if len(h.SourceHits) > 0 || len(h.TargetHits) > 0 {
			out = append(out, h)
		}
	}
	whole := func(h PhraseHit) bool {
		return len(h.SourceHits) == 1 && h.SourceHits[0] == [2]int{0, len(h.Source)} ||
			len(h.TargetHits) == 1 && h.TargetHits[0] == [2]int{0, len(h.Target)}
	}
	slices.SortStableFunc(out, func(a, b PhraseHit) int {
		wa, wb := whole(a), whole(b)
		if wa != wb {
			if wa {
				return -1
			}
			return 1
		}
		return cmp.Compare(len(a.Source)+len(a.Target), len(b.Source)+len(b.Target))
	})
	return out, nil
}
