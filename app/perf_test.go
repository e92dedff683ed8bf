package app

import (
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/workspace"
)

// bigDoc builds a document of about 1 MB (some 6,000 segments) by repeating the sample article, with
// the sample's pre-annotations on every copy.
func bigDoc(tb testing.TB) *annotate.Document {
	tb.Helper()
	sample, err := workspace.SampleDocument()
	if err != nil {
		tb.Fatal(err)
	}
	var b strings.Builder
	var copies int
	for b.Len() < 1_000_000 {
		if copies > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(sample.Text)
		copies++
	}
	d := plaintext.Build("big.txt", b.String(), nil, plaintext.Options{})
	step := len(sample.Text) + 2
	for c := range copies {
		for _, sp := range sample.Spans {
			if sp.Side == annotate.Source {
				d.Spans = append(d.Spans, &annotate.Span{ID: d.NewID('t'), Side: annotate.Source, Start: sp.Start + c*step,
					End: sp.End + c*step, Label: sp.Label, Origin: sp.Origin, Confidence: sp.Confidence})
			}
		}
	}
	d.Reindex() // the spans were appended after plaintext.Build's lookups
	return d
}

// TestLargeDocumentStaysFast opens a 1 MB article and types in it, logging the times (no timed
// assertion: the machine's load varies) and checking that the list stays virtual.
func TestLargeDocumentStaysFast(t *testing.T) {
	if testing.Short() {
		t.Skip("large document")
	}
	d := bigDoc(t)
	ui, _ := newTestUI(t, nil, false)
	start := time.Now()
	ui.setDocument(d, "")
	layOut(ui)
	ui.list.Refresh()
	opened := time.Since(start)
	if len(ui.rows) > 60 {
		t.Errorf("%d row widgets for %d segments: the list is not virtual", len(ui.rows), len(d.Segments))
	}
	r := visibleRow(t, ui, 3000)
	ui.win.Canvas().Focus(r.entry)
	start = time.Now()
	const keys = 200
	for i := range keys {
		test.Type(r.entry, string(rune('a'+i%26)))
	}
	perKey := time.Since(start) / keys
	if got := len(d.Segments[3000].Target); got != keys {
		t.Errorf("typed %d bytes, want %d", got, keys)
	}
	t.Logf("%d segments, %d spans, %.1f MB: opened and laid out in %v; %v per keystroke",
		len(d.Segments), len(d.Spans), float64(len(d.Text))/1e6, opened, perKey)
	if os.Getenv("GLOSE_WRITE_BIG") != "" {
		must(t, workspace.Save(os.Getenv("GLOSE_WRITE_BIG"), d))
	}
}

func BenchmarkKeystrokeInLargeDocument(b *testing.B) {
	d := bigDoc(b)
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	keepStateHome(b)
	b.Setenv("XDG_DATA_HOME", b.TempDir()) // not the user's translation memory
	ui := New(test.NewTempApp(b), Options{Sync: true})
	ui.setDocument(d, "")
	layOut(ui)
	ui.list.ScrollTo(3000)
	r := ui.rowFor(3000)
	if r == nil {
		b.Fatal("no row")
	}
	ui.win.Canvas().Focus(r.entry)
	b.ResetTimer()
	for i := range b.N {
		test.Type(r.entry, string(rune('a'+i%26)))
	}
	_ = fyne.Size{}
}

func BenchmarkKeystrokeInSmallDocument(b *testing.B) {
	d, err := workspace.SampleDocument()
	if err != nil {
		b.Fatal(err)
	}
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	keepStateHome(b)
	b.Setenv("XDG_DATA_HOME", b.TempDir()) // not the user's translation memory
	ui := New(test.NewTempApp(b), Options{Sync: true})
	ui.setDocument(d, "")
	layOut(ui)
	r := ui.rowFor(3)
	if r == nil {
		b.Fatal("no row")
	}
	ui.win.Canvas().Focus(r.entry)
	b.ResetTimer()
	for i := range b.N {
		test.Type(r.entry, string(rune('a'+i%26)))
	}
}

// TestBulkChangesInLargeDocument makes changes that touch every row of a 1 MB article (accepting
// every suggestion, filling every English as pre-translation does, undoing and redoing that), logging
// the times (no timed assertion), and checks that the list ends up with the heights the rows need.
func TestBulkChangesInLargeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("large document")
	}
	d := bigDoc(t)
	ui, _ := newTestUI(t, nil, false)
	ui.setDocument(d, "")
	layOut(ui)
	ui.list.Refresh()
	fill := func() {
		ui.run(func() error {
			return ui.ed.Batch("fill", func() error {
				for _, seg := range d.Segments {
					src := d.SourceText(seg)
					if _, err := ui.ed.SetTarget(seg.ID, src+" "+src); err != nil {
						return err
					}
				}
				return nil
			})
		})
	}
	steps := []struct {
		name string
		run  func()
	}{
		{"accept all", ui.acceptAll},
		{"undo", ui.undoStep},
		{"fill every English", fill},
		{"undo", ui.undoStep},
		{"redo", ui.redoStep},
	}
	t.Logf("%d segments, %d spans, %d suggestions", len(d.Segments), len(d.Spans), len(d.Pending()))
	for _, s := range steps {
		start := time.Now()
		s.run()
		t.Logf("%s: %v", s.name, time.Since(start))
		checkHeights(t, ui, s.name)
	}
	if got := d.Segments[3000].Target; got == "" {
		t.Error("redo did not fill the English again")
	}
}

// checkHeights fails when a row's cached height is not the one its text needs, or when the row on
// screen for segment 3000 does not have it.
func checkHeights(t *testing.T, ui *UI, after string) {
	t.Helper()
	for i := 0; i < len(ui.doc.Segments); i += 97 {
		if got, want := ui.cache.heights[i], ui.rowHeight(i, ui.width); got != want {
			t.Fatalf("after %s: segment %d has height %v, needs %v", after, i, got, want)
		}
	}
	ui.list.Resize(fyne.NewSize(700, 600))
	r := visibleRow(t, ui, 3000)
	if got, want := r.box.Size().Height, ui.cache.heights[3000]; got != want {
		t.Errorf("after %s: row of segment 3000 is %v high, want %v", after, got, want)
	}
}
