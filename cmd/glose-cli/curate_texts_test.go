package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A text that A and C hold but B lacks is curated with A and C, said on its line; one a single
// reviewer holds is left out, named; what is left to settle is said once on standard error.
func TestCurateTextsOfTwoOfThreeReviewers(t *testing.T) {
	dir := t.TempDir()
	files := annotatedFiles(t, dir, teamTexts)
	alice, bob, carol, out := filepath.Join(dir, "alice"), filepath.Join(dir, "bob"), filepath.Join(dir, "carol"), filepath.Join(dir, "curated")
	reviewAs(t, files[:3], alice, nil)                            // t0 t1 t2
	reviewAs(t, []string{files[0], files[1], files[3]}, bob, nil) // t0 t1 t3
	reviewAs(t, files[:3], carol, relabel("Houston", "ORG"))      // t0 t1 t2
	code, stdout, stderr := runCLI(t, "curate", "--out-dir", out, alice, bob, carol)
	if code != 0 {
		t.Fatalf("curate: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "t2: 3 agreed, 1 to settle (alice and carol only)") || strings.Contains(stdout, "t0: 4 agreed, 0 to settle (") {
		t.Errorf("stdout %s; want t2 curated with alice and carol, said, t0 with all three", stdout)
	}
	if !strings.Contains(stdout, "3 documents") || !strings.Contains(stderr, "bob: 1 document no other reviewer holds, left out: t3") {
		t.Errorf("stdout %s, stderr %s; want 3 documents, t3 (bob's only) named as left out", stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "t2.json")); err != nil {
		t.Errorf("t2, which alice and carol hold: %v", err)
	}
	if !strings.Contains(stderr, "1 difference left to settle") || !strings.Contains(stderr, "check disputed") {
		t.Errorf("stderr %s; want the one dispute (Houston) said left to settle", stderr)
	}
}
