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
	escape      = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!>|~])`)
)

// StripMarkdown returns the text a reader of the rendered Markdown sees: paragraphs separated by one blank
// line, the lines of a paragraph joined by spaces as a browser would, without markers of headings,
// emphasis, lists, quotes, code or links (a link keeps its text, an image is dropped). It also returns
// which paragraphs (by index) were headings (true) or list items (false).
func StripMarkdown(md string) (string, map[int]bool) {
	lines := strings.Split(md, "\n")
	var paras []string
	headings := map[int]bool{}
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = nil
		}
	}
	inFence := false
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		switch {
		case fence.MatchString(line):
			flush()
			inFence = !inFence
			continue
		case inFence:
			cur = append(cur, strings.TrimSpace(line))
			continue
		case strings.TrimSpace(line) == "", rule.MatchString(line) && len(cur) == 0, linkDef.MatchString(line):
			flush()
			continue
		}
		if m := atxHeading.FindStringSubmatch(line); m != nil {
			flush()
			if t := inline(m[2]); t != "" {
				headings[len(paras)] = true
				paras = append(paras, t)
			}
			continue
		}
		if len(cur) > 0 && setextUnder.MatchString(line) {
			headings[len(paras)] = true
			flush()
			continue
		}
		if listMarker.MatchString(line) { // each list item is a paragraph of its own, and no heading
			flush()
			line = listMarker.ReplaceAllString(line, "")
			headings[len(paras)] = false
		}
		for quoteMarker.MatchString(line) {
			line = quoteMarker.ReplaceAllString(line, "")
		}
		if t := inline(line); t != "" {
			cur = append(cur, t)
		}
	}
	flush()
	// Removing markup can put a combining mark after a new base character ("[A]()\u0301"): normalise again.
	return annotate.NFC(strings.Join(paras, "\n\n")), headings
}

// inline removes inline markup from one line.
func inline(s string) string {
	// Hide escaped characters from the markup rules, as private-use runes restored at the end.
	s = escape.ReplaceAllStringFunc(s, func(m string) string { return string(rune(0xE000 + int(m[1]))) })
	s = image.ReplaceAllString(s, "")
	s = link.ReplaceAllString(s, "$1")
	s = autolink.ReplaceAllString(s, "$1")
	s = htmlTag.ReplaceAllString(s, "")
	s = code.ReplaceAllString(s, "$1")
	s = strong.ReplaceAllString(s, "$2")
	s = emphStar.ReplaceAllString(s, "$1")
	s = emphUnder.ReplaceAllString(s, "$1$2$3")
	s = strings.Map(func(r rune) rune {
		if r >= 0xE000 && r < 0xE080 {
			return r - 0xE000
		}
		return r
	}, s)
	s = strings.TrimRight(s, " \t\\") // a trailing backslash or two spaces is a hard line break
	// Collapse ASCII blanks only: the no-break spaces of French typography are text.
	return strings.TrimLeft(blanks.ReplaceAllString(s, " "), " ")
}
