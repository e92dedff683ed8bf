package annotate

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// InputError says where an imported file is not acceptable.
type InputError struct {
	File   string
	Offset int // byte offset into the file as read, -1 when not about one place
	Msg    string
}

func (e *InputError) Error() string {
	if e.Offset >= 0 {
		return fmt.Sprintf("%s: byte offset %d: %s", e.File, e.Offset, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// NormalizeInput turns the bytes of an imported text file into Glose's source form: it refuses invalid
// UTF-8 (naming the byte offset of the first bad byte), drops a byte-order mark, turns CRLF and lone CR
// into LF, and normalises to Unicode NFC, so that "é" typed as e + U+0301 and as U+00E9 are one text and
// offsets agree with other tools. NUL and other C0 controls except tab and LF are refused too.
func NormalizeInput(name string, data []byte) (string, error) {
	bom := 0
	if bytes.HasPrefix(data, []byte("\uFEFF")) {
		data, bom = data[3:], 3
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return "", &InputError{File: name, Offset: i + bom, Msg: fmt.Sprintf("invalid UTF-8 (byte 0x%02x): the file must be UTF-8; convert it (e.g. iconv -f latin1 -t utf-8)", data[i])}
		}
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' {
			return "", &InputError{File: name, Offset: i + bom, Msg: fmt.Sprintf("control character U+%04X: this does not look like a text file", r)}
		}
		i += size
	}
	s := string(data)
	if strings.ContainsRune(s, '\r') {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return norm.NFC.String(s), nil
}

// CleanTarget makes typed or pasted translation text hold only what every export can: CRLF and lone CR
// become LF, and C0 controls other than tab and LF, and the noncharacters U+FFFE and U+FFFF (which XML
// cannot hold), are dropped. Text without them is returned as is.
func CleanTarget(s string) string {
	if !strings.ContainsFunc(s, unfitForTarget) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Map(func(r rune) rune {
		if unfitForTarget(r) {
			return -1
		}
		return r
	}, s)
}

func unfitForTarget(r rune) bool {
	return r < 0x20 && r != '\n' && r != '\t' || r == 0xFFFE || r == 0xFFFF
}

// NewDocument returns a document over text (already normalised) with the default labels, no segments and
// no spans.
func NewDocument(id, title, text, sourceLang, targetLang string) *Document {
	return &Document{ID: id, Title: title, Text: text, SourceLang: sourceLang, TargetLang: targetLang}
}

// AddSegment appends a segment over source bytes [start, end); it must come after the previous one.
func (d *Document) AddSegment(start, end, paragraph int, kind string) *Segment {
	s := &Segment{ID: d.NewID('s'), Start: start, End: end, Paragraph: paragraph, Kind: kind, Status: StatusNew}
	d.Segments = append(d.Segments, s)
	d.ix().segByID[s.ID] = len(d.Segments) - 1
	return s
}

// NFC returns s in Unicode normalisation form C.
func NFC(s string) string { return norm.NFC.String(s) }
