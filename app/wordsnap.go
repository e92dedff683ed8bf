package app

import (
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
)

// wordChar reports the characters a word is made of: letters, digits and combining marks.
// Apostrophes, hyphens and spaces part words, so that "Auvergne" stays selectable in
// "d'Auvergne-Rhône-Alpes".
func wordChar(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

// snapWords widens [a, b) of s to whole words: a selection dragged from the middle of a word
// ("sident de la région" in "la présidente de la région") tags the word it began in, as annotation
// tools snap to tokens; an empty range stays empty.
func snapWords(s string, a, b int) (int, int) {
	if a >= b {
		return a, b
	}
	if r, _ := utf8.DecodeRuneInString(s[a:]); wordChar(r) {
		for a > 0 {
			p, n := utf8.DecodeLastRuneInString(s[:a])
			if !wordChar(p) {
				break
			}
			a -= n
		}
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:b]); wordChar(r) {
		for b < len(s) {
			p, n := utf8.DecodeRuneInString(s[b:])
			if !wordChar(p) {
				break
			}
			b += n
		}
	}
	return a, b
}

// tagSelection is the span the current selection would tag (see selection), widened to whole words
// within its segment; a selection over several segments is taken as it is.
func (ui *UI) tagSelection() (*annotate.Span, bool) {
	sp, ok := ui.selection()
	if !ok || ui.cur >= len(ui.doc.Segments) || ui.crossActive() && ui.side == annotate.Source {
		return sp, ok
	}
	seg := ui.doc.Segments[ui.cur]
	if sp.Side == annotate.Target {
		sp.Start, sp.End = snapWords(seg.Target, sp.Start, sp.End)
		return sp, ok
	}
	a, b := snapWords(ui.doc.SourceText(seg), sp.Start-seg.Start, sp.End-seg.Start)
	sp.Start, sp.End = seg.Start+a, seg.Start+b
	return sp, ok
}
