package app

import (
	"os"
	"sync"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// autosaver writes the document to its sidecar a few seconds after the last change, so that a crash
// loses at most those seconds; the next start offers to recover it.
type autosaver struct {
	ui    *UI
	timer *time.Timer
	mu    sync.Mutex // one write to the sidecar at a time
	// afterWrite, when set (by tests), is called on the writing goroutine once it has handed its report
	// to fyne.Do.
	afterWrite func()
	// write, when set (by tests), writes the autosave instead of workspace (see writer).
	write func(docPath string, d *annotate.Document) error
	// pendingSince is when the first change not yet autosaved was made (zero: none); UI goroutine.
	pendingSince time.Time
	appending    // what the next autosave appends to (autosavejob.go)
}

func newAutosaver(ui *UI) *autosaver { return &autosaver{ui: ui} }

// writer returns what writes this window's autosave: a sidecar of its own when another window has
// the document open (workspace.AutosaveSecond), else the document's. Call it on the UI goroutine.
func (a *autosaver) writer() func(docPath string, d *annotate.Document) error {
	switch {
	case a.write != nil:
		return a.write
	case a.ui.second:
		return workspace.AutosaveSecond
	}
	return workspace.Autosave
}

// discardAutosave removes this window's autosave of the document at path, and the one its document
// was recovered from, which another window (a second one that crashed) may have written.
func (ui *UI) discardAutosave(path string) {
	if ui.recovered != "" {
		_ = workspace.RemoveAutosave(ui.recovered)
		ui.recovered = ""
	}
	if ui.second {
		_ = workspace.DiscardSecond(path, workspace.AutosaveID(ui.doc))
		return
	}
	_ = workspace.DiscardAutosave(path, workspace.AutosaveID(ui.doc))
}

// kick (re)starts the countdown after a change. In synchronous mode (tests) nothing is scheduled:
// tests call UI.AutosaveNow.
func (a *autosaver) kick() {
	if a.ui.opts.Sync {
		return
	}
	d := a.wait(time.Now())
	if a.timer != nil {
		a.timer.Reset(d)
		return
	}
	a.timer = time.AfterFunc(d, func() {
		a.ui.do(func() {
			a.pendingSince = time.Time{}
			a.inBackground()
		})
	})
}

// wait says how long after a change at now the autosave is to be written: the delay after the last
// change, but never later than maxWaitFactor delays after the first change not yet autosaved, so that
// someone typing on without a pause of that delay (a translator's steady typing, projection's
// proposals after each pause) still has the work autosaved.
func (a *autosaver) wait(now time.Time) time.Duration {
	delay := a.ui.opts.AutosaveDelay
	if a.pendingSince.IsZero() {
		a.pendingSince = now
	}
	left := a.pendingSince.Add(maxWaitFactor * delay).Sub(now)
	return max(min(delay, left), 0)
}

// maxWaitFactor times the autosave delay is the longest a change waits for its autosave.
const maxWaitFactor = 3

// inBackground prepares the autosave on the UI goroutine (the changes since the last one, or a copy of
// the document when it is to be written in full) and writes it on another, so that the user typing
// on is never held up by an autosave (encoding a 4 MB article in full takes a third of a second). One
// write at a time: an autosave that comes due while one is written follows it.
func (a *autosaver) inBackground() {
	ui := a.ui
	if !ui.dirty || ui.closed {
		return
	}
	if a.busy {
		a.again = true
		return
	}
	j := a.prepare()
	a.busy = true
	probe := ui.saveProbe(j.probeDoc)
	go func() {
		a.mu.Lock()
		var err error
		if perr := catch(lang.L("Autosave"), func() { err = a.run(j) }); perr != nil {
			err = perr
		}
		a.mu.Unlock()
		var probed func()
		if probe != nil {
			probed = probe()
		}
		ui.do(func() {
			a.busy = false
			if probed != nil {
				probed()
			}
			again := a.finish(j, err)
			if !ui.dirty { // saved while the copy was being written: the sidecar is stale
				ui.discardAutosave(j.path)
				return
			}
			if again { // came due meanwhile, or the changes could not be appended
				a.inBackground()
				return
			}
			ui.autosaved(err)
		})
		if a.afterWrite != nil {
			a.afterWrite()
		}
	}()
}

// stop cancels a pending autosave.
func (a *autosaver) stop() {
	if a.timer != nil {
		a.timer.Stop()
	}
	a.pendingSince = time.Time{} // nothing is waiting: the next change starts the longest wait afresh
	a.forget()
}

// AutosaveNow writes the autosave sidecar now, on the calling goroutine, if the document has unsaved
// changes: on close, and in tests.
func (ui *UI) AutosaveNow() {
	if !ui.dirty {
		return
	}
	a := ui.autosave
	j := a.prepare()
	a.mu.Lock()
	err := a.run(j)
	a.mu.Unlock()
	if a.finish(j, err) { // the autosave was changed by another: written in full
		j = a.prepare()
		a.mu.Lock()
		err = a.run(j)
		a.mu.Unlock()
		a.finish(j, err)
	}
	ui.autosaved(err)
	if probe := ui.saveProbe(ui.doc); probe != nil {
		probe()()
	}
}

// autosaved reports the outcome of an autosave: a failure in a warning across the window that stays
// until an autosave succeeds, a success in the window title, where it does not take the place of what
// the status line says about the person's last action. It then looks whether the document's file
// changed on disk, for the save to come.
func (ui *UI) autosaved(err error) {
	if err != nil {
		ui.alerts.set(alertAutosave, autosaveFailed(err))
		return
	}
	ui.alerts.set(alertAutosave, "")
	ui.rememberPlace() // a crash then reopens the recovered changes where the person was working
	ui.autosavedAt = time.Now().Format("15:04")
	ui.updateTitle()
	ui.refreshPanels() // the quotes panel shows the English, which typing does not refresh
	ui.checkDisk(true)
}

// offerRecovery asks whether to recover an autosave newer than the document just opened. Autosaves
// no newer than it are offered when they hold something the file lacks, saying that the file changed
// since (offerOlder); those that hold nothing the file lacks are removed. Nor is the
// autosave of another window still open on the document (opened anyway): that window has the changes,
// and recovering them here too would have two windows save the same work over each other; the status
// line says they are there instead. The work the start lists comes after (startSettled): once the
// question is answered and the changes recovered, so that the two are never on the screen together.
func (ui *UI) offerRecovery() {
	ui.recovered = ""
	side, ok := workspace.Recovery(ui.path, workspace.AutosaveID(ui.doc))
	if !ok {
		path, id := ui.path, workspace.AutosaveID(ui.doc)
		if path != "" && workspace.OtherWindowUnsaved(path, id) {
			ui.setStatus(lang.L("Another open Glose window has unsaved changes to “{{.Name}}”.", map[string]any{"Name": ui.documentName()}))
		}
		if workspace.HasOlderAutosave(path, id) { // its file saved since: it may hold work the file lacks
			ui.offerOlder()
			return
		}
		ui.background(func() func() {
			workspace.PruneStale(path, id)
			return func() {}
		})
		ui.startSettled()
		return
	}
	if format, newer := workspace.NewerFile(side); newer {
		ui.newerAutosave(side, format)
		ui.startSettled()
		return
	}
	var at time.Time // when the autosave was written: the seconds typed after it are not in it
	if si, err := os.Stat(side); err == nil {
		at = si.ModTime()
	}
	msg := lang.L("Glose was closed without saving the changes to “{{.Name}}” ({{.When}}; what was typed in the last seconds before Glose stopped may be missing). Recover them?",
		map[string]any{"Name": ui.documentName(), "When": autosavedWhen(at, time.Now())})
	ui.confirm(lang.L("Recover unsaved changes"), msg, func(yes bool) {
		if !yes {
			ui.recovered = side // declined: it goes, whichever window wrote it
			ui.discardAutosave(ui.path)
			ui.startSettled()
			return
		}
		ui.recoverFrom(side)
	})
}

// recoverFrom reads the autosave side of the document shown off the UI goroutine, behind the progress
// dialog (a 4 MB article's autosave is some 25 MB of JSON: reading it froze the window for seconds),
// and shows it in the document's place; then the start's list of unsaved work may come.
func (ui *UI) recoverFrom(side string) {
	shown, path, terms := ui.doc, ui.path, ui.userGlossary()
	what := lang.L("Recovering “{{.Name}}”…", map[string]any{"Name": ui.documentName()})
	fail := func(err error) { ui.showError(err); ui.startSettled() }
	ui.progress.run(what, caught(jobName(what), func() func() {
		d, err := workspace.LoadRecovery(side)
		l := &loaded{doc: d, path: path}
		l.lost, err = partialRecovery(side, d, err)
		if err == nil {
			ui.preannotateRecovered(l, terms)
		}
		return func() {
			// the start's list comes next, after the questions this asks
			defer ui.startSettled()
			if ui.doc != shown { // another document came meanwhile: the autosave is offered again later
				return
			}
			if format, newer := workspace.IsNewer(err); newer { // kept as it is
				ui.newerAutosave(side, format)
				return
			}
			if err != nil { // damaged: kept, or set aside, never removed
				ui.damagedAutosave(side, err)
				return
			}
			undoable := ui.restoreInPlace(l)
			if !undoable {
				ui.setDocument(l.doc, path)
			}
			ui.restoreAutosave(side, undoable)
			ui.tellLost(l.lost)
			if l.annotating != nil {
				ui.awaitAnnotation(l.annotating)
			}
			if len(l.warns) > 0 {
				ui.showLoadWarnings(l.warns, nil)
			}
		}
	}, fail))
}

// onClose asks whether to save unsaved changes before the window closes. It may come over any
// dialog (Ctrl+Q, the close button); over its own question, it waits for the answer rather than ask
// again on top of it.
func (ui *UI) onClose() {
	if m := ui.topModal(); m != nil && m == ui.closeAsked {
		return
	}
	n := len(ui.modals)
	ui.settleUnsaved(lang.L("Save the changes to “{{.Name}}” before closing?", map[string]any{"Name": ui.documentName()}), ui.quit)
	if len(ui.modals) > n {
		ui.closeAsked = ui.modals[len(ui.modals)-1]
	}
}

func (ui *UI) quit() {
	ui.autosave.stop()
	ui.abandon(nil)
	ui.holdLock(nil)
	ui.closed = true
	ui.rememberSize()
	ui.rememberPlace()
	ui.win.Close()
}
