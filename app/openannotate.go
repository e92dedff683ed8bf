package app

import (
	"context"
	"errors"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/annotate/project"
)

// Opening a text (plain text, Markdown, HTML, an XLIFF without spans, a pasted text…) pre-annotates
// it: 2.5 s for a 4 MB article, which the translator used to wait out behind the progress dialog. Now
// the pre-annotation runs on a copy of the text, on another goroutine, and the text shows as soon as
// it is imported and segmented; the proposals are added when they are ready, as Tools › Pre-annotate
// adds its own (addProposals): one undo step on top of whatever the translator did meanwhile, which
// they never overwrite. A text whose pre-annotation ends within annotateBudget (an article of
// ordinary length: 3 ms for the sample, the model being loaded before the wait starts) is waited for
// and shows in one go, already pre-annotated, with nothing to undo, rather than in two visible steps.

// annotateBudget is how long opening a text waits for its pre-annotation before showing it without.
const annotateBudget = 150 * time.Millisecond

// openAnnotation is the pre-annotation of a text being opened, running on a copy of it.
type openAnnotation struct {
	d      *annotate.Document // the text as imported, shown meanwhile
	snap   *annotate.Document // the copy pre-annotated
	before map[string]bool    // the IDs snap had (snapshot)
	// stop gives the work up once its text is no longer shown (abandon), which ends ctx: the proposals
	// would be dropped, and a 4 MB text's took a core for seconds more.
	ctx   context.Context
	stop  context.CancelCauseFunc
	done  chan struct{} // closed once the work is over; the fields below are then set
	warns []string      // what pre-annotation reported (the text opens all the same)
	err   error         // a panic of the work, caught: snap is then not to be used
}

// startAnnotation starts pre-annotating a copy of d, a text just imported, with opts.
func (ui *UI) startAnnotation(d *annotate.Document, opts preannotate.Options) *openAnnotation {
	snap, before := snapshot(d)
	ctx, stop := context.WithCancelCause(context.Background())
	a := &openAnnotation{d: d, snap: snap, before: before, done: make(chan struct{}), ctx: ctx, stop: stop}
	go func() {
		defer close(a.done)
		a.err = catch(jobName(lang.L("Pre-annotating…")), func() {
			if _, err := preannotate.RunReportContext(ctx, snap, opts); err != nil && ctx.Err() == nil {
				a.warns = append(a.warns, err.Error())
			}
		})
	}()
	return a
}

// errAbandoned is why the pre-annotation of a text no longer shown was given up.
var errAbandoned = errors.New("the text is no longer shown")

// abandon gives up the pre-annotation under way of a text no longer shown, as d replaces it (nil: the
// window closes); takeAnnotation would drop its proposals.
func (ui *UI) abandon(d *annotate.Document) {
	if a := ui.annotating; a != nil && a.d != d {
		a.stop(errAbandoned)
		ui.annotating = nil
	}
}

// within reports whether the work ended within wait (a negative wait: not waited for).
func (a *openAnnotation) within(wait time.Duration) bool {
	if wait < 0 {
		return false
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-a.done:
		return true
	case <-t.C:
		return false
	}
}

// annotateWaitMax is the size of French (bytes) above which opening does not wait annotateBudget for
// the pre-annotation: it cannot end by then, and the text would only show 150 ms later. An idle core
// here pre-annotates 1.8 MB/s (the 4 MB article in 2.3 s; BenchmarkPreannotate at GOMAXPROCS=1, load
// 8: 1.4 MB/s), so 512 KB takes 0.28 s at best, nearly twice the budget: a core twice as fast would
// still miss it. Below, the texts of 0.15–0.28 s wait in vain on this machine, which costs less than a
// text that could have shown in one step showing in two.
const annotateWaitMax = 512 << 10

// annotateWait is how long opening a text of size bytes waits for its pre-annotation (see
// Options.annotateWait): with Sync, until it ends, as tests of what opening shows expect; not at all
// for a text too big to be done within the budget.
func (ui *UI) annotateWait(size int) time.Duration {
	switch {
	case ui.opts.annotateWait != 0:
		return ui.opts.annotateWait
	case ui.opts.Sync:
		return time.Duration(1<<63 - 1)
	case size > annotateWaitMax:
		return -1
	}
	return annotateBudget
}

