package plaintext

import (
	"path/filepath"
	"strings"
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
