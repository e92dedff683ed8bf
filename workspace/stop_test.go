package workspace

import (
	"os"
	"path/filepath"
	"testing"
)

// TestRemoveTemporaryFiles: a program stopped by a signal removes the temporary files of the saves in
// progress (the document's and the backup's), leaves the files being saved as they were, and starts
// no new save; finished saves leave nothing to remove.
func TestRemoveTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	done := filepath.Join(dir, "done.json")
	if err := WriteAtomic(done, []byte("« fini » 👍🏽")); err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(dir, "été 🇫🇷.json")
	if err := os.WriteFile(old, []byte("ancien"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := CreateAtomic(old)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write([]byte("nouveau, à moitié écrit")); err != nil {
		t.Fatal(err)
	}
	g, err := CreateAtomic(filepath.Join(dir, "new.json"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(listDir(t, dir)); n != 4 { // done.json, été 🇫🇷.json and two temporary files
		t.Fatalf("before: %v", listDir(t, dir))
	}

	RemoveTemporaryFiles()
	t.Cleanup(func() { temps.Lock(); temps.stopped = false; temps.Unlock() })

	if got := listDir(t, dir); len(got) != 2 || got[0] != "done.json" || got[1] != "été 🇫🇷.json" {
		t.Errorf("after: %v, want only done.json and été 🇫🇷.json", got)
	}
	if data, _ := os.ReadFile(old); string(data) != "ancien" {
		t.Errorf("the file being saved became %q", data)
	}
	if err := f.Commit(); err == nil {
		t.Error("a save whose temporary file was removed committed")
	}
	g.Abort()
	if err := WriteAtomic(filepath.Join(dir, "later.json"), []byte("x")); err == nil {
		t.Error("a save begun after RemoveTemporaryFiles succeeded")
	}
	if got := listDir(t, dir); len(got) != 2 {
		t.Errorf("in the end: %v", got)
	}
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}
