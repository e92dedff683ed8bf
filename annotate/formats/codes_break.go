package formats

import (
	"bytes"
	"html"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A line break (<ph/> or <x/> standing for <br/>) stands where the French breaks its line, which is
// white space in the running text: where the English has white space at its place, the break goes at
// the end of the words before it ("said:<br/> « We"), not after the space the translator typed, unless
// the French too has white space before its break.

// lineBreakCode matches the start tag (or the whole element) of a code that stands for a line break:
// XLIFF 1.2's ctype="lb" (or "x-lb"), XLIFF 2's subType="xlf:lb", an equiv of a line feed, or the
// HTML <br> it holds (1.2's <ph>&lt;br/&gt;</ph>).
var lineBreakCode = regexp.MustCompile(`(?i)\bctype="(?:x-)?lb"|\bsubType="xlf:lb"|\bequiv="(?:&#10;|&#xa;|\n)"|^<ph\b[^>]*>\s*&lt;br\b`)

// isLineBreak reports whether the code c is a line break standing at one place. Its tag is matched
// only when it holds what lineBreakCode looks for, which the regular expression was slow to say no to.
func isLineBreak(c icode) bool {
	if c.wrapping() || c.pair >= 0 {
		return false
	}
	if c.brk {
		return true
	}
	low := strings.ToLower(c.open)
	return (strings.Contains(low, "lb") || strings.Contains(low, "equiv") || strings.Contains(low, "&lt;br")) && lineBreakCode.MatchString(c.open)
}

// brData matches what an XLIFF 2 <data> holds for a line break: an HTML <br>, or white space with a
// line feed in it.
var brData = regexp.MustCompile(`(?i)^\s*(?:<br\b[^>]*>\s*|[ \t]*(?:\r?\n|\x{2028})\s*)$`)

// markBreaks marks the codes of in at one place whose dataRef stands for a line break in data, the
// raw <originalData> of their unit (XLIFF 2): a code written only as <ph dataRef="d3"/> says it is one
// there.
func (in *inlineCodes) markBreaks(data []byte) {
	if len(data) == 0 {
		return
	}
	for i := range in.codes {
		if c := &in.codes[i]; c.ref != "" && c.kind == "" && !c.wrapping() {
			c.brk = dataIsBreak(data, c.ref)
		}
	}
}

// dataIsBreak reports whether the <data> of ID id in the raw originalData data holds a line break.
func dataIsBreak(data []byte, id string) bool {
	content, ok := dataContent(data, id)
	return ok && brData.MatchString(dataText(content))
}

// dataContent is the raw content of the <data> of ID id in the raw originalData data. It reads the
// bytes, not an XML decoder: merge-back asks it of every unit of a file whose codes all say what they
// are by dataRef, and a <data> holds text and <cp/> only.
func dataContent(data []byte, id string) ([]byte, bool) {
	for _, q := range []string{`"`, `'`} {
		needle := []byte(" id=" + q + id + q)
		for off := 0; off < len(data); {
			i := bytes.Index(data[off:], needle)
			if i < 0 {
				break
			}
			i += off
			off = i + len(needle)
			lt := bytes.LastIndexByte(data[:i], '<')
			gt := bytes.IndexByte(data[i:], '>')
			if lt < 0 || gt < 0 || !dataTag.Match(data[lt:i+1]) || data[i+gt-1] == '/' {
				continue
			}
			content := data[i+gt+1:]
			if end := bytes.Index(content, []byte("</")); end >= 0 {
				content = content[:end]
			}
			return content, true
		}
	}
	return nil, false
}

var (
	dataTag = regexp.MustCompile(`^<(?:\w+:)?data\s`)
	cpElem  = regexp.MustCompile(`<(?:\w+:)?cp\s+hex=["']([0-9A-Fa-f]{1,6})["']\s*/>`)
)

// dataText is the text of the content of a <data>: its characters unescaped, its <cp/> as the
// characters they stand for.
func dataText(content []byte) string {
	s := string(content)
	if strings.Contains(s, "<") {
		s = cpElem.ReplaceAllStringFunc(s, func(m string) string {
			r, err := strconv.ParseInt(cpElem.FindStringSubmatch(m)[1], 16, 32)
			if err != nil {
				return ""
			}
			return "&#" + strconv.Itoa(int(r)) + ";"
		})
	}
	return html.UnescapeString(s)
}

// breakPlace is the place of a line break placed at t in tgt, its place in text at: moved back over
// the white space before t when text has none right before the break.
func breakPlace(text string, at int, tgt string, t int) int {
	if r, _ := utf8.DecodeLastRuneInString(text[:at]); at == 0 || unicode.IsSpace(r) {
		return t
	}
	for t > 0 {
		r, n := utf8.DecodeLastRuneInString(tgt[:t])
		if !unicode.IsSpace(r) {
			break
		}
		t -= n
	}
	return t
}
