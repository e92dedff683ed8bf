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
		{[]string{"a", "-o"}, []string{"-o"}},                                // missing value: Parse says so
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

// TestHelpExitsZero: COMMAND -h prints the command's usage on standard output (so that
// "glose-cli export -h | less" shows it) and succeeds, as glose-cli -h does; a usage error prints it on
// standard error with exit status 2.
func TestHelpExitsZero(t *testing.T) {
	var cmds [][]string
	for name := range commands() {
		cmds = append(cmds, []string{name, "-h"}, []string{name, "--help"})
	}
	cmds = append(cmds, []string{"tm", "search", "-h"}, []string{"tm", "import", "--help"}, []string{"tm", "help"},
		[]string{"-h"}, []string{"--help"}, []string{"help"})
	for _, args := range cmds {
		code, stdout, stderr := runCLI(t, args...)
		if code != 0 || !strings.Contains(stdout, "usage: glose-cli") || stderr != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 0 and the usage on stdout only", args, code, stdout, stderr)
		}
	}
	for _, args := range [][]string{{}, {"annotate"}, {"annotate", "--bogus", "a.txt"}, {"tm"}, {"tm", "search"}, {"export", "--to", "doccano"}} {
		code, stdout, stderr := runCLI(t, args...)
		if code != 2 || stdout != "" || !strings.Contains(stderr, "usage: glose-cli") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and the usage on stderr only", args, code, stdout, stderr)
		}
	}
}

// TestFlagErrors: a flag the command does not have, or a value of the wrong kind, is a usage error
// (exit 2) that names the flag as -h does and says what is wrong in words, not Go's flag package's
// "invalid value ... for flag -min-confidence: parse error".
func TestFlagErrors(t *testing.T) {
	src := filepath.Join(t.TempDir(), "é 🇫🇷.txt")
	if err := os.WriteFile(src, []byte("« Bonjour 👍🏽 », dit Zoé.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"annotate", "--min-confidence", "abc", src}, `glose-cli annotate: --min-confidence: "abc" is not a number`},
		{[]string{"annotate", "--min-confidence", "0,5", src}, `glose-cli annotate: --min-confidence: "0,5" is not a number: write it with a point, 0.5`},
		{[]string{"annotate", "-min-confidence=x", src}, `glose-cli annotate: --min-confidence: "x" is not a number`},
		{[]string{"annotate", "-j", "deux", src}, `glose-cli annotate: -j: "deux" is not a whole number`},
		{[]string{"annotate", "-j", "99999999999999999999", src}, `glose-cli annotate: -j: "99999999999999999999" is too large`},
		{[]string{"annotate", "-j", "0", src}, `glose-cli annotate: -j: must be 1 or more, not 0`},
		{[]string{"annotate", "--min-confidence", "1.5", src}, `glose-cli annotate: --min-confidence: must be between 0 and 1`},
		{[]string{"train", "--train", src, "--seed", "-1"}, `glose-cli train: --seed: "-1" is not a whole number of 0 or more`},
		{[]string{"train", "--train", src, "--epochs", "-1"}, `glose-cli train: --epochs: must be 0 (the default) or more, not -1`},
		{[]string{"tm", "search", "--top", "cinq", "mot"}, `glose-cli tm: --top: "cinq" is not a whole number`},
		{[]string{"pretranslate", "--threshold", "beaucoup", src}, `glose-cli pretranslate: --threshold: "beaucoup" is not a number`},
		{[]string{"annotate", "--bogus", src}, `glose-cli annotate: --bogus: unknown option`},
		{[]string{"annotate", "-x", src}, `glose-cli annotate: -x: unknown option`},
		{[]string{"qa", "--json=peut-être", src}, `glose-cli qa: --json: takes no value (or =true, =false), not "peut-être"`},
		{[]string{"annotate", src, "-o"}, `glose-cli annotate: -o: missing its value (FILE)`},
	}
	for _, tc := range tests {
		code, _, stderr := runCLI(t, tc.args...)
		last := strings.TrimSpace(stderr)
		last = last[strings.LastIndex(last, "\n")+1:]
		if code != 2 || !strings.HasPrefix(last, tc.want) {
			t.Errorf("%q: exit %d, last line %q; want 2 and %q", tc.args, code, last, tc.want)
		}
	}
	if _, err := os.Stat("--"); err == nil {
		t.Error("annotate FILE -o wrote a file called --")
	}
}
