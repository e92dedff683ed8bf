package app

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// numberWarnings names, in the export warnings that list the units or segments of a client's XLIFF by
// ID, those segments by the numbers the segment list shows, with a unit's ID in brackets, which the
// translator needs to find it in the client's tool: the formats package names them by ID, as the
// command line does, and "u5", or "6" for XLIFF 1.2's numbered units, which read like a count, said
// nothing of where to look in Glose. A warning whose IDs are not all the document's keeps them.
func numberWarnings(d *annotate.Document, warns []formats.Warning) {
	for i, w := range warns {
		switch w.Code {
		case formats.WarnTargetCodesPlaced, formats.WarnTargetCodesOrder, formats.WarnTargetCodesLost:
			units, _ := w.Args["Units"].(string)
			segs, _ := w.Args["UnitSegments"].(string)
			if named, ok := unitNames(d, splitIDs(units), splitIDs(segs)); ok {
				warns[i].Args = maps.Clone(w.Args)
				warns[i].Args["Units"] = named
			}
		case formats.WarnNotMerged:
			ids, _ := w.Args["Segments"].(string)
			if idx, ok := segmentIndexes(d, splitIDs(ids)); ok {
				slices.Sort(idx)
				warns[i].Args = maps.Clone(w.Args)
				warns[i].Args["Segments"] = segmentNumbers(idx)
			}
		}
	}
}

// splitIDs splits a list of IDs joined by ", ", as the formats package joins them.
func splitIDs(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ", ")
}

// segmentIndexes are the indexes of the segments of d with IDs ids; false when one is not d's.
func segmentIndexes(d *annotate.Document, ids []string) ([]int, bool) {
	idx := make([]int, len(ids))
	for k, id := range ids {
		if idx[k] = d.SegmentIndex(id); idx[k] < 0 {
			return nil, false
		}
	}
	return idx, len(ids) > 0
}

// unitNames names units by the numbers of their segments segs (one each), in document order, each
// with its ID: "segments 8 (unit u7), 13 (unit 12)".
func unitNames(d *annotate.Document, units, segs []string) (string, bool) {
	idx, ok := segmentIndexes(d, segs)
	if !ok || len(idx) != len(units) {
		return "", false
	}
	order := make([]int, len(units))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(idx[a], idx[b]) })
	names := make([]string, len(order))
	for k, o := range order {
		names[k] = lang.L("{{.N}} (unit {{.ID}})", map[string]any{"N": idx[o] + 1, "ID": units[o]})
	}
	return lang.N("segment {{.List}}", len(names), map[string]any{"List": strings.Join(names, ", ")}), true
}
