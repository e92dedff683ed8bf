package workspace

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestPruneStaleKeepsUnsavedWork: a second window's autosave judged stale (the document was saved
// after it) was never offered and never removed. PruneStale removes it when it holds the document
// as saved, and keeps one that differs: it may be a crashed window's unsaved work.
func TestPruneStaleKeepsUnsavedWork(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	path := filepath.Join(t.TempDir(), "article « été » 🇫🇷.json")
	d := accented(t)
	if err := Save(path, d); err != nil {
		t.Fatal(err)
	}
	same, differs := *d, *d
	differs.Title = "unsaved 👍🏽 Noe\u0308l"
	if err := AutosaveSecond(path, &same); err != nil {
		t.Fatal(err)
	}
	ended := endedPID(t)
	own, _ := secondSidecar(path, d.ID, os.Getpid())
	sameSide, _ := secondSidecar(path, d.ID, ended)
	must(t, os.Rename(own, sameSide))
	if err := Autosave(path, &differs); err != nil {
		t.Fatal(err)
	}
	main, _ := SidecarPath(path, d.ID)
	later := time.Now().Add(time.Minute) // the document saved after both autosaves
	must(t, os.Chtimes(path, later, later))
	if _, ok := Recovery(path, d.ID); ok {
		t.Fatal("stale autosaves offered")
	}
	if n := PruneStale(path, d.ID); n != 1 {
		t.Errorf("PruneStale removed %d, want 1", n)
	}
	if _, err := os.Stat(sameSide); !os.IsNotExist(err) {
		t.Errorf("the autosave holding the saved document stayed: %v", err)
	}
	if rec, err := LoadRecovery(main); err != nil || rec.Title != differs.Title {
		t.Errorf("the autosave holding other work was removed: %v, %v", rec, err)
	}
}

// TestPruneAutosavesOfDocumentsGone: autosaves older than a month whose document is gone go, with
// their path record; a recent one, or one of a document still there, stays whatever its age.
func TestPruneAutosavesOfDocumentsGone(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	dir := t.TempDir()
	d := accented(t)
	paths := map[string]string{}
	for _, name := range []string{"gone old.json", "gone recent.json", "kept old « é ».json"} {
		p := filepath.Join(dir, name)
		must(t, Save(p, d))
		must(t, Autosave(p, d))
		side, _ := SidecarPath(p, d.ID)
		paths[name] = side
	}
	now := time.Now()
	old := now.Add(-AutosaveMaxAge - time.Hour)
	must(t, os.Chtimes(paths["gone old.json"], old, old))
	must(t, os.Chtimes(paths["kept old « é ».json"], old, old))
	must(t, os.Remove(filepath.Join(dir, "gone old.json")))
	must(t, os.Remove(filepath.Join(dir, "gone recent.json")))
	if n := PruneAutosaves(AutosaveMaxAge, now); n != 1 {
		t.Errorf("removed %d, want 1", n)
	}
	for name, want := range map[string]bool{"gone old.json": false, "gone recent.json": true, "kept old « é ».json": true} {
		if _, err := os.Stat(paths[name]); (err == nil) != want {
			t.Errorf("%s: autosave there %v, want %v", name, err == nil, want)
		}
	}
	adir, _ := AutosaveDir()
	if _, err := os.Stat(pathRecord(adir, sidecarKey(filepath.Base(paths["gone old.json"])))); !os.IsNotExist(err) {
		t.Errorf("the path record of a pruned autosave stayed: %v", err)
	}
}

// endedPID returns the number of a process that has ended.
func endedPID(t *testing.T) int {
	t.Helper()
	for pid := 4_000_000; pid > 3_000_000; pid -= 7919 {
		if !processExists(pid) {
			return pid
		}
	}
	t.Skip("no free process number")
	return 0
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestPruneKeepsAutosavesOfAFolderGone: a document whose whole folder is gone may be on a drive not
// mounted or a share offline, so its old autosave stays.
func TestPruneKeepsAutosavesOfAFolderGone(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	dir := filepath.Join(t.TempDir(), "clé USB")
	must(t, os.Mkdir(dir, 0o755))
	p := filepath.Join(dir, "article « é ».json")
	d := accented(t)
	must(t, Save(p, d))
	must(t, Autosave(p, d))
	side, _ := SidecarPath(p, d.ID)
	old := time.Now().Add(-AutosaveMaxAge - time.Hour)
	must(t, os.Chtimes(side, old, old))
	must(t, os.RemoveAll(dir))
	if n := PruneAutosaves(AutosaveMaxAge, time.Now()); n != 0 {
		t.Errorf("removed %d, want 0", n)
	}
	if _, err := os.Stat(side); err != nil {
		t.Errorf("the autosave of a document whose folder is gone was removed: %v", err)
	}
}
