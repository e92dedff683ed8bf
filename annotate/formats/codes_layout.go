package formats

import "strings"

// The layout space at the ends of a source (a line break before </source>, Crowdin's and Xcode's) is
// the gap's on import (trimLayout), not the segment's: a translator types none. Merge-back gives the
// new target the source's, as the tool expects its target laid out as its source.

// trimLayout takes the layout space at the ends of in's text off, the codes standing in it moved to the
// text's ends (a code before a final line break stays before it, written before the space put back).
func (in *inlineCodes) trimLayout() {
	a, b := trimLayout(in.text, 0, len(in.text))
	if a == b {
		return
	}
	clamp := func(p int) int { return min(max(p, a), b) - a }
	for i := range in.codes {
		c := &in.codes[i]
		c.at, c.end = clamp(c.at), clamp(c.end)
	}
	in.text = in.text[a:b]
}

// withLayout is content, the escaped new target of a source whose raw content is src, with the layout
// space src has at each end where the English has none there.
func withLayout(src []byte, english, content string) string {
	if content == "" || english == "" {
		return content
	}
	in, err := parseCodes(src)
	if err != nil {
		return content
	}
	a, b := trimLayout(in.text, 0, len(in.text))
	if a == b {
		return content
	}
	if a > 0 && strings.IndexByte(layoutSpace, english[0]) < 0 {
		content = escapeTarget(in.text[:a]) + content
	}
	if b < len(in.text) && strings.IndexByte(layoutSpace, english[len(english)-1]) < 0 {
		content += escapeTarget(in.text[b:])
	}
	return content
}
