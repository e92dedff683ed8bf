package main

import (
	"fmt"
	"io"

	"github.com/glose-app/glose/annotate"
)

// warnNoText warns, on stderr as command's warnings go, when d, read from where, holds no text: an
// empty or blank file (a download cut off, a wrong file) otherwise went through as a document of no
// segment, with exit status 0 and not a word, as the app says "It holds no text".
func warnNoText(stderr io.Writer, command, where string, d *annotate.Document) {
	if len(d.Segments) == 0 {
		fmt.Fprintf(stderr, "glose-cli %s: warning: %s: %s\n", command, where, noTextMsg)
	}
}

// noTextMsg is what warnNoText says of a document, after its place.
const noTextMsg = "it holds no text: there is nothing to translate or annotate"
