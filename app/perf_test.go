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
