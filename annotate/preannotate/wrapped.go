package preannotate

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate/ner"
)

// wrappedLine is the fewest runes a line must have for the line break after it, inside a segment,
// to be read as a wrap: a paragraph hard-wrapped at 72 columns (or 60, or 80) breaks after lines of
// 50 runes and more, while a share widget's "Partager cet article :\nCourriel ,\nFacebook", an
// address or a list of names set one a line are shorter and stay lines.
const wrappedLine = 40

// recogniserText is text as the entity recogniser reads it: the soft line breaks (those inside a
// segment, see softBreaks) after a line of wrappedLine runes or more are read as spaces, so that a
// name cut by the wrap ("Emmanuel\nMacron") is one name, and a break after a hyphen joining two
// letters ("Jean-\nPierre") is dropped, the compound read whole. It returns the offsets, in text, of
// the line breaks dropped, for fromRecogniser; text itself when no break is soft.
func recogniserText(text string, soft []int) (string, []int) {
	var wraps, dropped []int
	for _, i := range soft {
		if i < len(text) && text[i] == '\n' && lineRunes(text, i) >= wrappedLine && !listItem(text[i+1:]) {
			wraps = append(wraps, i)
			if hyphenWrap(text, i) {
				dropped = append(dropped, i)
			}
		}
	}
	if wraps == nil {
		return text, nil
	}
	b := make([]byte, 0, len(text))
	k, last := 0, 0
	for _, i := range wraps {
		b = append(b, text[last:i]...)
		last = i + 1
		if k < len(dropped) && dropped[k] == i {
			k++
			continue
		}
		b = append(b, ' ')
	}
	return string(append(b, text[last:]...)), dropped
}

// listItem reports whether line opens with a list's mark ("-Maxime Nicolle : …", "• ", "– "): the
// line before, however long, announced a list, and the item is no continuation of it.
func listItem(line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	return strings.ContainsRune("-–—•*·▪", r)
}

// lineRunes counts the runes of the line that ends at the line break at i.
func lineRunes(text string, i int) int {
	n := 0
	for j := i - 1; j >= 0 && text[j] != '\n'; j-- {
		if !utf8.RuneStart(text[j]) {
			continue
		}
		if n++; n >= wrappedLine {
			break
		}
	}
	return n
}

// hyphenWrap reports whether the line break at i follows a hyphen written right after a letter and
// comes before a letter: "Jean-\nPierre", "Saint-\nÉtienne".
func hyphenWrap(text string, i int) bool {
	if i < 2 || text[i-1] != '-' {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:i-1])
	after, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsLetter(before) && unicode.IsLetter(after)
}

// fromRecogniser moves the mentions found in recogniserText's text back to the offsets of the text
// it was made from, dropped being the line breaks it left out.
func fromRecogniser(ms []ner.Mention, dropped []int) {
	if len(dropped) == 0 {
		return
	}
	for i := range ms {
		ms[i].Start = original(ms[i].Start, dropped, true)
		ms[i].End = original(ms[i].End, dropped, false)
	}
}

// original gives the offset in the text of offset p of the text without the bytes at dropped
// (ascending): a start after a dropped byte, an end before it. dropped[k]-k, where the k-th dropped
// byte would stand in the shorter text, does not decrease, so a binary search counts those before p.
func original(p int, dropped []int, start bool) int {
	return p + sort.Search(len(dropped), func(k int) bool {
		at := dropped[k] - k
		return at > p || !start && at == p
	})
}

// oneLine is a mention's text as an entity's name: a name cut by a wrap ("Emmanuel\nMacron",
// "Jean-\nPierre") on one line, "Emmanuel Macron", "Jean-Pierre".
func oneLine(s string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if i > 0 && !strings.HasSuffix(b.String(), "-") {
			b.WriteByte(' ')
		}
		b.WriteString(line)
	}
	return b.String()
}
