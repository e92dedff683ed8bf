package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// German typography quotes »so«, and some Swiss, Alsatian or translated French and the German quoted in
// French text follow it; French quotes « so », and a quotation running over several paragraphs reopens
// each new one with » (or «), a » that opens nothing. A text is read as quoting in »…« when a line
// holds a » facing a word and, after it with no guillemet between, a « right after a word (»Wir
// schaffen das«), and no line holds a « … » pair: then its « and » trade places, each two bytes in
// UTF-8, so every offset found in the rewritten text holds in the text as written. A French text with
// one »…« somewhere (a German title or a quotation of German in it) keeps its marks as they are, as do
// its continuation paragraphs, which hold no « after their ».

// reversedGuillemets reports whether text quotes in »…« as described above.
func reversedGuillemets(text string) bool {
	if !strings.Contains(text, "»") || !strings.Contains(text, "«") {
		return false
	}
	reversed := false
	for line := range strings.Lines(text) {
		r, french := linePairs(line)
		if french {
			return false
		}
		reversed = reversed || r
	}
	return reversed
}

// linePairs reports whether line holds a »…« pair as described above, and whether it holds a « … »
// pair: a « and a later », no guillemet between them, the « followed (past its space) by no
// punctuation and the » by nothing that opens words, which tells "« , »" between two »…« ("»volé
// peut-être« , »à la Banque de France«") from a French pair.
func linePairs(line string) (reversed, french bool) {
	prev, prevAt := rune(0), 0
	for i, r := range line {
		if r != '«' && r != '»' {
			continue
		}
		switch {
		case prev == '«' && r == '»':
			french = french || !punctAfter(line, prevAt) && !opensAfter(line, i)
		case prev == '»' && r == '«':
			reversed = reversed || !spaceAfter(line, prevAt) && !spaceBefore(line, i) && !opensAfter(line, i)
		}
		prev, prevAt = r, i
	}
	return reversed, french
}

// after returns the rune right after the guillemet at i, or utf8.RuneError at the line's end.
func after(line string, i int) rune {
	_, n := utf8.DecodeRuneInString(line[i:])
	r, _ := utf8.DecodeRuneInString(line[i+n:])
	return r
}

// opensAfter reports whether the guillemet at i is followed by what opens or is a word: a letter, a
// digit, a bracket ("»[notre] combat«", "»(il) se vantait«"), an ellipsis.
func opensAfter(line string, i int) bool {
	r := after(line, i)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("([{…'’\"“", r)
}

// spaceAfter reports whether the guillemet at i ends the line or is followed by a space or a
// guillemet.
func spaceAfter(line string, i int) bool {
	r := after(line, i)
	return r == utf8.RuneError || unicode.IsSpace(r) || r == '«' || r == '»'
}

// punctAfter reports whether the guillemet at i is followed, past its spaces, by punctuation that
// closes a clause.
func punctAfter(line string, i int) bool {
	_, n := utf8.DecodeRuneInString(line[i:])
	rest := strings.TrimLeftFunc(line[i+n:], unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune(",.;:)", r)
}

// spaceBefore reports whether the guillemet at i opens the line or follows a space or a guillemet.
func spaceBefore(line string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(line[:i])
	return r == utf8.RuneError || unicode.IsSpace(r) || r == '«' || r == '»'
}

// swapGuillemets writes each « of text » and each » «.
func swapGuillemets(text string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '«':
			return '»'
		case '»':
			return '«'
		}
		return r
	}, text)
}
