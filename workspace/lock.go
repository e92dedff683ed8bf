package workspace

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"time"
)

// A document open in a Glose window is locked, as LibreOffice locks its documents, so that a second
// window (or another person on a shared folder) is told instead of both saving over each other: a
// lock file ".~lock.NAME#" beside the document or, when its folder cannot be written, in the state
// directory (which only this user's windows see). The lock says who holds it; one whose process is
// gone (a crash) is ignored and replaced. A process number alone does not say the process is gone:
// the system gives the numbers of ended processes to new ones, so that after a crash the lock's
// number may belong to a browser started since, and the document would stay locked until it ends.
// The lock therefore also records when its process started (Boot, Start), where the system says.

// LockOwner says who holds a lock.
type LockOwner struct {
	User  string    `json:"user"`
	Host  string    `json:"host"`
	PID   int       `json:"pid"`
	Since time.Time `json:"since"`
	// Boot and Start tell the process from a later one given the same number: the id of the boot
	// it runs in (/proc/sys/kernel/random/boot_id) and its start in clock ticks after the boot
	// (/proc/PID/stat). Empty where the system does not say them (not Linux), and in the locks of
	// older versions of Glose.
	Boot  string `json:"boot,omitempty"`
	Start uint64 `json:"start,omitempty"`
}

// LockedError refuses to lock a document another live process holds.
type LockedError struct {
	Path  string
	Owner LockOwner
}

func (e *LockedError) Error() string {
	return fmt.Sprintf("%s is open in another Glose window (%s on %s, process %d, since %s)",
		e.Path, e.Owner.User, e.Owner.Host, e.Owner.PID, e.Owner.Since.Format(time.DateTime))
}

// Lock is a lock this process holds on a document.
type Lock struct {
	file string // the lock file
	me   LockOwner
}

// lockFiles returns the two places of a document's lock: beside it, and in the state directory. A
// symbolic link is followed, as saves follow it: a window opening the file by a link of another name
// must find the lock of a window that opened it by its own name.
func lockFiles(docPath string) []string {
	if real, err := resolveLinks(docPath); err == nil {
		docPath = real
	}
	files := []string{filepath.Join(filepath.Dir(docPath), ".~lock."+filepath.Base(docPath)+"#")}
	if dir, err := StateDir(); err == nil {
		files = append(files, filepath.Join(dir, "locks", fileKey(docPath, "")+".lock"))
	}
	return files
}

// AcquireLock locks the document at path for this process. It returns a *LockedError when another
// live process holds the lock; a lock left by a process of this host that no longer runs is taken
// over. A folder that cannot be written moves the lock to the state directory; an error there too
// is returned, and the document can still be opened unlocked.
func AcquireLock(path string) (*Lock, error) {
	me := currentOwner()
	files := lockFiles(path)
	for _, f := range files {
		if owner, ok := readLock(f); ok && !owner.same(me) && owner.alive() {
			return nil, &LockedError{Path: path, Owner: owner}
		}
	}
	return writeLocks(path, files, me)
}

// writeLocks writes me's lock of the document at path in the first of files that takes it.
func writeLocks(path string, files []string, me LockOwner) (*Lock, error) {
	data, err := json.Marshal(me)
	if err != nil {
		return nil, err
	}
	var first error
	for i, f := range files {
		if i > 0 { // the state directory's; never the document's folder (files[0]'s), which,
			_ = os.MkdirAll(filepath.Dir(f), 0o700) // deleted or moved while open, would come back empty
		}
		err := writeLock(f, data)
		if err == nil {
			return &Lock{file: f, me: me}, nil
		}
		if first == nil {
			first = err
		}
	}
	return nil, fmt.Errorf("locking %s: %w", path, first)
}

// TakeOverLock takes over the lock of the document at path that owner holds, when the user chose to:
// this host cannot tell whether a process of another host still runs (a shared folder), so a lock
// left there by a Glose that crashed, or by a computer that was switched off, would otherwise stay
// until someone removed it by hand. Only owner's lock is replaced: a lock another process has taken
// since the user was told (a *LockedError naming it) is not, nor a live one of this host.
func TakeOverLock(path string, owner LockOwner) (*Lock, error) {
	me := currentOwner()
	files := lockFiles(path)
	for _, f := range files {
		o, ok := readLock(f)
		switch {
		case !ok || o.same(me):
		case o.same(owner) && o.Since.Equal(owner.Since) && !o.OnThisHost():
			if err := os.Remove(f); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("taking over the lock of %s: %w", path, err)
			}
		case o.alive():
			return nil, &LockedError{Path: path, Owner: o}
		}
	}
	l, err := writeLocks(path, files, me)
	if err != nil {
		return nil, err
	}
	if !l.Held() { // another window wrote its own between our look and our write
		if o, ok := readLock(l.file); ok {
			return nil, &LockedError{Path: path, Owner: o}
		}
	}
	return l, nil
}

