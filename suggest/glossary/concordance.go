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
// itself first, then the shorter ones, then in dictionary order. The open document's own names
// (SetDocument) are among them, as they are terms wherever the glossary is consulted; they have no
// ID.
func (g *Glossary) Search(ctx context.Context, p token.Phrase, inSource, inTarget bool) ([]PhraseHit, error) {
	entries, err := g.Entries(ctx)
	if err != nil || len(p.Words) == 0 {
		return nil, err
	}
	stored := make(map[[2]string]bool, len(entries))
	for _, e := range entries {
		stored[[2]string{e.Source, e.Target}] = true
	}
	g.mu.RLock()
	for _, cs := range g.doc {
		for _, c := range cs {
			if k := [2]string{c.entry.Source, c.entry.Target}; !stored[k] {
				stored[k] = true
				entries = append(entries, c.entry)
			}
		}
	}
	g.mu.RUnlock()
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
		return cmp.Or(cmp.Compare(len(a.Source)+len(a.Target), len(b.Source)+len(b.Target)),
			cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
	})
	return out, nil
}
