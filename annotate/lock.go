package annotate

import (
	"errors"
	"fmt"
)

// LockReason says who locked a segment: the client's file, which a translator unlocks only against
// the client's wish, or a translator, who may unlock it freely. Glose JSON writes it as lockReason.
type LockReason string

// The reasons a segment is locked.
const (
	// LockUnknown: locked in a Glose file written before the reason was recorded (or not locked).
	LockUnknown LockReason = ""
	// LockTranslator: a translator locked it (Segment › Lock segment), once approved.
	LockTranslator LockReason = "translator"
	// LockTranslateNo: the client's XLIFF marks its unit (trans-unit, group or file) translate="no".
	LockTranslateNo LockReason = "translate-no"
	// LockMemoQ: the client's memoQ XLIFF marks its trans-unit mq:locked.
	LockMemoQ LockReason = "memoq"
	// LockTrados: the client's SDL Trados XLIFF marks it <sdl:seg locked="true">.
	LockTrados LockReason = "trados"
)

// LockReasons lists the reasons a file may give, in the order the schema does.
func LockReasons() []LockReason {
	return []LockReason{LockTranslator, LockTranslateNo, LockMemoQ, LockTrados}
}

// ByFile reports whether the client's file locked the segment.
func (r LockReason) ByFile() bool {
	return r == LockTranslateNo || r == LockMemoQ || r == LockTrados
}

// ErrLocked is why the editor refuses to change a locked segment's translation or status: the
// translation tool marked it not to be translated (XLIFF translate="no"), or a translator locked it
// once approved. Unlocking it (SetLocked) is a deliberate step of its own.
var ErrLocked = errors.New("it is locked: unlock it first to change its translation")

// SetLocked locks or unlocks a segment, as one undo step named "lock" or "unlock"; a lock is the
// translator's (LockTranslator), and undoing an unlock gives the segment back its reason. A locked segment
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
	reason := LockUnknown
	if locked {
		reason = LockTranslator
	}
	e.apply(name, setVal(&seg.Locked, locked), setVal(&seg.LockReason, reason))
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

// lockReasonNames names the reasons a file may give, for an error listing them.
func lockReasonNames() []string {
	reasons := LockReasons()
	names := make([]string, len(reasons))
	for i, r := range reasons {
		names[i] = string(r)
	}
	return names
}
