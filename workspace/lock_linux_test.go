package workspace

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestLockRecordsItsProcessStart: a lock says when its process started, which tells it from a later
// process given the same number.
func TestLockRecordsItsProcessStart(t *testing.T) {
	me, ok := processStart(os.Getpid())
	if !ok {
		t.Skip("no /proc to read a process's start from")
	}
	path := filepath.Join(t.TempDir(), "« Lavrov » 👍🏽.json")
	l, err := AcquireLock(path)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	o, _ := readLock(l.File())
	if o.Boot == "" || o.Boot != me.boot || o.Start != me.ticks {
		t.Errorf("the lock records boot %q, start %d; want %q, %d", o.Boot, o.Start, me.boot, me.ticks)
	}
	if d := time.Since(me.at); d < 0 || d > time.Hour {
		t.Errorf("this test started %v ago, by /proc", d)
	}
}

// TestLockOfANumberGivenToAnotherProcess: after a crash, the system may give the lock's process number
// to a process started since; the lock is then stale. A real running process stands for that later
// process, and locks that record another start (or another boot, or, written by an older Glose with
// no start, a time before the process started) stand for the crashed one.
func TestLockOfANumberGivenToAnotherProcess(t *testing.T) {
	sleeper := exec.Command("sleep", "60")
	if err := sleeper.Start(); err != nil {
		t.Skip("cannot run sleep:", err)
	}
	defer func() { _ = sleeper.Process.Kill(); _ = sleeper.Wait() }()
	pid := sleeper.Process.Pid
	p, ok := processStart(pid)
	if !ok {
		t.Skip("no /proc to read a process's start from")
	}
	host, _ := os.Hostname()
	started := p.at.Truncate(time.Second)
	for _, c := range []struct {
		name   string
		owner  LockOwner
		locked bool
	}{
		{"the process that took it", LockOwner{Boot: p.boot, Start: p.ticks, Since: started}, true},
		{"a process started a tick earlier", LockOwner{Boot: p.boot, Start: p.ticks - 1, Since: started}, false},
		{"a process of another boot", LockOwner{Boot: "0d348c75-29b0-4a4a-9317-000000000000", Start: p.ticks, Since: started}, false},
		{"an older Glose's lock, taken an hour before the process started", LockOwner{Since: started.Add(-time.Hour)}, false},
		{"an older Glose's lock, taken since the process started", LockOwner{Since: started}, true},
		{"another host's, whatever its start", LockOwner{Host: host + "-other", Boot: p.boot, Start: p.ticks - 1}, true},
	} {
		o := c.owner
		o.User, o.PID = "marie", pid
		if o.Host == "" {
			o.Host = host
		}
		if got := o.alive(); got != c.locked {
			t.Errorf("%s: alive = %v, want %v", c.name, got, c.locked)
		}
	}

	// Through AcquireLock: the stale lock is taken over, the live one refused.
	path := filepath.Join(t.TempDir(), "article é.json")
	beside := lockFiles(path)[0]
	writeOwnerJSON(t, beside, LockOwner{User: "marie", Host: host, PID: pid, Since: started, Boot: p.boot, Start: p.ticks - 1})
	l, err := AcquireLock(path)
	if err != nil {
		t.Fatalf("a lock whose number went to a later process: %v, want it taken over", err)
	}
	if o, _ := readLock(beside); o.PID != os.Getpid() {
		t.Errorf("the lock is %+v, want this process's", o)
	}
	l.Release()
	live := LockOwner{User: "marie", Host: host, PID: pid, Since: started, Boot: p.boot, Start: p.ticks}
	writeOwnerJSON(t, beside, live)
	var locked *LockedError
	if _, err := AcquireLock(path); !errors.As(err, &locked) || locked.Owner.PID != pid {
		t.Errorf("a lock of a live process: %v, want a LockedError", err)
	}
}

