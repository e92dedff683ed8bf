package suggest

import (
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/tm"
)

// PlaceOf is where segment i of d stands, for the memory: the document's ID, the segment's, and the
// French of the segments around it (see tm.Place).
func PlaceOf(d *annotate.Document, i int) tm.Place {
	segs := d.Segments
	if i < 0 || i >= len(segs) {
		return tm.Place{}
	}
	var prev, next string
	if i > 0 {
		prev = d.SourceText(segs[i-1])
	}
	if i+1 < len(segs) {
		next = d.SourceText(segs[i+1])
	}
	return tm.Place{Origin: d.ID, Segment: segs[i].ID, Context: tm.Neighbours(prev, next)}
}

// SegmentUnits are the memory units of the segments of d at indices that are translated or
// reviewed, with both texts, in the language pair source → target, each with its place: stored,
// they replace the English the memory held from those segments.
func SegmentUnits(d *annotate.Document, indices []int, source, target string) []tm.Unit {
	var units []tm.Unit
	for _, i := range indices {
		if i < 0 || i >= len(d.Segments) {
			continue
		}
		seg := d.Segments[i]
		src := d.SourceText(seg)
		if seg.Status != annotate.StatusTranslated && seg.Status != annotate.StatusReviewed ||
			strings.TrimSpace(src) == "" || strings.TrimSpace(seg.Target) == "" {
			continue
		}
		at := PlaceOf(d, i)
		units = append(units, tm.Unit{SourceLang: source, TargetLang: target, Source: src, Target: seg.Target,
			Origin: at.Origin, Segment: at.Segment, Context: at.Context})
	}
	return units
}

// PlacedFrench are the French of the segments of d at indices with their places, in the language
// pair source → target and without English: what tm.Withdraw takes out of the memory when those
// segments are no longer confirmed.
func PlacedFrench(d *annotate.Document, indices []int, source, target string) []tm.Unit {
	var units []tm.Unit
	for _, i := range indices {
		if i < 0 || i >= len(d.Segments) {
			continue
		}
		at := PlaceOf(d, i)
		units = append(units, tm.Unit{SourceLang: source, TargetLang: target, Source: d.SourceText(d.Segments[i]),
			Origin: at.Origin, Segment: at.Segment})
	}
	return units
}

// DocumentSegments are the segments of d to pre-translate: each one's French, English and place.
func DocumentSegments(d *annotate.Document) []SegmentText {
	segs := make([]SegmentText, len(d.Segments))
	for i, seg := range d.Segments {
		segs[i] = SegmentText{Source: d.SourceText(seg), Target: seg.Target, At: PlaceOf(d, i), Locked: seg.Locked}
	}
	return segs
}
