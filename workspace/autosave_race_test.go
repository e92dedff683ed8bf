package workspace

import (
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"
)

// TestPruneStaleSparesAnAutosaveWrittenMeanwhile: PruneStale reads an old autosave holding the saved
// document while the window that has the document open writes its new autosave, holding typed work,
// in its place (the timer, or the last write when the app is told to end). The new one must stay:
// PruneStale removes only the file it compared.
func TestPruneStaleSparesAnAutosaveWrittenMeanwhile(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	path := filepath.Join(t.TempDir(), "dépêche « été » 🇫🇷.json")
	d := accented(t)
	must(t, Save(path, d))
	must(t, Autosave(path, d)) // holds nothing the file lacks
	side, _ := SidecarPath(path, d.ID)
	old := time.Now().Add(-time.Hour)
	must(t, os.Chtimes(side, old, old))

	typed := *d
	typed.Segments = append(typed.Segments[:0:0], d.Segments...)
	seg := *typed.Segments[0]
	seg.Target = "Typed while it was compared 👍🏽 Noe\u0308l"
	typed.Segments[0] = &seg
	pruneStale(path, d.ID, func(string) {
		if err := Autosave(path, &typed); err != nil {
			t.Error(err)
		}
	})
	got, err := LoadRecovery(side)
	if err != nil {
		t.Fatalf("the autosave written while PruneStale compared the old one is gone: %v", err)
	}
	if got.Segments[0].Target != seg.Target {
		t.Errorf("the autosave holds %q, want the typed %q", got.Segments[0].Target, seg.Target)
	}
	if rec, ok := Recovery(path, d.ID); !ok || rec != side {
		t.Errorf("Recovery = %q, %v: the typed work is not offered", rec, ok)
	}
	adir, _ := AutosaveDir()
	if _, err := os.Stat(pathRecord(adir, fileKey(path, d.ID))); err != nil {
		t.Errorf("the path record of the autosave kept went: %v", err)
	}
}

// TestPruneStaleRemovesOnlyWhatItCompared: an old autosave holding other work than the file (a
// crashed window's) stays in its place, with its time, after PruneStale looked at it.
func TestPruneStaleRemovesOnlyWhatItCompared(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	path := filepath.Join(t.TempDir(), "article « é ».json")
	d := accented(t)
	must(t, Save(path, d))
	other := *d
	other.Title = "unsaved 🇫🇷 titre"
	must(t, Autosave(path, &other))
	side, _ := SidecarPath(path, d.ID)
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	must(t, os.Chtimes(side, old, old))
	if n := PruneStale(path, d.ID); n != 0 {
		t.Errorf("PruneStale removed %d, want 0", n)
	}
	si, err := os.Stat(side)
	if err != nil || !si.ModTime().Equal(old) {
		t.Fatalf("the autosave holding other work moved: %v, %v", si, err)
	}
	if left, _ := filepath.Glob(side + ".*"); len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
}

