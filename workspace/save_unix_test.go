//go:build unix

package workspace

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// withUmask runs f under umask mask; the umask is per process, so these tests do not run in parallel.
func withUmask(t *testing.T, mask int, f func()) {
	t.Helper()
	old := syscall.Umask(mask)
	defer syscall.Umask(old)
	f()
}

// TestWriteAtomicModes: a new file gets 0666 less the umask, as from any other program; a replaced
// file keeps its mode, and so does its backup.
func TestWriteAtomicModes(t *testing.T) {
	tests := []struct {
		name      string
		umask     int
		old       os.FileMode // 0: no file before
		want, bak os.FileMode
	}{
		{"new file, umask 022", 0o022, 0, 0o644, 0},
		{"new file, umask 002", 0o002, 0, 0o664, 0},
		{"new file, umask 077", 0o077, 0, 0o600, 0},
		{"replaced 0640 file", 0o022, 0o640, 0o640, 0o640},
		{"replaced 0664 file under umask 077", 0o077, 0o664, 0o664, 0o664},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "out.json")
			if tc.old != 0 {
				if err := os.WriteFile(path, []byte("old"), tc.old); err != nil {
					t.Fatal(err)
				}
				if err := os.Chmod(path, tc.old); err != nil {
					t.Fatal(err)
				}
			}
			withUmask(t, tc.umask, func() {
				if err := WriteAtomic(path, []byte("new")); err != nil {
					t.Fatal(err)
				}
			})
			if info, err := os.Stat(path); err != nil || info.Mode().Perm() != tc.want {
				t.Errorf("file mode %v (%v), want %v", info.Mode().Perm(), err, tc.want)
			}
			info, err := os.Stat(path + BackupSuffix)
			switch {
			case tc.bak == 0 && err == nil:
				t.Errorf("a backup appeared for a new file")
			case tc.bak != 0 && err != nil:
				t.Errorf("no backup: %v", err)
			case tc.bak != 0 && info.Mode().Perm() != tc.bak:
				t.Errorf("backup mode %v, want %v", info.Mode().Perm(), tc.bak)
			}
		})
	}
}

// TestWriteAtomicRefusesReadOnly: a read-only file is not replaced, even by root who could, and the
// refusal comes before anything is written.
func TestWriteAtomicRefusesReadOnly(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ro.json")
	if err := os.WriteFile(path, []byte("keep me"), 0o444); err != nil {
		t.Fatal(err)
	}
	err := WriteAtomic(path, []byte("new"))
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "read-only") {
		t.Fatalf("error %v; want one naming %s as read-only", err, path)
	}
	if got, _ := os.ReadFile(path); string(got) != "keep me" {
		t.Errorf("the read-only file now holds %q", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files left behind: %v", entries)
	}
}

// TestWriteAtomicThroughLinks: a symbolic link is written through (QA found `-o /dev/stdout` and a
// linked project file replaced by a regular file, the link gone and a .bak beside it): the file it
// names gets the new version and the backup, the link stays; a link to a file not yet there creates
// that file; a device or a pipe, linked or not, is written directly, with no backup.
func TestWriteAtomicThroughLinks(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.json")
	link := filepath.Join(dir, "link.json")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(real, []byte("old"), 0o644))
	must(os.Symlink("real.json", link)) // relative, as ln -s makes it
	must(WriteAtomic(link, []byte("new")))
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link is gone: %v %v", info, err)
	}
	if b, _ := os.ReadFile(real); string(b) != "new" {
		t.Errorf("the linked file holds %q", b)
	}
	if b, _ := os.ReadFile(real + BackupSuffix); string(b) != "old" {
		t.Errorf("the backup beside the linked file holds %q", b)
	}
	if _, err := os.Lstat(link + BackupSuffix); err == nil {
		t.Error("a backup was left beside the link")
	}

	dangling := filepath.Join(dir, "later.json")
	must(os.Symlink(filepath.Join(dir, "sub-later.json"), dangling))
	must(WriteAtomic(dangling, []byte("created")))
	if b, _ := os.ReadFile(filepath.Join(dir, "sub-later.json")); string(b) != "created" {
		t.Errorf("the file a dangling link names holds %q", b)
	}

	null := filepath.Join(dir, "null")
	must(os.Symlink("/dev/null", null))
	must(WriteAtomic(null, []byte("gone")))
	if info, err := os.Lstat(null); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link to /dev/null is gone: %v %v", info, err)
	}
	if info, err := os.Stat("/dev/null"); err != nil || info.Mode()&os.ModeDevice == 0 {
		t.Fatalf("/dev/null is no longer a device: %v %v", info, err)
	}

	fifo := filepath.Join(dir, "fifo")
	must(syscall.Mkfifo(fifo, 0o600))
	got := make(chan string)
	go func() {
		b, _ := os.ReadFile(fifo)
		got <- string(b)
	}()
	must(WriteAtomic(fifo, []byte("piped")))
	if s := <-got; s != "piped" {
		t.Errorf("the pipe read %q", s)
	}
	if info, err := os.Lstat(fifo); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced: %v %v", info, err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 7 { // real, .bak, link, later, sub-later, null, fifo
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("the folder holds %s", strings.Join(names, " "))
	}
}
