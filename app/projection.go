package app

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/project"
)

// Delays after the last keystroke before the typed segment is projected and the side panel redrawn.
const (
	projectDelay = 1500 * time.Millisecond
	panelDelay   = 300 * time.Millisecond
)

// stepAutoProject names the undo step of a projection made after a pause in typing (or after a
// suggestion was inserted). Undo takes it back together with the typing (or the insertion) before it,
// so that Ctrl+Z undoes what the user did, not what the app proposed on its own; Redo brings both
// back. The projection also replaces its own earlier suggestions that the English no longer places
// where they are (a quotation projected while it was half typed, see package project): that too goes
// with the typing that finished the quotation, so each Undo brings back the English and its
// suggestions as they were seen together before that typing.
const stepAutoProject = "project after typing"

// stepProject names a projection's undo step of its own (package project names it so): one that
// followed no typing, or one over the whole document.
const stepProject = "project annotations"

// stepsProjectedAfter are the undo steps a projection after a pause pairs with.
var stepsProjectedAfter = append([]string{"typing", stepReplace, stepReplaceAll}, insertSteps...)

// projection is the state of the projection of the English as it is typed, and of the undo pairs.
type projection struct {
	pending    []string    // IDs of segments typed in and not projected since
	timer      *time.Timer // pending projection
	panelTimer *time.Timer // pending redraw of the side panel
	redo       []int       // how many editor steps each Redo brings back (2 for typing + projection)
}

// projectOptions are the options of every projection: the entities' English names (which projection
// reads from the document) and ner's English names of French ones.
func (ui *UI) projectOptions() project.Options {
	return project.Options{Names: project.NamerFunc(ner.EnglishName)}
}

// afterEdit runs after every change the editor makes, before the refresh: it schedules the QA run,
// the projection of the segment being typed in, and a redraw of the side panel (whose English would
// otherwise lag behind the typing).
func (ui *UI) afterEdit() {
	if !ui.ed.CanRedo() {
		ui.proj.redo = nil
	}
	if ui.qa != nil {
		ui.qa.kick()
	}
	if !ui.typing {
		return
	}
	ui.cache.typed++ // before the panels' refresh, which is at once in tests
	if ui.cur >= len(ui.doc.Segments) {
		return
	}
	ui.projectLater(ui.doc.Segments[ui.cur].ID)
	ui.later(&ui.proj.panelTimer, panelDelay, ui.refreshPanels)
}

// projectLater schedules the projection of a segment whose English changed, after the pause
// projectDelay (restarted by every change), as typing does.
func (ui *UI) projectLater(id string) {
	if !slices.Contains(ui.proj.pending, id) {
		ui.proj.pending = append(ui.proj.pending, id)
	}
	ui.later(&ui.proj.timer, projectDelay, ui.projectTyped)
}

// later runs fn on the UI goroutine after delay, replacing what *t had scheduled. In synchronous mode
// (tests) the panel is redrawn at once and projections wait for projectTyped.
func (ui *UI) later(t **time.Timer, delay time.Duration, fn func()) {
	if ui.opts.Sync {
		if t == &ui.proj.panelTimer {
			fn()
		}
		return
	}
	if *t != nil {
		(*t).Stop()
	}
	*t = time.AfterFunc(delay, func() { ui.do(fn) })
}

// projectTyped projects the segments typed in since the last projection. Right after typing (or an
// insertion) it is an undo step that Undo pairs with it (stepAutoProject); otherwise a step of its
// own. The English may be half typed (Options.Typing).
func (ui *UI) projectTyped() {
	ids := ui.proj.pending
	ui.proj.pending = nil
	if ui.proj.timer != nil {
		ui.proj.timer.Stop()
	}
	if len(ids) == 0 {
		return
	}
	name := stepProject
	if slices.Contains(stepsProjectedAfter, ui.ed.UndoName()) {
		name = stepAutoProject
	}
	opts := ui.projectOptions()
	opts.Typing = true
	ui.run(func() error {
		return ui.ed.Batch(name, func() error {
			for _, id := range ids {
				if seg := ui.doc.Segment(id); seg == nil || seg.Target == "" {
					continue
				}
				if _, err := project.Segment(ui.ed, id, opts); err != nil {
					return err
				}
			}
			return nil
		})
	})
}

// confirmAndProject marks the current segment translated, projects its annotations onto the English
// (one undo step: undoing the confirmation takes the projected spans back too) and moves on to the
// next segment's English, passing locked segments by (there is nothing to translate there). On a
// locked segment it confirms nothing and moves on. A reviewed segment stays reviewed.
func (ui *UI) confirmAndProject() { ui.confirmAs(annotate.StatusTranslated) }

// reviewAndNext is confirmAndProject for a reviewer (Alt+Enter): the segment becomes reviewed, as
// memoQ's and Trados Studio's Ctrl+Enter confirm it in their review modes. Without it a reviewer
// pressed Alt+4, then Ctrl+Down, for each of the article's segments, and Ctrl+Enter from habit
// left a translated segment translated, with no word that the review was not recorded.
func (ui *UI) reviewAndNext() { ui.confirmAs(annotate.StatusReviewed) }

