package qa

import (
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// codesPlaced flags, in a document from a client's XLIFF file, the inline codes (bold, links,
// placeholders) that exporting it back into that file would place in a translation at a likely place
// only, as merge-back itself finds them (formats.EstimatedCodes), and in subtitles the tags (<i>,
// {\an8}) that the text export would place so: the translator can then place them by hand, link the
// words a code wraps to their English, or make the English say them, before exporting. A segment
// whose translation is still the file's is left as the file has it, so has none.
func (r *run) codesPlaced() {
	if r.d.Meta.Original == nil && len(r.d.Layout.Tags) == 0 {
		return
	}
	est, err := formats.EstimatedCodes(r.d, r.cfg.Cache.codesCache())
	if err != nil {
		return // the export says what is wrong with the file
	}
	for _, s := range r.d.Segments {
		if !translated(s) {
			continue
		}
		for _, c := range est[s.ID] {
			if c.Hand != "" {
				continue // codesByHand says it
			}
			key, msg := codeMessage(c)
			r.add(CodesPlaced, key, s.ID, "", msg, map[string]string{"code": c.Tag, "words": c.Words})
		}
	}
}

// codeMessage is the key and the English message of an issue on the code c.
func codeMessage(c formats.PlacedCode) (key, msg string) {
	switch {
	case c.Order:
		return "qa.codes-placed.order", "The client’s file says " + c.Tag + " (“" + c.Words + "”) may not be reordered: it keeps the French order, away from its English."
	case c.Former:
		return "qa.codes-placed.former", c.Tag + " of the former translation, at “" + c.Words + "”: that part of the English changed, so it goes at a likely place."
	case c.Wraps:
		return "qa.codes-placed.wraps", c.Tag + " around “" + c.Words + "”: its English was not found; link these words to their English, or check the English."
	}
	return "qa.codes-placed.beside", c.Tag + " beside “" + c.Words + "”: the English of that word was not found; link it to its English, or check the English."
}

// codesByHand flags, in a document from a client's XLIFF file or in subtitles with tags, what is
// wrong with the inline codes the translator placed by hand in a translation (annotate.CodePlace), as
// the export finds it (formats.EstimatedCodes): a code placed twice, closed before it opens, left out while others of the
// segment are placed, or a marker naming no code of the French. The export places such a code by
// estimate.
func (r *run) codesByHand() {
	if r.d.Meta.Original == nil && len(r.d.Layout.Tags) == 0 || !slices.ContainsFunc(r.d.Segments, func(s *annotate.Segment) bool { return len(s.Codes) > 0 }) {
		return
	}
	est, err := formats.EstimatedCodes(r.d, r.cfg.Cache.codesCache())
	if err != nil {
		return // the export says what is wrong with the file
	}
	for _, s := range r.d.Segments {
		for _, c := range est[s.ID] {
			if c.Hand == "" {
				continue
			}
			key, msg := handMessage(c)
			r.add(CodesByHand, key, s.ID, "", msg, map[string]string{"code": c.Tag, "words": c.Words})
		}
	}
}

// handMessage is the key and the English message of an issue on the markers of code c.
func handMessage(c formats.PlacedCode) (key, msg string) {
	switch c.Hand {
	case formats.HandTwice:
		return "qa.codes-hand.twice", c.Tag + " is placed twice in the English; remove one."
	case formats.HandReversed:
		return "qa.codes-hand.reversed", c.Tag + " closes before it opens in the English; place it again."
	case formats.HandMoved:
		return "qa.codes-hand.moved", c.Tag + " cannot stay where it is placed in the English: it crosses another code, or stands inside one the French has it out of; the export moves it."
	case formats.HandMissing:
		if strings.TrimSpace(c.Words) == "" { // a placeholder with no word beside it, at the end of the French
			return "qa.codes-hand.missing-bare", c.Tag + " is not placed in the English while other codes are: the export places it by estimate."
		}
		return "qa.codes-hand.missing", c.Tag + " (“" + c.Words + "”) is not placed in the English while other codes are: the export places it by estimate."
	}
	return "qa.codes-hand.unknown", c.Tag + " placed in the English is no code of this French in the file; remove it."
}
