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
