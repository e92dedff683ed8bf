package plaintext

import (
	"regexp"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// delimCell matches a cell of a table's delimiter row: dashes with the colons of its alignment.
var delimCell = regexp.MustCompile(`^[ \t]*:?-+:?[ \t]*$`)

// table reads a GitHub-flavoured Markdown table at the start of lines, if one begins there, and
// returns the number of lines it took (0: no table). Each cell with text becomes a paragraph of its
// own, as a translation tool makes each cell a segment, never a heading; the pipes and the delimiter
// row are markup, kept in the cells' blocks for the export as Markdown. The table ends at a blank
// line or a line that begins another block.
func (s *stripper) table(lines []string) int { return s.tableIn(lines, "") }

// nestedTable reads a table inside a quotation or a list item: its lines all begin with prefix, the
// quotation marks ("> ") or the indentation ("  ") of the first, which its rows keep in their markup.
func (s *stripper) nestedTable(lines []string) int {
	prefix := containerPrefix.FindString(lines[0])
	if prefix == "" || s.inFence {
		return 0
	}
	var inner []string
	for _, l := range lines {
		rest, ok := strings.CutPrefix(l, prefix)
		if !ok {
			break
		}
		inner = append(inner, rest)
	}
	n := s.tableIn(inner, prefix)
	before := s.tableStart
	quote := strings.TrimRight(prefix, " \t")
	if n > 0 && before > 0 && before < len(s.blocks) && strings.HasSuffix(quote, ">") && strings.HasPrefix(s.blocks[before-1].Markup, quote) && !s.blocks[before].Tight {
		// in the quotation of the paragraph before, the line between them is the quotation's too
		s.blocks[before-1].After += "\n" + quote
		s.blocks[before].Tight = true
	}
	return n
}

// containerPrefix matches what begins a line inside quotations (their marks) or list items (their
// indentation).
var containerPrefix = regexp.MustCompile(`^(?:(?: {0,3}>[ \t]?)+| {2,})`)

// tableIn is table for lines without prefix, which each row's markup begins with.
func (s *stripper) tableIn(lines []string, prefix string) int {
	if s.inFence || len(lines) < 2 || strings.Trim(lines[1], "|:- \t") != "" || !strings.Contains(lines[1], "-") ||
		!strings.Contains(lines[0], "|") && !strings.Contains(lines[1], "|") || !tableRow(lines[0]) {
		return 0
	}
	head, delim := tableCells(lines[0]), tableCells(lines[1])
	if len(head) != len(delim) {
		return 0
	}
	for _, c := range delim {
		if !delimCell.MatchString(c) {
			return 0
		}
	}
	s.flush() // a table may interrupt a paragraph
	s.tableStart = len(s.blocks)
	t := tableWriter{s: s, prefix: prefix}
	t.row(head, "\n"+prefix+strings.TrimSpace(lines[1]))
	n := 2
	for ; n < len(lines) && tableRow(lines[n]); n++ {
		t.row(tableCells(lines[n]), "")
	}
	s.blank = true
	return n
}

// tableRow reports whether line can be a row of a table: not blank, and no other block's start.
func tableRow(line string) bool {
	return strings.TrimSpace(line) != "" && !atxHeading.MatchString(line) && !fence.MatchString(line) &&
		!quoteMarker.MatchString(line) && !listMarker.MatchString(line) && !strings.HasPrefix(line, "    ")
}

// tableCells splits a row at its pipes, except escaped ones (\|), without the pipes that begin and
// end it.
func tableCells(line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	if strings.HasSuffix(line, "|") && !strings.HasSuffix(line, `\|`) {
		line = line[:len(line)-1]
	}
	var cells []string
	start := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '|':
			cells = append(cells, line[start:i])
			start = i + 1
		}
	}
	return append(cells, line[start:])
}

// tableWriter adds the rows of one table to a stripper.
type tableWriter struct {
	s      *stripper
	prefix string // what begins each row: the marks of the quotation or the indentation of the list item it is in
	rows   bool   // a row was read (with text or not)
}

// row adds the cells with text of one row as paragraphs; end is what follows the row's closing pipe
// (under the header, the delimiter row). A row with no text at all is markup only: it goes after the
// paragraph before.
func (t *tableWriter) row(cells []string, end string) {
	s := t.s
	markup, wrote := t.prefix+"| ", false
	for _, c := range cells {
		text := inline(c)
		if strings.TrimSpace(text) == "" { // a no-break space alone is no paragraph to the segmenter
			markup += "| "
			continue
		}
		s.headings[len(s.paras)] = false
		s.paras = append(s.paras, text)
		s.blocks = append(s.blocks, annotate.Block{Markup: markup, Tight: !wrote && t.rows, Join: wrote})
		s.blank = false
		markup, wrote = " | ", true
	}
	// The pipes still to write close the empty cells at the end of the row, then the row.
	markup = strings.TrimRight(markup, " ") + end
	if wrote {
		s.blocks[len(s.blocks)-1].After = markup
	} else {
		t.textless(markup)
	}
	t.rows = true
}

// textless puts a row with no text after the paragraph before: on the next line if a row of this
// table came before, else after a blank line. With no paragraph before, the row is lost.
func (t *tableWriter) textless(row string) {
	s := t.s
	if len(s.blocks) == 0 {
		return
	}
	sep := "\n\n"
	if t.rows {
		sep = "\n"
	}
	s.blocks[len(s.blocks)-1].After += sep + row
}
