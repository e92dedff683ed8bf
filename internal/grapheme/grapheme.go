// Package grapheme finds grapheme cluster boundaries (Unicode UAX #29, computed by uniseg) where the
// recogniser, the quote finder, the exports, validation and the text widget need them: what a reader
// sees as one character (a letter with its marks, an emoji sequence, a flag) is never cut. It skips
// uniseg wherever the rules always break, which is nearly everywhere in French text.
package grapheme

import (
	"strings"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// AlwaysBreaks reports whether UAX #29 breaks at byte i of text, 0 < i < len(text), whatever the text
// before: after a rune below U+0600 other than a carriage return (no prepended mark, joiner, regional
// indicator or Hangul jamo there) and before one below U+0300 (no extending mark, spacing mark or
// joiner). The tests check it against uniseg for every such pair.
func AlwaysBreaks(text string, i int) bool {
	if text[i-1] < utf8.RuneSelf && text[i-1] != '\r' && text[i] < 0xcc {
		return true // after an ASCII rune and before one below U+0300 (lead bytes below 0xcc)
	}
	last, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i:])
	return last < 0x600 && last != '\r' && next < 0x300
}

// Next returns the end of the cluster that starts at byte i, itself a boundary.
func Next(text string, i int) int {
	if i >= len(text) {
		return len(text)
	}
	_, size := utf8.DecodeRuneInString(text[i:])
	if j := i + size; j >= len(text) || AlwaysBreaks(text, j) {
		return j
	}
	c, _, _, _ := uniseg.FirstGraphemeClusterInString(text[i:], -1)
	return i + len(c)
}

// End returns the first boundary at or after end, reading clusters from start, a boundary before it:
// a token or a span that would end at end ends there instead, so as not to leave a skin tone, a joiner,
// a variation selector, a combining mark or the second half of a flag outside.
func End(text string, start, end int) int {
	if end >= len(text) || end <= start || AlwaysBreaks(text, end) {
		return end
	}
	state := -1
	for i := start; i < end; {
		var c string
		c, _, _, state = uniseg.FirstGraphemeClusterInString(text[i:], state)
		if i += len(c); i >= end {
			return i
		}
	}
	return end
}

// Start returns the last boundary at or before i, reading clusters from from, a boundary before it.
func Start(text string, from, i int) int {
	if i <= from || i >= len(text) || AlwaysBreaks(text, i) {
		return i
	}
	state := -1
	for j := from; j < i; {
		var c string
		c, _, _, state = uniseg.FirstGraphemeClusterInString(text[j:], state)
		if j+len(c) > i {
			return j
		}
		j += len(c)
	}
	return i
}

// Snap returns the start of the cluster holding byte i (i itself on a boundary). Clusters never run
// over a line feed, so it reads them from the start of i's line.
func Snap(text string, i int) int {
	if i <= 0 {
		return 0
	}
	if i >= len(text) {
		return len(text)
	}
	return Start(text, strings.LastIndexByte(text[:i], '\n')+1, i)
}
