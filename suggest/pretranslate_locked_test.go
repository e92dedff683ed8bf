package suggest

import (
	"context"
	"testing"
)

// TestPretranslatePassesLockedBy: a locked segment (a client's translate="no", or one a translator
// locked) gets no draft even when it has no English, and is not sent to machine translation.
func TestPretranslatePassesLockedBy(t *testing.T) {
	e := newEngine(t)
	e.MT = &failingMT{ok: 100}
	segs := pretranslateSegments()
	segs[1].Locked = true
	drafts, err := e.Pretranslate(context.Background(), segs, PretranslateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range drafts {
		if d.Index == 1 {
			t.Errorf("the locked segment got a draft: %q", d.Text)
		}
	}
	if len(drafts) != len(segs)-2 { // all but the one translated before and the locked one
		t.Errorf("%d drafts, want %d", len(drafts), len(segs)-2)
	}
}
