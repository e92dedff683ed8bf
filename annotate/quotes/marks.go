package quotes

import (
	"strings"
	"unicode"
)

// French news quotes in « »; text pasted from the web or typed on an English keyboard often quotes in
// “ ” or " " instead, with nothing else changed. Every rule of the detector (pairing over lines,
// incises, terms against quotations, confidence) is written for guillemets, so such a text is read as if
// its top-level quotation marks were guillemets, and the spans found are mapped back onto it.

// asGuillemets returns text with its top-level “ ” and paired " " written « » when text has no
// guillemets of its own, or with its “ ” written « » when it opens more quotations with “ than with «
// (a web article with a « … » or two), or with its paired " " written « » when it has more such pairs than
// « and no “ (the same article quoting in " "), and back, which maps each byte offset of the rewritten text to
// the offset in text it stands for. ok is false, and nothing is rewritten, when text quotes in « » or
// has no other marks.
func asGuillemets(text string) (out string, back []int, ok bool) {
	curly := strings.Count(text, "“")
	var swap map[int]int
	switch guillemets := strings.Count(text, "«"); {
	case guillemets == 0 && !strings.Contains(text, "»"):
		if swap = singlePairs(text, straightPairs(text)); len(swap) == 0 && curly == 0 {
			if swap = straightSinglePairs(text); len(swap) == 0 {
				return text, nil, false
			}
		}
	case curly <= guillemets:
		if swap = straightPairs(text); curly > 0 || len(swap)/2 <= guillemets { // "…" with a « … » or two: read the "…"
			return text, nil, false
		}
	}
	var b strings.Builder
	b.Grow(len(text))
	back = make([]int, 0, len(text)+1)
	curlyOpen := false // a “ is open on the line
	for i, r := range text {
		var s string
		switch {
		case r == '\n':
			curlyOpen = false
		case r == '”' && !curlyOpen && opensAt(text, i, len("”")):
			s, curlyOpen = "«", true // ”(Ils) sont morts: j’en suis responsable”, l'”intervention d’un tiers”
		case r == '“' && curlyOpen && closesAt(text, i, len("“")):
			s, curlyOpen = "»", false // “Je suis attristé“, a déclaré Guterres
		case r == '“':
			curlyOpen = true
		case r == '”':
			curlyOpen = false
		}
		switch {
		case r == '“' && s == "" || swap[i] == open:
			s = "«"
		case r == '”' && s == "" || swap[i] == shut:
			s = "»"
		case s != "":
		default:
			b.WriteRune(r)
			for k := range len(string(r)) {
				back = append(back, i+k)
			}
			continue
		}
		b.WriteString(s)
		for range len(s) {
			back = append(back, i)
		}
	}
	back = append(back, len(text))
	return b.String(), back, true
}

const (
	open = 1 + iota
	shut
)

// straightPairs finds the straight " that stand for « and » outside “ ”: an opening mark and the
// closing mark that matches it, nested pairs counted within a line. An opening mark that nothing closes
// in its paragraph, or that a later line does not close, becomes a lone «, and the pairs nested in it
// top-level ones: the guillemet rules then read it as a slip or as a quotation left open. Other marks
// (inches, a stray closing mark) stay as they are.
func straightPairs(text string) map[int]int {
	p := pairer{text: text, swap: map[int]int{}}
	curly := 0    // depth of “ ” at i: a " inside is nested
	blank := true // the line so far holds only spaces
	for i, r := range text {
		switch {
		case r == '\n':
			p.lineEnd(i, blank)
			blank = true
			continue
		case r == '“':
			curly++
		case r == '”':
			curly = max(curly-1, 0)
		case r == '"' && curly == 0:
			p.mark(i)
		}
		blank = blank && unicode.IsSpace(r)
	}
	if len(p.stack) > 0 {
		p.slip()
	}
	return p.swap
}

// pairer pairs straight quotation marks for straightPairs.
type pairer struct {
	text  string
	swap  map[int]int // offset of a " → open or shut
	stack []opener    // the opening marks waiting for their closing mark, outermost first
	// paragraphSpan is true while an open quotation crosses the blank line before the paragraph that
	// closes it
	paragraphSpan bool
}

type opener struct {
	at    int
	inner [][2]int // the pairs closed directly inside it
}

// mark reads the " at i. A mark glued between a sentence's stop and the capital of the next sentence
// ("sécurité."Aidée", "celui-ci."Je criais") closes the quotation open, else opens one.
func (p *pairer) mark(i int) {
	shape := markShape(p.text, i)
	if shape == inWord && gluedAfterStop(p.text, i) {
		shape = opening
		if len(p.stack) > 0 {
			shape = closing
		}
	}
	switch {
	case len(p.stack) > 0 && (shape == closing || shape == spaced):
		top := p.stack[len(p.stack)-1]
		p.stack = p.stack[:len(p.stack)-1]
		switch len(p.stack) {
		case 0:
			p.swap[top.at], p.swap[i] = open, shut
		case 1:
			p.stack[0].inner = append(p.stack[0].inner, [2]int{top.at, i})
		}
	case shape == opening || shape == spaced && len(p.stack) == 0:
		p.stack = append(p.stack, opener{at: i})
	}
}

