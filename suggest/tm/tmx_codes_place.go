package tm

import (
	"regexp"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// A memory unit imported from TMX with inline codes (bpt/ept, ph, it, hi) brings them when its
// translation goes into a segment, as memoQ, Trados and OmegaT bring a match's tags: each code of the
// segment's French (the client's file's, formats.SourceCodes) goes where the unit's matching code
// stands in its translation. A unit's code matches the segment's that its x names (x="1" for <pc
// id="1">), else the next of the same kind (one that wraps words, one that stands at a place) in the
// French's order. Only when every code of the segment matches one of the unit's, and every one of
// the unit's one of the segment's, are they placed; otherwise the translation goes in as a unit's
// without codes. The desktop app does so when a match is inserted and in pre-translation, glose-cli
// pretranslate for its memory drafts.

// PlaceCodes returns the markers of codes (a segment's, of the client's file) in english, a unit's
// translation, at the places of the unit's codes, from (TargetCodes, moved into english by MoveCodes
// when english is the unit's Target changed); false when the two sets of codes do not match one for
// one, or the unit's would cross or stand outside english.
func PlaceCodes(codes []formats.Code, from []TargetCode, english string) ([]annotate.CodePlace, bool) {
	match, ok := matchCodes(codes, from)
	if !ok {
		return nil, false
	}
	return formats.CodeMarks(codes, english, func(k int, _ formats.Code) (int, int, bool) {
		u := from[match[k]]
		return u.At, u.End, true
	})
}

// MoveCodes returns from with each code's place moved by the change made to the unit's Target: start
// maps the place of a code that stands at one place, or where the words one wraps start; end where
// they end. (A restyling of its quotation marks, composing it to NFC: see textnorm.Map.)
func MoveCodes(from []TargetCode, start, end func(int) int) []TargetCode {
	out := make([]TargetCode, len(from))
	for i, c := range from {
		c.At = start(c.At)
		if c.Wraps {
			c.End = end(c.End)
		} else {
			c.End = c.At
		}
		out[i] = c
	}
	return out
}

// matchCodes returns, for each of codes, the index of the unit's code in from that matches it:
// the one whose x is its id, else the first left of the same kind in the French's order (Order).
func matchCodes(codes []formats.Code, from []TargetCode) ([]int, bool) {
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
