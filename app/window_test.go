package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestFitWindow: a window that fits the screen's work area keeps its size; one that does not shrinks
// to the area less room for a window manager's frame.
func TestFitWindow(t *testing.T) {
	for _, c := range []struct {
		name       string
		want, area fyne.Size
		got        fyne.Size
	}{
		{"the default on a 1920×1080 screen", fyne.NewSize(1280, 800), fyne.NewSize(1920, 1080), fyne.NewSize(1280, 800)},
		{"the default on a 1366×768 laptop", fyne.NewSize(1280, 800), fyne.NewSize(1366, 768), fyne.NewSize(1280, 720)},
		{"the default on a 1024×768 screen", fyne.NewSize(1280, 800), fyne.NewSize(1024, 768), fyne.NewSize(1008, 720)},
		{"the default beside a 32-pixel panel", fyne.NewSize(1280, 800), fyne.NewSize(1920, 848), fyne.NewSize(1280, 800)},
		{"a remembered size that fits", fyne.NewSize(1700, 950), fyne.NewSize(1920, 1080), fyne.NewSize(1700, 950)},
		{"a remembered size from a bigger screen", fyne.NewSize(1800, 1000), fyne.NewSize(1366, 768), fyne.NewSize(1350, 720)},
		{"an unknown screen", fyne.NewSize(1280, 800), fyne.Size{}, fyne.NewSize(1280, 800)},
		{"a tiny screen", fyne.NewSize(1280, 800), fyne.NewSize(60, 80), fyne.NewSize(44, 40)},
	} {
		if got := fitWindow(c.want, c.area); got != c.got {
			t.Errorf("%s: fitWindow(%v, %v) = %v, want %v", c.name, c.want, c.area, got, c.got)
		}
	}
}

// TestWindowFitsTheScreen: the window opens at the size it had when it last closed, made to fit the
// screen the desktop app's main reports, at the canvas's scale.
func TestWindowFitsTheScreen(t *testing.T) {
	a := test.NewTempApp(t)
	keepStateHome(t)
	screen := func(w, h int) func() (int, int, bool) { return func() (int, int, bool) { return w, h, true } }
	ui := New(a, Options{Sync: true, ScreenArea: screen(1366, 768)})
	if got := ui.win.Canvas().Size(); got != defaultWindowSize {
		t.Errorf("first start: %v, want %v before fitting", got, defaultWindowSize)
	}
	ui.fitScreen(ui.rememberedSize())
	if got, want := ui.win.Canvas().Size(), fyne.NewSize(1280, 720); got != want {
		t.Errorf("on a 1366×768 screen: %v, want %v", got, want)
	}
	ui.win.Resize(fyne.NewSize(1100, 650))
	ui.quit()

	ui = New(a, Options{Sync: true, ScreenArea: screen(1920, 1080)})
	ui.fitScreen(ui.rememberedSize())
	if got, want := ui.win.Canvas().Size(), fyne.NewSize(1100, 650); got != want {
		t.Errorf("after closing at 1100×650: %v, want %v", got, want)
	}
	ui.quit()

	ui = New(a, Options{Sync: true, ScreenArea: screen(1024, 600)})
	ui.fitScreen(ui.rememberedSize())
	if got, want := ui.win.Canvas().Size(), fyne.NewSize(1008, 552); got != want {
		t.Errorf("on a 1024×600 netbook: %v, want %v", got, want)
	}
	ui.quit()

	ui = New(a, Options{Sync: true, ScreenArea: func() (int, int, bool) { return 0, 0, false }})
	ui.fitScreen(ui.rememberedSize())
	if got, want := ui.win.Canvas().Size(), fyne.NewSize(1100, 650); got != want {
		t.Errorf("with the screen unknown, after the netbook: %v, want the size the person chose, %v", got, want)
	}
	ui.quit()

	ui = New(a, Options{Sync: true, ScreenArea: screen(1366, 768)}) // HiDPI: 2 pixels a unit
	ui.win.Canvas().(test.WindowlessCanvas).SetScale(2)
	ui.fitScreen(ui.rememberedSize())
	if got, want := ui.win.Canvas().Size(), fyne.NewSize(667, 336); got != want {
		t.Errorf("on a 1366×768 screen at scale 2: %v, want %v", got, want)
	}
}
