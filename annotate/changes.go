package annotate

import "fmt"

// A reviewer who opens a colleague's translated document wants to see what was changed since the
// translator's version, as memoQ's "track changes" and Trados's review show it. A segment keeps that
// version in TranslatorTarget, by these rules:
//
//   - Set by the first edit of the English of a segment that is translated or reviewed: the English
//     before the edit is the translator's version. Later edits keep it, whatever status they leave.
//   - Kept by every confirmation, as memoQ's and Trados's tracked changes are: Ctrl+Enter and Alt+Enter
//     (SetStatus to translated or reviewed), by a reviewer from habit or by the translator receiving
//     the review, leave the changes to accept or reject. The one exception is a translator's own
//     revision: a segment this editor confirmed translated while it had no changes (new or draft
//     before, so translated here: confirmedHere) and that was edited afterwards is the same person's
//     work, and confirming it translated again (from any status but reviewed) makes the English the
//     translator's new version. A segment confirmed before the document was opened, by a colleague or
//     in an earlier session, or only marked reviewed here, has no such exception: this editor cannot
//     tell its translator from its reviewer.
//   - Cleared when the changes are accepted (AcceptChanges) or rejected (RejectChanges, which gives the
//     English that version back), and when an edit brings the English back to it (nothing is left
//     changed).
//
// It is held only while it differs from the English, so a file written before, or a segment never
// edited after its confirmation, has none, and Glose JSON stays free of copies of the English.

// Changed reports whether the segment's English differs from the translator's version.
func (s *Segment) Changed() bool { return s.TranslatorTarget != "" && s.TranslatorTarget != s.Target }

// confirmation returns the changes that setting seg's status to st makes besides the status, by the
// rules above: a segment confirmed translated with no changes becomes one confirmed here, and one
// confirmed here loses its changes when confirmed again. seg still has its status before st.
func (e *Editor) confirmation(seg *Segment, st Status) []change {
	if st != StatusTranslated || seg.Status == StatusReviewed { // reviewed → translated: an edit's unreview
		return nil
	}
	switch {
	case seg.TranslatorTarget == "" && !seg.Status.Done() && !e.confirmedHere[seg.ID]:
		id := seg.ID
		return []change{{
			do: func() {
				if e.confirmedHere == nil {
					e.confirmedHere = map[string]bool{}
				}
				e.confirmedHere[id] = true
			},
			undo: func() { delete(e.confirmedHere, id) },
		}}
	case seg.TranslatorTarget != "" && e.confirmedHere[seg.ID]:
		return []change{setVal(&seg.TranslatorTarget, "")}
	}
	return nil
}

// ConfirmedHere reports whether this editor confirmed the segment translated itself, so that
// confirming it again makes its English the translator's version rather than keeping its changes.
func (e *Editor) ConfirmedHere(segID string) bool { return e.confirmedHere[segID] }

// translatorAfterEdit returns the translator's version seg keeps after an edit of its English from
// old to seg.Target, by the rules above.
func translatorAfterEdit(seg *Segment, old string, wasDone bool) string {
	base := seg.TranslatorTarget
	if base == "" && wasDone {
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
