package formats

import (
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

// placement is a new target's content and what became of the codes it got.
type placement struct {
	content string
	in      *inlineCodes   // the codes placed: the source's, or the former target's
	former  bool           // in is the former target's
	text    string         // the text the codes are placed from: the French as the document has it, or the former English
	mapTo   func(int) int  // places of in's text to places of text
	guessed []int          // codes placed at a likely place only, as the English of what they mark was not found
	moved   []int          // codes kept in the source's order against the English's, as the file asks (canReorder)
	lost    bool           // the source holds elements that are no XLIFF inline codes, left out
	names   map[int]Code   // the codes guessed and moved, named once for a placement kept between runs, or nil
	fixed   map[int][2]int // the places in the English of the codes the translator placed by hand, by index into in
	hand    []handIssue    // what is wrong with the markers the translator placed by hand
}

// codedTarget is the escaped content of the new target of segment s (s0 as read from the file) of
// unit: its translation with the codes of srcInner (the content of its source) or of oldInner (the
// content of its former target, nil when it had none); data is the unit's <originalData> (XLIFF 2),
// what its codes stand for, or nil.
func (m *merger) codedTarget(unit string, s, s0 *annotate.Segment, srcInner, oldInner, data []byte) string {
	p := m.cachedPlaceIn(s, s0, srcInner, oldInner, data)
	p.content = withLayout(srcInner, s.Target, p.content)
	note := func(units *[]string) {
		if m.noted == nil {
			m.noted = map[*[]string]map[string]bool{}
		}
		if m.noted[units] == nil {
			m.noted[units] = map[string]bool{}
		}
		if m.unitSeg == nil {
			m.unitSeg = map[string]string{}
		}
		if _, ok := m.unitSeg[unit]; !ok {
			m.unitSeg[unit] = s.ID
		}
		if !m.noted[units][unit] { // not slices.Contains: a file of 3,000 units made that quadratic
			m.noted[units][unit] = true
			*units = append(*units, unit)
		}
	}
	switch {
	case p.lost:
		note(&m.codeUnits)
	case len(p.guessed) > 0:
		note(&m.placedUnits)
	}
	if len(p.moved) > 0 {
		note(&m.orderUnits)
	}
	if m.probe != nil {
		m.probe(s, p)
	}
	if s.Target == s0.Target && len(oldInner) > 0 && sameCoded(oldInner, p.content) {
		return string(oldInner) // as the file writes it, so that an unchanged target keeps its bytes
	}
	return p.content
}

// placeIn places the codes for codedTarget: those the translator placed by hand where they are
// (codes_hand.go), the others by estimate.
func (m *merger) placeIn(s, s0 *annotate.Segment, srcInner, oldInner, data []byte) placement {
	if s.Target == "" {
		return placement{}
	}
	in, err := parseUnitCodes(srcInner, data)
	if err == nil {
		in.trimLayout()
	}
	var fixed map[int][2]int
	var hand []handIssue
	if err == nil && len(s.Codes) > 0 {
		fixed, hand = handPlaces(in, s.Codes)
	}
	if old, err := parseUnitCodes(oldInner, data); len(s.Codes) == 0 && err == nil && len(old.codes) > 0 && !old.unknown && s0.Target != "" && s0.Target != m.d.SourceText(s) {
		old.trimLayout()
		if diff := newDiffLocator(s0.Target, s.Target); 2*(diff.pre+diff.suf) >= len(s0.Target) {
			p := placement{in: old, former: true, text: s0.Target}
			return p.place(diff, s.Target)
		}
	}
	if err != nil {
		return placement{content: escapeTarget(s.Target), lost: true}
	}
	if len(in.codes) == 0 {
		return placement{content: escapeTarget(s.Target), lost: in.unknown}
	}
	p := placement{in: in, text: m.d.SourceText(s), lost: in.unknown, fixed: fixed, hand: hand}
	if a, b := trimLayout(p.text, 0, len(p.text)); a == 0 {
		p.text = p.text[:b] // a segment imported before its end's layout space was the gap's
	}
	mapTo, _ := nfcPlaces(in.text, p.text, codePlaces(in)) // as place maps them
	var ranges [][2]int
	var points []int
	for i, c := range in.codes {
		if _, ok := fixed[i]; ok {
			continue
		}
		if c.wrapping() {
			ranges = append(ranges, [2]int{mapTo(c.at), mapTo(c.end)})
		} else {
			points = append(points, mapTo(c.at))
		}
	}
	if m.names == nil {
		m.names = nameMemo{}
	}
	return p.place(newSrcLocator(m.d, s, m.spansOf(s), ranges, points, m.names), s.Target)
}

// place writes the codes of p.in into tgt, placed by loc but those p.fixed places. When in's text is
// not p.text as the file has it, the codes are placed by proportion, a guess.
func (p placement) place(loc locator, tgt string) placement {
	mapTo, ok := nfcPlaces(p.in.text, p.text, codePlaces(p.in))
	p.mapTo = mapTo
	p.content, p.guessed, p.moved = placeCodes(p.in, mapTo, loc, tgt, !ok, p.fixed)
	return p
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
		args := m.unitArgs(m.placedUnits)
		w.say(id, WarnTargetCodesPlaced, args, "%s whose new translation got inline codes (formatting, placeholders) at a likely place, as the English of what they mark was not found: %s; check them in the translation tool",
			plural(len(m.placedUnits), "unit", "units"), idList(m.placedUnits, "unit", "units"))
	}
	if len(m.orderUnits) > 0 {
		args := m.unitArgs(m.orderUnits)
		w.say(id, WarnTargetCodesOrder, args, "%s whose new translation puts words in another order than the source, while the tool's file says their inline codes may not be reordered: the codes kept the source's order, some no longer around their English: %s; check them in the translation tool",
			plural(len(m.orderUnits), "unit", "units"), idList(m.orderUnits, "unit", "units"))
	}
	if len(m.codeUnits) > 0 {
		args := m.unitArgs(m.codeUnits)
		w.say(id, WarnTargetCodesLost, args, "%s whose source holds elements that are no XLIFF inline codes got a translation without them: %s; add them in the translation tool",
			plural(len(m.codeUnits), "unit", "units"), idList(m.codeUnits, "unit", "units"))
	}
}

// unitArgs are the Args of a warning naming units: how many, their IDs, and the ID of the first
// segment of each, by which the app names them as its segment list numbers them.
func (m *merger) unitArgs(units []string) map[string]any {
	segs := make([]string, len(units))
	for i, u := range units {
		segs[i] = m.unitSeg[u]
	}
	return map[string]any{"N": len(units), "Units": strings.Join(units, ", "), "UnitSegments": strings.Join(segs, ", ")}
}

// idList joins IDs for a message of the command line. A list holding a bare number (XLIFF 1.2 tools
// number their units 1, 2, 3…) says what they are, "units 6, 7", where "…: 6, 7" read like a count.
func idList(ids []string, one, many string) string {
	list := strings.Join(ids, ", ")
	for _, id := range ids {
		if id != "" && strings.Trim(id, "0123456789") == "" {
			if len(ids) == 1 {
				return one + " " + list
			}
			return many + " " + list
		}
	}
	return list
}
