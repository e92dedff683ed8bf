package app

import (
	"time"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// progress runs long work (loading, pre-annotation, export) off the UI goroutine behind a dialog with
// a progress bar, then applies the result on the UI goroutine.
type progress struct {
	ui *UI
}

// run shows what in a dialog, calls work on a goroutine, and runs the function work returns on the UI
// goroutine once it is done. With Options.Sync everything runs on the caller's goroutine.
func (p *progress) run(what string, work func() (apply func())) {
	p.runSteps(what, func(func(done, total int)) func() { return work() })
}

// runSteps is run with work given step, which any goroutine may call to say how far it is: the
// dialog's bar then shows done out of total, in place of its endless animation (whose frames, drawn
// all along, took CPU from the work), at most ten times a second.
func (p *progress) runSteps(what string, work func(step func(done, total int)) (apply func())) {
	if p.ui.opts.Sync {
		p.traced(what, func() func() { return work(func(int, int) {}) })()()
		return
	}
	endless, steps := widget.NewProgressBarInfinite(), widget.NewProgressBar()
	steps.Hide()
	d := dialog.NewCustomWithoutButtons(what, container.NewVBox(widget.NewLabel(what), endless, steps), p.ui.win)
	d.Show()
	var shown time.Time // by the working goroutine
	step := func(done, total int) {
		if time.Since(shown) < 100*time.Millisecond || total <= 0 {
			return
		}
		shown = time.Now()
		p.ui.do(func() {
			if endless.Visible() {
				endless.Stop()
				endless.Hide()
				steps.Show()
			}
			steps.SetValue(float64(done) / float64(total))
		})
	}
	go func() {
		apply := p.traced(what, func() func() { return work(step) })()
		p.ui.do(func() {
			endless.Stop()
			d.Hide()
			apply()
		})
	}()
}

// traced is work caught (caught) and traced (UI.traced).
func (p *progress) traced(what string, work func() func()) func() func() {
	return p.ui.traced(what, caught(jobName(what), work, p.ui.showError))
}

// traced returns work made to tell ui.trace (screenshots, benchmarks), if set, when it starts and ends:
// what is done off the UI goroutine.
func (ui *UI) traced(what string, work func() func()) func() func() {
	if ui.trace == nil {
		return work
	}
	return func() func() {
		ui.trace(what + " " + traceStarted)
		defer ui.trace(what + " " + traceDone)
		return work()
	}
}

// The words traced puts after the progress dialog's text.
const (
	traceStarted = "(off the UI goroutine) started"
	traceDone    = "(off the UI goroutine) done"
)
