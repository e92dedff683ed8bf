package annotate

import (
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate/infile"
)

// InputError says where an imported file is not acceptable: the file, the line or byte offset (in the
// file as stored on disk) and what is wrong. Every reader shares it through package infile.
type InputError = infile.Error

// NormalizeInput turns the bytes of an imported text file into Glose's source form: it reads UTF-16 with
// a byte-order mark, refuses invalid UTF-8 (naming the byte offset of the first bad byte and the
// encoding the file probably is), drops a byte-order mark, turns CRLF and lone CR into LF, and
// normalises to Unicode NFC, so that "é" typed as e + U+0301 and as U+00E9 are one text and offsets
// agree with other tools. NUL and other C0 controls except tab and LF are refused too.
func NormalizeInput(name string, data []byte) (string, error) {
	t, err := infile.UTF8(name, data)
	if err != nil {
		return "", err
	}
	return NormalizeDecoded(name, t)
}

// NormalizeDecoded is NormalizeInput for a file already converted to UTF-8 (an HTML page in its
// declared charset); byte offsets in errors are those of the file on disk.
func NormalizeDecoded(name string, t *infile.Text) (string, error) {
	if at, r := ControlChar(t.Data); at >= 0 {
		return "", &InputError{File: name, Offset: t.FileOffset(at), Msg: fmt.Sprintf("control character U+%04X: this does not look like a text file", r),
			Code: infile.ErrControlChar, Args: map[string]any{"Char": fmt.Sprintf("U+%04X", r)}}
	}
	s := string(t.Data)
	if strings.ContainsRune(s, '\r') {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return norm.NFC.String(s), nil
}

// ControlChar returns the offset and value of the first C0 control character of UTF-8 data other than
// tab, LF and CR, which no text Glose imports may hold; -1 if there is none.
func ControlChar(data []byte) (int, rune) {
	for i, b := range data {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' {
			return i, rune(b)
		}
	}
	return -1, 0
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
