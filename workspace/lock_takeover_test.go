package workspace

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// writeRemote writes a lock of another host into file, as a Glose there wrote it, since since.
func writeRemote(t *testing.T, file, user, host string, pid int, since time.Time) LockOwner {
	t.Helper()
	o := LockOwner{User: user, Host: host, PID: pid, Since: since.Truncate(time.Second)}
	data, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return o
}

// TestTakeOverLockOfAnotherHost: a lock left in a shared folder by another computer, which this one
// cannot check, is refused with who holds it and since when, and is not a lock of this host; taking
// it over, as the user chose, makes it this process's, and Release removes it.
func TestTakeOverLockOfAnotherHost(t *testing.T) {
	path := filepath.Join(t.TempDir(), "article « été » 🇫🇷.json")
	if err := os.WriteFile(path, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	host, _ := os.Hostname()
	beside := lockFiles(path)[0]
	writeRemote(t, beside, "marie", host+"-bureau", 4242, time.Now().Add(-72*time.Hour))

	_, err := AcquireLock(path)
	var locked *LockedError
	if !errors.As(err, &locked) || locked.Owner.User != "marie" || locked.Owner.OnThisHost() {
		t.Fatalf("a lock of another host: %v, want a LockedError naming marie on another host", err)
	}
	if time.Since(locked.Owner.Since) < 71*time.Hour {
		t.Errorf("the lock is since %v, want three days ago", locked.Owner.Since)
	}
	l, err := TakeOverLock(path, locked.Owner)
	if err != nil || !l.Held() {
		t.Fatalf("taking it over: %v, %v", l, err)
	}
	if o, _ := readLock(beside); o.PID != os.Getpid() || !o.OnThisHost() {
		t.Errorf("after taking it over, the lock is %+v, want this process's", o)
	}
	if _, err := AcquireLock(path); err != nil { // this process's own: a window of it may open it
		t.Errorf("the lock taken over refuses this process: %v", err)
	}
	l.Release()
	if _, err := os.Stat(beside); err == nil {
		t.Error("the lock taken over stayed after Release")
	}
}

// TestTakeOverLockOnlyTheOneShown: the user took over the lock they were shown; if another window
// has locked the document since (another person on the shared folder, or a live window of this
// host), its lock stays and TakeOverLock names its holder.
func TestTakeOverLockOnlyTheOneShown(t *testing.T) {
	path := filepath.Join(t.TempDir(), "doc.json")
	if err := os.WriteFile(path, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	host, _ := os.Hostname()
	beside := lockFiles(path)[0]
	shown := writeRemote(t, beside, "marie", host+"-bureau", 4242, time.Now().Add(-time.Hour))
	for _, c := range []struct {
		name  string
		owner LockOwner
	}{
		{"another host's", LockOwner{User: "paul", Host: host + "-portable", PID: 77, Since: time.Now().Truncate(time.Second)}},
		{"the same window, locked again", LockOwner{User: "marie", Host: shown.Host, PID: shown.PID, Since: shown.Since.Add(time.Minute)}},
		{"a live window here", LockOwner{User: "paul", Host: host, PID: os.Getppid(), Since: time.Now().Truncate(time.Second)}},
	} {
		now := writeRemote(t, beside, c.owner.User, c.owner.Host, c.owner.PID, c.owner.Since)
		l, err := TakeOverLock(path, shown)
		var locked *LockedError
		if l != nil || !errors.As(err, &locked) || !sameLock(locked.Owner, now) {
			t.Errorf("%s: %v, %v, want a LockedError naming %+v", c.name, l, err, now)
		}
		if o, _ := readLock(beside); !sameLock(o, now) {
			t.Errorf("%s: the lock is now %+v, want it kept", c.name, o)
		}
	}
}

// TestLockOfAnotherHostWithThisNumber: a lock of another computer whose process has this process's
// number is not this process's own, which AcquireLock would replace untold.
func TestLockOfAnotherHostWithThisNumber(t *testing.T) {
	path := filepath.Join(t.TempDir(), "doc.json")
	if err := os.WriteFile(path, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	host, _ := os.Hostname()
	beside := lockFiles(path)[0]
	writeRemote(t, beside, "marie", host+"-bureau", os.Getpid(), time.Now())
	var locked *LockedError
	if _, err := AcquireLock(path); !errors.As(err, &locked) {
		t.Fatalf("%v, want a LockedError", err)
	}
	if o, _ := readLock(beside); o.User != "marie" {
		t.Errorf("the other host's lock was replaced: %+v", o)
	}
}

// sameLock reports whether two locks say the same, their times compared as instants.
func sameLock(a, b LockOwner) bool {
	return a.User == b.User && a.Host == b.Host && a.PID == b.PID && a.Since.Equal(b.Since)
}
