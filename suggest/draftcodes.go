package suggest

import (
	"context"
	"errors"
	"fmt"

	"github.com/glose-app/glose/suggest/tm"
)

// DraftCodes returns, by the drafts' Index, the inline codes of the memory units the memory drafts
// come from (tm.Memory.TargetCodes), for the units that have some, so that a draft from a TMX unit
// with codes brings the segment's codes where the unit has them (tm.PlaceCodes), in the desktop
// app's pre-translation and glose-cli pretranslate alike. A unit whose codes cannot be read gives
// none, and the error, naming its segment, joins the others: its draft goes in without codes.
// It reads them even when ctx has ended: the drafts made are kept, and so are their codes.
func DraftCodes(ctx context.Context, mem *tm.Memory, drafts []Draft) (map[int][]tm.TargetCode, error) {
	if mem == nil {
		return nil, nil
	}
	ctx = context.WithoutCancel(ctx)
	out := map[int][]tm.TargetCode{}
	var errs []error
	for _, dr := range drafts {
		if dr.Kind != KindTM || dr.Unit == 0 {
			continue
		}
		from, err := mem.TargetCodes(ctx, dr.Unit)
		if err != nil {
			errs = append(errs, fmt.Errorf("segment %d: %w", dr.Index+1, err))
			continue
		}
		if len(from) > 0 {
			out[dr.Index] = from
		}
	}
	return out, errors.Join(errs...)
}
