package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// The folder of an open document, deleted or moved by the user (mv project project-old), stayed
// gone: keeping the lock every two seconds made it again, empty but for the lock, and the next save
// then wrote the document into that copy. The lock goes to the state directory instead, so that
// another window is still told.
func TestKeepingALockDoesNotMakeAGoneFolderAgain(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "project")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "article.json")
	if err := os.WriteFile(path, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := AcquireLock(path)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	if err := os.Rename(dir, dir+"-old"); err != nil {
		t.Fatal(err)
	}
	l2, err := KeepLock(path, l)
	if err != nil {
		t.Fatalf("keeping the lock of a moved document: %v", err)
	}
	defer l2.Release()
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the moved folder %s is there again (%v)", dir, err)
	}
	if !l2.Held() || filepath.Dir(l2.File()) == dir {
		t.Errorf("the lock is %s (held: %v), want one in the state directory", l2.File(), l2.Held())
	}
}

// A document opened by a symbolic link of another name (article.json → projet/v3.json) is the same
// file: its lock is the one a window opening it by its own name takes, so that either window is told
// the other has it open, as saves through the link replace that file.
func TestLockFollowsASymbolicLink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "v3.json")
	if err := os.WriteFile(real, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "article.json")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	byName, err := AcquireLock(real)
	if err != nil {
		t.Fatal(err)
	}
	file := byName.File()
	byName.Release()
	byLink, err := AcquireLock(link)
	if err != nil {
		t.Fatal(err)
	}
	defer byLink.Release()
	if byLink.File() != file {
		t.Errorf("locked by the link in %s, by the name in %s", byLink.File(), file)
	}
}
