package app

import (
	"errors"
	"fmt"
	"image"
	"image/png"
	"io/fs"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/app/xshot"
	"github.com/glose-app/glose/translations"
)

// LoadTranslations adds the app's English and French strings to Fyne's lang package; the language
// follows the system's.
func LoadTranslations() error {
	files, err := fs.Glob(translations.FS, "*.json")
	if err != nil {
		return fmt.Errorf("listing translations: %w", err)
	}
	var errs []error
	for _, name := range files {
		data, err := translations.FS.ReadFile(name)
		if err == nil {
			err = lang.AddTranslations(fyne.NewStaticResource(name, data))
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("loading translations %s: %w", name, err))
		}
	}
	return errors.Join(errs...)
}

// Window says how Run shows the window.
type Window struct {
	// Screenshot, when set, names the PNG Run writes of the window once the document has been drawn,
	// before quitting.
	Screenshot string
	// Size is the window's size (glose --size); zero means the default one for a screenshot, else the
	// size it had when it last closed.
	Size fyne.Size
}

// Run shows the window with the document args name (the sample when none) and runs the app until
// the window closes. With a screenshot asked for, it instead waits until the document has been drawn,
// writes a PNG of the window there and quits. It returns the process's exit status.
func (ui *UI) Run(args []string, w Window) int {
	screenshot := w.Screenshot
	ui.win.SetMaster()
	status := 0
	if screenshot != "" {
		start := time.Now()
		ui.trace = func(what string) {
			fmt.Fprintf(os.Stderr, "glose: %s after %v\n", what, time.Since(start).Round(time.Millisecond))
		}
		ui.afterLoad = func(err error) {
			if err != nil { // the picture shows the message; the status says the document is not in it
				ui.trace("document not opened")
				fmt.Fprintln(os.Stderr, "glose:", err)
				status = 1
			} else {
				ui.trace("document shown")
			}
			go func() {
				time.Sleep(1500 * time.Millisecond) // a few frames, for the heights to settle
				fyne.Do(func() {
					if err := ui.capture(screenshot); err != nil {
						fmt.Fprintln(os.Stderr, "glose:", err)
						status = 1
					}
					ui.app.Quit()
				})
			}()
		}
	}
	fit, size := ui.windowSize(w)
	fit(size)
	ui.app.Lifecycle().SetOnStarted(func() {
		fit(size) // again, at the scale the window has on its screen
		ui.Start(args)
	})
	if screenshot == "" {
		ui.watchDisk()
		ui.endOnSignals()
	}
	ui.keepWorkOnPanic(ui.win.ShowAndRun)
	ui.afterRun()
	return status
}

// windowSize returns how Run sizes the window and to what. A screenshot is of the default window, or
// of the size asked for, the same picture on every machine: not fitted to the screen, whose room for a
// window manager's frame would shrink it even where the screen has room.
func (ui *UI) windowSize(w Window) (fit func(fyne.Size), size fyne.Size) {
	fit, size = ui.fitScreen, ui.rememberedSize()
	if w.Screenshot != "" {
		fit, size = ui.win.Resize, defaultWindowSize
	}
	if !w.Size.IsZero() {
		size = w.Size
	}
	return fit, size
}

// keepWorkOnPanic runs fn, the app's event loop: every callback of the UI goroutine runs inside it.
// A panic there (a bug; Fyne's own checks panic too) would end the process without a word to the
// autosave, losing what was typed since the last one, and leave the lock behind: rescue writes the
// one and removes the other, then the panic goes on, printed with where it happened, and the process
// ends with Go's status for a panic (2). The next start offers the autosave back.
func (ui *UI) keepWorkOnPanic(fn func()) {
	defer func() {
		if r := recover(); r != nil {
			ui.rescue()
			panic(r) // the stack printed is still the one of the first panic, under this function
		}
	}()
	fn()
}

// rescue writes the document's autosave now, on the calling goroutine, if it has unsaved changes, and
// releases the lock; once only, and a panic on the way (the document may be half-edited) is printed and
// stops it from going further than the lock.
func (ui *UI) rescue() {
	if !ui.ending.rescued.CompareAndSwap(false, true) {
		return
	}
	ui.ending.stopped.Store(true) // nothing handed over by a goroutine touches the document any more
	defer ui.holdLock(nil)
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(os.Stderr, "glose: the emergency autosave failed:", r)
		}
	}()
	if !ui.dirty || ui.closed {
		return
	}
	// The autosave's lock lets one under way on another goroutine end first, and then stays held, so
	// that none waiting for it writes its older copy over this one: the process is ending. It is not
	// waited for long, since the panic may have left it held on this goroutine.
	for deadline := time.Now().Add(3 * time.Second); !ui.autosave.mu.TryLock() && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
	if err := ui.autosave.writer()(ui.path, ui.doc); err != nil {
		fmt.Fprintln(os.Stderr, "glose: the emergency autosave failed:", err)
		return
	}
	fmt.Fprintln(os.Stderr, "glose: the unsaved changes are in the autosave; the next start offers them back")
}

