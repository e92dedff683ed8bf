package app

import (
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/glose-app/glose/workspace"
)

// TestOpenAnywayLeavesTheLiveWindowsAutosave is QA17's case: window 1 has unsaved changes of a
// document, autosaved; window 2 opens it anyway and was asked whether to recover them as if Glose
// had been closed, which would have put the same work in both windows. A real running process holds
// the lock, as window 1 does. Window 2 now opens the file as saved and says on its status line that
// another window has unsaved changes; once that process has ended, the autosave is offered.
func TestOpenAnywayLeavesTheLiveWindowsAutosave(t *testing.T) {
	other := exec.Command("sleep", "60")
	if err := other.Start(); err != nil {
		t.Skip("cannot run sleep:", err)
	}
	defer func() { _ = other.Process.Kill(); _ = other.Wait() }()
	path := savedDoc(t)
	keepStateHome(t)
	host, _ := os.Hostname()
	me, err := user.Current()
	must(t, err)
	must(t, os.WriteFile(filepath.Join(filepath.Dir(path), ".~lock.article.json#"),
		[]byte(`{"user":"`+me.Username+`","host":"`+host+`","pid":`+strconv.Itoa(other.Process.Pid)+`,"since":"`+lockedNow()+`"}`), 0o644))
	d, _, err := workspace.Load(path)
	must(t, err)
	d.Segments[2].Target = "Window 1's unsaved « 🇫🇷 » café\u0301 👍🏽."
	must(t, workspace.Autosave(path, d))

	ui, asked := newTestUI(t, nil, true)
	answerChoose(ui, 1) // Open anyway
	ui.Open(path)
	if slices.Contains(*asked, "Recover unsaved changes") || ui.doc.Segments[2].Target == d.Segments[2].Target || ui.dirty {
		t.Fatalf("window 2 was offered window 1's live autosave: asked %q, segment 3 %q", *asked, ui.doc.Segments[2].Target)
	}
	if want := "Another open Glose window has unsaved changes to “article.json”."; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	side, _ := workspace.SidecarPath(path, d.ID)
	if _, err := os.Stat(side); err != nil {
		t.Fatalf("window 1's autosave is gone: %v", err)
	}

	// Window 1 crashes: its autosave is offered. The window that recovers it writes it again at once:
	// older than that window's lock, it would be taken for a crashed window's and offered to the next
	// window opened anyway.
	_ = other.Process.Kill()
	_ = other.Wait()
	old := time.Now().Add(-time.Minute)
	must(t, os.Chtimes(side, old, old))
	again, asked := newTestUI(t, nil, true)
	again.Open(path)
	if !slices.Contains(*asked, "Recover unsaved changes") || again.doc.Segments[2].Target != d.Segments[2].Target {
		t.Errorf("window 1 ended: asked %q, segment 3 %q", *asked, again.doc.Segments[2].Target)
	}
	if si, err := os.Stat(side); err != nil || si.ModTime().Before(old.Add(time.Second)) {
		t.Errorf("the autosave recovered was not written again: %v", err)
	}
}
