package annotate

import (
	"cmp"
	"fmt"
	"slices"
	"unicode/utf8"
)

// Rejection remembers a suggestion (a span of origin auto) that a person rejected, so that pre-annotation
// and projection, which run again and again, do not propose it anew. Editor.Reject records it; undoing
// the rejection forgets it; the native JSON keeps it in "rejected".
//
// A source rejection is the range and label in the source text, which never changes: pre-annotation
// must not propose a span with that same range and label again.
//
// A target rejection names its segment and label, its place in the segment's target (moved by target
// edits exactly like a span, see Adjust, so that it still covers the same words while the translator
// types; an edit that swallows it leaves it empty at the edit) and, for a projected span, the range of
// the source span it was projected from (HasFrom). Projection then refuses both the same source span
// into the same segment with the same label, wherever the English now is, and any span with the same
// label at the same place, from whichever source span. The source span is identified by its range and
// label rather than by its ID: the source text is immutable, whereas span IDs are reused (a deleted
// span's number is given again after a reload) and differ between a document and its re-imports, and
// target offsets alone go stale when the translation is rewritten.
type Rejection struct {
	Side      Side
	Segment   string // for target rejections, the ID of the segment
	Start     int    // bytes into Document.Text (source) or the segment's Target (target)
	End       int    // exclusive; a target rejection whose words were deleted is empty
	Label     string
	FromStart int // for a projected target span: the source span's range, bytes into Document.Text
	FromEnd   int // exclusive; FromStart == FromEnd == 0 when unknown (see HasFrom)
}

// HasFrom reports whether the rejection knows the source span its target span was projected from.
func (r *Rejection) HasFrom() bool { return r.FromEnd > r.FromStart }

// RejectedSource reports whether a source span [start, end) with that label was rejected.
func (d *Document) RejectedSource(start, end int, label string) bool {
	for _, r := range d.Rejected {
		if r.Side == Source && r.Start == start && r.End == end && r.Label == label {
			return true
		}
	}
	return false
}

// RejectedTarget reports whether a target span [start, end) of the segment with that label was rejected
// at that place.
func (d *Document) RejectedTarget(segID string, start, end int, label string) bool {
	for _, r := range d.Rejected {
		if r.Side == Target && r.Segment == segID && r.Start == start && r.End == end && r.Label == label {
			return true
		}
	}
	return false
}

// RejectedProjection reports whether the projection of the source span src into the segment was
// rejected (a target span with src's label, projected from a source span with src's range).
func (d *Document) RejectedProjection(segID string, src *Span) bool {
	for _, r := range d.Rejected {
		if r.Side == Target && r.Segment == segID && r.HasFrom() && r.FromStart == src.Start &&
			r.FromEnd == src.End && r.Label == src.Label {
			return true
		}
	}
	return false
}

// rejectionOf describes the rejection of sp, which must still be in the document with its links.
func (d *Document) rejectionOf(sp *Span) *Rejection {
	r := &Rejection{Side: sp.Side, Start: sp.Start, End: sp.End, Label: sp.Label}
	if sp.Side != Target {
		return r
	}
	r.Segment = sp.Segment
	for _, l := range d.LinksOf(sp.ID) {
		if l.Type == LinkTranslation && l.To == sp.ID {
			if src := d.Span(l.From); src != nil && src.Side == Source {
				r.FromStart, r.FromEnd = src.Start, src.End
				break
			}
		}
	}
	return r
}

// hasRejection reports whether an identical rejection is already recorded.
func (d *Document) hasRejection(r *Rejection) bool {
	return slices.ContainsFunc(d.Rejected, func(x *Rejection) bool { return *x == *r })
}

// addRejection records r.
func (d *Document) addRejection(r *Rejection) change {
	return change{
		do:   func() { d.Rejected = append(d.Rejected, r) },
		undo: func() { d.Rejected = slices.DeleteFunc(d.Rejected, func(x *Rejection) bool { return x == r }) },
	}
}

