package annotate

import "fmt"

// Vouched reports whether a person judged the span by itself: they tagged it, corrected its bounds,
// relabelled it, or accepted it on its own (Vouch). Such a span is a person's with confidence 1, as
// Span.Confidence says of a person's spans; a suggestion accepted along with others (Accept all,
// Accept sure, a quotation's speaker confirmed with it) keeps the confidence it was proposed with. On
// the English side only projection proposes spans, never at 1, so there the answer is sure (a French
// detector may propose at 1). The file keeps it, so that what a person stood behind is known when the
// document is opened again, in another copy of Glose too: the shared glossary learns an English name
// only from such a mention. A span imported as a person's (a brat or doccano file) counts as vouched.
func (s *Span) Vouched() bool { return s.Accepted() && s.Confidence == 1 }

// Vouch accepts the span with the given ID as a person's own judgement of it, in one undo step named
// as Accept's: as Accept does, and its confidence becomes 1 (see Vouched). The app calls it when a
// person accepts or tags one English mention by itself.
func (e *Editor) Vouch(id string) error {
	sp := e.Doc.Span(id)
	if sp == nil {
		return fmt.Errorf("no span %q", id)
	}
	return e.Batch("accept", func() error {
		if err := e.Accept(id); err != nil {
			return err
		}
		if sp.Confidence != 1 {
			e.apply("", setVal(&sp.Confidence, 1.0))
		}
		return nil
	})
}
