package app

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// Benchmarks of the review features on the QA's 4 MB article: Wikinews texts from the shared
// development data, as scripts/mkbig writes them, imported and pre-annotated as the app opens a text
// file (some 32,000 segments, 53,000 spans, 3,400 quotes, 1,700 people). Each step is followed by the
// MinSize walk the driver makes before a frame (frameMinSizes); the software painter's drawing, the
// same whatever the step, is left out. Without the shared data the benchmarks are skipped.

// wikinewsBytes is the size of the article: 4 MB.
const wikinewsBytes = 4 << 20

// wikinewsText returns about size bytes of Wikinews texts, one blank line after each, as mkbig does.
func wikinewsText(tb testing.TB, size int) string {
	tb.Helper()
	path := filepath.Join("..", "..", "shared", "data", "ner-wikinews-train.jsonl")
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("no Wikinews texts: %v", err)
	}
	defer f.Close()
	var b strings.Builder
	for b.Len() < size {
		if _, err := f.Seek(0, 0); err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() && b.Len() < size {
			var doc struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
				tb.Fatal(err)
			}
			b.WriteString(doc.Text + "\n\n")
		}
	}
	return b.String()
}

// wikinewsUI opens the 4 MB article, pre-annotated, in a window of the app's size.
func wikinewsUI(b *testing.B) *UI {
	b.Helper()
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	keepStateHome(b)
	b.Setenv("XDG_DATA_HOME", b.TempDir())
	ui := New(test.NewTempApp(b), Options{Sync: true})
	ui.win.Resize(fyne.NewSize(1280, 800))
	d, warns, err := workspace.LoadBytes("big.txt", []byte(wikinewsText(b, wikinewsBytes)))
	if err != nil {
		b.Fatal(err)
	}
	ui.preannotateImport(d, importWarningTexts(warns), nil)
	ui.setDocument(d, filepath.Join(b.TempDir(), "big.glose.json"))
	layOut(ui)
	b.Cleanup(ui.win.Close)
	return ui
}

// twoQuotes returns a segment near the middle holding two quotes, and where each starts in it.
func twoQuotes(b *testing.B, ui *UI) (seg int, at [2]int) {
	b.Helper()
	d := ui.doc
	for i := len(d.Segments) / 2; i < len(d.Segments); i++ {
		var starts []int
		for _, sp := range ui.cache.bySeg[i] {
			if isQuote(sp) && sp.Start >= d.Segments[i].Start {
				starts = append(starts, sp.Start-d.Segments[i].Start)
			}
		}
		if len(starts) >= 2 {
			return i, [2]int{starts[0] + 2, starts[1] + 2}
		}
	}
	b.Fatal("no segment with two quotes")
	return 0, at
}

// showQuotes shows the Quotes tab, or the Proposals tab when shown is false.
func showQuotes(ui *UI, shown bool) {
	if shown {
		ui.selectPanel(ui.quotesPanel())
	} else {
		ui.selectPanel(ui.sugg)
	}
}

// BenchmarkCaretInQuotes4MB moves the caret in the French of a segment, with the Quotes tab shown and
// hidden: a step (Right, then Left) within a quote, and from one quote into another, which moves the
// tab's mark.
func BenchmarkCaretInQuotes4MB(b *testing.B) {
	for _, shown := range []bool{true, false} {
		name := map[bool]string{true: "shown", false: "hidden"}[shown]
		b.Run("within/"+name, func(b *testing.B) {
			ui := wikinewsUI(b)
			i, at := twoQuotes(b, ui)
			showQuotes(ui, shown)
			ui.focusSegment(i, annotate.Source)
			r := ui.rowFor(i)
			r.src.SetSelection(at[0], at[0])
			keys := []fyne.KeyName{fyne.KeyRight, fyne.KeyLeft}
			content := ui.win.Content()
			b.ResetTimer()
			for k := range b.N {
				r.src.TypedKey(&fyne.KeyEvent{Name: keys[k%2]})
				frameMinSizes(content)
			}
		})
		b.Run("across/"+name, func(b *testing.B) {
			ui := wikinewsUI(b)
			i, at := twoQuotes(b, ui)
			showQuotes(ui, shown)
			ui.focusSegment(i, annotate.Source)
			r := ui.rowFor(i)
			content := ui.win.Content()
			b.ResetTimer()
			for k := range b.N {
				r.src.SetSelection(at[k%2], at[k%2])
				r.src.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
				frameMinSizes(content)
			}
		})
	}
}

