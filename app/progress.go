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
	work = caught(jobName(what), work, p.ui.showError)
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
