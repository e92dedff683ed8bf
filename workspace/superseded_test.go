package workspace

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestSupersededAutosaveIsOffered: Glose crashed with unsaved work, then another program saved the
// document's file (a colleague's Glose, a git checkout). The autosave is older than the file but holds
// work it lacks: it is found, and listed among the unsaved work saying the file changed since, where
// it used to be kept and never offered. An autosave holding the file's own document is not offered,
// and goes when the autosaves are pruned.
func TestSupersededAutosaveIsOffered(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	path := filepath.Join(t.TempDir(), "article « été ».json")
	d := accented(t)
	must(t, Save(path, d))
	crashed := *d
	crashed.Segments = append(crashed.Segments[:0:0], d.Segments...)
	seg := *crashed.Segments[0]
	seg.Target = "précieux travail 😀"
	crashed.Segments[0] = &seg
	must(t, Autosave(path, &crashed))
	side, _ := SidecarPath(path, d.ID)
	earlier := time.Now().Add(-time.Minute)
	must(t, os.Chtimes(side, earlier, earlier))
	other := *d
	other.Title = "titre changé par un collègue"
	must(t, Save(path, &other)) // the file is now newer than the autosave

	if _, ok := Recovery(path, d.ID); ok {
		t.Fatal("Recovery offers an autosave older than the file")
	}
	got, ok := Superseded(path, d.ID)
	if !ok || got != side {
		t.Fatalf("Superseded = %q, %v; want %q", got, ok, side)
	}
	if rec, err := LoadRecovery(got); err != nil || rec.Segments[0].Target != seg.Target {
		t.Fatalf("recovered %v, %v", rec, err)
	}
	if !FileNewerThan(path, got) {
		t.Error("FileNewerThan says the file is older than the autosave")
	}
	listed := ListUnsaved()
	if len(listed) != 1 || listed[0].Sidecar != side || !listed[0].FileChanged {
		t.Fatalf("ListUnsaved = %+v, want the autosave, its file changed", listed)
	}

	must(t, Autosave(path, &other)) // holds the file's document: nothing to offer
	must(t, os.Chtimes(side, earlier, earlier))
	if got, ok := Superseded(path, d.ID); ok {
		t.Errorf("Superseded offers %s, which holds the file's document", got)
	}
	if n := PruneStale(path, d.ID); n != 1 {
		t.Errorf("PruneStale removed %d", n)
	}
	if _, err := os.Stat(side); !os.IsNotExist(err) {
		t.Errorf("the autosave holding the file's document stayed: %v", err)
	}
}
