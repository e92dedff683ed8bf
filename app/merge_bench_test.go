package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// manyPeople returns a document naming n people, one sentence each ("Hélène Dupré 17 a parlé."),
// each its own PER entity: the Entities tab of a long article or a book after pre-annotation.
func manyPeople(tb testing.TB, n int) *annotate.Document {
	tb.Helper()
	first := []string{"Hélène", "Jérôme", "Zoé", "Anaïs", "François", "Chloé", "Noël", "Agnès"}
	last := []string{"Dupré", "Lefèvre", "Bénard", "Müller", "Garçon", "Brontë", "Delacroix", "Ôtsuka"}
	var b strings.Builder
	names := make([]string, n)
	for i := range n {
		names[i] = fmt.Sprintf("%s %s %d", first[i%len(first)], last[(i/len(first))%len(last)], i)
		fmt.Fprintf(&b, "%s a parlé.\n\n", names[i])
	}
	d, _, err := workspace.LoadBytes("people.txt", []byte(b.String()))
	if err != nil {
		tb.Fatal(err)
	}
	ed := annotate.NewEditor(d)
	at := 0
	for i, name := range names {
		at += strings.Index(d.Text[at:], name)
		sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len(name), Label: "PER"}
		if err := ed.AddSpan(sp); err != nil {
			tb.Fatal(err)
		}
		if err := ed.AddEntity(&annotate.Entity{ID: fmt.Sprintf("p%d", i), Type: "PER", Names: map[string]string{"fr": name}, Mentions: []string{sp.ID}}); err != nil {
			tb.Fatal(err)
		}
		at += len(name)
	}
	return d
}

// BenchmarkMergeMenu1500 selects one of 1,500 people in the Entities tab and opens the merge menu,
// as a click on the list and then on "Merge into…" do. ms/select and ms/open are the two steps'
// times, ms/open+draw the opening's with the drawing of the window after it, as the next frame does,
// and ms/draw the drawing of the window without the menu.
func BenchmarkMergeMenu1500(b *testing.B) {
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	b.Setenv("XDG_DATA_HOME", b.TempDir())
	ui := New(test.NewTempApp(b), Options{Sync: true})
	ui.win.Resize(fyne.NewSize(1280, 800))
	ui.setDocument(manyPeople(b, 1500), "")
	layOut(ui)
	b.Cleanup(ui.win.Close)
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	c := ui.win.Canvas()
	c.Capture()
	var selecting, opening, drawing, plain time.Duration
	b.ResetTimer()
	for i := range b.N {
		start := time.Now()
		p.list.Select(i % 2)
		selecting += time.Since(start)
		c.Capture()
		start = time.Now()
		openMergeMenu(p)
		opened := time.Now()
		c.Capture()
		opening += opened.Sub(start)
		drawing += time.Since(start)
		closeMergeMenu(ui)
		start = time.Now()
		c.Capture()
		plain += time.Since(start)
	}
	b.ReportMetric(float64(selecting.Microseconds())/1000/float64(b.N), "ms/select")
	b.ReportMetric(float64(opening.Microseconds())/1000/float64(b.N), "ms/open")
	b.ReportMetric(float64(drawing.Microseconds())/1000/float64(b.N), "ms/open+draw")
	b.ReportMetric(float64(plain.Microseconds())/1000/float64(b.N), "ms/draw")
}

// openMergeMenu opens the merge menu, as a click on it does.
func openMergeMenu(p *entitiesPanel) { test.Tap(p.merge.button) }

// closeMergeMenu closes the pop-up the merge menu opened.
func closeMergeMenu(ui *UI) {
	if top := ui.win.Canvas().Overlays().Top(); top != nil {
		ui.win.Canvas().Overlays().Remove(top)
	}
}
