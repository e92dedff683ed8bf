package app

import (
	"context"

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
// returned them, before their style) come from, by the drafts' Index, with the fixes draftsInStyle
// makes when smart quotes are on. It reads them even once the pre-translation is cancelled: the
// drafts made are kept, and so are their codes. A unit without codes, or whose codes cannot be read,
// gives none: its draft goes in without them.
func memoryDraftCodes(ctx context.Context, mem *tm.Memory, drafts []suggest.Draft, st qa.QuoteStyle, smart bool) map[int]draftCodes {
	if mem == nil {
		return nil
	}
	ctx = context.WithoutCancel(ctx)
	out := map[int]draftCodes{}
	for _, dr := range drafts {
		if dr.Kind != suggest.KindTM || dr.Unit == 0 {
			continue
		}
		from, err := mem.TargetCodes(ctx, dr.Unit)
		if err != nil || len(from) == 0 {
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
