package workspace

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/glose-app/glose/annotate"
)

// accented is a document whose text has what breaks naive encodings: accents, « », emoji with a skin
// tone, a flag and a combining accent.
func accented(t *testing.T) *annotate.Document {
	t.Helper()
	d, _, err := LoadBytes("article.txt", []byte("« Le café est très bon 👍🏽 », a dit M. Lévesque. La France 🇫🇷 gagne.\n"))
	if err != nil {
		t.Fatal(err)
	}
	d.Segments[0].Target = "“The coffe\u0301e is very good 👍🏽,” said Mr Lévesque."
	return d
}

// TestAutosaveNeverBesideTheDocument: the autosave goes to the state directory, so that a document
// in a folder that cannot be written (a read-only disk, a full one) is protected all the same. The
// folder is made unwritable for the sidecar the old versions wrote there by a directory in the way,
// which stops root too.
func TestAutosaveNeverBesideTheDocument(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	dir := t.TempDir()
	path := filepath.Join(dir, "doc.json")
	d := accented(t)
	if err := Save(path, d); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
	for _, blocker := range legacySidecars(path, d.ID) {
		if err := os.MkdirAll(filepath.Join(blocker+".tmp", "x"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := Autosave(path, d); err != nil {
		t.Fatalf("autosave of a document whose folder takes no sidecar: %v", err)
	}
	side, ok := Recovery(path, d.ID)
	if !ok {
		t.Fatal("no recovery offered")
	}
	if state, _ := StateDir(); !strings.HasPrefix(side, state) {
		t.Errorf("sidecar %s, want it in the state directory %s", side, state)
	}
	rec, err := LoadRecovery(side)
	if err != nil || rec.Segments[0].Target != d.Segments[0].Target {
		t.Fatalf("recovered %v, %v", rec, err)
	}
	// The same file by another path (relative, through a link) has the same sidecar.
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(dir, link); err != nil {
		t.Fatal(err)
	}
	if other, _ := SidecarPath(filepath.Join(link, "doc.json"), d.ID); other != side {
		t.Errorf("through a link the sidecar is %s, want %s", other, side)
	}
	if err := DiscardAutosave(path, d.ID); err != nil {
		t.Fatal(err)
	}
	if _, ok := Recovery(path, d.ID); ok {
		t.Error("recovery still offered after discarding")
	}
}

// TestRecoveryFindsAnOldSidecar: an autosave left beside the document by an older version is still
// offered after the update, and the next autosave replaces it.
func TestRecoveryFindsAnOldSidecar(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	path := filepath.Join(t.TempDir(), "doc.json")
	d := accented(t)
	if err := Save(path, d); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
	legacy := legacySidecars(path, d.ID)[0]
	data, _ := annotate.Marshal(d)
	if err := os.WriteFile(legacy, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if side, ok := Recovery(path, d.ID); !ok || side != legacy {
		t.Fatalf("recovery %q %v, want the old sidecar %s", side, ok, legacy)
	}
	if err := Autosave(path, d); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(legacy); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the old sidecar is still there after an autosave: %v", err)
	}
}

// TestChangedLooksAtTheContent: a file touched without a change is the same version; one rewritten
// with the same size and time is not, unless only a quick look is asked for.
func TestChangedLooksAtTheContent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "doc.json")
	if err := os.WriteFile(path, []byte("« café » 👍🏽"), 0o644); err != nil {
		t.Fatal(err)
	}
	v, err := ReadVersion(path)
	if err != nil || !v.Exists {
		t.Fatal(v, err)
	}
	later := v.ModTime.Add(time.Minute)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	if changed, _, err := Changed(path, v, true); changed || err != nil {
		t.Errorf("touched only: changed %v, %v", changed, err)
	}
	if err := os.WriteFile(path, []byte("« thé! » 👍🏽"), 0o644); err != nil { // same length in bytes
		t.Fatal(err)
	}
	if err := os.Chtimes(path, v.ModTime, v.ModTime); err != nil {
		t.Fatal(err)
	}
	if changed, _, _ := Changed(path, v, false); !changed {
		t.Error("rewritten with the same size and time: not seen as changed")
	}
	if changed, _, _ := Changed(path, v, true); changed {
		t.Error("a quick look read the file")
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if changed, now, _ := Changed(path, v, true); !changed || now.Exists {
		t.Errorf("removed: changed %v, exists %v", changed, now.Exists)
	}
}

// TestSaveOverRefusesAChangedFile: saving over a file another program changed since it was read
// writes nothing and says so; without a version to check, it saves, and the other version can be kept as a copy first.
func TestSaveOverRefusesAChangedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "article.json")
	d := accented(t)
	v, err := SaveOver(path, d, Version{})
	if err != nil {
		t.Fatal(err)
	}
	theirs := []byte(strings.Replace(mustRead(t, path), "Lévesque", "Lévesque 🇫🇷 EXTERNAL", 1))
	if err := os.WriteFile(path, theirs, 0o644); err != nil {
		t.Fatal(err)
	}
	d.Segments[0].Target = "Mine."
	_, err = SaveOver(path, d, v)
	var conflict *ConflictError
	if !errors.As(err, &conflict) || conflict.Path != path {
		t.Fatalf("saving over a changed file: %v, want a ConflictError", err)
	}
	if mustRead(t, path) != string(theirs) {
		t.Fatal("the refused save wrote the file")
	}
	now := time.Date(2026, 11, 27, 9, 15, 0, 0, time.Local)
	copyPath, err := KeepCopy(path, "disk", nil, now)
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.TrimSuffix(path, ".json") + ".disk-20261127-091500.json"; copyPath != want {
		t.Errorf("copy %s, want %s", copyPath, want)
	}
	if mustRead(t, copyPath) != string(theirs) {
		t.Error("the copy does not hold the other version")
	}
	if second, err := KeepCopy(path, "disk", []byte("x"), now); err != nil || second == copyPath || mustRead(t, copyPath) != string(theirs) {
		t.Errorf("a second copy at the same second: %s, %v, or it replaced the first", second, err)
	}
	if _, err := SaveOver(path, d, Version{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(mustRead(t, path), "Mine.") {
		t.Error("the forced save did not write")
	}
	// Saving over its own last save is no conflict.
	v2, _ := ReadVersion(path)
	if _, err := SaveOver(path, d, v2); err != nil {
		t.Errorf("saving again: %v", err)
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestLockTellsAnotherWindow: a document locked by a live process of this host, or by any process of
// another host, is refused with who holds it; a lock left by a process that has ended is taken over;
// Release removes only this process's lock.
func TestLockTellsAnotherWindow(t *testing.T) {
	path := filepath.Join(t.TempDir(), "article 🇫🇷.json")
	if err := os.WriteFile(path, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := AcquireLock(path)
	if err != nil {
		t.Fatal(err)
	}
	beside := lockFiles(path)[0]
	if _, err := os.Stat(beside); err != nil {
		t.Fatalf("no lock beside the document: %v", err)
	}
	l.Release()
	if _, err := os.Stat(beside); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("the lock is still there after Release: %v", err)
	}

	host, _ := os.Hostname()
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip("cannot run true:", err)
	}
	zombie := exec.Command("true") // ended, not waited for: what kill -9 leaves until the parent waits
	if err := zombie.Start(); err != nil {
		t.Skip("cannot run true:", err)
	}
	defer zombie.Wait()
	if !becomesZombie(zombie.Process.Pid) {
		t.Skip("no zombie process to test with (no /proc)")
	}
	for _, c := range []struct {
		name   string
		owner  LockOwner
		locked bool
	}{
		{"a process killed but not waited for", LockOwner{User: "marie", Host: host, PID: zombie.Process.Pid}, false},
		{"a live process here", LockOwner{User: "marie", Host: host, PID: os.Getppid()}, true},
		{"another host", LockOwner{User: "marie", Host: host + "-other", PID: 1234567}, true},
		{"a process that has ended", LockOwner{User: "marie", Host: host, PID: dead.Process.Pid}, false},
	} {
		writeOwner(t, beside, c.owner)
		l, err := AcquireLock(path)
		var locked *LockedError
		switch {
		case c.locked && (!errors.As(err, &locked) || locked.Owner.User != "marie"):
			t.Errorf("%s: %v, want a LockedError naming marie", c.name, err)
		case !c.locked && err != nil:
			t.Errorf("%s: %v, want the stale lock taken over", c.name, err)
		case !c.locked:
			if o, _ := readLock(beside); o.PID != os.Getpid() {
				t.Errorf("%s: the lock is %+v, want this process's", c.name, o)
			}
			l.Release()
		}
		if c.locked {
			(&Lock{file: beside, me: currentOwner()}).Release() // not ours: stays
			if _, err := os.Stat(beside); err != nil {
				t.Errorf("%s: Release removed another process's lock", c.name)
			}
		}
	}
}

// TestLockInAFolderThatTakesNone: when the lock cannot be written beside the document, it goes to the
// state directory, where a second window of this user finds it.
func TestLockInAFolderThatTakesNone(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	path := filepath.Join(t.TempDir(), "doc.json")
	beside := lockFiles(path)[0]
	if err := os.MkdirAll(filepath.Join(beside, "in the way"), 0o755); err != nil { // stops root too
		t.Fatal(err)
	}
	l, err := AcquireLock(path)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	if state, _ := StateDir(); !strings.HasPrefix(l.file, state) {
		t.Errorf("lock %s, want it in the state directory", l.file)
	}
	host, _ := os.Hostname()
	writeOwner(t, l.file, LockOwner{User: "marie", Host: host, PID: os.Getppid()})
	if _, err := AcquireLock(path); err == nil {
		t.Error("the lock in the state directory was not seen")
	}
}

// becomesZombie waits until process pid has ended without being waited for; false when this system
// cannot show it (no /proc).
func becomesZombie(pid int) bool {
	for range 500 {
		data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil {
			return false
		}
		if i := strings.LastIndexByte(string(data), ')'); i >= 0 && strings.HasPrefix(string(data[i:]), ") Z") {
			return true
		}
		time.Sleep(10 * time.Millisecond)
	}
	return false
}

func writeOwner(t *testing.T, file string, o LockOwner) {
	t.Helper()
	// as an older Glose wrote it, without the process's start: the lock is as old as the test, so
	// that the process named, started before, may be the one that took it (see numberReused)
	since := time.Now().UTC().Format(time.RFC3339)
	data := []byte(`{"user":"` + o.User + `","host":"` + o.Host + `","pid":` + itoa(o.PID) + `,"since":"` + since + `"}`)
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestIOProblem: the causes of a failed write that a user can act on are told apart.
func TestIOProblem(t *testing.T) {
	for _, c := range []struct {
		err  error
		want Problem
	}{
		{&fs.PathError{Op: "open", Path: "/ro/doc.json", Err: syscall.EROFS}, ProblemReadOnly},
		{&fs.PathError{Op: "write", Path: "/full/doc.json", Err: syscall.ENOSPC}, ProblemDiskFull},
		{&fs.PathError{Op: "write", Path: "/q/doc.json", Err: syscall.EDQUOT}, ProblemQuota},
		{&fs.PathError{Op: "open", Path: "/x/doc.json", Err: syscall.EACCES}, ProblemDenied},
		{&fs.PathError{Op: "mkdir", Path: "/file/glose", Err: syscall.ENOTDIR}, ProblemNotFolder},
		{errors.New("something else"), ProblemOther},
	} {
		if got := IOProblem(c.err); got != c.want {
			t.Errorf("%v: %v, want %v", c.err, got, c.want)
		}
	}
	path := filepath.Join(t.TempDir(), "doc.json")
	if err := os.WriteFile(path, []byte("x"), 0o444); err != nil {
		t.Fatal(err)
	}
	if got := IOProblem(WriteAtomic(path, []byte("y"))); got != ProblemFileReadOnly {
		t.Errorf("a read-only file: %v", got)
	}
}

// BenchmarkReadVersion measures what opening and saving add to read a 3 MB document's version (the
// hash), and what the watcher's quick look every 2 s costs.
func BenchmarkReadVersion(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.json")
	if err := os.WriteFile(path, []byte(strings.Repeat("« Le café 👍🏽 » ", 3<<20/22)), 0o644); err != nil {
		b.Fatal(err)
	}
	v, _ := ReadVersion(path)
	b.Run("hash", func(b *testing.B) {
		for b.Loop() {
			if _, err := ReadVersion(path); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("quick", func(b *testing.B) {
		for b.Loop() {
			if changed, _, _ := Changed(path, v, true); changed {
				b.Fatal("changed")
			}
		}
	})
}

// TestSecondWindowAutosavesApart: a second window on a document autosaves to a sidecar of its own;
// the first window's save discards its own autosave only; after the second window's process ends,
// its autosave is offered and discarded like any other.
func TestSecondWindowAutosavesApart(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	path := filepath.Join(t.TempDir(), "article.json")
	d := accented(t)
	if err := Save(path, d); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
	first, second := *d, *d
	first.Title, second.Title = "first « 🇫🇷 »", "second 👍🏽"
	if err := Autosave(path, &first); err != nil {
		t.Fatal(err)
	}
	if err := AutosaveSecond(path, &second); err != nil {
		t.Fatal(err)
	}
	main, _ := SidecarPath(path, d.ID)
	own, _ := secondSidecar(path, d.ID, os.Getpid())
	if rec, err := LoadRecovery(main); err != nil || rec.Title != "first « 🇫🇷 »" {
		t.Fatalf("the second window replaced the first's autosave: %v, %v", rec, err)
	}
	// A live other process's second sidecar is neither offered nor discarded.
	live, _ := secondSidecar(path, d.ID, os.Getppid())
	if err := os.Rename(own, live); err != nil {
		t.Fatal(err)
	}
	if err := DiscardAutosave(path, d.ID); err != nil {
		t.Fatal(err)
	}
	if _, ok := Recovery(path, d.ID); ok {
		t.Error("a live window's autosave was offered for recovery")
	}
	if _, err := os.Stat(live); err != nil {
		t.Fatalf("discarding removed a live window's autosave: %v", err)
	}
	// This process's own second sidecar is: as after a crash and a new start in its place.
	if err := os.Rename(live, own); err != nil {
		t.Fatal(err)
	}
	side, ok := Recovery(path, d.ID)
	if !ok || side != own {
		t.Fatalf("recovery %q %v, want %s", side, ok, own)
	}
	if err := DiscardSecond(path, d.ID); err != nil {
		t.Fatal(err)
	}
	if _, ok := Recovery(path, d.ID); ok {
		t.Error("still offered after DiscardSecond")
	}
}

// TestKeepLockTakesOverFromAWindowThatClosed: a window that opened a document anyway holds no lock;
// when the window that held it closes, the lock goes with it and a third window would open the
// document untold. KeepLock, called at the window's periodic look, takes the lock over then, but
// never from a live process, and keeps a lock still held as it is.
func TestKeepLockTakesOverFromAWindowThatClosed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "article « été » 🇫🇷.json")
	if err := os.WriteFile(path, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	host, _ := os.Hostname()
	beside := lockFiles(path)[0]
	other := LockOwner{User: "marie", Host: host, PID: os.Getppid()}
	writeOwner(t, beside, other)
	var locked *LockedError
	if l, err := KeepLock(path, nil); l != nil || !errors.As(err, &locked) || locked.Owner.User != "marie" {
		t.Fatalf("with a live owner: %v, %v, want a LockedError naming marie", l, err)
	}
	if o, _ := readLock(beside); o != (LockOwner{User: "marie", Host: host, PID: os.Getppid(), Since: o.Since}) {
		t.Fatalf("the live owner's lock was replaced: %+v", o)
	}
	if err := os.Remove(beside); err != nil { // the owner quits
		t.Fatal(err)
	}
	l, err := KeepLock(path, nil)
	if err != nil || !l.Held() {
		t.Fatalf("after the owner quit: %v, %v, want the lock taken over", l, err)
	}
	if _, err := AcquireLock(path); err != nil { // this process's own: a window of it may open it
		t.Fatal(err)
	}
	if again, err := KeepLock(path, l); err != nil || again == nil || !again.Held() {
		t.Fatalf("a lock still held: %v, %v", again, err)
	}
	writeOwner(t, beside, other) // replaced by another window that took it over first
	if l.Held() {
		t.Error("Held after another process wrote its own lock")
	}
	if again, err := KeepLock(path, l); again != nil || !errors.As(err, &locked) {
		t.Errorf("taken over by a live process: %v, %v, want a LockedError", again, err)
	}
}
