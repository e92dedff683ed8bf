package app

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

// hugeSegments is about the size of the QA's 4 MB article (31,123 segments).
const hugeSegments = 30_000

// hugeDoc builds a document of n short segments, one a paragraph, with a translated target every
// third one (cheaper to build than bigDoc's pre-annotated copies of the sample, and as long).
func hugeDoc(tb testing.TB, n int) *annotate.Document {
	tb.Helper()
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString("« Le président a parlé », a dit José\u0301 à Marseille 🇫🇷 👍🏽.")
	}
	d := plaintext.Build("huge.txt", b.String(), nil, plaintext.Options{})
	for i, seg := range d.Segments {
		if i%3 == 0 {
			seg.Target = "“The president spoke,” José said in Marseille."
		}
	}
	return d
}

// hugeUI opens a document of n segments in a laid-out window, with the English field of a segment near
// the end focused.
func hugeUI(b *testing.B, n int) (*UI, *row) {
	b.Helper()
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	keepStateHome(b)
	b.Setenv("XDG_DATA_HOME", b.TempDir())
	ui := New(test.NewTempApp(b), Options{Sync: true})
	ui.win.Resize(fyne.NewSize(1000, 700))
	d := hugeDoc(b, n)
	if len(d.Segments) != n {
		b.Fatalf("%d segments, want %d", len(d.Segments), n)
	}
	ui.setDocument(d, "")
	layOut(ui)
	i := n - n/100 - 1
	ui.list.ScrollTo(i)
	ui.list.Refresh()
	r := ui.rowFor(i)
	if r == nil {
		b.Fatal("no row")
	}
	ui.win.Canvas().Focus(r.entry)
	b.Cleanup(ui.win.Close)
	return ui, r
}

// frameMinSizes asks every object of the tree under o for its MinSize, as the driver does before each
// frame it draws (Canvas.EnsureMinSize), and returns how many it asked.
func frameMinSizes(o fyne.CanvasObject) int {
	if !o.Visible() {
		return 0
	}
	o.MinSize()
	n := 1
	switch t := o.(type) {
	case *fyne.Container:
		for _, c := range t.Objects {
			n += frameMinSizes(c)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(t).Objects() {
			n += frameMinSizes(c)
		}
	}
	return n
}

// BenchmarkFrameHugeDocument measures what each frame costs the window before it is drawn, with a
// document of 300 and of 30,000 segments: a blinking caret asks for one such frame after another, and
// the cost must not grow with the document.
func BenchmarkFrameHugeDocument(b *testing.B) {
	for _, n := range []int{300, hugeSegments} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			ui, _ := hugeUI(b, n)
			content := ui.win.Content()
			b.ResetTimer()
			for range b.N {
				frameMinSizes(content)
			}
		})
	}
}

// BenchmarkKeystrokeHugeDocument types in a segment near the end of a 30,000-segment document, a
// letter then Backspace (the text stays as long), with a frame's MinSize walk after each key as the
// driver does.
func BenchmarkKeystrokeHugeDocument(b *testing.B) {
	ui, r := hugeUI(b, hugeSegments)
	content := ui.win.Content()
	back := &fyne.KeyEvent{Name: fyne.KeyBackspace}
	b.ResetTimer()
	for i := range b.N {
		if i%2 == 0 {
			test.Type(r.entry, string(rune('a'+i%26)))
		} else {
			r.entry.TypedKey(back)
		}
		frameMinSizes(content)
	}
}

// BenchmarkScrollHugeDocument scrolls a 30,000-segment document by a wheel notch at a time, near its
// end, with a frame's MinSize walk after each.
func BenchmarkScrollHugeDocument(b *testing.B) {
	ui, _ := hugeUI(b, hugeSegments)
	content := ui.win.Content()
	base := ui.list.GetScrollOffset() - 5000
	b.ResetTimer()
	for i := range b.N {
		ui.list.ScrollToOffset(base + float32(i%100)*50)
		frameMinSizes(content)
	}
}

// BenchmarkScrollFilteredHugeDocument scrolls a 30,000-segment document as BenchmarkScrollHugeDocument
// does, under the segment filter: Not translated (two rows in three shown) and a sparse filter that
// shows one row in a hundred, whose rows on screen lie hundreds of segments apart (the list steps over
// the rows left out).
func BenchmarkScrollFilteredHugeDocument(b *testing.B) {
	for _, c := range []struct {
		name  string
		apply func(ui *UI)
	}{
		{"not-translated", func(ui *UI) { ui.filter.apply(showToTranslate) }},
		{"one-in-100", func(ui *UI) {
			hide := make([]bool, len(ui.doc.Segments))
			for i := range hide {
				hide[i] = i%100 != 0
			}
			ui.list.SetHidden(hide)
		}},
	} {
		b.Run(c.name, func(b *testing.B) {
			ui, _ := hugeUI(b, hugeSegments)
			c.apply(ui)
			content := ui.win.Content()
			base := ui.list.heights.total() / 2
			b.ResetTimer()
			for i := range b.N {
				ui.list.ScrollToOffset(base + float32(i%100)*50)
				frameMinSizes(content)
			}
		})
	}
}