func writeOwnerJSON(t *testing.T, file string, o LockOwner) {
	t.Helper()
	data, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkLockAlive measures the look at a lock of a live process of this host, which now reads
// when the process started.
func BenchmarkLockAlive(b *testing.B) {
	host, _ := os.Hostname()
	p, _ := processStart(os.Getppid())
	o := LockOwner{User: "marie", Host: host, PID: os.Getppid(), Since: time.Now(), Boot: p.boot, Start: p.ticks}
	for b.Loop() {
		if !o.alive() {
			b.Fatal("the parent process is not alive")
		}
	}
}

// TestRecoveryLeavesALiveWindowsAutosave: a window opened anyway on a document another window holds
// was offered that window's autosave as a crash's, while the window was still open with the changes.
// A real running process holds the lock here, as the other window does: its autosave is not offered
// but reported as another window's unsaved changes, until the process ends, when it is offered.
func TestRecoveryLeavesALiveWindowsAutosave(t *testing.T) {
	sleeper := exec.Command("sleep", "60")
	if err := sleeper.Start(); err != nil {
		t.Skip("cannot run sleep:", err)
	}
	defer func() { _ = sleeper.Process.Kill(); _ = sleeper.Wait() }()
	p, ok := processStart(sleeper.Process.Pid)
	if !ok {
		t.Skip("no /proc to read a process's start from")
	}
	path := filepath.Join(t.TempDir(), "« Lavrov » café\u0301 👍🏽.json")
	d := accented(t)
	if err := Save(path, d); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
	theirs := *d
	theirs.Title = "the other window's « 🇫🇷 »"
	if err := Autosave(path, &theirs); err != nil {
		t.Fatal(err)
	}
	me := currentOwner()
	holder := LockOwner{User: me.User, Host: me.Host, PID: sleeper.Process.Pid, Since: me.Since, Boot: p.boot, Start: p.ticks}
	writeOwnerJSON(t, lockFiles(path)[0], holder)

	if side, ok := Recovery(path, d.ID); ok {
		t.Errorf("the live window's autosave %s was offered for recovery", side)
	}
	if !OtherWindowUnsaved(path, d.ID) {
		t.Error("the live window's unsaved changes were not reported")
	}

	// A lock taken after the autosave was written is a window's that took it over from a crashed
	// one (it autosaves apart): the autosave is the crashed window's.
	takenOver := holder
	takenOver.Since = time.Now().Add(time.Minute).Truncate(time.Second)
	writeOwnerJSON(t, lockFiles(path)[0], takenOver)
	if _, ok := Recovery(path, d.ID); !ok || OtherWindowUnsaved(path, d.ID) {
		t.Errorf("a lock taken over after the autosave: recovery %v, other window %v; want offered", ok, OtherWindowUnsaved(path, d.ID))
	}

	// Another host's lock says nothing of the autosave in this user's state directory.
	other := holder
	other.Host += "-other"
	writeOwnerJSON(t, lockFiles(path)[0], other)
	if _, ok := Recovery(path, d.ID); !ok || OtherWindowUnsaved(path, d.ID) {
		t.Errorf("another host's lock: recovery %v, other window %v; want offered", ok, OtherWindowUnsaved(path, d.ID))
	}

	// A live second window's autosave likewise; once its process ends, both are offered.
	writeOwnerJSON(t, lockFiles(path)[0], holder)
	second, _ := secondSidecar(path, d.ID, sleeper.Process.Pid)
	if err := writeSidecar(second, []byte("{}")); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(second, later, later); err != nil {
		t.Fatal(err)
	}
	main, _ := SidecarPath(path, d.ID)
	if err := os.Remove(main); err != nil {
		t.Fatal(err)
	}
	if _, ok := Recovery(path, d.ID); ok || !OtherWindowUnsaved(path, d.ID) {
		t.Errorf("a live second window's autosave: recovery %v, other window %v", ok, OtherWindowUnsaved(path, d.ID))
	}
	if err := Autosave(path, &theirs); err != nil {
		t.Fatal(err)
	}
	_ = sleeper.Process.Kill()
	_ = sleeper.Wait()
	if side, ok := Recovery(path, d.ID); !ok || side != second {
		t.Errorf("the window ended: recovery %q %v, want its newest autosave %s", side, ok, second)
	}
	if err := os.Remove(second); err != nil {
		t.Fatal(err)
	}
	side, ok := Recovery(path, d.ID)
	if !ok || side != main || OtherWindowUnsaved(path, d.ID) {
		t.Errorf("the window ended: recovery %q %v (other window %v), want %s", side, ok, OtherWindowUnsaved(path, d.ID), main)
	}
	if rec, err := LoadRecovery(side); err != nil || rec.Title != theirs.Title {
		t.Errorf("recovered %v, %v", rec, err)
	}
}
