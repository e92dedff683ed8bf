// Package infile turns the bytes of the files Glose imports into UTF-8 text and says, in words a user
// understands, where and why a file cannot be read: the file, the line or byte offset of the problem,
// what encoding the file probably is and how to convert it. Every reader (text, JSON, XML, HTML, and the
// gold files of eval and train) goes through it, so a Latin-1 file is refused the same way everywhere.
package infile

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// Error says where a file is not acceptable.
//
// Msg says why in English, for the command line. The errors every reader shares (the encoding, the
// JSON) also say it as data, as import warnings do: Code names the kind of error and Args holds the
// values its wording needs, so that a program can say it in its own words and language, and point
// to its own means instead of the command line's (iconv). The place is in Line, Column and Offset.
type Error struct {
	File   string
	Line   int // 1-based line of the problem; 0 when not given
	Column int // 1-based column in characters; 0 when not given
	Offset int // byte offset into the file as stored on disk; -1 when not about one byte
	Msg    string
	Code   Code           // the kind of error, or "" for one without a code
	Args   map[string]any // the values the wording needs, by name, for Code
}

// Code names a kind of Error. Beside each code: what the error says and the keys of its Args.
type Code string

// The kinds of errors.
const (
	// ErrUTF32: the file is UTF-32, which Glose does not read.
	ErrUTF32 Code = "utf32"
	// ErrUTF16WithoutBOM: the file looks like UTF-16 without a byte-order mark. Charset:
	// "UTF-16LE" or "UTF-16BE".
	ErrUTF16WithoutBOM Code = "utf16-without-bom"
	// ErrInvalidEncoding: the file has a cut-off or unpaired character in the encoding it says it
	// is in. Charset.
	ErrInvalidEncoding Code = "invalid-encoding"
	// ErrUnreadableEncoding: the file cannot be read in the encoding it says it is in. Charset.
	ErrUnreadableEncoding Code = "unreadable-encoding"
	// ErrNotUTF8: the file must be UTF-8 and is not. Guess: what it looks like, "latin1",
	// "windows-1252", "mixed" (UTF-8 and another encoding) or "" (no guess).
	ErrNotUTF8 Code = "not-utf8"
	// ErrJSONEmpty: the file is empty where JSON was expected.
	ErrJSONEmpty Code = "json-empty"
	// ErrJSONCutShort: the JSON ends before it is complete.
	ErrJSONCutShort Code = "json-cut-short"
	// ErrJSONSyntax: the file is not JSON.
	ErrJSONSyntax Code = "json-syntax"
	// ErrJSONType: a JSON value is not of the type expected. Field: the field's name, or "" for
	// the whole value; Expected: the kind of value expected there, Found: the kind found, each one
	// of JSONKinds.
	ErrJSONType Code = "json-type"
	// ErrCutShort: the file ends in the middle of a UTF-8 character (an interrupted download or
	// copy), not in another encoding.
	ErrCutShort Code = "cut-short"
	// ErrJSONNoField: a JSON record lacks a field it must have. Field: the field's name.
	ErrJSONNoField Code = "json-no-field"
	// ErrControlChar: the text holds a control character, which no text may hold. Char: the
	// character as "U+0001".
	ErrControlChar Code = "control-char"
	// ErrCharRef: a character reference of an HTML page stands for a control character. Ref: the
	// reference as the page writes it ("&#1;"); Char, as for ErrControlChar.
	ErrCharRef Code = "char-ref"
	// ErrUnknownCharset: the file declares an encoding Glose does not know. Charset: the name it
	// declares.
	ErrUnknownCharset Code = "unknown-charset"
	// ErrUTF16Declared: an XML file declares UTF-16 but has no UTF-16 byte-order mark and reads as
	// 8-bit text. Charset: the name it declares.
	ErrUTF16Declared Code = "utf16-declared"
	// ErrBinary: the file is no text at all (an image, an archive, a program). Name: the file's
	// name without its folder; Kind: what it looks like, one of BinaryKinds ("png", "zip"…, or ""
	// for binary data of no known kind).
	ErrBinary Code = "binary"
)

// Codes lists every Code, for a program that says each in its own words to check that it knows
// them all.
func Codes() []Code {
	return []Code{ErrUTF32, ErrUTF16WithoutBOM, ErrInvalidEncoding, ErrUnreadableEncoding, ErrNotUTF8,
		ErrJSONEmpty, ErrJSONCutShort, ErrJSONSyntax, ErrJSONType, ErrCutShort, ErrJSONNoField, ErrControlChar,
		ErrCharRef, ErrUnknownCharset, ErrUTF16Declared, ErrBinary}
}

