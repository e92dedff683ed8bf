//go:build unix

package workspace

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"
)

// TestSaveRemovesOnlyDeadTemps: a save removes the temporary files beside its file that a process of
// this host left when killed, and an old one of a Glose that did not name its process; it leaves
// those of a process still running (its save may be under way), of another host (nothing here can
// tell), of another file, and a recent one of an older Glose.
func TestSaveRemovesOnlyDeadTemps(t *testing.T) {
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip(err)
	}
	live := exec.Command("sleep", "60")
	if err := live.Start(); err != nil {
		t.Skip(err)
	}
	t.Cleanup(func() { live.Process.Kill(); live.Wait() })

	dir := t.TempDir()
	path := filepath.Join(dir, "été.json")
	prefix := ".été.json.tmp-"
	tag := func(pid int, host string) string { return prefix + strconv.Itoa(pid) + "." + host + ".x1" }
	files := map[string]bool{ // name: removed by the save
		tag(dead.Process.Pid, hostHash()): true,
		prefix + "old1":                   true,
		".été.json.bak.tmp-" + strconv.Itoa(dead.Process.Pid) + "." + hostHash() + ".y": true,
		tag(live.Process.Pid, hostHash()):                                               false,
		tag(dead.Process.Pid, "0badc0de"):                                               false,
		prefix + "recent1":                                                              false,
		".autre.json.tmp-" + strconv.Itoa(dead.Process.Pid) + "." + hostHash() + ".z":   false,
	}
	for name := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("à moitié"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-legacyTempAge - time.Hour)
	if err := os.Chtimes(filepath.Join(dir, prefix+"old1"), old, old); err != nil {
		t.Fatal(err)
	}
	if err := WriteAtomic(path, []byte("v1")); err != nil { // no backup yet: a new file
		t.Fatal(err)
	}
	if err := WriteAtomic(path, []byte("v2")); err != nil { // with its backup
		t.Fatal(err)
	}
	left := listDir(t, dir)
	for name, removed := range files {
		if slices.Contains(left, name) == removed {
			t.Errorf("%s: removed %v, want %v", name, !removed, removed)
		}
	}
	if len(left) != 2+4 {
		t.Errorf("left %v", left)
	}
}

// TestBackupIsTheOldFile: the backup is the previous version's file itself under a second name, not a
// copy, so that a disk with room for the new version alone takes the save; it keeps the previous
// version's content and mode.
func TestBackupIsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "article.json")
	if err := os.WriteFile(path, []byte("« ancien »"), 0o640); err != nil {
		t.Fatal(err)
	}
	before, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteAtomic(path, []byte("« nouveau »")); err != nil {
		t.Fatal(err)
	}
	bak, err := os.Stat(path + BackupSuffix)
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(before, bak) {
		t.Error("the backup is a copy, which needs room on the disk")
	}
	if data, _ := os.ReadFile(path + BackupSuffix); string(data) != "« ancien »" || bak.Mode().Perm() != 0o640 {
		t.Errorf("backup %q, mode %v", data, bak.Mode().Perm())
	}
	if data, _ := os.ReadFile(path); string(data) != "« nouveau »" {
		t.Errorf("file %q", data)
	}
}
