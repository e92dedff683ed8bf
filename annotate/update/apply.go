package update

import (
	"fmt"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
)

// StepName names the undo step of an update.
const StepName = "update from a returned file"

// Result counts what Apply did to the English spans of the changed segments.
type Result struct {
	Changed int
	// SpansKept are the English spans left as they were: their text is unchanged (outside what the
	// reviewer changed) or the file marks them where they now are.
	SpansKept int
	// SpansDropped are the English spans whose text the new translation changed or removed, and which
	// the file does not mark: they no longer fit (their links go with them).
	SpansDropped int
	SpansAdded   int // spans the file marks where the document had none
	// MarkersSkipped are the file's markers of labels the document does not have, left out.
	MarkersSkipped int
	Projected      int // spans projection proposed again (Options.Project)
	// TookFile: the returned file became the document's original (Plan.NewOriginal), with
	// NotesFromFile notes of its own the document did not have.
	TookFile      bool
	NotesFromFile int
	Ignored       int // warnings of the checks the file's segments ignore, ignored now (Plan.Ignores)
}

// Options tune Apply.
type Options struct {
	// Project, when not nil, projects the source annotations onto the changed segments afterwards (in
	// the same undo step), proposing again the English spans dropped.
	Project *project.Options
}

// Apply makes the plan's changes through e, as one undo step named StepName: each changed segment
// takes the file's translation and status. The document's English spans of such a segment stay where
// the new translation keeps their text, a person's moving to its words where the new translation says
// them once elsewhere (annotate.Editor.ReplaceWhole); those the file marks (XLIFF markers) are kept or added; the
// others no longer fit and are dropped, for projection (opts.Project) to propose again. The French,
// its spans, the links and entities of the spans kept and rejections do not change; the warnings of
// the checks that the document's segments ignore stay ignored, and those the file's ignore
// (Plan.Ignores) are ignored too. When the file becomes the document's original (Plan.NewOriginal),
// the document takes it and its notes in the same step; the notes added in Glose stay.
func Apply(e *annotate.Editor, p *Plan, opts Options) (Result, error) {
	var res Result
	var ids []string
	err := e.Batch(StepName, func() error {
		for _, c := range p.Changes {
			if err := applyChange(e, c, &res); err != nil {
				return fmt.Errorf("segment %s: %w", c.Segment, err)
			}
			ids = append(ids, c.Segment)
			res.Changed++
		}
		for _, ig := range p.Ignores {
			if err := e.SetQAIgnored(ig.Segment, ig.QAIgnore, true); err != nil {
				return err
			}
			res.Ignored++
		}
		if p.NewOriginal != nil {
			if err := e.TakeFile(p.NewOriginal, p.notes); err != nil {
				return err
			}
			res.TookFile, res.NotesFromFile = true, p.NotesFromFile
		} else if len(p.notes) > 0 { // a reviewer's notes on a document with no original file
			if err := e.TakeFile(e.Doc.Meta.Original, p.notes); err != nil {
				return err
			}
			res.NotesFromFile = p.NotesFromFile
		}
		if opts.Project != nil && len(ids) > 0 {
			n, err := project.Segments(e, ids, *opts.Project)
			if err != nil {
				return err
			}
			res.Projected = n
		}
		return nil
	})
	if err != nil {
		return Result{}, err
	}
	return res, nil
}

// applyChange gives one segment its new translation and status.
func applyChange(e *annotate.Editor, c Change, res *Result) error {
	d := e.Doc
	seg := d.Segment(c.Segment)
	if seg == nil {
		return fmt.Errorf("no segment %q", c.Segment)
	}
	if seg.Target != c.OldTarget || seg.Status != c.OldStatus {
		return fmt.Errorf("the segment changed since the file was compared with the document; compare again")
	}
	before := map[string]string{} // the English spans' IDs and texts
	for _, sp := range d.TargetSpans(seg.ID) {
		before[sp.ID] = seg.Target[sp.Start:sp.End]
	}
	if seg.Target != c.Target {
		// The reviewer's changes, whether the switch is on or not; a span of a person's the edit
		// swallows moves to its words where the new translation says them once (ReplaceWhole),
		// with its links, where it went and the file's marker came back as a span linked to nothing.
		err := e.TrackingAnyway(func() error {
			_, err := e.ReplaceWhole(seg.ID, c.Target)
			return err
		})
		if err != nil {
			return err
		}
	}
	marked := func(sp *annotate.Span) bool {
		for _, m := range c.Markers {
			if m.Label == sp.Label && m.Start == sp.Start && m.End == sp.End {
				return true
			}
		}
		return false
	}
	for _, sp := range append([]*annotate.Span(nil), d.TargetSpans(seg.ID)...) {
		old, ok := before[sp.ID]
		if !ok {
			continue
		}
		delete(before, sp.ID)
		if old != seg.Target[sp.Start:sp.End] && !marked(sp) {
			if err := e.RemoveSpan(sp.ID); err != nil {
				return err
			}
			res.SpansDropped++
			continue
		}
		res.SpansKept++
	}
	res.SpansDropped += len(before) // those the edit swallowed
	if err := addMarkers(e, seg, c.Markers, res); err != nil {
		return err
	}
	if seg.Status != c.Status {
		return e.SetStatus(seg.ID, c.Status)
	}
	return nil
}

// addMarkers adds the spans the file marks where no English span of the segment overlaps them.
func addMarkers(e *annotate.Editor, seg *annotate.Segment, markers []Marker, res *Result) error {
	for _, m := range markers {
		if m.End > len(seg.Target) || strings.TrimSpace(seg.Target[m.Start:m.End]) == "" {
			continue
		}
		taken := false
		for _, sp := range e.Doc.TargetSpans(seg.ID) {
			taken = taken || sp.Start < m.End && m.Start < sp.End
		}
		if taken {
			continue
		}
		if _, ok := e.Doc.Label(m.Label); !ok {
			res.MarkersSkipped++
			continue
		}
		sp := &annotate.Span{Side: annotate.Target, Segment: seg.ID, Start: m.Start, End: m.End, Label: m.Label,
			Origin: m.Origin, Confidence: m.Confidence, Mention: m.Mention, Note: m.Note}
		if err := e.AddSpan(sp); err != nil {
			return err
		}
		res.SpansAdded++
	}
	return nil
}
