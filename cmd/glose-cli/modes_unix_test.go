//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestOutputModes: what glose-cli writes gets 0666 less the umask, like the output of any other tool,
// and a read-only output is refused untouched.
func TestOutputModes(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	dir := t.TempDir()
	src := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(src, []byte("Emmanuel Macron est à Paris.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(dir, "new.json")
	brat := filepath.Join(dir, "brat")
	for _, args := range [][]string{{"import", "-o", doc, src}, {"import", "-o", doc, src}, {"export", "--to", "brat", "-o", brat, doc}} {
		if code, _, stderr := runCLI(t, args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
	}
	written := []string{doc, doc + ".bak", filepath.Join(brat, "a.txt"), filepath.Join(brat, "a.ann"), filepath.Join(brat, "annotation.conf")}
	for _, p := range written {
		if info, err := os.Stat(p); err != nil {
			t.Error(err)
		} else if info.Mode().Perm() != 0o644 {
			t.Errorf("%s: mode %v, want 0644", p, info.Mode().Perm())
		}
	}

	ro := filepath.Join(dir, "ro.json")
	if err := os.WriteFile(ro, []byte("old"), 0o444); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "import", "-o", ro, src)
	if code != 1 || !strings.Contains(stderr, ro) || !strings.Contains(stderr, "read-only") {
		t.Errorf("import -o a read-only file: exit %d, %q; want 1 and a message naming it read-only", code, stderr)
	}
	if got, _ := os.ReadFile(ro); string(got) != "old" {
		t.Errorf("the read-only file now holds %q", got)
	}
	if _, err := os.Stat(ro + ".bak"); err == nil {
		t.Error("a backup of the read-only file appeared")
	}
}
