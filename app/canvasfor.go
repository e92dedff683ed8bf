package app

import "fyne.io/fyne/v2"

// driverCanvas is where Fyne says object o is drawn (a variable, for the tests).
var driverCanvas = func(o fyne.CanvasObject) fyne.Canvas {
	return fyne.CurrentApp().Driver().CanvasForObject(o)
}

// canvasFor returns the canvas o is drawn on, nil when Fyne finds none even after walking the windows
// again. Fyne 2.7.1 finds it in a cache that forgets an object a minute after first seeing it, unless
// asked meanwhile (cache.SetCanvasForObject keeps an entry's first time when the frames walk the
// window again), until the next frame walks the window: a window idle for a minute, with no caret
// blinking, lost its objects at the one frame a key then drew, and Ctrl+Shift+F opened the filter's
// list on no canvas, where Fyne's Select panicked and Glose closed (walk32; its work was in the
// autosave). Walking the windows' trees again, as a frame does, finds the object anew.
func canvasFor(o fyne.CanvasObject) fyne.Canvas {
	if c := driverCanvas(o); c != nil {
		return c
	}
	type walker interface{ EnsureMinSize() bool } // the desktop driver's canvas
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		if c, ok := w.Canvas().(walker); ok {
			c.EnsureMinSize()
		}
	}
	return driverCanvas(o)
}
