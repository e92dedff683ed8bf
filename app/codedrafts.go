package app

import (
	"context"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
)

// A pre-translation draft from a memory unit with inline codes brings them as inserting the unit
// does (codememory.go): the segment's codes go where the unit's stand, all of them or, when the two
// sets do not match one for one, none (the draft then goes in without codes, as before).

// draftCodes are the inline codes of the memory unit a draft comes from, and the replacements its
// style made in the unit's translation (draftsInStyle), through which their places are mapped.
type draftCodes struct {
	from  []tm.TargetCode
	fixes []qa.Fix
}

// memoryDraftCodes reads, off the UI goroutine, the inline codes of the units drafts (as Pretranslate
// returned them, before their style) come from (suggest.DraftCodes), by the drafts' Index, with the
// fixes draftsInStyle makes when smart quotes are on. A unit without codes, or whose codes cannot be
// read, gives none: its draft goes in without them.
func memoryDraftCodes(ctx context.Context, mem *tm.Memory, drafts []suggest.Draft, st qa.QuoteStyle, smart bool) map[int]draftCodes {
	units, err := suggest.DraftCodes(ctx, mem, drafts)
	if err != nil { // those drafts go in without codes, as the export then estimates them
		fyne.LogError("reading the inline codes of memory units", err)
	}
	out := map[int]draftCodes{}
	for _, dr := range drafts {
		from, ok := units[dr.Index]
		if !ok {
			continue
		}
		dc := draftCodes{from: from}
		if smart {
			dc.fixes = quoteFixesIn("", 0, 0, dr.Text, st)
		}
		out[dr.Index] = dc
	}
	return out
}

// placeDraftCodes places seg's codes in its English, just set to draft (in style), where the
// memory unit's codes stand (codes[draft.Index]), and reports whether it placed them. A draft whose
// text the cleaning of control characters changed is placed without: the places would be off.
func (ui *UI) placeDraftCodes(seg *annotate.Segment, draft suggest.Draft, codes map[int]draftCodes) (bool, error) {
	dc, ok := codes[draft.Index]
	if !ok || annotate.CleanTarget(draft.Text) != draft.Text || seg.Target != draft.Text {
		return false, nil
	}
	return ui.placeMemoryCodes(seg, dc.from, dc.fixes)
}
