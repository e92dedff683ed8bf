package main

import (
	"bytes"
	"io"
	"sync"
)

// fyneLogFilter passes the standard logger's lines (where fyne.LogError writes) on to out, but for
// Fyne 2.7.1's "Preferences load error" whose cause is EOF or unexpected EOF, which it drops with
// the "At:" line after it.
//
// That error says only that Fyne's watcher of the settings folder reread the settings file while
// it was being rewritten (Fyne truncates the file, then writes it): by Fyne itself as the app ends
// (preferences.forceImmediateSave, raced by the reload that fyne.Do then runs at once on the
// watcher's goroutine; seen with a stack trace in about 1 run in 10, on a first start as on any
// other), or by another Glose window. Nothing is lost by it: the JSON decoder fails before it
// changes anything, so the settings in memory stay whole, and Fyne's change listener, notified
// even so, writes them back over the file (or its save in progress does). A file left damaged by a
// crash is put back before Fyne reads it (guardSettings). Any other cause of a load error, and any
// other line, goes through.
type fyneLogFilter struct {
	out    io.Writer
	mu     sync.Mutex
	held   []byte // a "Preferences load error:" line, until the line of its cause
	skipAt bool   // drop the next line if it is the dropped error's "At:"
}

// newFyneLogFilter returns a filter writing to out, for log.SetOutput.
func newFyneLogFilter(out io.Writer) *fyneLogFilter { return &fyneLogFilter{out: out} }

// The lines of fyne.LogError("Preferences load error:", err), as Fyne 2.7.1 logs them.
const (
	prefsLoadError = "Fyne error:  Preferences load error:"
	eofCause       = "  Cause: EOF\n"
	cutShortCause  = "  Cause: unexpected EOF\n"
	atLine         = "  At: "
)

// Write takes one line of the standard logger (it writes each in one call).
func (f *fyneLogFilter) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.skipAt {
		f.skipAt = false
		if bytes.Contains(p, []byte(atLine)) {
			return len(p), nil
		}
	}
	if held := f.held; held != nil {
		f.held = nil
		if bytes.HasSuffix(p, []byte(eofCause)) || bytes.HasSuffix(p, []byte(cutShortCause)) {
			f.skipAt = true
			return len(p), nil
		}
		if _, err := f.out.Write(held); err != nil {
			return 0, err
		}
	}
	if bytes.Contains(p, []byte(prefsLoadError)) {
		f.held = append([]byte(nil), p...)
		return len(p), nil
	}
	return f.out.Write(p)
}
