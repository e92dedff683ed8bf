package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTextFileIDsJoinBackToFileNames: a data team pre-annotates a folder of texts named by date and
// number, then exports them for training. "_" was made "-" (2016_01_04-002 became 2016-01-04-002), so
// neither the IDs in the exports nor brat's file names joined back to the team's own names.
func TestTextFileIDsJoinBackToFileNames(t *testing.T) {
	in, out, brat := t.TempDir(), t.TempDir(), t.TempDir()
	names := []string{"2016_01_04-002", "v1.2-draft"}
	for _, n := range names {
		text := "Le président a déclaré\u00a0: «\u00a0Nous verrons\u00a0».\n"
		if err := os.WriteFile(filepath.Join(in, n+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if code, _, stderr := runCLI(t, "annotate", "--out-dir", out, in); code != 0 {
		t.Fatalf("annotate: exit %d: %s", code, stderr)
	}
	var files []string
	for _, n := range names {
		f := filepath.Join(out, n+".json")
		files = append(files, f)
		var d struct{ ID string }
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &d); err != nil || d.ID != n {
			t.Errorf("%s: ID %q (%v); want the file's name, %q", f, d.ID, err, n)
		}
	}
	if code, _, stderr := runCLI(t, append([]string{"export", "--to", "brat", "-o", brat}, files...)...); code != 0 {
		t.Fatalf("export brat: exit %d: %s", code, stderr)
	}
	for _, n := range names {
		if _, err := os.Stat(filepath.Join(brat, n+".ann")); err != nil {
			t.Errorf("brat: %v", err)
		}
	}
	code, stdout, stderr := runCLI(t, append([]string{"export", "--to", "conll"}, files...)...)
	if code != 0 || !strings.Contains(stdout, "-DOCSTART- -X- 2016_01_04-002 O") {
		t.Errorf("conll: exit %d, %s; no -DOCSTART- line with the file's name:\n%.300s", code, stderr, stdout)
	}
}
