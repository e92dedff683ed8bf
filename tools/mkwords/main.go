// Command mkwords makes assets/english-words.gz, the English word lists of Glose's spelling check,
// from SCOWL's American and British English lists as Debian ships them (packages wamerican and
// wbritish, size 50: some 75,000 words each with their inflected forms; the British one spells -ise).
// The possessives ("Paris's", "house's") are left out, as the checker accepts a possessive of any word
// it knows; the words both lists have are stored once, and each list's own words marked as its own
// (spell.Pack says how), gzip-compressed without a time stamp, so that the same lists always give the
// same bytes.
//
//	apt-get install -y wamerican wbritish
//	go run ./tools/mkwords
//
// The lists' copyright and licence (SCOWL's, MIT-like) are in assets/american-english.copyright and
// assets/british-english.copyright, copies of Debian's /usr/share/doc/wamerican/copyright and
// /usr/share/doc/wbritish/copyright.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/glose-app/glose/annotate/spell"
)

func main() {
	us := flag.String("us", "/usr/share/dict/american-english", "the American list, one word a line (UTF-8)")
	gb := flag.String("gb", "/usr/share/dict/british-english", "the British list, one word a line (UTF-8)")
	out := flag.String("o", "assets/english-words.gz", "the compressed lists to write")
	flag.Parse()
	american, err := os.ReadFile(*us)
	if err != nil {
		fail(fmt.Errorf("%w (apt-get install wamerican)", err))
	}
	british, err := os.ReadFile(*gb)
	if err != nil {
		fail(fmt.Errorf("%w (apt-get install wbritish)", err))
	}
	data, common, nus, ngb, err := spell.Pack(american, british)
	if err != nil {
		fail(err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fail(err)
	}
	fmt.Printf("%s: %d words in both lists, %d American only, %d British only; %d bytes\n", *out, common, nus, ngb, len(data))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mkwords:", err)
	os.Exit(1)
}
