package app

import (
	"errors"
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
		b := redraw(ui.win.Content(), nil, size, scale).Bounds()
		want := image.Rect(0, 0, int(math.Round(float64(size.Width*scale))), int(math.Round(float64(size.Height*scale))))
		if b != want {
			t.Errorf("at scale %v: a %v picture of %v units, want %v", scale, b, size, want)
		}
	}
}

// TestScreenshotRedrawShowsTheDialog: glose --screenshot of a file that cannot be opened shows the
// error dialog over the window, as the app does; the software painter's picture had the window alone,
// and the status line, quiet while the dialog says the error, said nothing either.
func TestScreenshotRedrawShowsTheDialog(t *testing.T) {
	ui, _ := newTestUI(t, nil, false)
	ui.win.Resize(fyne.NewSize(1000, 700))
	size := ui.win.Canvas().Content().Size()
	bare := redraw(ui.win.Content(), nil, size, 1)
	ui.showError(errors.New("“bad.json” could not be opened"))
	overlays := ui.win.Canvas().Overlays().List()
	if len(overlays) == 0 {
		t.Fatal("no dialog shown")
	}
	shot := redraw(ui.win.Content(), overlays, size, 1)
	b, differ := shot.Bounds(), 0
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			if shot.At(x, y) != bare.At(x, y) {
				differ++
			}
		}
	}
	if total := (b.Dx() / 4) * (b.Dy() / 4); differ < total/20 {
		t.Errorf("%d of %d pixels sampled differ with the dialog: it is not in the picture", differ, total)
	}
}
