// Command mkwords makes assets/american-english.gz, the English word list of Glose's spelling check,
// from SCOWL's American English list as Debian ships it (package wamerican, size 50: about 104,000
// words with their inflected forms). The possessives ("Paris's", "house's") are left out, as the
// checker accepts a possessive of any word it knows; the rest is kept as it is, one word a line, and
// gzip-compressed without a time stamp, so that the same list always gives the same bytes.
//
//	apt-get install -y wamerican
//	go run ./tools/mkwords -o assets/american-english.gz
//
// The list's copyright and licence (SCOWL's, MIT-like) are in assets/american-english.copyright, a copy
// of Debian's /usr/share/doc/wamerican/copyright.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/glose-app/glose/annotate/spell"
)

func main() {
	in := flag.String("i", "/usr/share/dict/american-english", "the word list, one word a line (UTF-8)")
	out := flag.String("o", "assets/american-english.gz", "the compressed list to write")
	flag.Parse()
	src, err := os.ReadFile(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkwords:", err, "(apt-get install wamerican)")
		os.Exit(1)
	}
	data, n, err := spell.Pack(src)
	if err != nil {
		fmt.Fprintf(os.Stderr, "mkwords: %s: %v\n", *in, err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "mkwords:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d words, %d bytes\n", *out, n, len(data))
}
