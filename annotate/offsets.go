package annotate

import (
	"fmt"
	"sort"
	"unicode/utf8"
)

// Unit is how an offset counts text. Every offset that leaves the program says its unit.
type Unit int

// The units in use: Go's UTF-8 bytes; Unicode code points (Python str indices, spaCy, brat, Glose JSON);
// UTF-16 code units (JavaScript strings: Label Studio, doccano in the browser, W3C selectors in practice).
const (
	Bytes Unit = iota
	CodePoints
	UTF16
)

func (u Unit) String() string {
	switch u {
	case Bytes:
		return "UTF-8 bytes"
	case CodePoints:
		return "Unicode code points"
	case UTF16:
		return "UTF-16 code units"
	}
	return fmt.Sprintf("Unit(%d)", int(u))
}

// Offsets converts offsets in one string between units. Building it is linear in the text; each conversion
// then costs O(log n) plus a scan of at most one block, so converting every span of a 1 MB document stays
// cheap. The zero value is not usable: call NewOffsets.
type Offsets struct {
	s      string
	blocks []blockStart // one entry every blockSize bytes, at a rune boundary at or after it
}

type blockStart struct{ b, cp, u16 int }

const blockSize = 256

// NewOffsets indexes s for conversions. s should be valid UTF-8; invalid bytes count as one code point
// (U+FFFD) each, as Go's range loop does.
func NewOffsets(s string) *Offsets {
	o := &Offsets{s: s, blocks: make([]blockStart, 0, len(s)/blockSize+1)}
	cp, u16, next := 0, 0, 0
	for i, r := range s {
		if i >= next {
			o.blocks = append(o.blocks, blockStart{i, cp, u16})
			next = i + blockSize
		}
		cp++
		u16 += utf16Len(r)
	}
	o.blocks = append(o.blocks, blockStart{len(s), cp, u16})
	return o
}

func utf16Len(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

// Len returns the length of the text in unit u.
func (o *Offsets) Len(u Unit) int {
	last := o.blocks[len(o.blocks)-1]
	return last.get(u)
}

func (b blockStart) get(u Unit) int {
	switch u {
	case CodePoints:
		return b.cp
	case UTF16:
		return b.u16
	}
	return b.b
}

// OffsetError says why an offset cannot be converted.
type OffsetError struct {
	Offset int
	Unit   Unit
	Len    int  // length of the text in Unit
	Inside bool // the offset falls inside a character (a UTF-8 sequence or a surrogate pair)
}

func (e *OffsetError) Error() string {
	if e.Inside {
		return fmt.Sprintf("offset %d (%s) falls inside a character", e.Offset, e.Unit)
	}
	return fmt.Sprintf("offset %d (%s) is outside the text (length %d)", e.Offset, e.Unit, e.Len)
}

// Convert converts off, counted in from, into unit to. It fails for an offset outside [0, Len] or one
// that splits a character.
func (o *Offsets) Convert(off int, from, to Unit) (int, error) {
	if off < 0 || off > o.Len(from) {
		return 0, &OffsetError{Offset: off, Unit: from, Len: o.Len(from)}
	}
	if from == to {
		if from == Bytes && off < len(o.s) && !utf8.RuneStart(o.s[off]) {
			return 0, &OffsetError{Offset: off, Unit: from, Inside: true}
		}
		if from == UTF16 {
			if _, err := o.Convert(off, UTF16, Bytes); err != nil {
				return 0, err
			}
		}
		return off, nil
	}
	// Last block starting at or before off.
	k := sort.Search(len(o.blocks), func(i int) bool { return o.blocks[i].get(from) > off }) - 1
	if k < 0 {
		k = 0
	}
	pos := o.blocks[k]
	for pos.b < len(o.s) && pos.get(from) < off {
		r, size := utf8.DecodeRuneInString(o.s[pos.b:])
		pos.b += size
		pos.cp++
		pos.u16 += utf16Len(r)
	}
	if pos.get(from) == off {
		return pos.get(to), nil
	}
	return 0, &OffsetError{Offset: off, Unit: from, Inside: true}
}

// ConvertString converts one offset in s; for many conversions on the same text use NewOffsets.
func ConvertString(s string, off int, from, to Unit) (int, error) {
	return NewOffsets(s).Convert(off, from, to)
}

// Count returns the length of s in unit u.
func Count(s string, u Unit) int {
	switch u {
	case CodePoints:
		return utf8.RuneCountInString(s)
	case UTF16:
		n := 0
		for _, r := range s {
			n += utf16Len(r)
		}
		return n
	}
	return len(s)
}
