package assets

import _ "embed"

//go:embed american-english.gz
var englishWords []byte

// EnglishWords returns the English word list of the spelling check, gzip-compressed, one word a line:
// SCOWL's American English list (size 50) as Debian's wamerican 2020.12.07 ships it, without the
// possessives, made by tools/mkwords. © Kevin Atkinson and others, under SCOWL's permissive licence
// (american-english.copyright beside this file). The slice is shared: do not modify it.
func EnglishWords() []byte { return englishWords }
