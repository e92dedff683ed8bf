package annotate

import (
	"errors"
	"strings"
	"testing"
)

func TestNormalizeInput(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"BOM dropped", "\uFEFFBonjour", "Bonjour"},
		{"CRLF and CR become LF", "a\r\nb\rc\n", "a\nb\nc\n"},
		{"NFC", "e\u0301t\u00e9", "\u00e9t\u00e9"},
		{"no-break spaces kept", "« oui »", "« oui »"},
		{"emoji kept", "ok 😀", "ok 😀"},
	}
	for _, tc := range tests {
		got, err := NormalizeInput("f.txt", []byte(tc.in))
		if err != nil || got != tc.want {
			t.Errorf("%s: got %q, %v; want %q", tc.name, got, err, tc.want)
		}
	}
}

func TestNormalizeInputRefusesBadBytes(t *testing.T) {
	tests := []struct {
		name   string
		in     []byte
		offset int
		msg    string
	}{
		{"latin-1", []byte("caf\xe9 ok"), 3, "invalid UTF-8"},
		{"after a BOM, offset in the file", append([]byte("\uFEFFab"), 0xff), 5, "invalid UTF-8"},
		{"SOH", []byte("ab\x01"), 2, "control character"},
		{"NUL: no text at all", []byte("ab\x00"), -1, "not a text file (it looks like binary data)"},
	}
	for _, tc := range tests {
		_, err := NormalizeInput("in.txt", tc.in)
		var ie *InputError
		if !errors.As(err, &ie) || ie.Offset != tc.offset || !strings.Contains(err.Error(), tc.msg) || !strings.Contains(err.Error(), "in.txt") {
			t.Errorf("%s: error %v; want offset %d and %q", tc.name, err, tc.offset, tc.msg)
		}
	}
}

func TestCleanTarget(t *testing.T) {
	for in, want := range map[string]string{
		"« Déjà » 😀\tok\n":            "« Déjà » 😀\tok\n",
		"a\r\nb\rc":                   "a\nb\nc",
		"e\u0301\x00\x1f\uFFFE\uFFFF": "e\u0301",
	} {
		if got := CleanTarget(in); got != want {
			t.Errorf("CleanTarget(%q) = %q, want %q", in, got, want)
		}
	}
}
