// Package textnorm reads a text in Unicode's composed form (NFC) while keeping the offsets of the
// text as written.
//
// A text may write "é" as e followed by U+0301, a combining acute accent (NFD: text copied from
// macOS file names, some PDFs and word processors). A Glose document never does: importing composes
// its text and validation refuses one that is not composed. But the analyses are also run on texts
// that are no Glose documents: the gold files `glose-cli eval` scores against, whose offsets are
// into the text as the annotators had it, and callers of preannotate.Text and ner's Recognize. There
// word lists, suffix rules and a recogniser trained on composed text saw "critique\u0301e" as no word
// they know: on the development pool decomposed, quotation F1 fell from 0.959 to 0.884, attribution
// from 1,483 to 1,005 of 1,610, and entity F1 from 0.900 to 0.884. An analysis therefore runs on the
// composed text and maps what it finds back with Map; the scores are then those of the composed text.
//
// Normal also makes line endings LF, as import does: comparing a gold file saved on Windows (CRLF,
// its offsets counted in that text) with the Glose document of the same article needs both.
package textnorm

import (
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Map takes byte offsets into a text's NFC form back to the text as written. Only the places where
// the two differ are kept (none for a text already composed), so it costs nothing on ordinary text.
type Map struct {
	changes []change // in text order
}

// change is one normalisation segment (a starter and the marks that follow it) that composing
// changed: [out, outEnd) of the NFC form was [in, inEnd) of the text.
type change struct {
	out, outEnd, in, inEnd int
}

// NFC returns text in NFC and the map of its offsets back to text. A text already in NFC is returned
// as it is, with an empty map.
func NFC(text string) (string, *Map) {
	m := &Map{}
	if norm.NFC.IsNormalString(text) {
		return text, m
	}
	out := m.appendNFC(make([]byte, 0, len(text)), text, 0)
	return string(out), m
}

// appendNFC appends piece, which starts at byte at of the text as written, to out in NFC, recording
// the segments composing changes.
func (m *Map) appendNFC(out []byte, piece string, at int) []byte {
	for i := 0; i < len(piece); {
		n := norm.NFC.QuickSpanString(piece[i:]) // a boundary: piece[i:i+n] is already composed
		out = append(out, piece[i:i+n]...)
		if i += n; i >= len(piece) {
			break
		}
		j := norm.NFC.NextBoundaryInString(piece[i:], true)
		if j <= 0 {
			j = len(piece) - i
		}
		start := len(out)
		out = norm.NFC.AppendString(out, piece[i:i+j])
		m.changes = append(m.changes, change{out: start, outEnd: len(out), in: at + i, inEnd: at + i + j})
		i += j
	}
	return out
}

// Normal returns text as Glose imports it, in NFC with its line endings LF (CRLF and lone CR, as
// Windows and old Mac files write them, become LF), and the map of its offsets back to text. Two
// annotations of one article, one saved on Windows, are then one text to compare; a CRLF is one
// change of the map, so a span that ends on its CR keeps the whole line break. A text already so is
// returned as it is, with an empty map.
func Normal(text string) (string, *Map) {
	if !strings.ContainsRune(text, '\r') {
		return NFC(text)
	}
	m := &Map{}
	out := make([]byte, 0, len(text))
	for at := 0; at < len(text); {
		cr := strings.IndexByte(text[at:], '\r')
		if cr < 0 {
			return string(m.appendNFC(out, text[at:], at)), m
		}
		out = m.appendNFC(out, text[at:at+cr], at)
		at += cr
		n := 1
		if strings.HasPrefix(text[at:], "\r\n") {
			n = 2
		}
		m.changes = append(m.changes, change{out: len(out), outEnd: len(out) + 1, in: at, inEnd: at + n})
		out = append(out, '\n')
		at += n
	}
	return string(out), m
}

// Start returns the offset in the text as written of o, an offset into its NFC form that starts a
// span: inside a segment that composing changed (which no word boundary is), the segment's start.
func (m *Map) Start(o int) int { return m.before(o, false).start(o) }

// End returns the offset in the text as written of o, an offset into its NFC form that ends a span:
// inside a segment that composing changed, the segment's end, so that the span keeps the whole
// character.
func (m *Map) End(o int) int { return m.before(o, false).end(o) }

// ComposedStart returns the offset in the NFC form of o, an offset into the text as written that
// starts a span (the way back of Start): inside a segment that composing changed, the segment's start.
// Training reads its gold spans, written against the text as the annotators had it, so.
func (m *Map) ComposedStart(o int) int { return m.before(o, true).start(o) }

// ComposedEnd returns the offset in the NFC form of o, an offset into the text as written that ends a
// span (the way back of End): inside a segment that composing changed, the segment's end, so that the
// span keeps the whole character.
func (m *Map) ComposedEnd(o int) int { return m.before(o, true).end(o) }

// way is the last change at or before an offset, seen from the side the offset is on: [from,
// fromEnd) there was [to, toEnd) on the other side. ok is false when no change comes before.
type way struct {
	from, fromEnd, to, toEnd int
	ok                       bool
}

// before returns the last change starting at or before o, an offset into the NFC form, or into the
// text as written when composed (the way to the NFC form).
func (m *Map) before(o int, composed bool) way {
	at := func(c change) way { return way{c.out, c.outEnd, c.in, c.inEnd, true} }
	if composed {
		at = func(c change) way { return way{c.in, c.inEnd, c.out, c.outEnd, true} }
	}
	i := sort.Search(len(m.changes), func(i int) bool { return at(m.changes[i]).from > o })
	if i == 0 {
		return way{}
	}
	return at(m.changes[i-1])
}

// start maps o, the start of a span, across w.
func (w way) start(o int) int {
	switch {
	case !w.ok:
		return o
	case o < w.fromEnd:
		return w.to
	}
	return o + w.toEnd - w.fromEnd
}

// end maps o, the end of a span, across w.
func (w way) end(o int) int {
	switch {
	case !w.ok:
		return o
	case o == w.from:
		return w.to
	case o < w.fromEnd:
		return w.toEnd
	}
	return o + w.toEnd - w.fromEnd
}

// Identity reports whether the map changes no offset (the text was already in NFC, and for Normal
// had no CR).
func (m *Map) Identity() bool { return len(m.changes) == 0 }