// afterRun keeps what the window leaves when the app ends other than by closing it (Fyne quits on
// SIGTERM and Ctrl+C in the terminal, and on SIGHUP through endOnSignals: a logout, a kill): the
// unsaved changes go to the autosave, which the next start offers back, and the lock goes. Nothing
// handed over by a goroutine runs any more (see ending), so that the autosave written is the document
// as the person left it, and no late callback takes the lock again or touches the autosave.
func (ui *UI) afterRun() {
	ui.ending.stop()
	if ui.dirty && !ui.closed {
		ui.autosave.mu.Lock()
		_ = ui.autosave.writer()(ui.path, ui.doc)
		ui.autosave.mu.Unlock()
	}
	ui.holdLock(nil)
	ui.closeSources(5 * time.Second)
}

// closeSources closes the translation memory and the dictionary once the writes to the memory begun
// are done, waiting for them no longer than wait, so that SQLite folds its write-ahead log into the
// memory's file and removes it: the memory's folder is left with the one file it had, and a copy of
// that file alone holds everything. A write still under way after wait leaves the memory open:
// SQLite finishes it or takes it back the next time the file opens.
func (ui *UI) closeSources(wait time.Duration) {
	p := ui.sugg
	if p == nil || p.src == nil {
		return
	}
	if w := p.memo.written; w != nil {
		select {
		case <-w:
		case <-time.After(wait):
			return
		}
	}
	p.src.close()
	p.src = nil
}

// ending stops what goroutines hand to the UI goroutine once the app has stopped. Fyne runs what is
// handed to fyne.Do after its event loop has ended right away, on the goroutine that hands it over:
// a timer firing then (the pause after typing projects the English, the autosave's own timer, the
// look at the file on disk) would edit the document while afterRun writes it, or take the lock
// afterRun has just released.
type ending struct {
	stopped atomic.Bool
	running atomic.Int32 // guarded functions under way
	rescued atomic.Bool  // a panic ended the event loop and rescue has run (see keepWorkOnPanic)
}

// guard returns fn made to do nothing once stop has been called.
func (e *ending) guard(fn func()) func() {
	return func() {
		e.running.Add(1)
		defer e.running.Add(-1)
		if e.stopped.Load() {
			return
		}
		fn()
	}
}

// stop makes guarded functions do nothing from now on, and waits (a few seconds at most) for those
// under way on other goroutines to end.
func (e *ending) stop() {
	e.stopped.Store(true)
	for deadline := time.Now().Add(3 * time.Second); e.running.Load() > 0 && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
}

// endOnSignals quits the app on SIGHUP as Fyne does on SIGTERM and SIGINT, so that afterRun runs;
// on any of the three it stops the guard of ending at once, before Fyne has stopped its event loop
// (afterRun comes only after Fyne has torn the window down, and a callback run in between touched the
// gone window: the process died, status 2, in the middle of its last autosave).
func (ui *UI) endOnSignals() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGHUP, syscall.SIGINT, syscall.SIGTERM)
	go func() {
		sig := <-ch
		ui.ending.stopped.Store(true)
		if sig == syscall.SIGHUP {
			fyne.Do(fyne.CurrentApp().Quit)
		}
	}()
}

// capture writes a PNG of the window. Where the GL driver cannot read its front buffer back (Xvfb with
// Mesa's software GL gives an empty image), the pixels come from the X server; failing that, the
// window's content is drawn again with Fyne's software painter, without the menu bar, at the window's
// scale (FYNE_SCALE): X gives no pixels of a window larger than its screen, as the 1280×800 window of
// --screenshot is at 1.5 on a 1920×1080 screen.
func (ui *UI) capture(path string) error {
	img := ui.win.Canvas().Capture()
	if blank(img) {
		if x, err := xshot.Window(); err == nil {
			img = x
		}
	}
	if blank(img) {
		img = redraw(ui.win.Content(), ui.win.Canvas().Overlays().List(), ui.win.Canvas().Content().Size(), ui.win.Canvas().Scale())
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("writing the screenshot: %w", err)
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("writing the screenshot %s: %w", path, err)
	}
	return f.Close()
}

// redraw draws content, of size units, with the overlays over it (a dialog: the error that a file
// could not be opened, which the picture must show), with Fyne's software painter at scale. The
// content is laid out again first, at another width and back: moved onto the new canvas at the size
// it had, it kept the rows the entities list had laid out for another width, and the first frame of
// --screenshot at FYNE_SCALE=1.5 cut the counts of every row but the first three at the panel's right
// edge. The objects move to the new canvas: the window is not drawn again before the app quits.
func redraw(content fyne.CanvasObject, overlays []fyne.CanvasObject, size fyne.Size, scale float32) image.Image {
	c := software.NewCanvas()
	c.SetPadded(false)
	c.SetScale(scale)
	c.SetContent(content)
	for _, o := range overlays {
		c.Overlays().Add(o)
	}
	c.Resize(size.AddWidthHeight(1, 0))
	c.Resize(size)
	return c.Capture()
}

// blank reports whether every pixel of img is fully transparent.
func blank(img image.Image) bool {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			if _, _, _, a := img.At(x, y).RGBA(); a != 0 {
				return false
			}
		}
	}
	return true
}