// BenchmarkKeystrokeQuotes4MB types in the English of a segment holding quotes, a letter then
// Backspace, with the Quotes tab shown and hidden.
func BenchmarkKeystrokeQuotes4MB(b *testing.B) {
	for _, shown := range []bool{true, false} {
		b.Run(map[bool]string{true: "shown", false: "hidden"}[shown], func(b *testing.B) {
			ui := wikinewsUI(b)
			i, _ := twoQuotes(b, ui)
			showQuotes(ui, shown)
			ui.focusSegment(i, annotate.Target)
			r := ui.rowFor(i)
			content := ui.win.Content()
			back := &fyne.KeyEvent{Name: fyne.KeyBackspace}
			b.ResetTimer()
			for k := range b.N {
				if k%2 == 0 {
					test.Type(r.entry, "a")
				} else {
					r.entry.TypedKey(back)
				}
				frameMinSizes(content)
			}
		})
	}
}

// BenchmarkPanelsRefresh4MB is what the panels cost after an edit (tagging, undo, an autosave), with
// the Quotes tab shown and hidden (its title still counts the quotes).
func BenchmarkPanelsRefresh4MB(b *testing.B) {
	for _, shown := range []bool{true, false} {
		b.Run(map[bool]string{true: "shown", false: "hidden"}[shown], func(b *testing.B) {
			ui := wikinewsUI(b)
			showQuotes(ui, shown)
			content := ui.win.Content()
			b.ResetTimer()
			for range b.N {
				ui.refreshPanels()
				frameMinSizes(content)
			}
		})
	}
}

// BenchmarkFrame4MB is the MinSize walk alone, the floor of the benchmarks here.
func BenchmarkFrame4MB(b *testing.B) {
	ui := wikinewsUI(b)
	ui.focusSegment(len(ui.doc.Segments)/2, annotate.Target)
	content := ui.win.Content()
	b.ResetTimer()
	for range b.N {
		frameMinSizes(content)
	}
}

// BenchmarkWheelNotch4MB turns the wheel over the segment list, a notch at a time (100 down, 100
// up), as the GL driver sends it (25 units a notch).
func BenchmarkWheelNotch4MB(b *testing.B) {
	ui := wikinewsUI(b)
	ui.list.ScrollTo(len(ui.doc.Segments) / 2)
	content := ui.win.Content()
	b.ResetTimer()
	for k := range b.N {
		dy := float32(-25)
		if k%200 >= 100 {
			dy = 25
		}
		ui.list.scroller.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: dy}})
		frameMinSizes(content)
	}
}

// BenchmarkSpeakerChooser4MB opens the speaker chooser (Alt+S) on a quote and closes it (Escape), and
// types in its filter (a letter, then Backspace).
func BenchmarkSpeakerChooser4MB(b *testing.B) {
	ui := wikinewsUI(b)
	i, at := twoQuotes(b, ui)
	ui.focusSegment(i, annotate.Source)
	ui.rowFor(i).src.SetSelection(at[0], at[0])
	c := ui.win.Canvas()
	content := ui.win.Content()
	b.Run("open", func(b *testing.B) {
		for range b.N {
			if err := ui.pickSpeaker(); err != nil {
				b.Fatal(err)
			}
			frameMinSizes(content)
			c.Overlays().Top().Hide()
		}
		b.ReportMetric(float64(len(ui.palette.speaker.Options)), "people")
	})
	b.Run("filter", func(b *testing.B) {
		if err := ui.pickSpeaker(); err != nil {
			b.Fatal(err)
		}
		f := c.Focused().(*speakerFilter)
		back := &fyne.KeyEvent{Name: fyne.KeyBackspace}
		f.TypedRune('m')
		b.ResetTimer()
		for k := range b.N {
			if k%2 == 0 {
				f.TypedRune('a')
			} else {
				f.TypedKey(back)
			}
			frameMinSizes(content)
		}
	})
}

