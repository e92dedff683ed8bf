package plaintext

import (
	"regexp"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// tableAt reads the table that begins at lines[0], if any: an HTML <table>, a Markdown table inside a
// quotation or a list item, or one at the top level. It returns the number of lines it took.
func (s *stripper) tableAt(lines []string) int {
	for _, read := range []func([]string) int{s.htmlTable, s.nestedTable, s.table} {
		if n := read(lines); n > 0 {
			return n
		}
	}
	return 0
}

var (
	htmlTableStart = regexp.MustCompile(`(?i)^ {0,3}<table[\s>]`)
	htmlTableEnd   = regexp.MustCompile(`(?i)</table\s*>`)
	htmlCell       = regexp.MustCompile(`(?is)(<t[dh](?:\s[^<>]*)?>)(.*?)(</t[dh]\s*>)`)
)

// htmlTable reads an HTML table written in the Markdown, from a line that opens it to the line that
// closes it, and returns the number of lines it took (0: none, or one never closed). Each cell with
// text (<td>, <th>) becomes a paragraph of its own, never a heading, as a Markdown table's do; the HTML
// around the cells is markup, kept in their blocks, so that the export as Markdown writes the table
// as it was with the English in its cells (the lines before the first cell go after the paragraph
// before; at the very start of the file, they begin the first cell's line, joined by spaces).
func (s *stripper) htmlTable(lines []string) int {
	if s.inFence || !htmlTableStart.MatchString(lines[0]) {
		return 0
	}
	n := 0
	for n < len(lines) && !htmlTableEnd.MatchString(lines[n]) {
		n++
	}
	if n == len(lines) {
		return 0
	}
	n++
	raw := strings.Join(lines[:n], "\n")
	cells := htmlCell.FindAllStringSubmatchIndex(raw, -1)
	s.flush()
	last, first := 0, true
	for _, c := range cells {
		text := inline(strings.Join(strings.Fields(raw[c[4]:c[5]]), " "))
		if strings.TrimSpace(text) == "" {
			continue
		}
		before := raw[last:c[4]]
		if first {
			s.htmlTableStart(before)
		} else {
			s.blocks[len(s.blocks)-1].After = before
		}
		s.headings[len(s.paras)] = false
		b := annotate.Block{Join: !first}
		if first {
			b.Markup, b.Tight = before[strings.LastIndex(before, "\n")+1:], len(s.paras) > 0
			if !b.Tight { // no paragraph before to hold the table's first lines: a space for each line break
				b.Markup = strings.ReplaceAll(before, "\n", " ")
			}
		}
		s.paras = append(s.paras, text)
		s.blocks = append(s.blocks, b)
		last, first = c[5], false
	}
	if first { // no cell with text: the table is markup only
		s.htmlTableStart(raw + "\n")
	} else {
		s.blocks[len(s.blocks)-1].After = raw[last:]
	}
	s.blank = true
	return n
}

// htmlTableStart puts the lines of an HTML table before its first cell's line (before: the HTML up
// to the cell's text) after the paragraph before, a blank line apart; at the start of the file,
// where no paragraph is, the first cell's markup holds them.
func (s *stripper) htmlTableStart(before string) {
	i := strings.LastIndex(before, "\n")
	if i < 0 || len(s.blocks) == 0 {
		return
	}
	s.blocks[len(s.blocks)-1].After += "\n\n" + before[:i]
}
