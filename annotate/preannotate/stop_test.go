package preannotate

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// endingCtx is a context whose Err says it ended once it has been looked at more than lasts times:
// the test knows how often the work looked, and that it stopped at the first look after the end,
// with no clock involved.
type endingCtx struct {
	context.Context
	lasts, looks int
}

func (c *endingCtx) Err() error {
	c.looks++
	if c.looks > c.lasts {
		return context.Canceled
	}
	return nil
}

// TestPreannotationStops: given up, a pre-annotation returns the context's error and leaves the
// document as it was, whether it ended before it began or in the middle of recognising the entities,
// which it then leaves at the first look after the end: the app stops the work of a text no longer
// shown, which would otherwise take a core for seconds.
func TestPreannotationStops(t *testing.T) {
	d := sampleDoc(t)
	long := strings.Repeat(d.Text+"\n", 8) // some 1,600 sentences: a look every 64
	for _, c := range []struct {
		name  string
		text  string
		lasts int
	}{
		{"before it began", d.Text, 0},
		{"while recognising entities", long, 3},
	} {
		ctx := &endingCtx{Context: context.Background(), lasts: c.lasts}
		res, err := TextContext(ctx, c.text, Options{})
		if !errors.Is(err, context.Canceled) || res != nil {
			t.Errorf("%s: %v, %v; want nothing but context.Canceled", c.name, res, err)
		}
		if ctx.looks != c.lasts+1 {
			t.Errorf("%s: looked %d times, want it to stop at look %d", c.name, ctx.looks, c.lasts+1)
		}
	}

	ended, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := RunReportContext(ended, d, Options{}); !errors.Is(err, context.Canceled) || len(d.Spans)+len(d.Links)+len(d.Entities) != 0 {
		t.Errorf("Run given up: %v, the document has %d spans, %d links, %d entities", err, len(d.Spans), len(d.Links), len(d.Entities))
	}
	if _, err := RunReportContext(context.Background(), d, Options{}); err != nil || len(d.Spans) == 0 {
		t.Errorf("Run not given up: %v, %d spans", err, len(d.Spans))
	}
}
