package suggest

import (
	"context"

	"github.com/glose-app/glose/suggest/glossary"
	"github.com/glose-app/glose/suggest/tm"
	"github.com/glose-app/glose/suggest/token"
)

// Concordance is what a concordance search found: the memory's units and the glossary's entries
// holding a word or phrase.
type Concordance struct {
	Memory   tm.Concordance
	Glossary []glossary.PhraseHit
	// MemoryEmpty is set when nothing was found and the memory holds no unit at all: no other words
	// would find anything in it.
	MemoryEmpty bool
}

// Concordance searches the memory and the glossary of the Engine's language pair for text (see
// tm.ConcordanceQuery) on side, at most limit units from the memory (50 if zero). Either source
// may be nil. A text without a letter or digit is tm.ErrNoWords.
func (e *Engine) Concordance(ctx context.Context, text string, side tm.Side, limit int) (Concordance, error) {
	var out Concordance
	p := token.ParsePhrase(text)
	if len(p.Words) == 0 {
		return out, tm.ErrNoWords
	}
	if e.TM != nil {
		c, err := e.TM.Concordance(ctx, tm.ConcordanceQuery{Text: text, SourceLang: e.SourceLang,
			TargetLang: e.TargetLang, Side: side, Limit: limit})
		if err != nil {
			return out, err
		}
		out.Memory = c
	}
	if e.Glossary != nil {
		hs, err := e.Glossary.Search(ctx, p, side != tm.TargetSide, side != tm.SourceSide)
		if err != nil {
			return out, err
		}
		out.Glossary = hs
	}
	if e.TM != nil && out.Memory.Total == 0 && len(out.Glossary) == 0 {
		n, err := e.TM.Count(ctx)
		if err != nil {
			return out, err
		}
		out.MemoryEmpty = n == 0
	}
	return out, nil
}
