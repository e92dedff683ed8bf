package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/update"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
)

// updateMemory is update's translation memory when --remember or --tm asks for it: opened before the
// document is touched, so that a memory that cannot be opened leaves everything as it was.
type updateMemory struct {
	m    *tm.Memory
	name string
}

// openUpdateMemory opens the memory named by --tm, or the user's with --remember alone; nil when
// neither is given. It is never created: a mistyped path is an error, not a new empty memory.
func openUpdateMemory(path string, remember bool) (*updateMemory, error) {
	if path == "" && !remember {
		return nil, nil
	}
	name := path
	if name == "" {
		p, err := tm.DefaultPath(os.Getenv)
		if err != nil {
			return nil, err
		}
		name = p
	}
	m, err := openTM(path, false)
	if err != nil {
		return nil, err
	}
	return &updateMemory{m: m, name: name}, nil
}

// store puts the English the plan took in, of the segments now translated or reviewed, in the
// memory, as the app's update does: it replaces the English the memory held from those segments.
// The segments the reviewer set back from translated or reviewed to draft or new have their English
// taken out of the memory from their place (tm.Withdraw), as the app does: the pair stays while a TMX
// file imported or another segment holds it too.
func (u *updateMemory) store(d *annotate.Document, p *update.Plan, stderr io.Writer) error {
	idx := make([]int, 0, len(p.Changes))
	var back []int
	for _, c := range p.Changes {
		idx = append(idx, c.Index)
		if c.OldStatus.Done() && !c.Status.Done() {
			back = append(back, c.Index)
		}
	}
	src, tgt := d.SourceLang, d.TargetLang
	if src == "" || tgt == "" {
		src, tgt = "fr", "en"
	}
	if err := u.m.Withdraw(context.Background(), suggest.PlacedFrench(d, back, src, tgt)...); err != nil {
		return fmt.Errorf("taking the segments set back to draft out of the translation memory: %w", err)
	}
	units := suggest.SegmentUnits(d, idx, src, tgt)
	if err := u.m.AddBatch(context.Background(), units); err != nil {
		return fmt.Errorf("storing the updated English in the translation memory: %w", err)
	}
	fmt.Fprintf(stderr, "glose-cli update: %s stored in the translation memory %s\n",
		annotate.Plural(len(units), "translation", "translations"), u.name)
	if len(back) > 0 {
		fmt.Fprintf(stderr, "glose-cli update: the confirmations of %s set back to draft taken back from the translation memory %s (a pair a TMX file or another segment also holds stays)\n",
			annotate.Plural(len(back), "segment", "segments"), u.name)
	}
	return nil
}
