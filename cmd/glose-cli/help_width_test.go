package main

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestHelpFitsWidth: what glose-cli help and each command's -h say, besides their usage lines, is
// wrapped at helpWidth characters, as the options are, so that a terminal of 100 columns (or a
// pager) shows no line broken in the middle of a word and none twice as long as its neighbours.
func TestHelpFitsWidth(t *testing.T) {
	check := func(name, text string) {
		t.Helper()
		_, text, _ = strings.Cut(text, "\n\n") // the usage lines: a command line is not cut
		for _, line := range strings.Split(text, "\n") {
			if n := utf8.RuneCountInString(line); n > helpWidth {
				t.Errorf("%s: a line of %d characters: %q", name, n, line)
			}
		}
	}
	_, usage, _ := runCLI(t, "help")
	check("glose-cli help", usage)
	for _, cmd := range everyCommand() {
		_, help, _ := runCLI(t, append(cmd, "-h")...)
		check(strings.Join(cmd, " ")+" -h", help)
	}
}