// adjustRejections moves the segment's target rejections through the replacement of [a, b) by n bytes,
// like its spans; a rejection whose words the edit swallowed becomes empty where they were.
func (d *Document) adjustRejections(segID string, a, b, n int) {
	for _, r := range d.Rejected {
		if r.Side != Target || r.Segment != segID {
			continue
		}
		ns, ne, ok := Adjust(r.Start, r.End, a, b, n)
		if !ok {
			ns, ne = a, a
		}
		r.Start, r.End = ns, ne
	}
}

type savedRejection struct {
	p *Rejection
	v Rejection
}

// saveRejections keeps the places of the segment's target rejections, for undoing a target edit.
func (d *Document) saveRejections(segID string) []savedRejection {
	var out []savedRejection
	for _, r := range d.Rejected {
		if r.Side == Target && r.Segment == segID {
			out = append(out, savedRejection{r, *r})
		}
	}
	return out
}

func restoreRejections(saved []savedRejection) {
	for _, s := range saved {
		*s.p = s.v
	}
}

// sortedRejections returns the rejections in the order of the native JSON: source ones by position,
// then target ones by segment and position, ties broken by label and source range.
func (d *Document) sortedRejections() []*Rejection {
	out := slices.Clone(d.Rejected)
	segIndex := func(r *Rejection) int {
		if r.Side == Source {
			return -1
		}
		return d.SegmentIndex(r.Segment)
	}
	slices.SortStableFunc(out, func(x, y *Rejection) int {
		return cmp.Or(cmp.Compare(segIndex(x), segIndex(y)), cmp.Compare(x.Segment, y.Segment),
			cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End), cmp.Compare(x.Label, y.Label),
			cmp.Compare(x.FromStart, y.FromStart), cmp.Compare(x.FromEnd, y.FromEnd))
	})
	return out
}

// rejectionText is the text a rejection covers, or "" when its range is not valid.
func (d *Document) rejectionText(r *Rejection) string {
	t := d.Text
	if r.Side == Target {
		seg := d.Segment(r.Segment)
		if seg == nil {
			return ""
		}
		t = seg.Target
	}
	if r.Start < 0 || r.End < r.Start || r.End > len(t) {
		return ""
	}
	return t[r.Start:r.End]
}

func (d *Document) validateRejected() error {
	for i, r := range d.Rejected {
		p := fmt.Sprintf("rejected[%d]", i)
		if err := d.checkRejection(r); err != nil {
			return &ValidationError{Path: p, Msg: err.Error()} // ranges in bytes, which fromWire has checked in a file
		}
		if _, ok := d.Label(r.Label); !ok {
			return coded(p+".label", InvalidLabel, map[string]any{"Label": r.Label}, fmt.Sprintf("unknown label %q", r.Label))
		}
	}
	return nil
}

// checkRejection verifies a rejection's side, segment and ranges (on character boundaries); its label is
// checked by Validate only, so that saving never fails over a label since removed from the schema.
func (d *Document) checkRejection(r *Rejection) error {
	text, empty := d.Text, false
	switch r.Side {
	case Source:
		if r.Segment != "" || r.FromStart != 0 || r.FromEnd != 0 {
			return fmt.Errorf("a source rejection has no segment and no source span")
		}
	case Target:
		seg := d.Segment(r.Segment)
		if seg == nil {
			return fmt.Errorf("no segment %q", r.Segment)
		}
		text, empty = seg.Target, true
		if (r.FromStart != 0 || r.FromEnd != 0) && !r.HasFrom() {
			return fmt.Errorf("source range [%d, %d) is empty", r.FromStart, r.FromEnd)
		}
		if err := checkRange(d.Text, r.FromStart, r.FromEnd, true, "source"); err != nil {
			return err
		}
	default:
		return fmt.Errorf("side %q: expected %q or %q", r.Side, Source, Target)
	}
	return checkRange(text, r.Start, r.End, empty, string(r.Side))
}

func checkRange(text string, start, end int, empty bool, what string) error {
	if start < 0 || end < start || (end == start && !empty) || end > len(text) {
		return fmt.Errorf("range [%d, %d) is empty or outside the %s text (%s)", start, end, what, Plural(len(text), "byte", "bytes"))
	}
	if (start < len(text) && !utf8.RuneStart(text[start])) || (end < len(text) && !utf8.RuneStart(text[end])) {
		return fmt.Errorf("range [%d, %d) splits a character", start, end)
	}
	return nil
}
