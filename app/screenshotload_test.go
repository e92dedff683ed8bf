package app

import (
	"image"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// glose --screenshot waits for the document to be shown; a file that cannot be opened must end the
// wait with its error (CI got no picture and no exit before), and a good one with none.
func TestScreenshotWaitEndsWhenTheFileCannotBeOpened(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "vide.json")
	must(t, os.WriteFile(empty, nil, 0o644))
	good := filepath.Join(dir, "bon.json")
	data, err := annotate.Marshal(testDoc(t))
	must(t, err)
	must(t, os.WriteFile(good, data, 0o644))
	ui, _ := newTestUI(t, nil, false)
	var ends []error
	ui.afterLoad = func(err error) { ends = append(ends, err) }
	ui.Open(empty)
	if len(ends) != 1 || ends[0] == nil || !strings.Contains(ends[0].Error(), "vide.json") {
		t.Fatalf("opening an empty file ended the wait with %v, want one error naming vide.json", ends)
	}
	ui.Open(good)
	if len(ends) != 2 || ends[1] != nil {
		t.Fatalf("opening a good file ended the wait with %v, want nil after the first error", ends)
	}
}

// TestScreenshotRedrawKeepsTheScale: where neither GL nor X gives the window's pixels, glose
// --screenshot draws the content again with the software painter at the window's scale (the picture
// was 1272×765 at every FYNE_SCALE), the window's content whole, with the entities' counts.
func TestScreenshotRedrawKeepsTheScale(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.win.Resize(fyne.NewSize(1264, 672))
	size := ui.win.Canvas().Content().Size()
	for _, scale := range []float32{1, 1.5, 2} {
		b := redraw(ui.win.Content(), size, scale).Bounds()
		want := image.Rect(0, 0, int(math.Round(float64(size.Width*scale))), int(math.Round(float64(size.Height*scale))))
		if b != want {
			t.Errorf("at scale %v: a %v picture of %v units, want %v", scale, b, size, want)
		}
	}
}