func (e *Error) Error() string {
	if p := e.Place(); p != "" {
		return e.File + ": " + p + ": " + e.Msg
	}
	return e.File + ": " + e.Msg
}

// Place says where in the file the problem is: "line 3, column 7", "byte offset 120", or "".
func (e *Error) Place() string {
	var where []string
	if e.Line > 0 {
		where = append(where, fmt.Sprintf("line %d", e.Line))
	}
	if e.Column > 0 {
		where = append(where, fmt.Sprintf("column %d", e.Column))
	}
	if e.Offset >= 0 {
		where = append(where, fmt.Sprintf("byte offset %d", e.Offset))
	}
	return strings.Join(where, ", ")
}

// Text is a file's content as UTF-8, with what the file was read as.
type Text struct {
	Data    []byte // the content in UTF-8, without a byte-order mark
	Charset string // what the bytes on disk are: "UTF-8", "UTF-16LE", "UTF-16BE" or a declared charset

	enc  encoding.Encoding // nil when the file is UTF-8
	skip int               // bytes of the byte-order mark before the content
}

// FileOffset maps a byte offset of Data to the offset of the same place in the file on disk, so that
// messages about a converted file point where an editor or a hex dump finds the problem.
func (t *Text) FileOffset(off int) int {
	if off < 0 {
		return off
	}
	off = min(off, len(t.Data))
	if t.enc == nil {
		return t.skip + off
	}
	b, err := t.enc.NewEncoder().Bytes(t.Data[:off])
	if err != nil {
		return -1
	}
	return t.skip + len(b)
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Decode reads a file whose byte-order mark, if any, says its encoding: UTF-16 with a mark is converted
// to UTF-8, a UTF-8 mark is dropped, and anything else is left as it is (the caller knows whether it
// must be UTF-8 or may declare another encoding, as XML and HTML do). It refuses UTF-32 and UTF-16
// without a mark, naming the conversion to make, and a file that is no text (an image, an archive),
// naming what it looks like.
func Decode(name string, data []byte) (*Text, error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return &Text{Data: data[3:], Charset: "UTF-8", skip: 3}, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}), bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}):
		return nil, &Error{File: name, Offset: -1, Msg: "the file is UTF-32, which Glose does not read; convert it to UTF-8 (e.g. iconv -f UTF-32 -t UTF-8)", Code: ErrUTF32}
	case bytes.HasPrefix(data, bomUTF16LE):
		return DecodeAs(name, data, 2, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "UTF-16LE")
	case bytes.HasPrefix(data, bomUTF16BE):
		return DecodeAs(name, data, 2, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "UTF-16BE")
	}
	if cs := utf16WithoutBOM(data); cs != "" {
		return nil, &Error{File: name, Offset: -1, Msg: fmt.Sprintf("the file looks like %s without a byte-order mark (every other byte is NUL); convert it to UTF-8 (e.g. iconv -f %s -t UTF-8)", cs, cs),
			Code: ErrUTF16WithoutBOM, Args: map[string]any{"Charset": cs}}
	}
	if e := binaryError(name, data); e != nil {
		return nil, e
	}
	return &Text{Data: data, Charset: "UTF-8"}, nil
}

// DecodeAs converts data, whose first skip bytes are a byte-order mark, from enc (called charset in
// messages) to UTF-8. Bytes that do not belong to enc are refused with their offset, never replaced.
func DecodeAs(name string, data []byte, skip int, enc encoding.Encoding, charset string) (*Text, error) {
	body := data[skip:]
	out, err := enc.NewDecoder().Bytes(body)
	if err == nil {
		// The decoders replace what they cannot read with U+FFFD; encoding back tells.
		var back []byte
		back, err = enc.NewEncoder().Bytes(out)
		if err == nil && !bytes.Equal(back, body) {
			at := 0
			for at < len(back) && at < len(body) && back[at] == body[at] {
				at++
			}
			return nil, &Error{File: name, Offset: skip + at, Msg: fmt.Sprintf("invalid %s (a cut-off or unpaired character): the file is not readable as %s; repair it, or save it again as UTF-8", charset, charset),
				Code: ErrInvalidEncoding, Args: map[string]any{"Charset": charset}}
		}
	}
	if err != nil {
		return nil, &Error{File: name, Offset: -1, Msg: fmt.Sprintf("cannot read the file as %s (%v); save it again as UTF-8", charset, err),
			Code: ErrUnreadableEncoding, Args: map[string]any{"Charset": charset}}
	}
	return &Text{Data: out, Charset: charset, enc: enc, skip: skip}, nil
}

