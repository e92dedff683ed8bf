package infile

import (
	"errors"
	"strings"
	"testing"
)

// TestBinaryFiles: a file that is no text (an image, an archive, a word processor's document, data
// with NUL bytes) is refused as such, naming what it looks like, not as text in a wrong encoding;
// text, UTF-16 without a mark and a NUL after the first KB are not taken for binary data.
func TestBinaryFiles(t *testing.T) {
	long := strings.Repeat("Le président a dit oui. ", 50) // 1 200 bytes
	for _, c := range []struct {
		name, data, kind string
	}{
		{"photo.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00", "png"},
		{"photo.txt", "\xff\xd8\xff\xe0\x00\x10JFIF\x00", "jpeg"},
		{"anim.txt", "GIF89a\x01\x00\x01\x00\x80\x00\x00", "gif"},
		{"image.md", "RIFF\x24\x00\x00\x00WEBPVP8 ", "webp"},
		{"article.txt", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf"},
		{"article.txt", "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "zip"},
		{"/home/a/article.docx.txt", "PK\x05\x06\x00\x00\x00\x00", "zip"},
		{"article.txt", "\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"},
		{"memory.txt", "SQLite format 3\x00\x10\x00", "sqlite"},
		{"article.txt", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "office"},
		{"glose", "\x7fELF\x02\x01\x01\x00", "program"},
		{"data.txt", "Le pr\xe9sident\x00\x01\x02\xff\xfe a dit", ""},
	} {
		_, err := UTF8(c.name, []byte(c.data))
		var e *Error
		if !errors.As(err, &e) || e.Code != ErrBinary || e.Args["Kind"] != c.kind || e.Args["Name"] != c.name[strings.LastIndex(c.name, "/")+1:] {
			t.Errorf("%s (%q): %v, want it refused as %q", c.name, c.kind, err, binaryKinds[c.kind])
			continue
		}
		if want := c.name + ": not a text file (it looks like " + binaryKinds[c.kind] + ")"; !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%s: %q, want it to start with %q", c.name, err, want)
		}
		if _, err := Decode(c.name, []byte(c.data)); !errors.As(err, &e) || e.Code != ErrBinary {
			t.Errorf("%s: Decode says %v", c.name, err)
		}
	}
	for name, data := range map[string]string{
		"text":                 long,
		"a NUL after the 1 KB": long + "\x00",
		"UTF-16 without a BOM": "L\x00e\x00 \x00p\x00r\x00\xe9\x00s\x00",
		"PK in a sentence":     "PK est un sigle.",
	} {
		_, err := Decode("a.txt", []byte(data))
		var e *Error
		if errors.As(err, &e) && e.Code == ErrBinary {
			t.Errorf("%s: taken for %s", name, binaryKinds[e.Args["Kind"].(string)])
		}
	}
	for _, k := range BinaryKinds() {
		if binaryKinds[k] == "" {
			t.Errorf("kind %q has no English", k)
		}
	}
}
