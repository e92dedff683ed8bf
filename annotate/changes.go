package annotate

import "fmt"

// A reviewer who opens a colleague's translated document wants to see what was changed since the
// translator's version, as memoQ's "track changes" and Trados's review show it. A segment keeps that
// version in TranslatorTarget, by these rules:
//
//   - Set by the first edit of the English of a segment that is translated or reviewed: the English
//     before the edit is the translator's version. Later edits keep it, whatever status they leave.
//   - Cleared when the segment is confirmed translated again (SetStatus to translated, from any status
//     but reviewed: Ctrl+Enter): the English is then the translator's new version. Reviewed → translated
//     is the review undone by an edit of its words (MarkEdited), not a confirmation, and keeps it; so
//     does marking a segment reviewed, which is how a reviewer confirms.
//   - Cleared when the changes are accepted (AcceptChanges), and when an edit brings the English back
//     to that version (nothing is left changed).
//
// It is held only while it differs from the English, so a file written before, or a segment never
// edited after its confirmation, has none, and Glose JSON stays free of copies of the English.

// Changed reports whether the segment's English differs from the translator's version.
func (s *Segment) Changed() bool { return s.TranslatorTarget != "" && s.TranslatorTarget != s.Target }

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
