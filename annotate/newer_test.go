package annotate

import "testing"

func TestNewerFormat(t *testing.T) {
	for f, want := range map[string]bool{
		"glose/1": false, "glose/1.0": false, "glose/0": false, "": false, "doccano": false, "glose/x": false,
		"glose/1.1": true, "glose/1.12": true, "glose/2": true, "glose/2.0": true, "glose/10": true,
	} {
		if got := NewerFormat(f); got != want {
			t.Errorf("NewerFormat(%q) = %v, want %v", f, got, want)
		}
	}
}

func TestPeekFormat(t *testing.T) {
	for data, want := range map[string]string{
		"{\n  \"format\": \"glose/2\",\n  \"offsets\": \"x\", \"title\": \"« Café » 😀 e\u0301\"": "glose/2",
		`{"format":"glose/1.3"}`:        "glose/1.3",
		`{"id":"a","format":"glose/2"}`: "",
		`{"format": 2}`:                 "",
		``:                              "",
		`[1]`:                           "",
		"{\n  \"form":                   "",
	} {
		if got := PeekFormat([]byte(data)); got != want {
			t.Errorf("PeekFormat(%q) = %q, want %q", data, got, want)
		}
	}
}
