package app

import (
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
	"github.com/glose-app/glose/suggest/tm"
)

// A memory unit imported from TMX with inline codes brings them when its translation is inserted
// (tm.PlaceCodes says where), in the insertion's undo step; a unit whose codes are not the segment's
// inserts as one without codes (placeSharedCodes).

// memoryCodesView is how a memory match's card shows its unit's inline codes before it is
// inserted, as memoQ and Trados show a match's tags: its translation with the segment's codes where
// inserting it places them, numbered as the English field shows them ("says the <1>manager</1>.");
// or, for a unit whose codes are not the segment's (which it then does not bring), its translation
// as it is and a note saying so. A unit without codes is shown as it is, without note.
func (p *suggestionsPanel) memoryCodesView(o offer) (text, note string) {
	if len(o.codes) == 0 {
		return o.Text, ""
	}
	if seg := p.ui.doc.Segment(p.shown.q.seg); seg != nil {
		codes := p.ui.codesOf(seg)
		if marks, ok := tm.PlaceCodes(codes, o.codes, o.Text); ok {
			return markedEnglish(&annotate.Segment{Target: o.Text, Codes: marks}, codes), ""
		}
	}
	return o.Text, lang.N("The memory's unit has {{.N}} inline codes, not this segment's: they do not come with it", len(o.codes), map[string]any{"N": len(o.codes)})
}

// placeMemoryCodes places seg's codes in its English, just replaced by a memory unit's translation
// with the fixes of its style made, where the unit's codes, from, stand (tm.PlaceCodes). It reports
// whether it placed them.
func (ui *UI) placeMemoryCodes(seg *annotate.Segment, from []tm.TargetCode, fixes []qa.Fix) (bool, error) {
	codes := ui.codesOf(seg)
	moved := func(p int) int { return throughFixes(fixes, p) }
	marks, ok := tm.PlaceCodes(codes, tm.MoveCodes(from, moved, moved), seg.Target)
	if !ok {
		return false, nil
	}
	return true, ui.replaceCodes(seg, len(codes), marks)
}
