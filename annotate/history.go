package annotate

import (
	"fmt"
	"slices"
)

// Editor changes a document through undoable steps. The app and the CLI make every change through it;
// reading the document directly is fine. An Editor is not safe for concurrent use.
type Editor struct {
	Doc      *Document
	undo     []*step
	redo     []*step
	limit    int
	batch    *step // open batch collecting changes, or nil
	OnChange func()
	// saved is the step on top of undo when the document was last saved (nil: the empty history), so
	// that undo or redo back to it leaves the document unmodified; savedLost says no undo or redo can
	// bring that state back (see Modified).
	saved     *step
	savedLost bool
	retyping  retyping // the end of a span being typed over (retype.go)
	// trackAnyway makes edits of the English keep the translator's version whatever the document's
	// switch says (TrackingAnyway, changes.go).
	trackAnyway bool
}

// step is one undoable action made of raw changes, undone in reverse order.
type step struct {
	name    string
	changes []change
	typing  string // segment ID when the step is a run of typing in one segment
	typedTo int    // byte offset just after the last typed text, to coalesce the next keystroke
}

type change struct{ do, undo func() }

// NewEditor returns an editor on d keeping up to 1,000 undo steps.
func NewEditor(d *Document) *Editor { return &Editor{Doc: d, limit: 1000} }

// MarkSaved records the document as it is now as the saved one: Modified is false until a change,
// and again once undo or redo comes back to this point of the history.
func (e *Editor) MarkSaved() {
	e.saved, e.savedLost = e.top(), false
}

// MarkUnsaved says the document differs from its saved state by changes outside the history (work
// recovered from an autosave): it is modified whatever undo and redo do, until the next MarkSaved.
func (e *Editor) MarkUnsaved() { e.savedLost = true }

// Modified reports whether the document differs from its saved state: the saved point is not the
// top of the undo history, or can no longer be reached (a new change after undoing past it dropped
// it with the redo steps, or the history's limit dropped the steps before it).
func (e *Editor) Modified() bool { return e.savedLost || e.top() != e.saved }

// top returns the last step done, or nil.
func (e *Editor) top() *step {
	if len(e.undo) == 0 {
		return nil
	}
	return e.undo[len(e.undo)-1]
}

// CanUndo and CanRedo report whether there is something to undo or redo.
func (e *Editor) CanUndo() bool { return len(e.undo) > 0 }

// CanRedo reports whether there is something to redo.
func (e *Editor) CanRedo() bool { return len(e.redo) > 0 }

// UndoName returns the name of the step Undo would revert, for menus.
func (e *Editor) UndoName() string {
	if len(e.undo) == 0 {
		return ""
	}
	return e.undo[len(e.undo)-1].name
}

// RedoName returns the name of the step Redo would bring back, or "".
func (e *Editor) RedoName() string {
	if len(e.redo) == 0 {
		return ""
	}
	return e.redo[len(e.redo)-1].name
}

// Undo reverts the last step. It returns false when there is nothing to undo.
func (e *Editor) Undo() bool {
	if len(e.undo) == 0 {
		return false
	}
	s := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	for i := len(s.changes) - 1; i >= 0; i-- {
		s.changes[i].undo()
	}
	s.typing = "" // never coalesce into a step that was undone and redone
	e.retyping = retyping{}
	e.redo = append(e.redo, s)
	e.changed()
	return true
}

// Redo applies again the last undone step.
func (e *Editor) Redo() bool {
	if len(e.redo) == 0 {
		return false
	}
	s := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	for _, c := range s.changes {
		c.do()
	}
	e.retyping = retyping{}
	e.undo = append(e.undo, s)
	e.changed()
	return true
}

func (e *Editor) changed() {
	if e.OnChange != nil {
		e.OnChange()
	}
}

// Batch runs fn, recording every change it makes through the editor as one undo step named name. If fn
// fails, the changes it made are reverted and its error returned.
func (e *Editor) Batch(name string, fn func() error) error {
	if e.batch != nil { // nested: join the outer batch
		return fn()
	}
	e.batch = &step{name: name}
	err := fn()
	s := e.batch
	e.batch = nil
	if err != nil {
		for i := len(s.changes) - 1; i >= 0; i-- {
			s.changes[i].undo()
		}
		return err
	}
	e.push(s)
	return nil
}

// apply performs c as part of the current batch, or as a step of its own.
func (e *Editor) apply(name string, cs ...change) {
	for _, c := range cs {
		c.do()
	}
	if e.batch != nil {
		e.batch.changes = append(e.batch.changes, cs...)
		return
	}
	e.push(&step{name: name, changes: cs})
}

func (e *Editor) push(s *step) {
	if len(s.changes) == 0 {
		return
	}
	e.undo = append(e.undo, s)
	if len(e.undo) > e.limit {
		if e.saved == nil { // the empty history's state: its first steps can no longer be undone
			e.savedLost = true
		}
		e.undo = slices.Delete(e.undo, 0, len(e.undo)-e.limit)
	}
	e.redo = nil
	e.changed()
}