// BenchmarkPlace4MB keeps the place in the document among 100 documents' places, as closing the window
// or opening another document does, and goes back to it, as opening the document does.
func BenchmarkPlace4MB(b *testing.B) {
	ui := wikinewsUI(b)
	prefs := ui.app.Preferences()
	for k := range placesKept {
		ui.path = filepath.Join(b.TempDir(), "doc"+strings.Repeat("x", k%7)+string(rune('a'+k%26))+".glose.json")
		ui.rememberPlace()
	}
	ui.path = filepath.Join(b.TempDir(), "big.glose.json")
	ui.focusSegment(len(ui.doc.Segments)/2, annotate.Target)
	var remembering, restoring time.Duration
	b.ResetTimer()
	for range b.N {
		t := time.Now()
		ui.rememberPlace()
		remembering += time.Since(t)
		t = time.Now()
		ui.restorePlace()
		restoring += time.Since(t)
	}
	n := 0
	for _, s := range prefs.StringList(prefPlaces) {
		n += len(s) + 1
	}
	b.ReportMetric(float64(remembering.Microseconds())/float64(b.N), "µs/remember")
	b.ReportMetric(float64(restoring.Microseconds())/float64(b.N), "µs/restore")
	b.ReportMetric(float64(n), "pref-bytes")
}

// BenchmarkExportDialog4MB opens the export dialog and closes it.
func BenchmarkExportDialog4MB(b *testing.B) {
	ui := wikinewsUI(b)
	c := ui.win.Canvas()
	content := ui.win.Content()
	b.ResetTimer()
	for range b.N {
		ui.exportDialog()
		frameMinSizes(content)
		frameMinSizes(c.Overlays().Top())
		c.Overlays().Top().Hide()
	}
}

// BenchmarkReviewStep4MB is an analyst's review step: Ctrl+J to the next suggestion, then a to accept
// it, each followed by the frame's MinSize walk. Every accept is an edit, after which the app follows
// the glossary (syncGlossary) and refreshes the rows and panels.
func BenchmarkReviewStep4MB(b *testing.B) {
	benchQuotesShown4MB(b, func(ui *UI) {
		ui.reviewNext(false, false)
		frameMinSizes(ui.win.Content())
		ui.run(ui.acceptSelected)
	})
}

// BenchmarkQuoteReviewStep4MB is a quote analyst's review step: Alt+J to the next quote to confirm,
// passing over the names, then a to accept it with its speaker and cue, as BenchmarkReviewStep4MB.
func BenchmarkQuoteReviewStep4MB(b *testing.B) {
	benchQuotesShown4MB(b, func(ui *UI) {
		ui.reviewNext(false, true)
		frameMinSizes(ui.win.Content())
		ui.run(ui.acceptSelected)
	})
}

// BenchmarkRefreshAll4MB is what the rows and panels cost after an edit that moved no span (an
// accept, a speaker linked, a relabel).
func BenchmarkRefreshAll4MB(b *testing.B) {
	benchQuotesShown4MB(b, func(ui *UI) { ui.refreshAll() })
}

// benchQuotesShown4MB runs step on the 4 MB article with the Quotes tab shown, each time followed by
// the frame's MinSize walk.
func benchQuotesShown4MB(b *testing.B, step func(*UI)) {
	ui := wikinewsUI(b)
	showQuotes(ui, true)
	content := ui.win.Content()
	b.ResetTimer()
	for range b.N {
		step(ui)
		frameMinSizes(content)
	}
}
