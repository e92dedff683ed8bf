package annotate

import (
	"errors"
	"fmt"
)

// ErrLocked is why the editor refuses to change a locked segment's translation or status: the
// translation tool marked it not to be translated (XLIFF translate="no"), or a translator locked it
// once approved. Unlocking it (SetLocked) is a deliberate step of its own.
var ErrLocked = errors.New("it is locked: unlock it first to change its translation")

// SetLocked locks or unlocks a segment, as one undo step named "lock" or "unlock". A locked segment
// keeps its English and status as they are: ReplaceTarget, SetTarget and SetStatus refuse it (their
// errors wrap ErrLocked), and whatever looks for work to do (the next segment to translate,
// pretranslation, the untranslated segments) passes it by.
func (e *Editor) SetLocked(segID string, locked bool) error {
	seg := e.Doc.Segment(segID)
	if seg == nil {
		return fmt.Errorf("no segment %q", segID)
	}
	if seg.Locked == locked {
		return nil
	}
	name := "unlock"
	if locked {
		name = "lock"
	}
	e.apply(name, setVal(&seg.Locked, locked))
	return nil
}

// LockedError is the editor's refusal to change a locked segment; it wraps ErrLocked.
type LockedError struct{ Segment string }

func (e *LockedError) Error() string {
	return fmt.Sprintf("segment %s cannot change: %v", e.Segment, ErrLocked)
}

// Unwrap returns ErrLocked.
func (e *LockedError) Unwrap() error { return ErrLocked }

// lockedError says that segment segID cannot be changed because it is locked.
func lockedError(segID string) error { return &LockedError{Segment: segID} }

// Locked counts the document's locked segments.
func (d *Document) Locked() int {
	n := 0
	for _, s := range d.Segments {
		if s.Locked {
			n++
		}
	}
	return n
}
