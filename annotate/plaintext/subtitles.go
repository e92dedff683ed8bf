package plaintext

import (
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
)

// IsSubtitles reports whether a file name says subtitles: SubRip (.srt) or WebVTT (.vtt).
func IsSubtitles(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".srt", ".vtt":
		return true
	}
	return false
}

// subtitleText returns text with what is no subtitle text blanked out, byte for byte: a cue's number or
// identifier and its timing line ("00:00:01,000 --> 00:00:04,000", with WebVTT's settings), WebVTT's
// header and its NOTE, STYLE and REGION blocks. Segmenting it gives segments over the cues' text
// alone, which stays in the document's text between them, so that the translation exported as text
// is the subtitle file again.
func subtitleText(text string) string {
	lines := strings.SplitAfter(text, "\n")
	var b strings.Builder
	b.Grow(len(text))
	for start := 0; start < len(lines); {
		end := start
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
			end++
		}
		blank := cueHead(lines[start:end])
		for i := start; i < end; i++ {
			if i-start < blank {
				b.WriteString(spaces(lines[i]))
			} else {
				b.WriteString(lines[i])
			}
		}
		for ; end < len(lines) && strings.TrimSpace(lines[end]) == ""; end++ {
			b.WriteString(lines[end])
		}
		start = end
	}
	return b.String()
}

// cueHead returns how many lines of a block of subtitles are no text: all of WebVTT's header and
// NOTE, STYLE and REGION blocks; the lines of a cue up to its timing line; none of a block without
// a timing line.
func cueHead(block []string) int {
	if len(block) == 0 {
		return 0
	}
	first := strings.TrimPrefix(block[0], "\uFEFF")
	for _, kw := range []string{"WEBVTT", "NOTE", "STYLE", "REGION"} {
		if rest, ok := strings.CutPrefix(first, kw); ok && (strings.TrimSpace(rest) == "" || rest[0] == ' ' || rest[0] == '\t') {
			return len(block)
		}
	}
	for i, l := range block {
		if strings.Contains(l, "-->") {
			return i + 1
		}
	}
	return 0
}

// spaces is line with every byte but its line end made a space.
func spaces(line string) string {
	body := strings.TrimRight(line, "\n")
	return strings.Repeat(" ", len(body)) + line[len(body):]
}

// subtitleTag matches the formatting tags of subtitles in a cue's text: SubRip's <i>, <b>, <u>, <s>,
// <font …> and their ends, WebVTT's <c.class>, <v Anne>, <lang en>, <ruby>, <rt> and timestamps
// (<00:00:01.500>), and SubRip's position codes as SSA writes them ({\an8}).
var subtitleTag = regexp.MustCompile(`(?i)</?(?:i|b|u|s|font|c|v|lang|ruby|rt)(?:[.\s][^<>\n]*)?>|<(?:\d+:)?\d{2}:\d{2}\.\d{3}>|\{\\[^{}\n]*\}`)

// takeTags takes the formatting tags out of the cues' text of subtitles, from text and alike from cut
// (text with what is no cue text blanked, byte for byte, see subtitleText), so that the French reads
// plain: it returns both without them, and the tags with their places in the text without them. A tag
// whose removal would join two characters into one other (a combining mark after it) stays in the
// text, which stays NFC.
func takeTags(text, cut string) (plain, plainCut string, tags []annotate.Tag) {
	var b, c strings.Builder
	last := 0
	for _, m := range subtitleTag.FindAllStringIndex(cut, -1) {
		before, _ := utf8.DecodeLastRuneInString(text[:m[0]])
		after, _ := utf8.DecodeRuneInString(text[m[1]:])
		if m[0] > 0 && m[1] < len(text) && !norm.NFC.IsNormalString(string(before)+string(after)) {
			continue
		}
		b.WriteString(text[last:m[0]])
		c.WriteString(cut[last:m[0]])
		tags = append(tags, annotate.Tag{At: b.Len(), Text: text[m[0]:m[1]]})
		last = m[1]
	}
	if tags == nil {
		return text, cut, nil
	}
	b.WriteString(text[last:])
	c.WriteString(cut[last:])
	return b.String(), c.String(), tags
}
