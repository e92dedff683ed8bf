package assets

import _ "embed"

//go:embed english-words.gz
var englishWords []byte

// EnglishWords returns the English word lists of the spelling check, gzip-compressed, one word a line
// (spell.Pack says how the two are kept in one): SCOWL's American and British English lists (size
// 50) as Debian's wamerican and wbritish 2020.12.07 ship them, without the possessives, made by
// tools/mkwords. © Kevin Atkinson and others, under SCOWL's permissive licence
// (american-english.copyright and british-english.copyright beside this file). The slice is shared:
// do not modify it.
func EnglishWords() []byte { return englishWords }