// confirmAs is confirmAndProject and reviewAndNext: st is translated or reviewed.
func (ui *UI) confirmAs(st annotate.Status) {
	if ui.cur >= len(ui.doc.Segments) {
		return
	}
	seg := ui.doc.Segments[ui.cur]
	if seg.Locked {
		if next := ui.nextOpen(ui.cur); next >= 0 {
			ui.focusSegment(next, annotate.Target)
		} else {
			ui.lockedHint(ui.cur)
		}
		return
	}
	copied := !seg.HasTranslation() && nothingToTranslate(ui.doc.SourceText(seg))
	if !copied && ui.nothingToConfirm() {
		return
	}
	ui.proj.pending = slices.DeleteFunc(ui.proj.pending, func(id string) bool { return id == seg.ID })
	opts := ui.projectOptions()
	ui.run(func() error {
		return ui.ed.Batch("confirm", func() error {
			if copied { // "* * *", "2017": the English is the French
				if _, err := ui.ed.SetTarget(seg.ID, ui.doc.SourceText(seg)); err != nil {
					return err
				}
			}
			if seg.Status != annotate.StatusReviewed || st == annotate.StatusReviewed {
				if err := ui.ed.SetStatus(seg.ID, st); err != nil {
					return err
				}
			}
			if seg.Target == "" {
				return nil
			}
			_, err := project.Segment(ui.ed, seg.ID, opts)
			return err
		})
	})
	n := ui.cur + 1
	next := ui.nextOpen(ui.cur)
	if next >= 0 {
		ui.focusSegment(next, annotate.Target)
		ui.confirmedNote(n, st)
	} else {
		ui.lastConfirmed(n, st)
	}
	if copied {
		ui.setStatus(lang.L("Segment {{.N}} has no words to translate: its French was copied into the English and confirmed", map[string]any{"N": n}))
	} else if st == annotate.StatusReviewed {
		ui.reviewedWithPending(n - 1)
	} else if seg.Changed() && next >= 0 {
		ui.changesKept(n - 1)
	}
}

// nothingToTranslate reports whether a segment's French holds no letter (a separator, a number, a
// dash): its translation is the same text.
func nothingToTranslate(src string) bool {
	return strings.TrimSpace(src) != "" && !strings.ContainsFunc(src, unicode.IsLetter)
}

// stepUnreview names the step that makes a reviewed segment translated again when its English is
// edited: the review was of other words. Undo takes it back with the typing that follows it.
const stepUnreview = "edit reviewed segment"

// unreview makes a reviewed segment translated, as the first keystroke in its English does.
func (ui *UI) unreview(segID string) error {
	return ui.ed.Batch(stepUnreview, func() error { return ui.ed.SetStatus(segID, annotate.StatusTranslated) })
}

// undoStep undoes the last step; a projection made after a pause in typing goes with that typing.
func (ui *UI) undoStep() {
	if ui.undoSmartQuote() { // the straight mark typed first (smartquotes.go)
		return
	}
	if !ui.ed.CanUndo() {
		ui.setStatus(lang.L("Nothing to undo"))
		return
	}
	ui.proj.pending = nil // what was typed is being taken back: do not project it
	name := ui.ed.UndoName()
	before := ui.stepState(name)
	if name == stepAutoProject {
		before = annoStateOf(ui.doc) // the step it follows may be told by its change
	}
	defer func() {
		what := ui.stepSaid(name, ui.stepState(name), before) // the step went from the state now to before
		ui.sayStep(lang.L("Undone: {{.What}}", map[string]any{"What": what}))
	}()
	defer ui.statusFollows()()
	defer ui.caretFollows()()
	n := 1
	undo := func() {
		ui.ed.Undo()
		if name == stepAutoProject && ui.ed.CanUndo() {
			name = ui.ed.UndoName() // what the user did, which the projection followed
			ui.ed.Undo()
			n = 2
		}
		if ui.ed.UndoName() == stepUnreview { // the typing that took the review away is undone
			ui.ed.Undo()
			n++
		}
	}
	memory := ui.memoryFollows()
	undo() // a step touching many rows rebuilds the list (updateHeights)
	memory()
	ui.proj.redo = append(ui.proj.redo, n)
}

// redoStep redoes what the last undoStep undid.
func (ui *UI) redoStep() {
	if ui.redoSmartQuote() { // the curly mark Ctrl+Z took back (smartquotes.go)
		return
	}
	if !ui.ed.CanRedo() {
		ui.setStatus(lang.L("Nothing to redo"))
		return
	}
	defer ui.caretFollows()()
	n := 1
	if k := len(ui.proj.redo); k > 0 {
		n, ui.proj.redo = ui.proj.redo[k-1], ui.proj.redo[:k-1]
	}
	name := ui.ed.RedoName() // what the user did, before the projection that followed it
	before := ui.stepState(name)
	follow, memory := ui.statusFollows(), ui.memoryFollows()
	for range n {
		ui.ed.Redo()
	}
	follow()
	memory()
	ui.sayStep(lang.L("Redone: {{.What}}", map[string]any{"What": ui.stepSaid(name, before, ui.stepState(name))}))
}

// resetProjection forgets pending projections and undo pairs when another document is shown.
func (ui *UI) resetProjection() {
	for _, t := range []*time.Timer{ui.proj.timer, ui.proj.panelTimer} {
		if t != nil {
			t.Stop()
		}
	}
	ui.proj = projection{}
}
