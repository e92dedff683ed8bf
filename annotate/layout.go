package annotate

import (
	"fmt"
	"slices"
	"strings"
)

// Layout is what an import kept of the source file's form beyond Text, so that the translation can be
// written out laid out as the source was (the text and markdown exports). Text already holds the
// paragraphs, line breaks and spaces between segments of a plain-text source; Layout adds what
// normalisation took out of it (CR LF line ends) and, for Markdown, the block markup the importer
// stripped. The zero value is a plain text with LF line ends: what documents saved before Layout
// existed, and those of every other import, read as.
type Layout struct {
	// CRLF is true when the source file ended its lines with CR LF, which Text holds as LF.
	CRLF bool
	// Markdown is true when the source was Markdown; Blocks then says how each paragraph began.
	Markdown bool
	// Blocks holds, by paragraph index, the Markdown block markup of the paragraph (Segment.Paragraph):
	// paragraphs past its end are plain paragraphs.
	Blocks []Block
	// Tags are the formatting tags of subtitles (<i>, </i>, <font color="red">, WebVTT's <v Anne>,
	// <c.yellow> and timestamps, SubRip's {\an8}) the import took out of the cues' text, so that the
	// French reads plain: inside a segment they are its inline codes, placed in the English as a
	// client's XLIFF file's are; the export of the translation as text writes them back. In order.
	Tags []Tag
}

// Tag is a formatting tag taken out of the source text: what it was and where it stood.
type Tag struct {
	At   int    // byte offset into Document.Text, where the tag stood
	Text string // the tag as written: "<i>", "</i>", "<v Anne>"
}

// Block is the Markdown markup of one paragraph: the marks before its text and whether it followed the
// paragraph before on the next line (items of one list) instead of after a blank line. A table cell
// is a paragraph: the first of its row begins a line ("| "), the others continue it (Join, " | "),
// and After closes the row (" |") and holds the lines of the table with no text that follow it (the
// delimiter row under the header, a row of empty cells).
type Block struct {
	Markup string // e.g. "## " (a heading), "- " or "1. " (a list item, indented when nested), "> " (a quotation), "| " (a table row), or ""
	Tight  bool
	Join   bool   // on the line of the paragraph before: a table cell after the first of its row
	After  string // written after the text: the end of a table row, and the textless table lines below it
}

// Cell reports whether the paragraph is a table cell (of a table in a quotation or a list item too:
// "> | ", "  | "), whose text is written (empty if need be) for
// the columns of its table to stay in place.
func (b Block) Cell() bool {
	return b.Join || strings.HasPrefix(strings.TrimLeft(b.Markup, "> \t"), "|")
}

// Block returns the markup of paragraph p: the zero Block when none was kept.
func (l Layout) Block(p int) Block {
	if p >= 0 && p < len(l.Blocks) {
		return l.Blocks[p]
	}
	return Block{}
}

// IsZero reports whether l says nothing beyond Text (a plain text with LF line ends).
func (l Layout) IsZero() bool {
	return !l.CRLF && !l.Markdown && len(l.Blocks) == 0 && len(l.Tags) == 0
}

func (l Layout) clone() Layout {
	l.Blocks = slices.Clone(l.Blocks)
	l.Tags = slices.Clone(l.Tags)
	return l
}

// validateLayout refuses block markup that would break the text written from it: the markup of a
// paragraph begins its first line, and holds no line break.
func (d *Document) validateLayout() error {
	for i, b := range d.Layout.Blocks {
		if strings.ContainsAny(b.Markup, "\r\n") {
			return verr(fmt.Sprintf("source.layout.blocks[%d].markup", i), InvalidLayout, b.Markup, "holds a line break: the markup of a paragraph is what begins its first line")
		}
	}
	return d.validateTags()
}
