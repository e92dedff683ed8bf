package quotes

import "strings"

// A headline's label: French news headlines name their topic before a colon and a quotation, or put the
// quotation first and the topic after a colon ("Incendie à Paris : « J'ai vu … »", "Les profs en
// grève : « … »", "« La mer est à nous » : la Bolivie …"). With no reporting verb the quotation is a
// hook that the body quotes again with its speaker; the annotated sets take it as no quotation. A
// headline that is a name and a colon attributes it ("Nicolas Hulot : « Je prends la décision … »").

// headlineLabel reports whether the group's only part, with no reporting verb, stands in the text's
// first line, a line followed by others, next to a colon: opening the line before it, or ending the
// line after words that are not its speaker's name alone.
func (f *finder) headlineLabel(parts []part, grp *group) bool {
	if len(parts) != 1 || grp.kind != guillemet || !grp.cue.Empty() || !f.firstLine(grp.line) {
		return false
	}
	p, ln := parts[0], f.lines[grp.line]
	if p.Start < ln.Start || p.End > ln.End {
		return false
	}
	before := strings.TrimSpace(f.text[ln.Start:p.Start])
	after := strings.Trim(f.text[p.End:ln.End], " \t\r\u00a0\u202f")
	if before == "" {
		return strings.HasPrefix(after, ":")
	}
	if !strings.HasSuffix(before, ":") || strings.Trim(after, ".") != "" {
		return false
	}
	colon := ln.Start + strings.LastIndex(f.text[ln.Start:p.Start], ":")
	return grp.speaker.Empty() || strings.TrimSpace(f.text[grp.speaker.End:colon]) != ""
}

// firstLine reports whether line li is the text's first line holding words, with another after it.
func (f *finder) firstLine(li int) bool {
	if f.prevLine(li) >= 0 {
		return false
	}
	for i := li + 1; i < len(f.lines); i++ {
		if strings.TrimSpace(f.text[f.lines[i].Start:f.lines[i].End]) != "" {
			return true
		}
	}
	return false
}
