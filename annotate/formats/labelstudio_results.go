package formats

import (
	"fmt"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// lsIndexed is a result with its index in its result set, for messages.
type lsIndexed struct {
	j   int
	reg lsRegion
}

// textArea reads a TextArea result: its texts (value.text is a list, one entry per text the person
// submitted) are the note of the region it belongs to. Label Studio gives a per-region text area the
// ID of its region; one without a region of that ID but with offsets belongs to the region over the
// same text. A text area of the whole task has no place in Glose, which keeps notes on spans only:
// it is left out with a warning that quotes it.
func (c *lsReader) textArea(s *lsSet, a lsIndexed) {
	reg := a.reg
	if reg.Value == nil {
		return
	}
	texts := reg.Value.in.texts
	if texts == nil && reg.Value.Text != "" {
		texts = []string{reg.Value.Text}
	}
	var kept []string
	for _, t := range texts {
		if strings.TrimSpace(t) != "" {
			kept = append(kept, t)
		}
	}
	if len(kept) == 0 {
		return // an empty text area says nothing
	}
	note := strings.Join(kept, "\n")
	if c.noteOn(s, reg, note) {
		return
	}
	set := s.set
	if reg.Value.in.offsets {
		c.w.say(c.where, WarnNoteWithoutAnnotation, map[string]any{"ID": reg.ID},
			"%s result[%d]: the text area %q of region %s: the result set has no text span with that ID or at [%d, %d); left out",
			set.name, a.j, reg.FromName, reg.ID, reg.Value.Start, reg.Value.End)
		return
	}
	text := annotate.Shorten(strings.Join(kept, " / "), 60)
	c.w.say(c.where, WarnTaskTextArea, map[string]any{"Set": set.kind, "SetN": set.n, "Name": reg.FromName, "Text": text},
		"%s result[%d]: the text area %q of the whole task (%q) left out: Glose keeps notes on spans, not on documents", set.name, a.j, reg.FromName, text)
}

// noteOn adds note to the spans of the region reg belongs to, by ID or else by offsets, and says
// whether there was one.
func (c *lsReader) noteOn(s *lsSet, reg lsRegion, note string) bool {
	found := false
	if reg.ID != "" {
		for i := range s.spans {
			if s.region[i] == reg.ID {
				s.spans[i].Note, found = joinNotes(s.spans[i].Note, note), true
			}
		}
	}
	if found || !reg.Value.in.offsets {
		return found
	}
	a, b, err := toBytes(c.off, reg.Value.Start, reg.Value.End, c.unit, place{})
	if err != nil {
		return false
	}
	for i := range s.spans {
		if s.spans[i].Start == a && s.spans[i].End == b {
			s.spans[i].Note, found = joinNotes(s.spans[i].Note, note), true
		}
	}
	return found
}

// hyperTextSpans reads a HyperTextLabels region. Its start and end are XPaths into the HTML page with
// offsets inside those nodes, which Glose cannot follow without the page as Label Studio showed it;
// its globalOffsets (Label Studio writes them since 1.x) count characters of the page's text, which
// is the task's text when that text is plain. So the region is placed by its globalOffsets when they
// give the text it states (in the file's unit, or the other), or are in a text without markup when it
// states none; otherwise it is left out, with a warning.
func (c *lsReader) hyperTextSpans(set lsNamedSet, j int, reg lsRegion, origin annotate.Origin) []rawSpan {
	v := reg.Value
	if v == nil {
		v = &lsValue{}
	}
	labels := v.in.hyperLabels
	if len(labels) == 0 {
		labels = v.Labels
	}
	if g := v.in.global; g != nil && len(labels) > 0 {
		for _, u := range []annotate.Unit{c.unit, otherUnit(c.unit)} {
			found, err := textAt(c.r.Text, c.off, g[0], g[1], u, place{})
			unstated := v.Text == "" && (u != c.unit || strings.Contains(c.r.Text, "<"))
			if err != nil || unstated || (v.Text != "" && !sameText(v.Text, found)) {
				continue
			}
			a, b, _ := toBytes(c.off, g[0], g[1], u, place{})
			return c.spansAt(reg, a, b, labels, origin)
		}
	}
	args := map[string]any{"Set": set.kind, "SetN": set.n, "Labels": strings.Join(labels, ", "), "Text": annotate.Shorten(v.Text, 40), "Global": v.in.global != nil}
	why := "it has no globalOffsets, and Glose cannot follow its XPath without the page"
	if v.in.global != nil {
		why = fmt.Sprintf("its globalOffsets [%d, %d) do not give its text in this task's text", v.in.global[0], v.in.global[1])
	}
	c.w.say(c.where, WarnHyperTextUnplaced, args, "%s result[%d]: HyperTextLabels region %s (%s %q, from %s) cannot be placed on the text: %s; left out",
		set.name, j, reg.ID, args["Labels"], v.Text, lsXPathAt(v), why)
	return nil
}

// lsXPathAt says where a HyperText region starts, as its value does: "/p[1]/text()[1]:0".
func lsXPathAt(v *lsValue) string {
	at := v.in.startPath
	if at == "" {
		at = "?"
	}
	if v.in.startOffset != nil {
		at += fmt.Sprintf(":%d", *v.in.startOffset)
	}
	return at
}
