package plaintext

import (
	"regexp"
	"strings"

	"github.com/glose-app/glose/annotate"
)

var (
	atxHeading  = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	setextUnder = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	rule        = regexp.MustCompile(`^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	listMarker  = regexp.MustCompile(`^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+`)
	quoteMarker = regexp.MustCompile(`^ {0,3}>[ \t]?`)
	fence       = regexp.MustCompile("^ {0,3}(```|~~~)")
	linkDef     = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*\S+.*$`)
	image       = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	link        = regexp.MustCompile(`\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])`)
	autolink    = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	htmlTag     = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	strong      = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	emphStar    = regexp.MustCompile(`\*(\S(?:[^*]*?\S)?)\*`)
	emphUnder   = regexp.MustCompile(`(^|[^\p{L}\p{N}_])_(\S(?:[^_]*?\S)?)_([^\p{L}\p{N}_]|$)`)
	code        = regexp.MustCompile("`+([^`]+)`+")
	blanks      = regexp.MustCompile(`[ \t]+`)
	escape      = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!>|~=])`)
)

// StripMarkdown returns the text a reader of the rendered Markdown sees: paragraphs separated by one blank
// line, the lines of a paragraph joined by spaces as a browser would, without markers of headings,
// emphasis, lists, quotes, code or links (a link keeps its text, an image is dropped). It also returns
// which paragraphs (by index) were headings (true) or list items (false).
func StripMarkdown(md string) (string, map[int]bool) {
	text, headings, _ := StripMarkdownLayout(md)
	return text, headings
}

// StripMarkdownLayout is StripMarkdown that also returns, by paragraph index, the block markup each
// paragraph began with (heading marks, list markers with their indentation, quotation marks), which
// the export of the translation as Markdown puts back. Inline markup (emphasis, links, code) is inside
// the sentences, and is not kept.
func StripMarkdownLayout(md string) (string, map[int]bool, []annotate.Block) {
	s := stripper{headings: map[int]bool{}, blank: true}
	lines := withoutFrontMatter(strings.Split(withoutComments(md), "\n"))
	for i := 0; i < len(lines); i++ {
		if n := s.tableAt(lines[i:]); n > 0 {
			i += n - 1
			continue
		}
		s.line(lines[i])
	}
	s.flush()
	// Removing markup can put a combining mark after a new base character ("[A]()\u0301"): normalise again.
	return annotate.NFC(strings.Join(s.paras, "\n\n")), s.headings, s.blocks
}

// stripper is the state of StripMarkdownLayout between lines.
type stripper struct {
	paras      []string
	blocks     []annotate.Block // one per paragraph of paras
	headings   map[int]bool
	cur        []string       // the lines of the paragraph being read
	block      annotate.Block // its markup
	inFence    bool
	tableStart int  // the paragraph the last table read began with
	blank      bool // a blank line (or a rule, a fence) came since the last paragraph
}

// flush ends the paragraph being read.
func (s *stripper) flush() {
	if text := strings.Join(s.cur, " "); strings.TrimSpace(text) != "" { // a code block may hold blank lines only
		s.add(text, s.block)
	}
	s.cur = nil
	s.block = annotate.Block{}
}

// add appends a paragraph with its markup, tight when no blank line came before it and markup joins
// it to the one before (a list item, a heading, a quotation: Markdown needs no blank line there).
func (s *stripper) add(text string, b annotate.Block) {
	prevHeading := len(s.paras) > 0 && s.headings[len(s.paras)-1] && strings.HasPrefix(s.blocks[len(s.blocks)-1].Markup, "#")
	b.Tight = len(s.paras) > 0 && !s.blank && (b.Markup != "" || prevHeading)
	s.paras = append(s.paras, text)
	s.blocks = append(s.blocks, b)
	s.blank = false
}

func (s *stripper) line(line string) {
	switch {
	case fence.MatchString(line):
		s.flush()
		s.inFence = !s.inFence
		s.blank = true
		return
	case s.inFence:
		s.cur = append(s.cur, strings.TrimSpace(line))
		return
	case noteDef.MatchString(line): // a footnote is a paragraph of its own
		s.flush()
		line = footnotes(line)
	case strings.TrimSpace(line) == "", rule.MatchString(line) && len(s.cur) == 0, linkDef.MatchString(line):
		s.flush()
		s.blank = true
		return
	}
	if m := atxHeading.FindStringSubmatch(line); m != nil {
		s.flush()
		if t := inline(m[2]); strings.TrimSpace(t) != "" { // "# \u00a0" is no paragraph to the segmenter
			s.headings[len(s.paras)] = true
			s.add(t, annotate.Block{Markup: m[1] + " "})
		}
		return
	}
	if len(s.cur) > 0 && setextUnder.MatchString(line) {
		s.headings[len(s.paras)] = true
		s.block.Markup = "## "
		if strings.Contains(line, "=") {
			s.block.Markup = "# "
		}
		s.flush()
		return
	}
	if m := listMarker.FindString(line); m != "" { // each list item is a paragraph of its own, and no heading
		s.flush()
		line = line[len(m):]
		s.headings[len(s.paras)] = false
		s.block.Markup = strings.TrimRight(m, " \t") + " "
	}
	quotes := 0
	for quoteMarker.MatchString(line) {
		line = quoteMarker.ReplaceAllString(line, "")
		quotes++
	}
	if t := inline(line); t != "" {
		if len(s.cur) == 0 && s.block.Markup == "" {
			s.block.Markup = strings.Repeat("> ", quotes)
		}
		s.cur = append(s.cur, t)
	}
}

// inlineMarks are the characters that begin inline markup: a line with none of them is text.
const inlineMarks = "\\[<`*_&"

