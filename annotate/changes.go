package annotate

import (
	"fmt"
	"slices"
)

// A reviewer who opens a colleague's translated document wants to see what was changed since the
// translator's version, as Word's, memoQ's and Trados's tracked changes show it. As in those tools,
// changes are tracked while a switch says so: the document's TrackChanges, kept with it in Glose JSON
// (trackChanges), which the reviewer turns on (or the translator, before sending the file for review).
// A segment keeps the translator's version in TranslatorTarget, by these rules:
//
//   - Set, while changes are tracked, by the first edit of the English of a segment that is
//     translated or reviewed: the English before the edit is the translator's version. Later edits
//     keep it, whatever status they leave and whether or not changes are still tracked.
//   - Untouched by an edit while changes are not tracked: a translator revising their own segments
//     makes no changes to accept. A segment changed already keeps its changes until they are settled.
//   - Untouched by every confirmation, tracked or not, as in Word, memoQ and Trados, where only Accept
//     settles a tracked change: Ctrl+Enter and Alt+Enter (SetStatus) from a reviewer's habit, or by the
//     translator receiving the review, leave the changes to accept or reject.
//   - Set by an update from a reviewer's returned file whatever the switch (TrackingAnyway): those
//     are the reviewer's changes.
//   - Cleared when the changes are accepted (AcceptChanges) or rejected (RejectChanges, which gives the
//     English that version back), and when an edit brings the English back to it (nothing is left
//     changed).
//
// It is held only while it differs from the English, so a file written before, or a segment never
// edited after its confirmation, has none, and Glose JSON stays free of copies of the English.

// StepTrackChanges names the undo step of SetTrackChanges.
const StepTrackChanges = "track changes"

// Changed reports whether the segment's English differs from the translator's version.
func (s *Segment) Changed() bool { return s.TranslatorTarget != "" && s.TranslatorTarget != s.Target }

// SetTrackChanges turns the tracking of changes on or off, as one undo step that leaves the document
// modified: the switch is saved with it. Changes made before stay either way.
func (e *Editor) SetTrackChanges(on bool) {
	if e.Doc.TrackChanges != on {
		e.apply(StepTrackChanges, setVal(&e.Doc.TrackChanges, on))
	}
}

// TrackingAnyway runs fn with the edits of the English it makes tracked whether or not the document
// tracks changes: an update from a reviewer's returned file brings the reviewer's changes.
func (e *Editor) TrackingAnyway(fn func() error) error {
	was := e.trackAnyway
	e.trackAnyway = true
	defer func() { e.trackAnyway = was }()
	return fn()
}

// tracking reports whether an edit of the English now keeps the translator's version.
func (e *Editor) tracking() bool { return e.Doc.TrackChanges || e.trackAnyway }

// translatorAfterEdit returns the translator's version seg keeps after an edit of its English from
// old to seg.Target, by the rules above; track says whether changes are tracked.
func translatorAfterEdit(seg *Segment, old string, wasDone, track bool) string {
	base := seg.TranslatorTarget
	if base == "" && wasDone && track {
		base = old
	}
	if base == seg.Target {
		return ""
	}
	return base
}

// AcceptChanges makes the English of the given segments their translator's version, as a reviewer
// accepts tracked changes: they are no longer shown as changed. One undo step; segments without
// changes are passed by, and it reports how many were accepted.
func (e *Editor) AcceptChanges(segIDs ...string) (int, error) {
	var cs []change
	for _, id := range segIDs {
		seg := e.Doc.Segment(id)
		if seg == nil {
			return 0, fmt.Errorf("no segment %q", id)
		}
		if seg.TranslatorTarget != "" {
			cs = append(cs, setVal(&seg.TranslatorTarget, ""))
		}
	}
	if len(cs) > 0 {
		e.apply("accept changes", cs...)
	}
	return len(cs), nil
}

// RejectChanges gives the given segments their translator's version back, as a reviewer's tracked
// changes are rejected: the English becomes that version, word by word, so that the spans on the
// words that stay stay, and those on the words that go are removed, and a reviewed segment becomes translated, as an edit makes
// it (the review was of other words). One undo step. Segments without changes are passed by, and
// locked ones left as they are (their English cannot change): it returns the IDs of the segments whose
// changes it rejected and of those it left locked.
func (e *Editor) RejectChanges(segIDs ...string) (rejected, locked []string, err error) {
	err = e.Batch("reject changes", func() error {
		for _, id := range segIDs {
			seg := e.Doc.Segment(id)
			switch {
			case seg == nil:
				return fmt.Errorf("no segment %q", id)
			case !seg.Changed():
				continue
			case seg.Locked:
				locked = append(locked, id)
				continue
			}
			if _, err := e.MarkEdited(seg); err != nil {
				return err
			}
			hs := wordHunks(seg.Target, seg.TranslatorTarget)
			for k := len(hs) - 1; k >= 0; k-- { // from the end: the offsets before stay true
				if _, err := e.ReplaceTarget(id, hs[k].a, hs[k].b, hs[k].text); err != nil {
					return err
				}
			}
			rejected = append(rejected, id)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return rejected, locked, nil
}

// translatorToWire and translatorFromWire convert a segment's translator's version for Glose JSON,
// where it is absent when there is none and refused when empty.
func translatorToWire(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func translatorFromWire(path string, s *string) (string, error) {
	if s == nil {
		return "", nil
	}
	if *s == "" {
		return "", verr(path+".translatorTarget", InvalidEmpty, nil,
			"empty: expected the English as the translator confirmed it, or no translatorTarget at all")
	}
	return *s, nil
}

// trackChangesToWire and trackChangesFromWire convert the switch for Glose JSON: written when on, and
// when off in a document holding changes, which a file without the key would read as on (see
// trackChangesFromWire); absent otherwise, so that most files stay as they were.
func trackChangesToWire(d *Document) *bool {
	if d.TrackChanges || slices.ContainsFunc(d.Segments, func(s *Segment) bool { return s.TranslatorTarget != "" }) {
		return &d.TrackChanges
	}
	return nil
}

// trackChangesFromWire is the switch a file gives. A file without it, written before the switch (or
// with no change to show), tracks changes when it holds some: a Glose before the switch tracked every
// edit of a confirmed segment, and a document with changes was being reviewed.
func trackChangesFromWire(v *bool, segs []*Segment) bool {
	if v != nil {
		return *v
	}
	return slices.ContainsFunc(segs, func(s *Segment) bool { return s.TranslatorTarget != "" })
}
