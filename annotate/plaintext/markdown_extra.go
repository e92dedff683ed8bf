package plaintext

import (
	"html"
	"regexp"
	"strings"
	"unicode"
)

var (
	htmlComment = regexp.MustCompile(`(?s)<!--.*?-->`)
	entity      = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)
	noteRef     = regexp.MustCompile(`\[\^([^\]\s]{1,20})\]`)
	noteDef     = regexp.MustCompile(`^ {0,3}\[\^([^\]\s]{1,20})\]:[ \t]*`)
)

// withoutFrontMatter drops the metadata block (YAML between --- lines, TOML between +++ lines) that
// static site generators and Pandoc read at the top of a Markdown file: no reader sees it. A first
// --- with no closing line within 200 lines is a rule, as before.
func withoutFrontMatter(lines []string) []string {
	if len(lines) == 0 {
		return lines
	}
	open := strings.TrimRight(lines[0], " \t\r")
	if open != "---" && open != "+++" {
		return lines
	}
	for i := 1; i < len(lines) && i < 200; i++ {
		l := strings.TrimRight(lines[i], " \t\r")
		if l == open || open == "---" && l == "..." {
			return lines[i+1:]
		}
	}
	return lines
}

// withoutComments replaces HTML comments (<!-- note interne -->), which a reader does not see, by
// the line breaks they held, so that the paragraphs around them stay apart.
func withoutComments(md string) string {
	if !strings.Contains(md, "<!--") {
		return md
	}
	return htmlComment.ReplaceAllStringFunc(md, func(c string) string {
		return strings.Repeat("\n", strings.Count(c, "\n"))
	})
}

// entities decodes the HTML character references a Markdown text may hold (&nbsp;, &#8239;, &laquo;),
// as CommonMark does; one that would give a control character stays as it is.
func entities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return entity.ReplaceAllStringFunc(s, func(e string) string {
		d := html.UnescapeString(e)
		for _, r := range d {
			if unicode.IsControl(r) && r != '\t' || r == unicode.ReplacementChar {
				return e
			}
		}
		return d
	})
}

// footnotes writes Markdown footnotes as the Word and OpenDocument imports write theirs: a call
// "[^1]" as "[1]", and its definition "[^1]: Source." as a paragraph "[1] Source.".
func footnotes(line string) string {
	if m := noteDef.FindStringSubmatch(line); m != nil {
		return "[" + m[1] + "] " + line[len(m[0]):]
	}
	return noteRef.ReplaceAllString(line, "[$1]")
}
