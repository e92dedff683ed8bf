package main

import (
	"context"
	"fmt"
	"io"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/textnorm"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
)

// A memory draft from a TMX unit with inline codes brings the segment's own codes (those of the
// client's XLIFF file) where the unit has them, as the desktop app's pre-translation does
// (tm.PlaceCodes): all of them or none, so that the export back to the client writes them there
// instead of estimating them.

// ptCodes are what placing the codes of memory drafts needs: the units' codes by the drafts' Index
// (suggest.DraftCodes) and the codes of each segment's French in the client's file.
type ptCodes struct {
	units  map[int][]tm.TargetCode
	source map[string]formats.FrenchCodes
}

// readPTCodes reads the inline codes of the units the memory drafts come from and, when some have
// codes, those of the document's client's file. What cannot be read is said on stderr: those drafts
// go in without codes, which the export then estimates.
func readPTCodes(doc *annotate.Document, mem *tm.Memory, drafts []suggest.Draft, stderr io.Writer) ptCodes {
	units, err := suggest.DraftCodes(context.Background(), mem, drafts)
	if err != nil {
		fmt.Fprintf(stderr, "glose-cli pretranslate: warning: reading the inline codes of memory units: %v; those drafts have none (the export estimates them)\n", err)
	}
	if len(units) == 0 {
		return ptCodes{}
	}
	source, err := formats.SourceCodes(doc.Meta.Original)
	if err != nil {
		fmt.Fprintf(stderr, "glose-cli pretranslate: warning: reading the inline codes of the client's file: %v; the drafts have none (the export estimates them)\n", err)
	}
	return ptCodes{units: units, source: source}
}

// draft returns the English draft d puts into segment seg of doc: its text composed to NFC and
// cleaned of control characters, and, for a memory draft whose unit has inline codes, the markers
// placing the segment's codes where the unit has them, moved through the composition (the unit's
// text may not be composed, and a composed character is fewer bytes). It returns no markers when
// the two sets of codes do not match one for one, or when cleaning changed the text: the places would
// be off.
func (c ptCodes) draft(doc *annotate.Document, seg *annotate.Segment, d suggest.Draft) (string, []annotate.CodePlace) {
	nfc, m := textnorm.NFC(d.Text)
	text := annotate.CleanTarget(nfc)
	from := c.units[d.Index]
	codes := formats.SegmentCodes(c.source, doc, seg)
	if len(from) == 0 || len(codes) == 0 || text != nfc {
		return text, nil
	}
	marks, ok := tm.PlaceCodes(codes, tm.MoveCodes(from, m.ComposedStart, m.ComposedEnd), text)
	if !ok {
		return text, nil
	}
	return text, marks
}
