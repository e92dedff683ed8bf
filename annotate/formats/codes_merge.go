package formats

import (
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
)

// Merge-back writes a new translation with the inline codes of its segment: those of its former
// target when the tool's file had a target with codes and the translator changed it in part (the
// client's own placing, kept where the text did not change), else those of its source, placed in the
// English (codes_place.go): for a target rewritten for the most part, or a copy of the source. A unit where a
// code could only be placed at a likely place is named in a warning (target-codes-placed); its codes
// are lost only when the source holds elements that are no XLIFF inline codes (target-codes-lost).

// codedTarget is the escaped content of the new target of segment s (s0 as read from the file) of
// unit: its translation with the codes of srcInner (the content of its source) or of oldInner (the
// content of its former target, nil when it had none).
func (m *merger) codedTarget(unit string, s, s0 *annotate.Segment, srcInner, oldInner []byte) string {
	content, sure, lost := m.placeIn(s, s0, srcInner, oldInner)
	switch {
	case lost && !slices.Contains(m.codeUnits, unit):
		m.codeUnits = append(m.codeUnits, unit)
	case !sure && !lost && !slices.Contains(m.placedUnits, unit):
		m.placedUnits = append(m.placedUnits, unit)
	}
	return content
}

// placeIn writes the content of codedTarget; sure is false when some code was placed at a likely
// place, lost true when some could not be kept.
func (m *merger) placeIn(s, s0 *annotate.Segment, srcInner, oldInner []byte) (content string, sure, lost bool) {
	if s.Target == "" {
		return "", true, false
	}
	if old, err := parseCodes(oldInner); err == nil && len(old.codes) > 0 && !old.unknown && s0.Target != "" && s0.Target != m.d.SourceText(s) {
		if diff := newDiffLocator(s0.Target, s.Target); 2*(diff.pre+diff.suf) >= len(s0.Target) {
			mapTo, ok := nfcPlaces(old.text, s0.Target, codePlaces(old))
			content, sure = placeCodes(old, mapTo, diff, s.Target)
			return content, sure && ok, false
		}
	}
	in, err := parseCodes(srcInner)
	if err != nil {
		return escapeTarget(s.Target), true, true
	}
	if len(in.codes) == 0 {
		return escapeTarget(s.Target), true, in.unknown
	}
	places := codePlaces(in)
	mapTo, ok := nfcPlaces(in.text, m.d.SourceText(s), places)
	var ranges [][2]int
	var points []int
	for _, c := range in.codes {
		if c.wrapping() {
			ranges = append(ranges, [2]int{mapTo(c.at), mapTo(c.end)})
		} else {
			points = append(points, mapTo(c.at))
		}
	}
	loc := newSrcLocator(m.d, s, m.spansOf(s), ranges, points)
	content, sure = placeCodes(in, mapTo, loc, s.Target)
	return content, sure && ok, in.unknown
}

// codePlaces are the places of the codes of in, in its text.
func codePlaces(in *inlineCodes) []int {
	out := make([]int, 0, 2*len(in.codes))
	for _, c := range in.codes {
		out = append(out, c.at, c.end)
	}
	return out
}

// spansOf are the source spans overlapping segment s, found for all segments at the first need.
func (m *merger) spansOf(s *annotate.Segment) []*annotate.Span {
	if m.overlap == nil {
		m.overlap = project.Overlapping(m.d)
	}
	if i := m.d.SegmentIndex(s.ID); i >= 0 && i < len(m.overlap) {
		return m.overlap[i]
	}
	return nil
}

// warnCodes names the units whose new targets got a code at a likely place only, to check in the
// translation tool, and those that lost some.
func (m *merger) warnCodes(w *warnings) {
	id := m.d.ID
	if len(m.placedUnits) > 0 {
		args := map[string]any{"N": len(m.placedUnits), "Units": strings.Join(m.placedUnits, ", ")}
		w.say(id, WarnTargetCodesPlaced, args, "%s whose new translation got inline codes (formatting, placeholders) at a likely place, as the English of what they mark was not found: %s; check them in the translation tool",
			plural(len(m.placedUnits), "unit", "units"), args["Units"])
	}
	if len(m.codeUnits) > 0 {
		args := map[string]any{"N": len(m.codeUnits), "Units": strings.Join(m.codeUnits, ", ")}
		w.say(id, WarnTargetCodesLost, args, "%s whose source holds elements that are no XLIFF inline codes got a translation without them: %s; add them in the translation tool",
			plural(len(m.codeUnits), "unit", "units"), args["Units"])
	}
}
