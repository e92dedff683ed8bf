package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNewerGloseFiles: a file a newer Glose wrote is said to be one, naming the file and both
// versions of the format, never called invalid for it when this Glose reads it, and never written
// over: a newer major version is refused; a minor revision with a key this Glose does not know is
// read with a warning, and replace --in-place refuses it, leaving it byte for byte.
func TestNewerGloseFiles(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "a.txt")
	must(t, os.WriteFile(src, []byte("Il a dit « café » 😀 et cafe\u0301.\n"), 0o644))
	doc := filepath.Join(dir, "a.json")
	if code, _, stderr := runCLI(t, "import", "-o", doc, src); code != 0 {
		t.Fatal(stderr)
	}
	data, err := os.ReadFile(doc)
	must(t, err)
	newer := func(format string) string {
		p := filepath.Join(dir, strings.ReplaceAll(format, "/", "-")+".json")
		b := bytes.Replace(data, []byte(`"format": "glose/1",`), []byte(`"format": "`+format+`",
  "newerKey": 1,`), 1)
		must(t, os.WriteFile(p, b, 0o644))
		return p
	}
	v2, v13 := newer("glose/2"), newer("glose/1.3")
	kept, err := os.ReadFile(v13)
	must(t, err)
	for _, c := range []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"major, validate", []string{"validate", v2}, 1, []string{v2, "newer version of Glose", `"glose/2"`, `reads "glose/1"`}},
		{"major, stats", []string{"stats", v2}, 1, []string{v2, "newer version of Glose", `"glose/2"`, `reads "glose/1"`}},
		{"minor, validate", []string{"validate", v13}, 0, []string{"warning: " + v13, "newer version of Glose", `"glose/1.3"`, `reads "glose/1"`}},
		{"minor, replace in place", []string{"replace", "--in-place", "--find", "café", "--with", "coffee", v13}, 1,
			[]string{v13, "newer version of Glose", `"glose/1.3"`, `reads "glose/1"`, "not written back in place", "nothing was written"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d: %s", code, c.code, stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr %q: want %q", stderr, w)
				}
			}
			if strings.Contains(stderr, "damaged") || strings.Contains(stderr, "invalid") && c.code == 0 {
				t.Errorf("stderr %q", stderr)
			}
		})
	}
	if got, err := os.ReadFile(v13); err != nil || !bytes.Equal(got, kept) {
		t.Errorf("the newer file was written over (%v)", err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
