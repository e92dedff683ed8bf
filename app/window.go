package app

import "fyne.io/fyne/v2"

// The window opens at the size it had when it last closed, 1280×800 the first time, made smaller
// where the screen is smaller: at 1280×800 on a 1366×768 laptop the status line and the palette's
// buttons were below the bottom of the screen, out of reach with no window manager to move the
// window. Fyne 2.7.1 says nothing of the screen; the desktop app's main asks GLFW
// (Options.ScreenArea).

const (
	prefWindowWidth  = "window.width"
	prefWindowHeight = "window.height"
)

// defaultWindowSize is the window's size the first time: room for the two columns and the side
// panel's four tabs in English and French (see sideSplit).
var defaultWindowSize = fyne.NewSize(1280, 800)

// frameRoom is what a window manager's frame may take around the window: a title bar and borders.
// A window of the work area's full size would have its bottom under the frame's edge or a panel.
var frameRoom = fyne.NewSize(16, 48)

// smallestRemembered is the smallest size taken from the preferences: anything smaller is not a size
// a person chose (a window closed while being shown, a preference edited by hand).
var smallestRemembered = fyne.NewSize(320, 240)

// fitWindow returns the size to open a window with that wants to be want (its remembered size, or
// the default) on a screen whose work area (the screen less the desktop's panels) is area, both in
// Fyne's units. A window that fits keeps its size; one that does not shrinks to the area less room
// for the window manager's frame. An unknown area (zero) changes nothing.
func fitWindow(want, area fyne.Size) fyne.Size {
	if area.Width <= 0 || area.Height <= 0 {
		return want
	}
	room := fyne.NewSize(max(area.Width-frameRoom.Width, area.Width/2), max(area.Height-frameRoom.Height, area.Height/2))
	return fyne.NewSize(min(want.Width, room.Width), min(want.Height, room.Height))
}

// rememberedSize returns the window's size when it last closed, or the default.
func (ui *UI) rememberedSize() fyne.Size {
	p := ui.app.Preferences()
	s := fyne.NewSize(float32(p.Float(prefWindowWidth)), float32(p.Float(prefWindowHeight)))
	if s.Width < smallestRemembered.Width || s.Height < smallestRemembered.Height {
		return defaultWindowSize
	}
	return s
}

// rememberSize keeps the window's size for the next start, unless it is the size the window was
// shrunk to, to fit a smaller screen: back on the bigger one, the window has its size again.
func (ui *UI) rememberSize() {
	s := ui.win.Canvas().Size()
	if s == ui.fitted || s.Width < smallestRemembered.Width || s.Height < smallestRemembered.Height {
		return
	}
	p := ui.app.Preferences()
	p.SetFloat(prefWindowWidth, float64(s.Width))
	p.SetFloat(prefWindowHeight, float64(s.Height))
}

// fitScreen gives the window the size want, made to fit the screen's work area, which
// Options.ScreenArea gives in the screen's units. Fyne's canvas scale turns those into Fyne's: before the window is shown it is 1, a
// guess that holds on most screens and lets the window appear at its size at once; once shown
// (OnStarted) it is the real one, and a window on a screen of another scale is fitted again.
func (ui *UI) fitScreen(want fyne.Size) {
	if ui.opts.ScreenArea == nil {
		ui.win.Resize(want)
		return
	}
	w, h, ok := ui.opts.ScreenArea()
	scale := ui.win.Canvas().Scale()
	if !ok || scale <= 0 {
		ui.win.Resize(want)
		return
	}
	area := fyne.NewSize(float32(w)/scale, float32(h)/scale)
	s := fitWindow(want, area)
	if s != want {
		ui.fitted = s
	}
	if s != ui.win.Canvas().Size() {
		ui.win.Resize(s)
	}
}
