package textnorm

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Difference says where two texts that should be one first differ, for the messages of tools that
// compare two annotations of one text: "at line 3, column 12: “…la ville” against “…la cité”" (line
// and column from 1, the column in characters), or "" when they are the same. Seen side by side, a
// few characters on either side of the place tell a changed word from a text of another version.
func Difference(a, b string) string {
	if a == b {
		return ""
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	inside := func(s string) bool { return i < len(s) && !utf8.RuneStart(s[i]) }
	for i > 0 && (inside(a) || inside(b)) {
		i-- // back to the start of the character that differs
	}
	line := strings.Count(a[:i], "\n") + 1
	col := utf8.RuneCountInString(a[strings.LastIndex(a[:i], "\n")+1:i]) + 1
	return fmt.Sprintf("at line %d, column %d: %s against %s", line, col, around(a, i), around(b, i))
}

// around is the text near byte i of s, quoted: up to 15 characters before and after, on one line.
func around(s string, i int) string {
	start := i
	for n := 0; start > 0 && n < 15; n++ {
		_, size := utf8.DecodeLastRuneInString(s[:start])
		start -= size
	}
	end := i
	for n := 0; end < len(s) && n < 15; n++ {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
	}
	out := strings.NewReplacer("\n", `\n`, "\r", `\r`).Replace(s[start:end])
	if start > 0 {
		out = "…" + out
	}
	if end < len(s) {
		out += "…"
	}
	if end == i && i == len(s) {
		out += " (the end)"
	}
	return "“" + out + "”"
}
