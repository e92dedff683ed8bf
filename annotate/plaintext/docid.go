package plaintext

import (
	"path/filepath"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// DocID derives a stable document ID from a file name: its base name without extension, in lower case,
// so that the IDs of "Article.txt" and "article.txt" from two folders are told apart as article and
// article-2 rather than kept as two IDs that Windows and macOS would take for one file name (brat
// files, annotate --out-dir). Letters, digits and "_" are kept, and so is a "." between two of them
// (v1.2-draft); every run of other characters becomes one hyphen between words, none at either end,
// so that an ID is never hidden, never taken for a flag and never empty ("document" when nothing is
// left). The name is composed (NFC) first: macOS may store "é" as "e" and a combining accent.
func DocID(name string) string {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	rs := []rune(strings.ToLower(norm.NFC.String(base)))
	var b strings.Builder
	dash := false
	for i, r := range rs {
		if !idRune(rs, i) {
			dash = true
			continue
		}
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteRune(r)
		dash = false
	}
	if b.Len() == 0 {
		return "document"
	}
	return b.String()
}

// idRune reports whether DocID keeps rs[i] as it is: a word character, or a dot between two.
func idRune(rs []rune, i int) bool {
	if rs[i] == '.' {
		return i > 0 && i+1 < len(rs) && wordRune(rs[i-1]) && wordRune(rs[i+1])
	}
	return wordRune(rs[i])
}

// wordRune is a letter, a digit, a combining mark (an accent NFC has no composed letter for) or "_".
func wordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
