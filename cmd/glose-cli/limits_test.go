package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConfidenceRange: a confidence is a share; 5, -1 or NaN is a mistake in the command line.
func TestConfidenceRange(t *testing.T) {
	doc := writeSampleDoc(t)
	for _, cmd := range []string{"annotate", "project"} {
		for _, v := range []string{"5", "-1", "nan", "1.01"} {
			code, stdout, stderr := runCLI(t, cmd, "--min-confidence", v, doc)
			if code != 2 || stdout != "" || !strings.Contains(stderr, "--min-confidence") {
				t.Errorf("%s --min-confidence %s: exit %d, %q; want 2 naming the flag", cmd, v, code, stderr)
			}
		}
		for _, v := range []string{"0", "1", "0.5"} {
			if code, _, stderr := runCLI(t, cmd, "--min-confidence", v, doc); code != 0 {
				t.Errorf("%s --min-confidence %s: exit %d: %s", cmd, v, code, stderr)
			}
		}
	}
	for _, args := range [][]string{
		{"pretranslate", "--threshold", "nan", "--mt", "none", doc},
		{"tm", "search", "--min", "nan", "Bonjour"},
		{"tm", "search", "--min", "150", "Bonjour"},
	} {
		if code, _, stderr := runCLI(t, args...); code != 2 {
			t.Errorf("%v: exit %d, %q; want 2", args, code, stderr)
		}
	}
}

// TestAnnotateSizeLimit: annotate refuses a file larger than import takes, before reading it.
func TestAnnotateSizeLimit(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(300 << 20); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	code, _, stderr := runCLI(t, "annotate", big)
	if code != 1 || !strings.Contains(stderr, big) || !strings.Contains(stderr, "more than Glose imports (256 MB)") {
		t.Errorf("annotate of 300 MB: exit %d, %q", code, stderr)
	}
}
