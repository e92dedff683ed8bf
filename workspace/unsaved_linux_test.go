package workspace

import (
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestListUnsavedLeavesLiveWindows: work another running Glose has open is not offered, whether its
// document has a file (the lock says who holds it) or none (the owner record its autosave writes);
// once that Glose has ended (a crash: its records stay behind) the work is offered.
func TestListUnsavedLeavesLiveWindows(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	sleeper := exec.Command("sleep", "60")
	if err := sleeper.Start(); err != nil {
		t.Skip("cannot run sleep:", err)
	}
	defer func() { _ = sleeper.Process.Kill(); _ = sleeper.Wait() }()
	p, ok := processStart(sleeper.Process.Pid)
	if !ok {
		t.Skip("no /proc to read a process's start from")
	}
	me := currentOwner()
	other := LockOwner{User: me.User, Host: me.Host, PID: sleeper.Process.Pid, Since: time.Now().Add(-time.Hour), Boot: p.boot, Start: p.ticks}

	d := accented(t)
	must(t, Autosave("", d))
	side, _ := SidecarPath("", AutosaveID(d))
	path := filepath.Join(t.TempDir(), "article « é ».json")
	must(t, Save(path, d))
	setTimes(t, path, time.Hour)
	must(t, Autosave(path, d))
	if n := len(ListUnsaved()); n != 2 {
		t.Fatalf("listed %d, want both works of this process", n)
	}

	writeOwnerJSON(t, ownerRecord(filepath.Dir(side), sidecarKey(filepath.Base(side))), other)
	writeOwnerJSON(t, lockFiles(path)[0], other)
	if got := ListUnsaved(); len(got) != 0 {
		t.Errorf("offered the work of a Glose still running: %+v", got)
	}

	_ = sleeper.Process.Kill()
	_ = sleeper.Wait()
	if got := ListUnsaved(); len(got) != 2 {
		t.Errorf("the other Glose ended: listed %+v, want both works", got)
	}
}