// lineEnd ends a line at i: a quotation still open goes on only when a later line closes it, and only
// the outermost one. A blank line ends it unless the paragraph after it closes it (paragraphSpan).
func (p *pairer) lineEnd(i int, blank bool) {
	switch {
	case len(p.stack) == 0:
		return
	case blank && !p.paragraphSpan, !blank && !straightClosesLater(p.text, i+1, true):
		p.slip()
		return
	case !blank:
		p.paragraphSpan = nextIsBlank(p.text, i+1)
	}
	p.stack = p.stack[:1]
}

// slip gives up the outermost opening mark, which closes nowhere: it becomes a lone «, the pairs inside
// it top-level ones.
func (p *pairer) slip() {
	p.swap[p.stack[0].at] = open
	for _, in := range p.stack[0].inner {
		p.swap[in[0]], p.swap[in[1]] = open, shut
	}
	p.stack = p.stack[:0]
}

// straightClosesLater reports whether the next straight " from i, the start of a line, closes a
// quotation left open on an earlier line: it faces left, or it opens a line (a sentence splitter put
// it there). A mark facing right opens a quotation of its own, and the one left open was a slip; so
// is one that no mark closes within sixteen lines or before a blank line, as for guillemets. With
// overBlank, blank lines right after i may come first, and the mark must then be the first of the
// paragraph after them: a quotation going on over two paragraphs with no mark reopening the second
// ("C’est une satisfaction.\n\nTout le monde a contribué.").
func straightClosesLater(text string, i int, overBlank bool) bool {
	if overBlank && nextIsBlank(text, i) {
		for i < len(text) && nextIsBlank(text, i) {
			line, _, _ := strings.Cut(text[i:], "\n")
			i += len(line) + 1
		}
		line, _, _ := strings.Cut(text[min(i, len(text)):], "\n")
		k := strings.IndexByte(line, '"')
		return k > 0 && markShape(text, i+k) == closing && strings.TrimSpace(line[k+1:]) == ""
	}
	for range 16 {
		line, _, more := strings.Cut(text[i:], "\n")
		if strings.TrimSpace(line) == "" {
			return false
		}
		if k := strings.IndexByte(line, '"'); k >= 0 {
			switch markShape(text, i+k) {
			case closing:
				return true
			case spaced:
				return strings.TrimSpace(line[:k]) == ""
			}
			return false
		}
		if !more {
			return false
		}
		i += len(line) + 1
	}
	return false
}

// nextIsBlank reports whether the line starting at i holds only spaces (and is not the text's end).
func nextIsBlank(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	line, _, _ := strings.Cut(text[i:], "\n")
	return strings.TrimSpace(line) == ""
}

// Shapes of a straight quotation mark.
const (
	inWord  = iota // between two letters: 5"3, l"a
	opening        // after a space, a bracket or a dash, before a word: "mot
	closing        // after a word, before a space or punctuation: mot".
	spaced         // after a space and before a space or punctuation, as French spaces its marks: " mot "
)

// markShape tells which way the " at i can face.
func markShape(text string, i int) int {
	before := i == 0
	if !before {
		p, _ := decodeLast(text, i)
		before = unicode.IsSpace(p) || strings.ContainsRune("([{—–-/:'’", p)
	}
	after := i+1 >= len(text)
	var n rune
	if !after {
		n, _ = decode(text, i+1)
		after = unicode.IsSpace(n) || unicode.IsPunct(n) && !strings.ContainsRune("([{¿¡'’…-", n)
	}
	switch {
	case before && after:
		return spaced
	case before:
		return opening
	case after:
		return closing
	}
	return inWord
}

// gluedAfterStop reports whether the " at i stands between a sentence's stop and a capital letter,
// with no space on either side: a page that lost the space after a closing mark or before an opening one.
func gluedAfterStop(text string, i int) bool {
	if i == 0 || i+1 >= len(text) {
		return false
	}
	p, _ := decodeLast(text, i)
	n, _ := decode(text, i+1)
	return sentenceFinal(p) && unicode.IsUpper(n)
}

// opensAt reports whether the mark of n bytes at i faces right: no letter before it, a letter or an
// opening bracket after it. A ” so placed, with no “ open, opens a quotation: some pages type ” for
// both marks.
func opensAt(text string, i, n int) bool {
	if letterBefore(text, i) || i+n >= len(text) {
		return false
	}
	r, _ := decode(text, i+n)
	return isLetter(r) || r == '('
}

// closesAt reports whether the mark of n bytes at i faces left: a letter or a stop before it, no letter
// after it. A “ so placed, with a “ open on its line, closes the quotation: some pages type “ for both
// marks, as others type ”.
func closesAt(text string, i, n int) bool {
	if i == 0 || letterAfter(text, i+n) {
		return false
	}
	p, _ := decodeLast(text, i)
	return isLetter(p) || sentenceFinal(p)
}

// mapBack moves the spans of quotes found in a rewritten text onto the text it was rewritten from.
func mapBack(qs []Quote, back []int) {
	span := func(s *Span) { s.Start, s.End = back[s.Start], back[s.End] }
	for i := range qs {
		span(&qs[i].Span)
		span(&qs[i].Cue)
		span(&qs[i].Speaker)
	}
}
