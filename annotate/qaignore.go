package annotate

import (
	"fmt"
	"slices"
)

// QAIgnore is one issue of the quality checks that a person judged no fault of the translation ("10
// ans plus tard" translated "a decade later" is no missing number), kept on its segment so that the
// checks stop raising it, as memoQ and Trados let a translator ignore a warning. It is keyed by what
// the issue is about rather than by the segment's text: the issue stays ignored while the check finds
// the same thing in the segment, and comes back once the words it is about change (another number in
// the English), as a new issue. Glose JSON writes it in a segment's qaIgnored.
type QAIgnore struct {
	Check string // the check's ID: "number-mismatch"
	About string // what the issue is about, as the checks word it (qa.Issue.About): "missing: 10"
}

// IgnoresQA reports whether the segment holds ig among its ignored issues.
func (s *Segment) IgnoresQA(ig QAIgnore) bool { return slices.Contains(s.QAIgnored, ig) }

// SetQAIgnored ignores a quality check's issue of a segment (on) or raises it again (off), as one undo
// step named "ignore QA issue" or "un-ignore QA issue". Nothing else of the segment changes: ignoring
// is no edit of its English or status, so a locked segment's issues may be ignored too.
func (e *Editor) SetQAIgnored(segID string, ig QAIgnore, on bool) error {
	seg := e.Doc.Segment(segID)
	if seg == nil {
		return fmt.Errorf("no segment %q", segID)
	}
	if ig.Check == "" {
		return fmt.Errorf("segment %s: ignoring an issue needs its check", segID)
	}
	if seg.IgnoresQA(ig) == on {
		return nil
	}
	list := slices.DeleteFunc(slices.Clone(seg.QAIgnored), func(x QAIgnore) bool { return x == ig })
	name := "un-ignore QA issue"
	if on {
		list, name = append(list, ig), "ignore QA issue"
	}
	if len(list) == 0 {
		list = nil // as a file without the key reads
	}
	e.apply(name, setVal(&seg.QAIgnored, list))
	return nil
}

// validateQAIgnored checks a segment's ignored issues: each names its check.
func validateQAIgnored(path string, list []QAIgnore) error {
	for i, ig := range list {
		if ig.Check == "" {
			return verr(fmt.Sprintf("%s.qaIgnored[%d].check", path, i), InvalidEmpty, nil, "empty: expected the ID of a quality check (glose-cli qa --list)")
		}
	}
	return nil
}

// qaIgnoredToWire and qaIgnoredFromWire convert a segment's ignored issues for Glose JSON.
func qaIgnoredToWire(list []QAIgnore) []wireQAIgnore {
	return convertAll(list, func(ig QAIgnore) wireQAIgnore { return wireQAIgnore(ig) })
}

func qaIgnoredFromWire(list []wireQAIgnore) []QAIgnore {
	return convertAll(list, func(w wireQAIgnore) QAIgnore { return QAIgnore(w) })
}

// WithoutQAIgnored returns a copy of d to write whose segments leave out the ignored issues that drop
// names (by segment ID), sharing everything else with d, which does not change; d itself when drop
// names none of them. Saving prunes so the ignores whose issue no longer arises, while the document
// in memory keeps them for Undo to bring back the English they were about.
func (d *Document) WithoutQAIgnored(drop map[string][]QAIgnore) *Document {
	var c *Document
	for i, s := range d.Segments {
		gone := drop[s.ID]
		if len(gone) == 0 || !slices.ContainsFunc(s.QAIgnored, func(ig QAIgnore) bool { return slices.Contains(gone, ig) }) {
			continue
		}
		if c == nil {
			c = new(Document)
			*c = *d
			c.idx = nil // lookups of the copy's own segments
			c.Segments = slices.Clone(d.Segments)
		}
		seg := *s
		seg.QAIgnored = slices.DeleteFunc(slices.Clone(s.QAIgnored), func(ig QAIgnore) bool { return slices.Contains(gone, ig) })
		if len(seg.QAIgnored) == 0 {
			seg.QAIgnored = nil
		}
		c.Segments[i] = &seg
	}
	if c == nil {
		return d
	}
	return c
}