// writeLock creates the lock file f, replacing a stale one (AcquireLock checked it).
func writeLock(f string, data []byte) error {
	for range 2 {
		file, err := os.OpenFile(f, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			_ = os.Remove(f) // stale, or this process's own
			continue
		}
		if err != nil {
			return err
		}
		if _, err := file.Write(data); err != nil {
			file.Close()
			os.Remove(f)
			return err
		}
		return file.Close()
	}
	return fmt.Errorf("%s: %w", f, fs.ErrExist)
}

// readLock reads a lock file; ok is false when there is none, or it cannot be understood (which
// leaves it to be replaced).
func readLock(f string) (LockOwner, bool) {
	data, err := os.ReadFile(f)
	if err != nil {
		return LockOwner{}, false
	}
	var o LockOwner
	if json.Unmarshal(data, &o) != nil || o.PID <= 0 {
		return LockOwner{}, false
	}
	return o, true
}

// Held reports whether the lock file is still this process's: the file may have been removed, or
// replaced by a window that found this process gone.
func (l *Lock) Held() bool {
	if l == nil {
		return false
	}
	o, ok := readLock(l.file)
	return ok && o.same(l.me)
}

// KeepLock keeps a window's lock on the document at path while the window has it open for editing:
// it returns l when l still holds it, else takes the lock over when no other live process holds it,
// as when the window that held it has closed while this one, opened anyway, still edits the
// document; a third window is then told the document is open. It returns a *LockedError while
// another live process holds the lock. Of two windows taking it over at once, one gets it; the
// other gets a *LockedError naming it.
func KeepLock(path string, l *Lock) (*Lock, error) {
	if l.Held() {
		return l, nil
	}
	nl, err := AcquireLock(path)
	if err != nil {
		return nil, err
	}
	if !nl.Held() { // another window wrote its own between our look and our write
		if o, ok := readLock(nl.file); ok {
			return nil, &LockedError{Path: path, Owner: o}
		}
		return nil, fmt.Errorf("locking %s: %s: %w", path, nl.file, fs.ErrNotExist)
	}
	return nl, nil
}

// Release removes the lock, if it is still this process's (an "open anyway" elsewhere may have
// replaced it).
func (l *Lock) Release() {
	if l == nil {
		return
	}
	if l.Held() {
		_ = os.Remove(l.file)
	}
}

func currentOwner() LockOwner {
	o := LockOwner{PID: os.Getpid(), Since: time.Now().Truncate(time.Second)}
	o.Host, _ = os.Hostname()
	if p, ok := processStart(o.PID); ok {
		o.Boot, o.Start = p.boot, p.ticks
	}
	if u, err := user.Current(); err == nil {
		o.User = u.Username
	}
	return o
}

// alive reports whether the lock's process may still run: always for another host's (nothing
// here can tell: TakeOverLock lets the user decide), else whether a process of that number exists
// and is the one that took the lock.
func (o LockOwner) alive() bool {
	if !o.OnThisHost() {
		return true
	}
	return processExists(o.PID) && !o.numberReused()
}

// OnThisHost reports whether the lock was taken on this computer, which can then tell whether its
// process still runs; a lock of another host (a shared folder) is taken for live until the user
// takes it over (TakeOverLock).
func (o LockOwner) OnThisHost() bool {
	host, _ := os.Hostname()
	return o.Host == host
}

// same reports whether o and p are the locks of one process: the same number on the same host.
func (o LockOwner) same(p LockOwner) bool { return o.PID == p.PID && o.Host == p.Host }

// startSlack is how much later than the lock's Since (truncated to the second) the process of a lock
// without Start may seem to have started and still be the one that took it: the boot time the
// start is counted from is itself rounded to the second.
const startSlack = 2 * time.Second

// numberReused reports whether the lock's process number now belongs to another process than the one
// that took the lock: one of another boot, or started at another tick; for a lock that does not
// record its process's start, one started after the lock was taken. False where it cannot tell.
func (o LockOwner) numberReused() bool {
	now, ok := processStart(o.PID)
	switch {
	case !ok:
		return false
	case o.Boot != "" && o.Start != 0:
		return o.Boot != now.boot || o.Start != now.ticks
	case now.at.IsZero():
		return false
	}
	return now.at.After(o.Since.Add(startSlack))
}

// File returns the lock file.
func (l *Lock) File() string { return l.file }
