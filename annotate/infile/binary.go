package infile

import (
	"bytes"
	"fmt"
	"path/filepath"
)

// magic numbers of the binary files people open by mistake (an image, an archive, a word
// processor's document saved under a text name), in the order they are tried; Kind as ErrBinary's.
var magics = []struct {
	kind   string
	prefix []byte
	at     int // the offset of prefix
}{
	{"png", []byte("\x89PNG\r\n\x1a\n"), 0},
	{"jpeg", []byte{0xFF, 0xD8, 0xFF}, 0},
	{"gif", []byte("GIF87a"), 0},
	{"gif", []byte("GIF89a"), 0},
	{"webp", []byte("WEBP"), 8}, // after "RIFF" and a length
	{"pdf", []byte("%PDF-"), 0},
	{"zip", []byte("PK\x03\x04"), 0}, // Word's .docx and OpenDocument files are ZIP archives too
	{"zip", []byte("PK\x05\x06"), 0}, // an empty archive
	{"gzip", []byte{0x1F, 0x8B}, 0},
	{"sqlite", []byte("SQLite format 3\x00"), 0},
	{"office", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, 0}, // .doc, .xls before 2007
	{"program", []byte("\x7fELF"), 0},
}

// binaryKinds are the English words for ErrBinary's Kind, which the command line prints.
var binaryKinds = map[string]string{
	"png": "a PNG image", "jpeg": "a JPEG image", "gif": "a GIF image", "webp": "a WebP image",
	"pdf": "a PDF document", "zip": "a ZIP archive", "gzip": "a gzip archive", "sqlite": "an SQLite database",
	"office": "an old Microsoft Office document", "program": "a program", "": "binary data",
}

// BinaryKinds lists the values of ErrBinary's Kind, for a program that says each in its own words.
func BinaryKinds() []string {
	kinds := []string{""}
	for _, m := range magics {
		if kinds[len(kinds)-1] != m.kind {
			kinds = append(kinds, m.kind)
		}
	}
	return kinds
}

// binaryKind says whether data, which is no UTF-16 or UTF-32 (see Decode), is no text at all: a known
// magic number at its start gives its kind, a NUL byte in its first KB makes it binary data ("").
func binaryKind(data []byte) (kind string, binary bool) {
	for _, m := range magics {
		if len(data) >= m.at && bytes.HasPrefix(data[m.at:], m.prefix) && (m.kind != "webp" || bytes.HasPrefix(data, []byte("RIFF"))) {
			return m.kind, true
		}
	}
	return "", bytes.IndexByte(data[:min(len(data), 1024)], 0) >= 0
}

// binaryError refuses a file that is no text, naming what it looks like.
func binaryError(name string, data []byte) *Error {
	kind, binary := binaryKind(data)
	if !binary {
		return nil
	}
	return &Error{File: name, Offset: -1, Code: ErrBinary, Args: map[string]any{"Name": filepath.Base(name), "Kind": kind},
		Msg: fmt.Sprintf("not a text file (it looks like %s): Glose opens text, HTML, Markdown, Word (.docx), OpenDocument (.odt) and annotation files", binaryKinds[kind])}
}
