package infile

import (
	"encoding/json"
	"errors"
	"maps"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

func utf16(t *testing.T, s string, e unicode.Endianness) []byte {
	t.Helper()
	b, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func latin1(t *testing.T, s string) []byte {
	t.Helper()
	b, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestUTF8Decodes(t *testing.T) {
	const text = "« Déjà vu », dit l’Élysée 😀 q\u0307.\n"
	tests := []struct {
		name    string
		in      []byte
		charset string
	}{
		{"UTF-8", []byte(text), "UTF-8"},
		{"UTF-8 with a byte-order mark", append([]byte("\uFEFF"), text...), "UTF-8"},
		{"UTF-16LE with a byte-order mark", utf16(t, text, unicode.LittleEndian), "UTF-16LE"},
		{"UTF-16BE with a byte-order mark", utf16(t, text, unicode.BigEndian), "UTF-16BE"},
	}
	for _, tc := range tests {
		got, err := UTF8("f.txt", tc.in)
		if err != nil || string(got.Data) != text || got.Charset != tc.charset {
			t.Errorf("%s: got %q (%s), %v; want %q (%s)", tc.name, got.Data, got.Charset, err, text, tc.charset)
		}
	}
}

func TestFileOffset(t *testing.T) {
	const text = "é😀x"
	x := strings.IndexByte(text, 'x') // 6 in UTF-8
	for _, tc := range []struct {
		name string
		in   []byte
		want int
	}{
		{"UTF-8", []byte(text), 6},
		{"after a UTF-8 mark", append([]byte("\uFEFF"), text...), 9},
		{"UTF-16LE: mark, é, a surrogate pair", utf16(t, text, unicode.LittleEndian), 2 + 2 + 4},
	} {
		got, err := UTF8("f", tc.in)
		if err != nil {
			t.Fatal(err)
		}
		if off := got.FileOffset(x); off != tc.want {
			t.Errorf("%s: FileOffset(%d) = %d, want %d", tc.name, x, off, tc.want)
		}
	}
}

func TestUTF8Refuses(t *testing.T) {
	lone := append(utf16(t, "ab", unicode.LittleEndian), 0x00, 0xD8, 'c', 0) // an unpaired high surrogate
	tests := []struct {
		name   string
		in     []byte
		lines  bool
		line   int
		offset int
		want   []string
	}{
		{"Latin-1", latin1(t, "Le café « chaud »"), false, 0, 6, []string{"invalid UTF-8 (byte 0xe9)", "Latin-1", "iconv -f latin1 -t utf-8"}},
		{"Windows-1252 quotes", []byte("l\x92\xc9lys\xe9e"), false, 0, 1, []string{"byte 0x92", "Windows-1252", "iconv -f windows-1252 -t utf-8"}},
		{"mixed", []byte("« déjà » puis caf\xe9 !"), false, 0, 21, []string{"mixes UTF-8 with another encoding"}},
		{"cut in a character", []byte("« déjà » 👍🏽 puis caf\xc3"), false, 0, 30, []string{"cut short", "middle of a character", "byte 0xc3"}},
		{"cut in an emoji, JSON Lines", []byte("{\"text\": \"a\"}\n{\"text\": \"🇫\xf0\x9f\x87"), true, 2, 28, []string{"cut short", "byte 0xf0"}},
		{"cut in the first character", []byte("{\"text\": \"\xe2\x80"), false, 0, 10, []string{"cut short"}},
		{"line of JSON Lines", append([]byte("{\"text\": \"é\"}\n{\"text\": \"caf"), 0xe9, '"', '}'), true, 2, 28, []string{"invalid UTF-8"}},
		{"after a UTF-8 mark, offset in the file", append([]byte("\uFEFFab"), 0xff), false, 0, 5, []string{"invalid UTF-8"}},
		{"UTF-16 without a mark", []byte("B\x00o\x00n\x00j\x00o\x00u\x00r\x00 \x00\xe0\x00"), false, 0, -1, []string{"UTF-16LE without a byte-order mark", "iconv -f UTF-16LE -t UTF-8"}},
		{"UTF-32", []byte{0xFF, 0xFE, 0, 0, 'a', 0, 0, 0}, false, 0, -1, []string{"UTF-32", "iconv -f UTF-32"}},
		{"unpaired surrogate", lone, false, 0, 6, []string{"invalid UTF-16LE"}},
	}
	for _, tc := range tests {
		read := UTF8
		if tc.lines {
			read = UTF8Lines
		}
		_, err := read("in.jsonl", tc.in)
		var e *Error
		if !errors.As(err, &e) || e.Offset != tc.offset || e.Line != tc.line || e.File != "in.jsonl" {
			t.Errorf("%s: error %#v; want line %d, offset %d", tc.name, err, tc.line, tc.offset)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %q lacks %q", tc.name, err, w)
			}
		}
	}
}

func TestErrorPlace(t *testing.T) {
	for _, tc := range []struct {
		e    Error
		want string
	}{
		{Error{File: "a.txt", Offset: 6, Msg: "m"}, "a.txt: byte offset 6: m"},
		{Error{File: "a.jsonl", Line: 3, Offset: 40, Msg: "m"}, "a.jsonl: line 3, byte offset 40: m"},
		{Error{File: "a.json", Line: 2, Column: 7, Offset: -1, Msg: "m"}, "a.json: line 2, column 7: m"},
		{Error{File: "a.json", Offset: -1, Msg: "m"}, "a.json: m"},
	} {
		if got := tc.e.Error(); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

// failing is an encoding whose decoder refuses everything.
type failing struct{}

func (failing) NewDecoder() *encoding.Decoder { return &encoding.Decoder{Transformer: failTransform{}} }
func (failing) NewEncoder() *encoding.Encoder { return &encoding.Encoder{Transformer: failTransform{}} }

type failTransform struct{ transform.NopResetter }

func (failTransform) Transform(_, _ []byte, _ bool) (int, int, error) { return 0, 0, errors.New("no") }

// TestErrorCodes: the errors every reader shares carry a code and the values their wording needs,
// so that the app can say them in the user's language; every code is given by some file.
func TestErrorCodes(t *testing.T) {
	lone := append(utf16(t, "ab", unicode.LittleEndian), 0x00, 0xD8, 'c', 0)
	type want struct {
		code Code
		args map[string]any
	}
	decode := func(read func(string, []byte) (*Text, error), data []byte) func() error {
		return func() error { _, err := read("in", data); return err }
	}
	jsonErr := func(data string) func() error {
		return func() error {
			var v struct{ Text string }
			return JSONError("in", []byte(data), 0, "a record", json.NewDecoder(strings.NewReader(data)).Decode(&v))
		}
	}
	xmlErr := func(data string) func() error {
		return func() error {
			x := NewXMLDecoder("in", strings.NewReader(data))
			for {
				if _, err := x.Token(); err != nil {
					return x.Explain(err, []byte(data))
				}
			}
		}
	}
	// Codes that the readers of package formats and annotate give, tested there.
	given := map[Code]bool{ErrJSONNoField: true, ErrControlChar: true, ErrCharRef: true}
	for _, c := range []struct {
		name string
		err  func() error
		want want
	}{
		{"Latin-1", decode(UTF8, latin1(t, "café")), want{ErrNotUTF8, map[string]any{"Guess": "latin1"}}},
		{"Windows-1252", decode(UTF8, []byte("l\x92\xc9lys\xe9e")), want{ErrNotUTF8, map[string]any{"Guess": "windows-1252"}}},
		{"mixed", decode(UTF8Lines, []byte("« déjà » puis caf\xe9 !")), want{ErrNotUTF8, map[string]any{"Guess": "mixed"}}},
		{"cut short", decode(UTF8Lines, []byte("« déjà » puis caf\xc3")), want{ErrCutShort, nil}},
		{"a PNG image", decode(UTF8, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")), want{ErrBinary, map[string]any{"Name": "in", "Kind": "png"}}},
		{"UTF-16 without a mark", decode(UTF8, []byte("B\x00o\x00n\x00j\x00o\x00u\x00r\x00")), want{ErrUTF16WithoutBOM, map[string]any{"Charset": "UTF-16LE"}}},
		{"UTF-32", decode(UTF8, []byte{0xFF, 0xFE, 0, 0, 'a', 0, 0, 0}), want{ErrUTF32, nil}},
		{"unpaired surrogate", decode(UTF8, lone), want{ErrInvalidEncoding, map[string]any{"Charset": "UTF-16LE"}}},
		{"unreadable", func() error { _, err := DecodeAs("in", []byte("abc"), 0, failing{}, "X-ODD"); return err },
			want{ErrUnreadableEncoding, map[string]any{"Charset": "X-ODD"}}},
		{"empty JSON", jsonErr("  "), want{ErrJSONEmpty, nil}},
		{"cut-short JSON", jsonErr(`{"Text": "a`), want{ErrJSONCutShort, nil}},
		{"not JSON", jsonErr(`{"Text": x}`), want{ErrJSONSyntax, nil}},
		{"wrong type", jsonErr(`{"Text": 3}`), want{ErrJSONType, map[string]any{"Field": "Text", "Expected": "string", "Found": "number"}}},
		{"wrong type of the whole", jsonErr(`[1]`), want{ErrJSONType, map[string]any{"Field": "", "Expected": "object", "Found": "array"}}},
		{"XML declaring an unknown encoding", xmlErr(`<?xml version="1.0" encoding="x-martien"?><a>é</a>`), want{ErrUnknownCharset, map[string]any{"Charset": "x-martien"}}},
		{"XML declaring UTF-16 without a mark", xmlErr(`<?xml version="1.0" encoding="UTF-16"?><a>« à »</a>`), want{ErrUTF16Declared, map[string]any{"Charset": "UTF-16"}}},
	} {
		var e *Error
		if err := c.err(); !errors.As(err, &e) || e.Code != c.want.code || !maps.Equal(e.Args, c.want.args) {
			t.Errorf("%s: %#v; want code %s, args %v", c.name, err, c.want.code, c.want.args)
			continue
		}
		given[e.Code] = true
	}
	for _, c := range Codes() {
		if !given[c] {
			t.Errorf("no case gave %s", c)
		}
	}
}

// TestEveryJSONKindHasWords: each word a program may get in ErrJSONType has its English, which the
// CLI prints.
func TestEveryJSONKindHasWords(t *testing.T) {
	for _, k := range JSONKinds() {
		if kindWords[k] == "" {
			t.Errorf("no English for %q", k)
		}
	}
}
