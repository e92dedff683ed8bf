package formats

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// writeMarkdown writes the translation of a Markdown source as Markdown: each paragraph with the
// block markup its French began with (heading marks, list markers, quotation marks: annotate.Layout),
// one line per paragraph, a blank line between paragraphs except within a list, as the source had
// them. The inline markup of the French (emphasis, links, code) was stripped at import and is not in
// the English; what the translator typed is written as typed.
func writeMarkdown(docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error) {
	if err := oneDocument("markdown", docs); err != nil {
		return nil, nil, err
	}
	d := docs[0]
	if !d.Layout.Markdown {
		return nil, nil, fmt.Errorf("%s: the French was not imported from Markdown (or was imported before Glose kept its markup), so there is no Markdown layout to follow: export with --to text, or import the .md file again", d.ID)
	}
	texts, kept, warned, err := segmentTexts(d, opts)
	if err != nil {
		return nil, nil, err
	}
	var b strings.Builder
	last := -2 // the paragraph written last
	for from := 0; from < len(d.Segments); {
		p := d.Segments[from].Paragraph
		to := from + 1
		for to < len(d.Segments) && d.Segments[to].Paragraph == p {
			to++
		}
		var para strings.Builder
		layoutSegments(&para, d, texts, kept, from, to)
		from = to
		block := d.Layout.Block(p)
		if para.Len() == 0 && !block.Cell() { // a table keeps its left-out cells, empty
			continue
		}
		switch {
		case last == -2, block.Join:
		case block.Tight && last == p-1: // a tight list stays tight; after a left-out paragraph, a blank line
			b.WriteString("\n")
		default:
			b.WriteString("\n\n")
		}
		b.WriteString(block.Markup + blockText(para.String(), block) + block.After)
		last = p
	}
	b.WriteString("\n")
	return []File{{Name: d.ID + ".md", Main: true, Data: []byte(lineEnds(b.String(), d.Layout))}}, warned, nil
}

// blockText is the text of a paragraph as Markdown writes it after its block markup: on one line,
// a plain paragraph escaped where it would read as markup, a table cell's pipes escaped.
func blockText(text string, block annotate.Block) string {
	text = strings.ReplaceAll(text, "\n", " ")
	switch {
	case block.Cell():
		return strings.ReplaceAll(text, "|", `\|`)
	case block.Markup == "":
		return escapeBlockStart(text)
	}
	return text
}

// blockStart matches the start of a paragraph that Markdown would read as block markup: a heading,
// a list item, a quotation, a rule or a code fence ("1989. L'année…" would become a list).
var blockStart = regexp.MustCompile("^(?:#{1,6}(?:[ \t]|$)|[-*+](?:[ \t]|$)|\\d{1,9}[.)](?:[ \t]|$)|>|={3,}|-{3,}|`{3,}|~{3,})")

// escapeBlockStart escapes what begins a plain paragraph of text when Markdown would read it as block
// markup, so that the paragraph stays a paragraph.
func escapeBlockStart(text string) string {
	m := blockStart.FindString(text)
	if m == "" {
		return text
	}
	if i := strings.IndexAny(m, ".)"); i > 0 && m[0] >= '0' && m[0] <= '9' {
		return text[:i] + "\\" + text[i:]
	}
	return "\\" + text
}
