package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"

	"github.com/glose-app/glose/suggest/token"
)

// Counts are the size of some text: segments, words and characters.
type Counts struct {
	Segments     int `json:"segments"`
	Words        int `json:"words"`
	Characters   int `json:"characters"`           // user-perceived characters (grapheme clusters), spaces included
	CharsNoSpace int `json:"characters_no_spaces"` // the same without spaces of any kind
}

// Add adds c2 to c.
func (c *Counts) Add(c2 Counts) {
	c.Segments += c2.Segments
	c.Words += c2.Words
	c.Characters += c2.Characters
	c.CharsNoSpace += c2.CharsNoSpace
}

// Words counts the words of a French (or English) text the way translation tools bill them (Trados
// Studio, Wordfast; see README "Analysis and statistics"):
//   - a word is a run of letters and digits (with their combining accents: "e" + U+0301 is one
//     letter); punctuation, quotation marks « » and symbols (%, €, emoji) are not words;
//   - a number is one word with its decimal and grouping separators: "3,5", "1 000" (no-break or
//     narrow no-break space), "2,5 millions" is two words; "2e", "15h30" are one word;
//   - a hyphen joins: "porte-parole", "Louis-Philippe", "a-t-il" are one word each;
//   - an apostrophe (' or ’) joins too, except after an elided article, pronoun or conjunction
//     (l’ d’ j’ m’ n’ s’ t’ c’ qu’ jusqu’ lorsqu’ puisqu’ quoiqu’), which is a word of its own:
//     "l’État" and "qu’il" are two words, as Trados Studio counts them in French, while
//     "aujourd’hui", "quelqu’un" and "presqu’île" are one.
func Words(s string) int {
	toks := token.Tokenize(s)
	n := 0
	for k := 0; k < len(toks); k++ {
		if toks[k].Kind == token.Punct {
			continue
		}
		n++
		for k+2 < len(toks) && joins(toks[k], toks[k+1], toks[k+2]) {
			k += 2
		}
	}
	return n
}

// joins reports whether the punctuation mark p glues the words a and b into one: a hyphen or an
// apostrophe written between them without spaces, the apostrophe not ending an elided word.
func joins(a, p, b token.Token) bool {
	if p.Kind != token.Punct || b.Kind == token.Punct || a.End != p.Start || p.End != b.Start {
		return false
	}
	switch p.Text {
	case "-", "\u2010", "\u2011":
		return true
	case "'", "’":
		return !elided[strings.ToLower(a.Text)]
	}
	return false
}

// elided are the French words that lose their vowel before another word and count apart.
var elided = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true,
	"qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true,
}

// Characters returns how many characters s has, with and without spaces: grapheme clusters, so that
// "é" written as "e" + U+0301 and an emoji with its skin tone are one each. Spaces are every Unicode
// space (no-break ones included), line breaks and the zero-width space.
func Characters(s string) (all, noSpace int) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if next, _ := utf8.DecodeRuneInString(s[i+size:]); simple(r) && (i+size == len(s) || simple(next)) {
			i += size // the common case, a character of its own (uniseg is slow): no mark may follow
		} else {
			c, _, _, _ := uniseg.FirstGraphemeClusterInString(s[i:], -1)
			i += len(c)
			r, _ = utf8.DecodeRuneInString(c)
			if utf8.RuneCountInString(c) > 1 {
				r = 'x' // a space with a mark is no space
			}
		}
		all++
		if !isSpace(r) {
			noSpace++
		}
	}
	return all, noSpace
}

// simple reports whether r is a character of its own that makes no cluster with a simple character
// next to it: ASCII but carriage return, Latin letters, the general punctuation but joiners.
func simple(r rune) bool {
	return r < 0x80 && r != '\r' || r >= 0xa0 && r < 0x300 || r >= 0x2010 && r <= 0x2027 || r >= 0x202f && r <= 0x205e
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) || r == '\u200b'
}

// Count returns the counts of one segment's text.
func Count(s string) Counts {
	all, noSpace := Characters(s)
	return Counts{Segments: 1, Words: Words(s), Characters: all, CharsNoSpace: noSpace}
}
