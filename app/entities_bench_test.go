package app

import (
	"bytes"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/assets"
	"github.com/glose-app/glose/workspace"
)

// The side panels are measured on the QA round's big document: the sample article 200 times over
// (3,800 segments, 12,600 spans; Sergueï Lavrov has 2,000 mentions, Syria 1,000, and there are 2,200
// quotes), imported and pre-annotated as the app opens a text file. Each benchmark draws the window
// with the test driver's software painter after the change, as the app's next frame would;
// BenchmarkCaptureBig is that drawing alone.

// sampleTimes returns the sample article repeated n times, one blank line between copies (as
// `cat` and `echo` make it), read and pre-annotated through Open's path.
func sampleTimes(tb testing.TB, ui *UI, n int) *annotate.Document {
	tb.Helper()
	text := bytes.Repeat(append(assets.SampleArticle(), '\n'), n)
	d, warns, err := workspace.LoadBytes("big.txt", text)
	if err != nil {
		tb.Fatal(err)
	}
	ui.preannotateImport(d, importWarningTexts(warns), nil)
	return d
}

// benchUI opens the big document in a window of the app's default size.
func benchUI(b *testing.B) *UI {
	b.Helper()
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	keepStateHome(b)
	b.Setenv("XDG_DATA_HOME", b.TempDir()) // not the user's translation memory
	ui := New(test.NewTempApp(b), Options{Sync: true})
	ui.win.Resize(fyne.NewSize(1280, 800))
	ui.setDocument(sampleTimes(b, ui, 200), "")
	layOut(ui)
	b.Cleanup(ui.win.Close)
	return ui
}

// mostMentioned returns the row of the Entities tab whose entity has the most mentions.
func mostMentioned(p *entitiesPanel) int {
	most := 0
	for i, e := range p.ents {
		if len(e.Mentions) > len(p.ents[most].Mentions) {
			most = i
		}
	}
	return most
}

// BenchmarkEntitySelectBig selects, in the Entities tab, the entity with the most mentions and then
// another, as a click on the list does, drawing the window after each. ms/select is the time the
// first selection takes until the window can be drawn.
func BenchmarkEntitySelectBig(b *testing.B) {
	ui := benchUI(b)
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	most, other := mostMentioned(p), 0
	if most == 0 {
		other = 1
	}
	b.Logf("%d segments, %d spans, %d entities; selecting %s", len(ui.doc.Segments), len(ui.doc.Spans),
		len(p.ents), p.describe(p.ents[most]))
	c := ui.win.Canvas()
	var selecting time.Duration
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		p.list.Select(most)
		selecting += time.Since(start)
		c.Capture()
		p.list.Select(other)
		c.Capture()
	}
	b.ReportMetric(float64(selecting.Microseconds())/1000/float64(b.N), "ms/select")
}

// BenchmarkEntitiesRefreshBig is what a refresh with nothing changed costs while the Entities tab shows
// that entity, as after every keystroke or autosave: the panel is refreshed (the list is sorted and
// the details filled again only after an edit, see entityListing and detailKey) and the window drawn.
// ms/refresh is the refresh alone.
func BenchmarkEntitiesRefreshBig(b *testing.B) {
	ui := benchUI(b)
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	p.list.Select(mostMentioned(p))
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

// BenchmarkEntityScrollMentionsBig scrolls the details of that entity by a few rows, as the mouse
// wheel does, and draws the window.
func BenchmarkEntityScrollMentionsBig(b *testing.B) {
	ui := benchUI(b)
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	p.list.Select(mostMentioned(p))
	c := ui.win.Canvas()
	c.Capture()
	b.ResetTimer()
	for i := range b.N {
		dy := float32(-120)
		if i%20 >= 10 {
			dy = 120
		}
		p.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: dy}})
		c.Capture()
	}
}
