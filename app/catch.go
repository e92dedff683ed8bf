package app

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"fyne.io/fyne/v2/lang"
)

// Background work (pre-annotation, projection, QA, pre-translation, suggestions, the autosave) runs
// Glose's code on whatever the person opened. A fault there on unexpected input used to panic its
// goroutine, which ends the process and, with it, every unsaved change since the last autosave (a
// panic on the UI goroutine is caught by keepWorkOnPanic, one on another goroutine cannot be). catch
// turns it into an error: the job fails, says so, and the window and its document stay.

// catch runs fn and returns, as an internalError naming job (in the interface's language), a panic it
// raised, after printing the panic and its stack to standard error for a bug report.
func catch(job string, fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "glose: internal error in %s: %v\n%s", job, r, debug.Stack())
			err = &internalError{job: job, cause: r}
		}
	}()
	fn()
	return nil
}

// internalError is a panic of background work, caught by catch.
type internalError struct {
	job   string // what the work was, in the interface's language: "Préannotation"
	cause any
}

// Error says, in the interface's language, that the job failed through a fault of Glose, that the
// document is as it was, and what to report.
func (e *internalError) Error() string {
	return lang.L("{{.Job}}: an internal error of Glose stopped the work; your document is as it was before. Please report it, with what you were doing ({{.Cause}}).",
		map[string]any{"Job": e.job, "Cause": fmt.Sprint(e.cause)})
}

// jobName is a progress title made the name of its job in a sentence: "Pre-annotating…" →
// "Pre-annotating".
func jobName(title string) string { return strings.TrimRight(title, "…. ") }

// caught is work (run off the UI goroutine on a snapshot, then what it returns on the UI goroutine)
// with a panic of its first part given to show, as an internalError, instead. A panic of the second, which
// changes the document, is left to keepWorkOnPanic: the document may be half changed, and the window
// cannot go on as if nothing happened.
func caught(job string, work func() func(), show func(error)) func() func() {
	return func() func() {
		var apply func()
		if err := catch(job, func() { apply = work() }); err != nil {
			return func() { show(err) }
		}
		return apply
	}
}

// caughtWithProgress is caught for work that reports its progress and can be cancelled
// (UI.withProgress).
func caughtWithProgress(ui *UI, job string, work func(context.Context, func(done, total int)) func(bool)) func(context.Context, func(done, total int)) func(bool) {
	return func(ctx context.Context, report func(done, total int)) func(bool) {
		var apply func(bool)
		if err := catch(job, func() { apply = work(ctx, report) }); err != nil {
			return func(bool) { ui.showError(err) }
		}
		return apply
	}
}
