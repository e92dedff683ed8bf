package app

import (
	"slices"
	"testing"
	"time"

	"github.com/glose-app/glose/annotate"
)

// Benchmarks of the Quotes, QA and Proposals tabs on the big document of entities_bench_test.go.
// BenchmarkQuotesTabBig opens the Quotes tab (some 1,000 quotes), scrolled to the middle, and draws
// the window; then shows another tab.
func BenchmarkQuotesTabBig(b *testing.B) {
	ui := benchUI(b)
	p := ui.panels[1].(*quotesPanel)
	ui.tabs.SelectIndex(1)
	b.Logf("%d quotes", len(p.quotes))
	p.list.ScrollTo(len(p.quotes) / 2)
	c := ui.win.Canvas()
	b.ResetTimer()
	for range b.N {
		ui.tabs.SelectIndex(1)
		c.Capture()
		ui.tabs.SelectIndex(0)
	}
}

// BenchmarkQuotesRefreshBig is what every edit costs while the Quotes tab is shown.
func BenchmarkQuotesRefreshBig(b *testing.B) {
	ui := benchUI(b)
	p := ui.panels[1].(*quotesPanel)
	ui.tabs.SelectIndex(1)
	p.list.ScrollTo(len(p.quotes) / 2)
	c := ui.win.Canvas()
	c.Capture()
	var refreshing time.Duration
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		ui.refreshPanels()
		refreshing += time.Since(start)
		c.Capture()
	}
	b.ReportMetric(float64(refreshing.Microseconds())/1000/float64(b.N), "ms/refresh")
}

// BenchmarkQuotesToConfirmBig ticks and clears "To confirm only" over the Quotes tab of some 1,000
// quotes, each listing them anew (the filter reads what of each quote is left to confirm), and draws
// the window after each.
func BenchmarkQuotesToConfirmBig(b *testing.B) {
	ui := benchUI(b)
	p := ui.panels[1].(*quotesPanel)
	ui.tabs.SelectIndex(1)
	c := ui.win.Canvas()
	c.Capture()
	var toggling time.Duration
	b.ResetTimer()
	for range b.N {
		for _, on := range []bool{true, false} {
			start := time.Now()
			p.pending.SetChecked(on)
			toggling += time.Since(start)
			c.Capture()
		}
	}
	b.ReportMetric(float64(toggling.Microseconds())/1000/float64(2*b.N), "ms/toggle")
	b.ReportMetric(float64(len(p.all)), "quotes")
}

// BenchmarkQAShowBig shows the issues of a QA run (one per untranslated segment and more) in the QA
// tab and draws the window; the run itself is timed apart, in BenchmarkQARunBig.
func BenchmarkQAShowBig(b *testing.B) {
	ui := benchUI(b)
	ui.tabs.SelectIndex(2)
	issues := slices.Clone(ui.qa.issues)
	b.Logf("%d issues", len(issues))
	c := ui.win.Canvas()
	b.ResetTimer()
	for range b.N {
		ui.qa.show(slices.Clone(issues))
		c.Capture()
	}
}

// BenchmarkQARunBig runs the checks as the QA tab does (off the UI goroutine in the app).
func BenchmarkQARunBig(b *testing.B) {
	ui := benchUI(b)
	ui.tabs.SelectIndex(2)
	b.ResetTimer()
	for range b.N {
		ui.qa.runNow()
	}
}

// BenchmarkSuggestionsBig moves from one segment to the next with the Proposals tab shown, and
// draws the window.
func BenchmarkSuggestionsBig(b *testing.B) {
	ui := benchUI(b)
	ui.tabs.SelectIndex(3)
	c := ui.win.Canvas()
	b.ResetTimer()
	for i := range b.N {
		ui.focusSegment(1900+i%2, annotate.Target)
		c.Capture()
	}
}

// BenchmarkCaptureBig is the cost of drawing the window alone, the floor of the benchmarks above.
func BenchmarkCaptureBig(b *testing.B) {
	ui := benchUI(b)
	ui.tabs.SelectIndex(3)
	c := ui.win.Canvas()
	b.ResetTimer()
	for range b.N {
		c.Capture()
	}
}
