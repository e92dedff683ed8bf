package formats

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// verbatim finds the source range r written the same in the English when it is code rather than
// words: a placeholder, a variable, a path or a URL, which a translation copies as it is (memoQ's
// `<bpt>…</bpt>${TrgLang}<ept>…</ept>` of a help page, whose projection found only the word TrgLang,
// leaving "${" and "}" out of the code). Names are left to projection, which knows how each is
// written in English. It is sure only when that text is in the French once and in the English
// once, not as part of a longer word there.
func (l *srcLocator) verbatim(r [2]int) ([2]int, bool) {
	s := l.src[r[0]:r[1]]
	if !strings.ContainsFunc(s, codeRune) || strings.Count(l.src, s) != 1 || strings.Count(l.tgt, s) != 1 {
		return [2]int{}, false
	}
	i := strings.Index(l.tgt, s)
	if wordGoesOn(s, l.tgt[:i], true) || wordGoesOn(s, l.tgt[i+len(s):], false) {
		return [2]int{}, false
	}
	return [2]int{i, i + len(s)}, true
}

// wordGoesOn reports whether the word at the start (or the end) of s goes on into rest, the text
// before (or after) it: then s is part of a longer word there.
func wordGoesOn(s, rest string, before bool) bool {
	var edge, next rune
	if before {
		edge, _ = utf8.DecodeRuneInString(s)
		next, _ = utf8.DecodeLastRuneInString(rest)
	} else {
		edge, _ = utf8.DecodeLastRuneInString(s)
		next, _ = utf8.DecodeRuneInString(rest)
	}
	return rest != "" && codeWordRune(edge) && codeWordRune(next)
}

// codeRune reports whether r is written in code, not in words: a symbol, a bracket, "_", "/", a
// backslash, "#", "@", "&", "*", "%".
func codeRune(r rune) bool {
	return unicode.IsSymbol(r) || strings.ContainsRune("{}[]()<>_/\\#@&*%", r)
}
