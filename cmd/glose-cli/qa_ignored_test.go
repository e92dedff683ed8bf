package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/annotate/qa"
)

// ignoredDoc writes a document whose two segments each miss the number 10 ("10 ans plus tard": "years
// later"), that issue ignored in the segments named, in accented text with « » inside no-break
// spaces, an emoji and e + U+0301, and returns its path.
func ignoredDoc(t *testing.T, ignore ...string) string {
	t.Helper()
	src := "10 ans plus tard, Zoé a dit «\u00a0c’est fini\u00a0» 😀.\n10 ans plus tard, e\u0301lise est partie."
	d := plaintext.Build("t.txt", annotate.NFC(src), nil, plaintext.Options{})
	d.Segments[0].Target = "Years later, Zoé said “it’s over” 😀."
	d.Segments[1].Target = "Years later, e\u0301lise left."
	for _, s := range d.Segments {
		s.Status = annotate.StatusTranslated
	}
	cfg := qa.Config{Disabled: map[string]bool{qa.Spelling: true}}
	for _, is := range qa.Run(d, cfg) {
		if slices.Contains(ignore, is.Segment) && is.Check == qa.NumberMismatch {
			if err := annotate.NewEditor(d).SetQAIgnored(is.Segment, qa.Ignore(is, d.Segment(is.Segment).Target), true); err != nil {
				t.Fatal(err)
			}
		}
	}
	data, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "décennie.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestQAIgnored: qa leaves the ignored issue out and counts it on standard error; --include-ignored
// lists it with a field saying so, and --json marks it; an ignored warning fails no run.
func TestQAIgnored(t *testing.T) {
	doc := ignoredDoc(t, "s1")
	only := []string{"--disable", "spelling"}
	code, out, stderr := runCLI(t, append(append([]string{"qa", "--fail-on", "warning"}, only...), doc)...)
	if code != 1 || strings.Contains(out, "s1\t") || !strings.Contains(out, "s2\twarning\tnumber-mismatch\t") {
		t.Errorf("qa: exit %d, %q: want s2's issue alone, exit 1", code, out)
	}
	if !strings.Contains(stderr, "glose-cli qa: 1 issue ignored (--include-ignored lists them)") {
		t.Errorf("qa: stderr %q does not count the ignored issue", stderr)
	}
	_, out, stderr = runCLI(t, append(append([]string{"qa", "--fail-on", "never", "--include-ignored"}, only...), doc)...)
	if want := "s1\twarning\tnumber-mismatch\tNumbers differ in s1: 10 of the source is missing from the translation.\tignored\n"; !strings.Contains(out, want) ||
		strings.Contains(out, "left.\tignored") || !strings.Contains(stderr, "1 issue ignored\n") {
		t.Errorf("--include-ignored: %q (%q), want %q", out, stderr, want)
	}
	_, out, _ = runCLI(t, append(append([]string{"qa", "--fail-on", "never", "--include-ignored", "--json"}, only...), doc)...)
	var got []qaJSONIssue
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("--json: %v\n%s", err, out)
	}
	marks := map[string]bool{}
	for _, is := range got {
		if is.Check == qa.NumberMismatch {
			marks[is.Segment] = is.Ignored
		}
	}
	if len(marks) != 2 || !marks["s1"] || marks["s2"] || !strings.Contains(out, `"about": "missing: 10"`) {
		t.Errorf("--json marks %v, want s1 ignored and s2 not, about \"missing: 10\":\n%s", marks, out)
	}
	// both ignored, and no other check: no warning to fail the run
	var others []string
	for _, c := range qa.Checks() {
		if c.ID != qa.NumberMismatch {
			others = append(others, c.ID)
		}
	}
	both := ignoredDoc(t, "s1", "s2")
	if code, out, stderr := runCLI(t, "qa", "--fail-on", "warning", "--disable", strings.Join(others, ","), both); code != 0 || out != "" || !strings.Contains(stderr, "2 issues ignored") {
		t.Errorf("both ignored: exit %d, %q, %q; want 0, nothing listed, 2 ignored", code, out, stderr)
	}
}
