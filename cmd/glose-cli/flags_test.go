package main

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestInterspersed(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.String("o", "", "")
	fs.Bool("json", false, "")
	fs.Float64("min", 0, "")
	tests := []struct {
		args, want []string
	}{
		{[]string{"a.txt", "-o", "out.json"}, []string{"-o", "out.json", "--", "a.txt"}},
		{[]string{"-o", "out.json", "a.txt", "b.txt"}, []string{"-o", "out.json", "--", "a.txt", "b.txt"}},
		{[]string{"a", "--json", "b", "--o=x", "c"}, []string{"--json", "--o=x", "--", "a", "b", "c"}},
		{[]string{"a", "--min", "-1"}, []string{"--min", "-1", "--", "a"}},   // a value that looks like a flag
		{[]string{"-json=false", "a"}, []string{"-json=false", "--", "a"}},   // a boolean's own value
		{[]string{"a", "--", "-o", "b"}, []string{"--", "a", "-o", "b"}},     // after --, operands
		{[]string{"-", "-o", "x"}, []string{"-o", "x", "--", "-"}},           // - is standard input
		{[]string{"a", "--bogus", "b"}, []string{"--bogus", "--", "a", "b"}}, // refused by Parse
		{[]string{"a", "-o"}, []string{"-o", "--", "a"}},                     // missing value: Parse says so
		{nil, []string{"--"}},
	}
	for _, tc := range tests {
		if got := interspersed(fs, tc.args); !slices.Equal(got, tc.want) {
			t.Errorf("interspersed(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}

// TestFlagsAfterFiles: a flag after the file names is a flag, in every command (they share
// parseFlags), and "--" still lets a file name start with a dash.
func TestFlagsAfterFiles(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(src, []byte("Emmanuel Macron est à Paris.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.json")
	code, stdout, stderr := runCLI(t, "annotate", src, "-o", out, "-j", "1")
	if code != 0 || stdout != "" {
		t.Fatalf("annotate FILE -o OUT: exit %d, stdout %q, stderr %q; want 0 and nothing on stdout", code, stdout, stderr)
	}
	if data, err := os.ReadFile(out); err != nil || !strings.Contains(string(data), "Macron") {
		t.Fatalf("-o after the file did not write it: %v", err)
	}
	dash := filepath.Join(dir, "-dash.txt")
	if err := os.WriteFile(dash, []byte("Bonjour.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	if code, _, stderr := runCLI(t, "import", "--", "-dash.txt"); code != 0 {
		t.Errorf("import -- -dash.txt: exit %d: %s", code, stderr)
	}
}

// TestHelpExitsZero: COMMAND -h prints the command's usage and succeeds, as glose-cli -h does.
func TestHelpExitsZero(t *testing.T) {
	var cmds [][]string
	for name := range commands() {
		cmds = append(cmds, []string{name, "-h"}, []string{name, "--help"})
	}
	cmds = append(cmds, []string{"tm", "search", "-h"}, []string{"tm", "import", "--help"}, []string{"tm", "help"})
	for _, args := range cmds {
		code, _, stderr := runCLI(t, args...)
		if code != 0 || !strings.Contains(stderr, "usage: glose-cli") || strings.Contains(stderr, "help requested") {
			t.Errorf("%v: exit %d, stderr %q; want 0 and the usage", args, code, stderr)
		}
	}
}