// ReplaceTarget replaces bytes [a, b) of a segment's target with text, moving, growing, clipping or
// removing the segment's target spans (see Adjust). It returns the spans the edit swallowed, which are
// removed together with their links. An edit that leaves a translated or reviewed segment without
// translation makes it a draft, in the same step. Consecutive typing in one place is one undo step.
// Its cost depends on the segment, not on the document.
func (e *Editor) ReplaceTarget(segID string, a, b int, text string) ([]*Span, error) {
	return e.replaceTarget(segID, a, b, text, false)
}

// replaceTarget is ReplaceTarget; draft also makes a new segment a draft in the same undo step.
func (e *Editor) replaceTarget(segID string, a, b int, text string, draft bool) ([]*Span, error) {
	d := e.Doc
	seg := d.Segment(segID)
	if seg == nil {
		return nil, fmt.Errorf("no segment %q", segID)
	}
	if seg.Locked {
		return nil, lockedError(segID)
	}
	if err := checkTargetRange(seg, a, b, text); err != nil {
		return nil, err
	}
	var changes []change
	if draft && seg.Status == StatusNew {
		st := setVal(&seg.Status, StatusDraft)
		st.do()
		changes = append(changes, st)
	}
	oldText, oldCodes := seg.Target, seg.Codes
	saved := saveSpans(d.ix().targetOf[segID])
	savedRej := d.saveRejections(segID)
	grow := e.retypeGrowth(seg, a, b, text)
	var removed []*Span
	wasDone := seg.Status.Done()
	c := change{
		do: func() { removed = d.replaceTarget(seg, a, b, text, grow) },
		undo: func() {
			seg.Target, seg.Codes = oldText, oldCodes
			restoreSpans(d, segID, saved)
			restoreRejections(savedRej)
		},
	}
	c.do()
	changes = append(changes, c)
	if base := translatorAfterEdit(seg, oldText, wasDone, e.tracking()); base != seg.TranslatorTarget { // changes.go
		tc := setVal(&seg.TranslatorTarget, base)
		tc.do()
		changes = append(changes, tc)
	}
	if seg.Status.Done() && !seg.HasTranslation() { // emptied: nothing is finished (see SetStatus)
		st := setVal(&seg.Status, StatusDraft)
		st.do()
		changes = append(changes, st)
	}
	typing := len(removed) == 0 // a step that removed spans stays on its own
	for _, sp := range removed {
		dc := d.detachSpan(sp)
		dc.do()
		changes = append(changes, dc)
	}
	e.record("typing", segID, a, b, len(text), changes, typing)
	return removed, nil
}

// record files a target edit, coalescing it with the previous step when it continues the same typing.
// A typing edit made of one change may join the step before; one that also changed the status (the
// first keystroke in a new segment) starts a step that the following keystrokes join.
func (e *Editor) record(name, segID string, a, b, n int, changes []change, typing bool) {
	if e.batch != nil {
		e.batch.changes = append(e.batch.changes, changes...)
		return
	}
	if k := len(e.undo); k > 0 && len(e.redo) == 0 && typing && len(changes) == 1 {
		last := e.undo[k-1]
		// never into the saved step: the keystroke would change the document while the history stays
		// at the save point
		if last.typing == segID && last != e.saved && (last.typedTo == a || last.typedTo == b) {
			last.changes = append(last.changes, changes...)
			last.typedTo = a + n
			e.changed()
			return
		}
	}
	s := &step{name: name, changes: changes, typedTo: a + n}
	if typing {
		s.typing = segID
	}
	e.push(s)
}

// SetTarget replaces a segment's whole target text, as a text field reports it, through the smallest
// equivalent ReplaceTarget.
func (e *Editor) SetTarget(segID, text string) ([]*Span, error) {
	seg := e.Doc.Segment(segID)
	if seg == nil {
		return nil, fmt.Errorf("no segment %q", segID)
	}
	if seg.Target == text {
		return nil, nil
	}
	a, b, c := Diff(seg.Target, text)
	return e.ReplaceTarget(segID, a, b, text[a:c])
}

// TypeTarget is SetTarget for what a translator types: a segment that is still new also becomes a
// draft, in the same undo step as the text, and the keystrokes that follow join that step, so that
// one Undo takes the typing and the status back together.
func (e *Editor) TypeTarget(segID, text string) ([]*Span, error) {
	seg := e.Doc.Segment(segID)
	if seg == nil {
		return nil, fmt.Errorf("no segment %q", segID)
	}
	if seg.Target == text {
		return nil, nil
	}
	a, b, c := Diff(seg.Target, text)
	return e.replaceTarget(segID, a, b, text[a:c], true)
}

type savedSpan struct {
	p *Span
	v Span
}

func saveSpans(spans []*Span) []savedSpan {
	out := make([]savedSpan, len(spans))
	for i, sp := range spans {
		out[i] = savedSpan{sp, *sp}
	}
	return out
}

func restoreSpans(d *Document, segID string, saved []savedSpan) {
	list := make([]*Span, len(saved))
	for i, s := range saved {
		*s.p = s.v
		list[i] = s.p
	}
	d.ix().targetOf[segID] = list
}