// inline removes inline markup from one line.
func inline(s string) string {
	if !strings.ContainsAny(s, inlineMarks) {
		return words(s)
	}
	// Hide escaped characters from the markup rules, as private-use runes restored at the end.
	s = replaceIf(s, `\`, escape, func(m string) string { return string(rune(0xE000 + int(m[1]))) })
	if strings.Contains(s, "[") {
		s = image.ReplaceAllString(s, "")
		s = link.ReplaceAllString(s, "$1")
		s = noteRef.ReplaceAllString(s, "[$1]")
	}
	if strings.Contains(s, "<") {
		s = autolink.ReplaceAllString(s, "$1")
		s = htmlTag.ReplaceAllString(s, "")
	}
	s = replaceIf(s, "`", code, func(m string) string { // a code span's & is no character reference
		return strings.ReplaceAll(code.FindStringSubmatch(m)[1], "&", string(rune(0xE000+'&')))
	})
	if strings.Contains(s, "**") || strings.Contains(s, "__") {
		s = strong.ReplaceAllString(s, "$2")
	}
	if strings.Contains(s, "*") {
		s = emphStar.ReplaceAllString(s, "$1")
	}
	if strings.Contains(s, "_") {
		s = emphUnder.ReplaceAllString(s, "$1$2$3")
	}
	s = strings.Map(func(r rune) rune {
		if r >= 0xE000 && r < 0xE080 {
			return r - 0xE000
		}
		return r
	}, entities(s))
	return words(strings.TrimRight(s, " \t\\")) // a trailing backslash is a hard line break
}

// words collapses the ASCII blanks of a line, and trims them (two spaces at the end are a hard line
// break): the no-break spaces of French typography are text.
func words(s string) string {
	s = strings.TrimRight(s, " \t")
	if strings.Contains(s, "  ") || strings.Contains(s, "\t") {
		s = blanks.ReplaceAllString(s, " ")
	}
	return strings.TrimLeft(s, " ")
}

// replaceIf replaces the matches of re in s by what f makes of them, if s holds mark (which every
// match holds): a regular expression scans even a line with no match.
func replaceIf(s, mark string, re *regexp.Regexp, f func(string) string) string {
	if !strings.Contains(s, mark) {
		return s
	}
	return re.ReplaceAllStringFunc(s, f)
}
