package app

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/glose-app/glose/suggest/tm"
)

// The Concordance dialog is measured with the memory the translator had: the 1,997 NTREX pairs of
// shared/data (French and English), skipped where that file is absent. Typing "s" finds 618 units,
// of which the dialog shows 50.

// sharedPairs reads the NTREX pairs of the shared data, or skips.
func sharedPairs(b *testing.B) []pair {
	b.Helper()
	f, err := os.Open(filepath.Join("..", "..", "shared", "data", "parallel-ntrex-en-fr.jsonl"))
	if err != nil {
		b.Skip("no shared NTREX data:", err)
	}
	defer f.Close()
	return readPairs(b, f)
}

// BenchmarkConcordanceShow shows the answer for "s" (50 hits) in the open dialog: the work on the UI
// goroutine each time a search lands, and the frame that draws it.
func BenchmarkConcordanceShow(b *testing.B) {
	ui := suggestUI(b, pairDoc("Le chat dort."), sharedPairs(b), nil)
	v := ui.showConcordance()
	c, err := v.eng.Concordance(context.Background(), "s", tm.BothSides, concordanceLimit)
	if err != nil || len(c.Memory.Hits) != concordanceLimit {
		b.Fatalf("%d hits, %v", len(c.Memory.Hits), err)
	}
	ui.win.Canvas().Capture()                 // laid out once at the dialog's size
	b.Run("show+layout", func(b *testing.B) { // what the UI goroutine does before it can draw
		for b.Loop() {
			v.show(c, nil)
			v.cards.MinSize()
			v.cards.Layout.Layout(v.cards.Objects, v.cards.Size())
		}
	})
	b.Run("show+draw", func(b *testing.B) {
		for b.Loop() {
			v.show(c, nil)
			ui.win.Canvas().Capture() // lays the cards out and draws them, as the next frame would
		}
	})
	b.Run("draw", func(b *testing.B) { // the frame alone, the same hits shown
		for b.Loop() {
			ui.win.Canvas().Capture()
		}
	})
}

// BenchmarkConcordanceSearch is the search alone for "s", off the UI goroutine.
func BenchmarkConcordanceSearch(b *testing.B) {
	ui := suggestUI(b, pairDoc("Le chat dort."), sharedPairs(b), nil)
	eng := ui.sugg.src.eng
	for b.Loop() {
		if _, err := eng.Concordance(context.Background(), "s", tm.BothSides, concordanceLimit); err != nil {
			b.Fatal(err)
		}
	}
}