// TestConcurrentAutosavesStayInTheStateDirectory: two writers of one sidecar at once (two processes
// on one document, or a last write while the timer's is under way) each write through a file of
// their own. With one shared temporary name one writer's rename failed, and Autosave then moved the
// autosave beside the document and removed the one in the state directory.
func TestConcurrentAutosavesStayInTheStateDirectory(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	dir := t.TempDir()
	path := filepath.Join(dir, "article « é » 👍🏽.json")
	d := accented(t)
	must(t, Save(path, d))
	side, _ := SidecarPath(path, d.ID)
	for round := range 30 {
		var wg sync.WaitGroup
		errs := make([]error, 4)
		for w := range errs {
			wg.Go(func() {
				c := *d
				c.Title = "round " + strconv.Itoa(round) + " writer " + strconv.Itoa(w)
				errs[w] = Autosave(path, &c)
			})
		}
		wg.Wait()
		for w, err := range errs {
			if err != nil {
				t.Fatalf("round %d, writer %d: %v", round, w, err)
			}
		}
		if _, err := os.Stat(side); err != nil {
			t.Fatalf("round %d: the autosave is not in the state directory: %v", round, err)
		}
		if beside := legacySidecars(path, d.ID)[0]; fileExists(beside) {
			t.Fatalf("round %d: the autosave went beside the document, %s", round, beside)
		}
	}
	if left, _ := filepath.Glob(side + ".*"); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestPathRecordGoesWithTheLastAutosave: the .path file beside a document's autosaves goes when the
// last of them does (a save, a declined recovery, a second window's discard, PruneStale), and stays
// while another window's autosave of the document is left.
func TestPathRecordGoesWithTheLastAutosave(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	path := filepath.Join(t.TempDir(), "dépêche « été » 🇫🇷.json")
	d := accented(t)
	must(t, Save(path, d))
	adir, _ := AutosaveDir()
	rec := pathRecord(adir, fileKey(path, d.ID))

	must(t, Autosave(path, d))
	must(t, DiscardAutosave(path, d.ID))
	if fileExists(rec) {
		t.Error("the path record stayed after the document's autosave was discarded (a save)")
	}

	// A live second window's autosave keeps the record after this window's goes.
	must(t, Autosave(path, d))
	must(t, AutosaveSecond(path, d))
	own, _ := secondSidecar(path, d.ID, os.Getpid())
	live, _ := secondSidecar(path, d.ID, os.Getppid())
	must(t, os.Rename(own, live))
	must(t, DiscardAutosave(path, d.ID))
	if !fileExists(rec) {
		t.Error("the path record went while another window's autosave is left")
	}
	must(t, os.Rename(live, own))
	must(t, DiscardSecond(path, d.ID))
	if fileExists(rec) {
		t.Error("the path record stayed after the second window's autosave was discarded")
	}

	must(t, AutosaveSecond(path, d))
	must(t, RemoveAutosave(own))
	if fileExists(rec) {
		t.Error("the path record stayed after a recovered autosave was removed")
	}

	must(t, Autosave(path, d))
	side, _ := SidecarPath(path, d.ID)
	later := time.Now().Add(time.Minute)
	must(t, os.Chtimes(path, later, later))
	if n := PruneStale(path, d.ID); n != 1 {
		t.Fatalf("PruneStale removed %d, want 1", n)
	}
	if fileExists(side) || fileExists(rec) {
		t.Errorf("after PruneStale: autosave there %v, record there %v", fileExists(side), fileExists(rec))
	}
}

// TestPruneAutosavesTidiesLeftovers: at start, path records whose autosaves are all gone (left by
// versions that did not remove them) go, as do temporary files an hour old; one of a document with
// an autosave, and a recent temporary file (a write under way), stay. An autosave PruneStale had
// taken aside when its process was killed goes back to its name.
func TestPruneAutosavesTidiesLeftovers(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	dir := t.TempDir()
	d := accented(t)
	orphan, kept := filepath.Join(dir, "sauvé « é ».json"), filepath.Join(dir, "gardé 👍🏽.json")
	for _, p := range []string{orphan, kept} {
		must(t, Save(p, d))
		must(t, Autosave(p, d))
	}
	adir, _ := AutosaveDir()
	orphanSide, _ := SidecarPath(orphan, d.ID)
	must(t, os.Remove(orphanSide)) // as versions before this one did on a save
	keptSide, _ := SidecarPath(kept, d.ID)
	now := time.Now()
	oldTmp, newTmp := keptSide+".123.tmp", keptSide+".456.tmp"
	legacyTmp := keptSide + ".tmp"
	for _, f := range []string{oldTmp, newTmp, legacyTmp} {
		must(t, os.WriteFile(f, []byte("{"), 0o600))
	}
	hourAgo := now.Add(-2 * time.Hour)
	must(t, os.Chtimes(oldTmp, hourAgo, hourAgo))
	must(t, os.Chtimes(legacyTmp, hourAgo, hourAgo))
	aside := keptSide + ".pruning" + strconv.Itoa(endedPID(t))
	must(t, os.Rename(keptSide, aside))

	PruneAutosaves(AutosaveMaxAge, now)
	for f, want := range map[string]bool{
		pathRecord(adir, fileKey(orphan, d.ID)): false,
		pathRecord(adir, fileKey(kept, d.ID)):   true,
		oldTmp:                                  false,
		legacyTmp:                               false,
		newTmp:                                  true,
		keptSide:                                true,
		aside:                                   false,
	} {
		if fileExists(f) != want {
			t.Errorf("%s: there %v, want %v", filepath.Base(f), !want, want)
		}
	}
}

func fileExists(f string) bool {
	_, err := os.Lstat(f)
	return err == nil
}
