package annotate

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// tagsFromWire reads the subtitles' tags of a file's layout (w, nil when absent), their places in code
// points of the source text (off), refusing one outside the text, out of order, or that is no tag.
func tagsFromWire(off *Offsets, w *wireLayout) ([]Tag, error) {
	if w == nil || len(w.Tags) == 0 {
		return nil, nil
	}
	out := make([]Tag, len(w.Tags))
	for i, t := range w.Tags {
		p := fmt.Sprintf("source.layout.tags[%d]", i)
		at, _, err := convertRange(off, t.At, t.At, p+".at", nil)
		if err != nil {
			return nil, err
		}
		out[i] = Tag{at, t.Tag}
	}
	return out, nil
}

// validateTags refuses subtitles' tags the export could not write back as they were: out of the
// text or inside a character, out of order, or no tag (a line break in it, or not one tag).
func (d *Document) validateTags() error {
	prev := 0
	for i, t := range d.Layout.Tags {
		p := fmt.Sprintf("source.layout.tags[%d]", i)
		switch {
		case t.At < 0 || t.At > len(d.Text) || t.At < len(d.Text) && !utf8.RuneStart(d.Text[t.At]):
			return verr(p+".at", InvalidLayoutTag, t.Text, "%d is not a place between two characters of the text (%s)", t.At, Plural(len(d.Text), "byte", "bytes"))
		case t.At < prev:
			return verr(p+".at", InvalidLayoutTag, t.Text, "%d is before the tag before it (%d): tags are listed in their order in the text", t.At, prev)
		case !IsSubtitleTag(t.Text):
			return verr(p+".tag", InvalidLayoutTag, t.Text, "%q: expected one tag, such as <i>, </i> or {\\an8}, on one line", t.Text)
		}
		prev = t.At
	}
	return nil
}

// IsSubtitleTag reports whether s is one formatting tag of subtitles as the import takes them out: <…>
// or {\…}, with no line break and no other tag inside.
func IsSubtitleTag(s string) bool {
	if len(s) < 3 || strings.ContainsAny(s, "\r\n") {
		return false
	}
	inner := s[1 : len(s)-1]
	switch {
	case s[0] == '<' && s[len(s)-1] == '>':
		return !strings.ContainsAny(inner, "<>")
	case s[0] == '{' && s[1] == '\\' && s[len(s)-1] == '}':
		return !strings.ContainsAny(inner, "{}")
	}
	return false
}

// layoutToWire is l for Glose JSON, the places of its tags in code points of the text (off).
func layoutToWire(l Layout, off *Offsets) *wireLayout {
	if l.IsZero() {
		return nil
	}
	w := &wireLayout{CRLF: l.CRLF, Markdown: l.Markdown}
	for _, b := range l.Blocks {
		w.Blocks = append(w.Blocks, wireBlock(b))
	}
	for _, t := range l.Tags {
		at, err := off.Convert(t.At, Bytes, CodePoints)
		if err != nil {
			at = off.Len(CodePoints) + 1 // refused on reading, as Validate refuses it before
		}
		w.Tags = append(w.Tags, wireTag{at, t.Text})
	}
	return w
}

// layoutFromWire is the layout of a file but its tags, read once the text is checked (tagsFromWire).
func layoutFromWire(w *wireLayout) Layout {
	if w == nil {
		return Layout{}
	}
	l := Layout{CRLF: w.CRLF, Markdown: w.Markdown}
	for _, b := range w.Blocks {
		l.Blocks = append(l.Blocks, Block(b))
	}
	return l
}
