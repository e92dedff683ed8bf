package formats

import (
	"bytes"
	"strings"
)

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
	if content == "" || english == "" || !mayHaveLayout(src) {
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

// mayHaveLayout reports whether the raw content src may have layout space at an end of its text: its
// first and last characters outside tags are layout space or in a character reference. It spares
// merge-back reading again every source that has none.
func mayHaveLayout(src []byte) bool {
	head, tail := src, src
	for len(head) > 0 && head[0] == '<' {
		i := bytes.IndexByte(head, '>')
		if i < 0 {
			return true
		}
		head = head[i+1:]
	}
	for len(tail) > 0 && tail[len(tail)-1] == '>' {
		i := bytes.LastIndexByte(tail, '<')
		if i < 0 {
			return true
		}
		tail = tail[:i]
	}
	if len(head) == 0 || len(tail) == 0 {
		return true
	}
	return strings.IndexByte(layoutSpace+"&", head[0]) >= 0 || strings.IndexByte(layoutSpace+";", tail[len(tail)-1]) >= 0
}