// preannotateOpened pre-annotates l.doc, a text just read that has no spans, off the UI goroutine:
// within the time annotateWait gives, l then holds the text pre-annotated; else l.doc is the text as
// imported, and l.annotating the work that goes on (see awaitAnnotation).
func (ui *UI) preannotateOpened(l *loaded, terms preannotate.Glossary) {
	if len(l.doc.Spans) > 0 {
		return
	}
	l.annotated = true
	opts, warns := ui.importOptions(terms) // loads the model: not in the time waited for
	l.warns = append(l.warns, warns...)
	a := ui.startAnnotation(l.doc, opts)
	if !a.within(ui.annotateWait(len(l.doc.Text))) {
		l.annotating = a
		return
	}
	if a.err != nil {
		l.warns = append(l.warns, a.err.Error())
		return
	}
	l.doc, l.warns = a.snap, append(l.warns, a.warns...)
}

// preannotateRecovered pre-annotates l.doc, read from the autosave of a text never saved (l.path is
// ""), as opening the text did (preannotateOpened), when that autosave was written before the
// proposals landed: the text shows before them, and a crash meanwhile left the translator the text
// without any. Such an autosave is known by what it lacks: no span at all, no suggestion rejected
// (rejecting records what not to propose again), and no record of the run (Meta.Preannotated), which
// lands with the proposals. A text whose pre-annotation found nothing, or whose proposals were all
// removed, gets nothing again. A saved document is left as its file has it, as opening it does.
func (ui *UI) preannotateRecovered(l *loaded, terms preannotate.Glossary) {
	if l.path == "" && len(l.doc.Rejected) == 0 && l.doc.Meta.Preannotated == nil {
		ui.preannotateOpened(l, terms)
	}
}

// awaitAnnotation adds a's proposals to the document once they are ready (takeAnnotation), on the
// UI goroutine, and says meanwhile that the text is being pre-annotated: on the status line, and
// after the current segment's state when it takes the line (showState).
func (ui *UI) awaitAnnotation(a *openAnnotation) {
	ui.annotating = a
	ui.setStatus(lang.L("Pre-annotating in the background: you can start translating"))
	if ui.trace != nil {
		ui.trace("document shown, pre-annotating")
	}
	land := ui.opts.landProposals
	if land == nil {
		land = ui.do
	}
	go func() {
		<-a.done
		land(func() { ui.takeAnnotation(a) })
	}()
}

// takeAnnotation adds the proposals of a to the document it was started for, unless another
// document was opened or the window closed meanwhile. They are one undo step, "pre-annotation": the
// editor's steps are undone in order, each on the document the steps before it left, so that the
// proposals cannot be slipped under the translator's own steps, nor be left out of the history (a
// tag the translator made meanwhile, which a proposed quotation took for its speaker, would be undone
// leaving the link behind). The English typed meanwhile gets them projected onto it, as confirming
// it or a pause in typing it would have had there been any to project. On a text nobody touched meanwhile and not saved yet they leave it
// unmodified, as opening it again gives it; once saved or changed, it is modified.
func (ui *UI) takeAnnotation(a *openAnnotation) {
	if ui.annotating == a {
		ui.annotating = nil
	}
	if ui.doc != a.d || ui.closed {
		return
	}
	if a.err != nil {
		ui.showError(a.err)
		ui.loadEnded(nil)
		return
	}
	n := 0
	ui.unchanged = !ui.dirty && ui.path == ""
	ui.run(func() error {
		return ui.ed.Batch("pre-annotate", func() (err error) {
			if n, _, err = ui.addProposals("pre-annotate", a.snap, a.before); err != nil {
				return err
			}
			return ui.projectTypedMeanwhile(a.snap)
		})
	})
	ui.unchanged = false
	ui.setStatus(preannotatedMessage(n, 0))
	if ui.trace != nil {
		ui.trace("pre-annotation's proposals added")
	}
	if len(a.warns) > 0 {
		ui.showLoadWarnings(a.warns, nil)
	}
	ui.loadEnded(nil)
}

// projectTypedMeanwhile projects the proposals onto the English of the segments typed in since snap
// was taken: confirmed, as confirming does; else as a pause in typing does.
func (ui *UI) projectTypedMeanwhile(snap *annotate.Document) error {
	opts := ui.projectOptions()
	for _, seg := range ui.doc.Segments {
		if seg.Target == "" || sameTarget(ui.doc, snap, seg.ID) {
			continue
		}
		opts.Typing = seg.Status != annotate.StatusTranslated && seg.Status != annotate.StatusReviewed
		if _, err := project.Segment(ui.ed, seg.ID, opts); err != nil {
			return err
		}
	}
	return nil
}
