package plaintext

import (
	"bytes"
	"strings"

	"github.com/glose-app/glose/annotate/infile"
)

// pageBreaks turns the form feeds that end each page of a PDF converted to text (pdftotext) and the
// vertical tabs that stand for line breaks in text copied out of Word or PowerPoint into line breaks:
// the sentence a page break cuts goes on in the same paragraph. One byte for one, so that the offsets
// errors give are still the file's.
func pageBreaks(t *infile.Text) *infile.Text {
	if !bytes.ContainsAny(t.Data, "\f\v") {
		return t
	}
	c := *t
	c.Data = bytes.Map(func(r rune) rune {
		if r == '\f' || r == '\v' {
			return '\n'
		}
		return r
	}, t.Data)
	return &c
}

// separators turns Unicode's paragraph separator (U+2029, in text exported from layout programs such
// as InDesign) into a blank line, and its line separator (U+2028) into a line break, which is what
// they mean and what the segmenter knows: a headline and the paragraph after it were one segment.
var separators = strings.NewReplacer("\u2029", "\n\n", "\u2028", "\n")
