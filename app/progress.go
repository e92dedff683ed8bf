package app

import (
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
	work = p.ui.traced(what, caught(jobName(what), work, p.ui.showError))
	if p.ui.opts.Sync {
		work()()
		return
	}
	bar := widget.NewProgressBarInfinite()
	d := dialog.NewCustomWithoutButtons(what, container.NewVBox(widget.NewLabel(what), bar), p.ui.win)
	d.Show()
	go func() {
		apply := work()
		p.ui.do(func() {
			bar.Stop()
			d.Hide()
			apply()
		})
	}()
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
