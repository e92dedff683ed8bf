package annotate

import (
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/internal/grapheme"
)

// hunk is a replacement of bytes [a, b) of a text by text.
type hunk struct {
	a, b int
	text string
}

// maxHunkCells bounds the table wordHunks compares two texts with (their tokens multiplied): past it,
// as for a segment of thousands of words, one replacement from the first difference to the last does.
const maxHunkCells = 1 << 22

// wordHunks returns the replacements, in order, that turn old into new word by word: the words, spaces
// and marks both share stay where they are, so that the spans on them stay too, where one replacement
// from the first difference to the last (Diff) would remove every span in between. A word is a run of
// letters, digits and combining marks (e + U+0301 is one), never split.
func wordHunks(old, new string) []hunk {
	o, n := wordTokens(old), wordTokens(new)
	if (len(o)-1)*(len(n)-1) > maxHunkCells {
		a, b, c := Diff(old, new)
		return []hunk{{a, b, new[a:c]}}
	}
	tok := func(s string, ends []int, i int) string { return s[ends[i]:ends[i+1]] }
	no, nn := len(o)-1, len(n)-1
	// lcs[i][j]: the length of the longest common run of tokens of old[i:] and new[j:]
	lcs := make([][]int32, no+1)
	for i := range lcs {
		lcs[i] = make([]int32, nn+1)
	}
	for i := no - 1; i >= 0; i-- {
		for j := nn - 1; j >= 0; j-- {
			if tok(old, o, i) == tok(new, n, j) {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []hunk
	i, j, i0, j0 := 0, 0, 0, 0
	flush := func() {
		if i0 < i || j0 < j {
			out = append(out, hunk{o[i0], o[i], new[n[j0]:n[j]]})
		}
	}
	for i < no || j < nn {
		switch {
		case i < no && j < nn && tok(old, o, i) == tok(new, n, j):
			flush()
			i, j = i+1, j+1
			i0, j0 = i, j
		case j < nn && (i == no || lcs[i][j+1] >= lcs[i+1][j]):
			j++
		default:
			i++
		}
	}
	flush()
	return out
}

// wordTokens returns the offsets where the tokens of s start, and len(s) last: words (letters, digits
// and marks), runs of white space, and every other character (a grapheme cluster: an emoji with its
// skin tone) on its own.
func wordTokens(s string) []int {
	ends := []int{0}
	prev := -1
	for i := 0; i < len(s); i = grapheme.Next(s, i) {
		r, _ := utf8.DecodeRuneInString(s[i:])
		c := 0
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			c = 1
		case unicode.IsSpace(r):
			c = 2
		}
		if i > 0 && (c != prev || c == 0) {
			ends = append(ends, i)
		}
		prev = c
	}
	if len(s) > 0 {
		ends = append(ends, len(s))
	}
	return ends
}
