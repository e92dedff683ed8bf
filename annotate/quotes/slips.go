package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A web page sometimes closes a quotation with the opening guillemet it began with, « … 2018« , a
// déclaré X: a « glued to the word before it and followed by a comma or a stop opens nothing, nor does
// one followed by a comma or a full stop after a space, and while a « is open on its line it can only
// close it. Such a « is read as », the same two bytes in UTF-8,
// so every offset found in the rewritten text holds in the text as written.

// closeSlips returns text with each « that closes a quotation, as described above, written ».
func closeSlips(text string) string {
	if strings.Count(text, "«") < 2 {
		return text
	}
	var b []byte
	start := 0
	for line := range strings.Lines(text) {
		for _, i := range slipsIn(line) {
			if b == nil {
				b = []byte(text)
			}
			copy(b[start+i:], "»")
		}
		start += len(line)
	}
	if b == nil {
		return text
	}
	return string(b)
}

// slipsIn returns the offsets in line of the « that close a quotation opened before them on the line.
func slipsIn(line string) []int {
	var out []int
	depth := 0
	for i, r := range line {
		switch {
		case r == '»':
			depth = max(depth-1, 0)
		case r == '«' && depth > 0 && (!spaceBefore(line, i) && closesClause(line, i) || commaOrStopAfter(line, i)):
			out = append(out, i)
			depth--
		case r == '«':
			depth++
		}
	}
	return out
}

// commaOrStopAfter reports whether the guillemet at i is followed, past its spaces, by a comma or a full
// stop, which no quotation opens with: « … « un coup de sang » « , a-t-il lancé.
func commaOrStopAfter(line string, i int) bool {
	rest := strings.TrimLeftFunc(line[i+len("«"):], unicode.IsSpace)
	return strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ".")
}

// closesClause reports whether the guillemet at i is followed, past its spaces, by punctuation that
// closes a clause or by the end of the line.
func closesClause(line string, i int) bool {
	_, n := utf8.DecodeRuneInString(line[i:])
	return punctAfter(line, i) || strings.TrimLeftFunc(line[i+n:], unicode.IsSpace) == ""
}
