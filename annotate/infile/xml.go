package infile

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// XMLDecoder is an xml.Decoder that reads what XML processors must (XML 1.0 §4.3.3): UTF-8, UTF-16
// with a byte-order mark, and whatever encoding the XML declaration names, if golang.org/x/text knows
// it by its IANA name (ISO-8859-1, windows-1252, ISO-8859-15...).
type XMLDecoder struct {
	*xml.Decoder
	name       string
	utf16      bool  // the stream began with a UTF-16 byte-order mark and is converted
	charsetErr error // why the declared encoding could not be read
	charset    Code  // its code: ErrUTF16Declared or ErrUnknownCharset
	label      string
}

// NewXMLDecoder returns a strict decoder over r; name is the file name used in messages.
func NewXMLDecoder(name string, r io.Reader) *XMLDecoder {
	br := bufio.NewReader(r)
	head, _ := br.Peek(2)
	x := &XMLDecoder{name: name}
	var in io.Reader = br
	switch {
	case bytes.Equal(head, bomUTF16LE), bytes.Equal(head, bomUTF16BE):
		x.utf16 = true
		in = transform.NewReader(br, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder())
	default:
		if h, _ := br.Peek(3); bytes.Equal(h, bomUTF8) {
			_, _ = br.Discard(3)
		}
	}
	x.Decoder = xml.NewDecoder(in)
	x.Strict = true
	x.CharsetReader = x.charsetReader
	return x
}

// charsetReader is called for any declared encoding but UTF-8.
func (x *XMLDecoder) charsetReader(label string, in io.Reader) (io.Reader, error) {
	isUTF16 := strings.HasPrefix(strings.ToLower(label), "utf-16")
	switch {
	case x.utf16:
		// Already converted: the byte-order mark is what says the encoding.
		return in, nil
	case isUTF16:
		x.charset, x.label = ErrUTF16Declared, label
		x.charsetErr = fmt.Errorf("the XML declaration says encoding=%q, but the file has no UTF-16 byte-order mark and reads as 8-bit text: correct the declaration (encoding=\"UTF-8\"), or save the file as UTF-16 with a byte-order mark", label)
		return nil, x.charsetErr
	}
	enc, err := ianaindex.IANA.Encoding(label)
	if err != nil || enc == nil {
		x.charset, x.label = ErrUnknownCharset, label
		x.charsetErr = fmt.Errorf("the XML declaration says encoding=%q, which Glose cannot read; convert the file to UTF-8 (e.g. iconv -f %s -t utf-8) and declare encoding=\"UTF-8\"", label, label)
		return nil, x.charsetErr
	}
	return transform.NewReader(in, enc.NewDecoder()), nil
}

// Explain turns an error of the decoder into one a user can act on, naming the file and line: a
// declared encoding Glose cannot read, or bytes that are not UTF-8 in a file that declares no other
// encoding (with the encoding the file probably is, and the byte offset when data, the whole file, is
// given). Other errors are returned as they are.
func (x *XMLDecoder) Explain(err error, data []byte) error {
	line, _ := x.InputPos()
	if x.charsetErr != nil {
		return &Error{File: x.name, Line: line, Offset: -1, Msg: x.charsetErr.Error(), Code: x.charset, Args: map[string]any{"Charset": x.label}}
	}
	var se *xml.SyntaxError
	if !errors.As(err, &se) || se.Msg != "invalid UTF-8" {
		return err
	}
	const declare = "; or, if it is in another encoding, declare it (<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>)"
	if data != nil && !x.utf16 {
		var ie *Error
		if _, err := UTF8Lines(x.name, data); errors.As(err, &ie) {
			ie.Msg += declare
			return ie
		}
	}
	return &Error{File: x.name, Line: se.Line, Offset: -1, Msg: "invalid UTF-8: a file that declares no encoding must be UTF-8; convert it (e.g. iconv -f latin1 -t utf-8)" + declare,
		Code: ErrNotUTF8, Args: map[string]any{"Guess": ""}}
}

// UTF16 reports whether the file was UTF-16 (with a byte-order mark) and has been converted.
func (x *XMLDecoder) UTF16() bool { return x.utf16 }
