package app

import (
	"regexp"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/qa"
	"github.com/glose-app/glose/suggest/tm"
)

// A memory unit imported from TMX with inline codes (bpt/ept, ph, it, hi) brings them when its
// translation is inserted, as memoQ, Trados and OmegaT bring a match's tags: each code of the
// segment's French (the client's file's) goes where the unit's matching code stands in its
// translation. A unit's code matches the segment's that its x names (x="1" for <pc id="1">), else the
// next of the same kind (one that wraps words, one that stands at a place) in the French's order. Only
// when every code of the segment matches one of the unit's, and every one of the unit's one of the
// segment's, are they placed (in the insertion's undo step); otherwise the insertion does as with a
// unit without codes (placeSharedCodes).

// memoryCodes returns the markers of codes (the segment's, of the client's file) at the places of a
// memory unit's codes, from, in english, the unit's translation put in style through fixes; false when
// the two sets of codes do not match one for one, or the unit's would cross.
func memoryCodes(codes []formats.Code, from []tm.TargetCode, english string, fixes []qa.Fix) ([]annotate.CodePlace, bool) {
	match, ok := matchMemoryCodes(codes, from)
	if !ok {
		return nil, false
	}
	return codeMarks(codes, func(k int, _ formats.Code) (int, int, bool) {
		u := from[match[k]]
		a, b := throughFixes(fixes, u.At), throughFixes(fixes, u.End)
		return a, b, 0 <= a && a <= b && b <= len(english)
	})
}

// matchMemoryCodes returns, for each of codes, the index of the unit's code in from that matches it:
// the one whose x is its id, else the first left of the same kind in the French's order (Order).
func matchMemoryCodes(codes []formats.Code, from []tm.TargetCode) ([]int, bool) {
	if len(codes) == 0 || len(codes) != len(from) {
		return nil, false
	}
	match := make([]int, len(codes))
	used := make([]bool, len(from))
	for k, c := range codes {
		match[k] = -1
		id := tagID(c.Tag)
		for i, u := range from {
			if !used[i] && id != "" && u.X == id && u.Wraps == c.Wraps {
				match[k], used[i] = i, true
				break
			}
		}
	}
	for k, c := range codes {
		if match[k] >= 0 {
			continue
		}
		for i, u := range from {
			if !used[i] && u.Wraps == c.Wraps && (match[k] < 0 || u.Order < from[match[k]].Order) {
				match[k] = i
			}
		}
		if match[k] < 0 {
			return nil, false
		}
		used[match[k]] = true
	}
	return match, true
}

// idAttr finds the id of a code's short start tag (formats.Code.Tag).
var idAttr = regexp.MustCompile(` id="([^"]*)"`)

// tagID is the id a code's short start tag names, or "".
func tagID(tag string) string {
	if m := idAttr.FindStringSubmatch(tag); m != nil {
		return m[1]
	}
	return ""
}

// memoryCodesView is how a memory match's card shows its unit's inline codes before it is
// inserted, as memoQ and Trados show a match's tags: its translation with the segment's codes where
// inserting it places them, numbered as the English field shows them ("says the <1>manager</1>.");
// or, for a unit whose codes are not the segment's (which it then does not bring), its translation
// as it is and a note saying so. A unit without codes is shown as it is, without note.
func (p *suggestionsPanel) memoryCodesView(o offer) (text, note string) {
	if len(o.codes) == 0 {
		return o.Text, ""
	}
	if seg := p.ui.doc.Segment(p.shown.q.seg); seg != nil {
		codes := p.ui.codesOf(seg)
		if marks, ok := memoryCodes(codes, o.codes, o.Text, nil); ok {
			return markedEnglish(&annotate.Segment{Target: o.Text, Codes: marks}, codes), ""
		}
	}
	return o.Text, lang.N("The memory's unit has {{.N}} inline codes, not this segment's: they do not come with it", len(o.codes), map[string]any{"N": len(o.codes)})
}

// placeMemoryCodes places seg's codes in its English, just replaced by a memory unit's translation
// with the fixes of its style made, where the unit's codes, from, stand (memoryCodes). It reports
// whether it placed them.
func (ui *UI) placeMemoryCodes(seg *annotate.Segment, from []tm.TargetCode, fixes []qa.Fix) (bool, error) {
	codes := ui.codesOf(seg)
	marks, ok := memoryCodes(codes, from, seg.Target, fixes)
	if !ok {
		return false, nil
	}
	return true, ui.replaceCodes(seg, len(codes), marks)
}
