package main

import "github.com/go-gl/glfw/v3.3/glfw"

// screenArea returns the primary monitor's work area (the screen less the desktop's panels; the whole
// screen under Xvfb with no window manager) in screen coordinates, for app.Options.ScreenArea. Fyne
// 2.7.1 does not tell it, but its driver has initialised GLFW once a window exists. GLFW must be
// called on the main thread: main runs there (Fyne locks it) and so does Fyne's OnStarted. GLFW
// panics on its errors (none initialised, no monitor): that is "unknown", and the window keeps its
// size.
func screenArea() (width, height int, ok bool) {
	defer func() {
		if recover() != nil {
			width, height, ok = 0, 0, false
		}
	}()
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return 0, 0, false
	}
	_, _, width, height = m.GetWorkarea()
	if width <= 0 || height <= 0 {
		if mode := m.GetVideoMode(); mode != nil {
			width, height = mode.Width, mode.Height
		}
	}
	return width, height, width > 0 && height > 0
}