// UTF8 reads a file that must be UTF-8 (a byte-order mark may say UTF-16, which is converted): it
// refuses invalid bytes with the byte offset of the first one, the encoding the file probably is and the
// command that converts it.
func UTF8(name string, data []byte) (*Text, error) { return utf8Text(name, data, false) }

// UTF8Lines is UTF8 for a file of lines (JSON Lines): the error names the line as well.
func UTF8Lines(name string, data []byte) (*Text, error) { return utf8Text(name, data, true) }

func utf8Text(name string, data []byte, lines bool) (*Text, error) {
	t, err := Decode(name, data)
	if err != nil || t.enc != nil {
		return t, err
	}
	if utf8.Valid(t.Data) {
		return t, nil
	}
	at := invalidUTF8(t.Data)
	if cutCharacter(t.Data, at) {
		e := &Error{File: name, Offset: t.FileOffset(at), Code: ErrCutShort,
			Msg: fmt.Sprintf("the file is cut short: it ends in the middle of a character (byte 0x%02x begins a UTF-8 character the file does not complete); the download or copy was probably interrupted: get the whole file again", t.Data[at])}
		if lines {
			e.Line = bytes.Count(t.Data[:at], []byte{'\n'}) + 1
		}
		return nil, e
	}
	e := &Error{File: name, Offset: t.FileOffset(at), Msg: fmt.Sprintf("invalid UTF-8 (byte 0x%02x): %s", t.Data[at], Guess(t.Data)),
		Code: ErrNotUTF8, Args: map[string]any{"Guess": guess(t.Data)}}
	if lines {
		e.Line = bytes.Count(t.Data[:at], []byte{'\n'}) + 1
	}
	return nil, e
}

// cutCharacter reports whether the first invalid byte of data, at, begins a UTF-8 character that the
// end of data cuts short: a file truncated in the middle of a character, not one that mixes encodings.
// The bytes from at must be the start of a valid sequence and the last of the file, and the file must
// show it is UTF-8: another character of several bytes before, or two bytes or more of the cut one. A
// lone last byte of a file that is otherwise ASCII is as likely Latin-1 ("café" ending in 0xe9).
func cutCharacter(data []byte, at int) bool {
	tail := data[at:]
	if utf8.FullRune(tail) {
		return false // invalid, not incomplete
	}
	return len(tail) > 1 || !isASCII(data[:at])
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// invalidUTF8 returns the offset of the first byte of data that is not UTF-8, or -1.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// Guess says what a file that is not UTF-8 probably is and how to convert it, as the end of a message
// ("the file must be UTF-8, and this one looks like ...; convert it (e.g. iconv ...)").
func Guess(data []byte) string {
	switch guess(data) {
	case "mixed":
		// Converting the whole file would garble the characters that are already UTF-8.
		return "the file must be UTF-8, and this one mixes UTF-8 with another encoding; correct the characters around this byte in an editor (converting the whole file would garble the UTF-8 ones)"
	case "windows-1252":
		return "the file must be UTF-8, and this one looks like Windows-1252; convert it (e.g. iconv -f windows-1252 -t utf-8)"
	}
	return "the file must be UTF-8, and this one looks like Latin-1 (ISO-8859-1); convert it (e.g. iconv -f latin1 -t utf-8)"
}

// guess says what a file that is not UTF-8 probably is, as ErrNotUTF8's Guess.
func guess(data []byte) string {
	valid, c1 := 0, false
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			c1 = c1 || data[i] >= 0x80 && data[i] <= 0x9F
		case size > 1:
			valid++
		}
		i += size
	}
	switch {
	case valid > 0:
		return "mixed"
	case c1:
		// Bytes 0x80-0x9F are control codes in Latin-1 but letters and punctuation (’ “ ” … œ €) in Windows-1252.
		return "windows-1252"
	}
	return "latin1"
}

// utf16WithoutBOM tells UTF-16 text without a byte-order mark by its NUL bytes: in mostly-Latin text
// one byte of every two is NUL, the high one (odd offsets for little-endian).
func utf16WithoutBOM(data []byte) string {
	head := data[:min(len(data), 512)]
	if len(head) < 4 {
		return ""
	}
	var even, odd int
	for i, b := range head {
		if b == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(head) / 2
	switch {
	case odd > half*3/4 && even == 0:
		return "UTF-16LE"
	case even > half*3/4 && odd == 0:
		return "UTF-16BE"
	}
	return ""
}
