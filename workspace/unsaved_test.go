package workspace

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/glose-app/glose/annotate"
)

// unsavedByKey indexes ListUnsaved's answer by the document's file, or its ID for one without.
func unsavedByKey() map[string]Unsaved {
	got := map[string]Unsaved{}
	for _, u := range ListUnsaved() {
		k := u.DocPath
		if k == "" {
			k = "id:" + u.DocID
		}
		got[k] = u
	}
	return got
}

// setTimes sets a file's modification time to ago before now.
func setTimes(t *testing.T, path string, ago time.Duration) {
	t.Helper()
	when := time.Now().Add(-ago)
	must(t, os.Chtimes(path, when, when))
}

// TestListUnsavedWork: the start offers every work a crash left, not only that of the document
// opened. Listed: a document's autosave newer than its file, one of a document whose file is gone,
// one of a document never saved (pasted, imported: no file to open it by again), named by its first
// words, and one that cannot be read, said so; the newest first, each with how much is translated:
// English typed but not confirmed is a draft, not a translation, and a locked segment is neither.
// Not listed: an autosave older than its document's file (saved after it), which the start prunes
// when it holds nothing the file lacks.
func TestListUnsavedWork(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()

	edited := filepath.Join(dir, "édité « 🇫🇷 ».json")
	d := accented(t)
	must(t, Save(edited, d))
	setTimes(t, edited, time.Hour)
	changed := *d
	changed.Title = "Changé 👍🏽"
	must(t, Autosave(edited, &changed))
	side, _ := SidecarPath(edited, d.ID)
	setTimes(t, side, 3*time.Minute)

	saved := filepath.Join(dir, "saved.json")
	must(t, Save(saved, d))
	must(t, Autosave(saved, d)) // then saved again: the file is newer
	savedSide, _ := SidecarPath(saved, d.ID)
	setTimes(t, savedSide, time.Hour)

	gone := filepath.Join(dir, "gone.json")
	must(t, Save(gone, d))
	must(t, Autosave(gone, &changed))
	must(t, os.Remove(gone))
	goneSide, _ := SidecarPath(gone, d.ID)
	setTimes(t, goneSide, 2*time.Minute)

	pasted, _, err := LoadBytes("pasted-2026-11-27-091500.txt", []byte("Le président a salué une « très bonne réunion » à la Maison-Blanche, mardi 👍🏽.\nIl part demain.\n"))
	must(t, err)
	pasted.Title = ""
	pasted.Segments[0].Target, pasted.Segments[0].Status = pasted.Text[:pasted.Segments[0].End], annotate.StatusTranslated
	pasted.Segments[0].Locked = true // a translate="no": not translated, nor to translate
	pasted.Segments[1].Target, pasted.Segments[1].Status = "He leaves tomorrow.", annotate.StatusReviewed
	must(t, Autosave("", pasted))
	pastedSide, _ := SidecarPath("", AutosaveID(pasted))
	setTimes(t, pastedSide, time.Minute)

	damaged, _ := SidecarPath("", "pasted-2026-11-26-080000.txt")
	must(t, os.WriteFile(damaged, []byte(`{"format": "glose/1", "text": "Le caf`), 0o600))
	setTimes(t, damaged, 4*time.Minute)

	got := unsavedByKey()
	if len(got) != 4 {
		t.Errorf("listed %d, want 4: %+v", len(got), got)
	}
	if u := got[canonicalPath(edited)]; u.Sidecar != side || u.Title != changed.Title || u.Translated != 0 || u.Drafts != 1 || u.Segments != len(d.Segments) || u.Err != nil {
		t.Errorf("the edited document: %+v", u)
	}
	if _, ok := got[canonicalPath(saved)]; ok {
		t.Error("an autosave older than its saved file was offered")
	}
	if u := got[canonicalPath(gone)]; u.Sidecar != goneSide {
		t.Errorf("the document whose file is gone: %+v", u)
	}
	want := "Le président a salué une « très bonne…" // eight words
	if u := got["id:"+pasted.ID]; u.Sidecar != pastedSide || u.Title != want || u.DocPath != "" || u.Translated != 1 || u.Locked != 1 || u.Drafts != 0 {
		t.Errorf("the pasted document: %+v, want it named %q", u, want)
	}
	var bad Unsaved
	all := ListUnsaved()
	for i, u := range all {
		if u.Sidecar == damaged {
			bad = u
		}
		if i > 0 && u.Autosaved.After(all[i-1].Autosaved) {
			t.Errorf("not the newest first: %v after %v", u.Autosaved, all[i-1].Autosaved)
		}
	}
	if bad.Err == nil {
		t.Errorf("the damaged autosave is not said so: %+v", bad)
	}
	if !all[0].Of("", AutosaveID(pasted)) || all[0].Of("", "other") || !got[canonicalPath(edited)].Of(edited, "") {
		t.Errorf("Of does not tell the documents: %+v", all[0])
	}

	if n := PruneSaved(); n != 1 {
		t.Errorf("PruneSaved removed %d, want the saved document's autosave", n)
	}
	if _, err := os.Stat(savedSide); !os.IsNotExist(err) {
		t.Errorf("the autosave of the saved document stayed: %v", err)
	}
	if _, err := os.Stat(side); err != nil {
		t.Errorf("the unsaved work went: %v", err)
	}
}

// TestSetAsideUnsaved: Set aside moves the work out of the autosaves, byte for byte, into the
// set-aside folder, never deleting it; it is no longer offered, and nothing of it (path or owner
// record) is left among the autosaves.
func TestSetAsideUnsaved(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	d := accented(t)
	must(t, Autosave("", d))
	path := filepath.Join(t.TempDir(), "article.json")
	must(t, Save(path, d))
	setTimes(t, path, time.Hour)
	must(t, Autosave(path, d))
	for _, u := range ListUnsaved() {
		before, err := os.ReadFile(u.Sidecar)
		must(t, err)
		to, err := SetAsideUnsaved(u, time.Now())
		must(t, err)
		aside, _ := SetAsideDir()
		if filepath.Dir(to) != aside || !strings.Contains(filepath.Base(to), ".unsaved-") {
			t.Errorf("set aside as %s, want in %s", to, aside)
		}
		if after, err := os.ReadFile(to); err != nil || !bytes.Equal(before, after) {
			t.Errorf("the work set aside is not as it was: %v", err)
		}
	}
	if left := ListUnsaved(); len(left) != 0 {
		t.Errorf("still offered: %+v", left)
	}
	dir, _ := AutosaveDir()
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("left among the autosaves: %v", left)
	}
}

// TestOwnerRecordGoesWithTheAutosave: the record of the process autosaving a document without a file
// goes with its autosave (a save, or changes given up), and one a crash left alone is pruned at start.
func TestOwnerRecordGoesWithTheAutosave(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	d := accented(t)
	must(t, Autosave("", d))
	side, _ := SidecarPath("", AutosaveID(d))
	dir, key := filepath.Dir(side), sidecarKey(filepath.Base(side))
	if o, ok := readLock(ownerRecord(dir, key)); !ok || o.PID != os.Getpid() {
		t.Fatalf("no owner record of this process: %+v", o)
	}
	must(t, DiscardAutosave("", AutosaveID(d)))
	if _, err := os.Stat(ownerRecord(dir, key)); !os.IsNotExist(err) {
		t.Errorf("the owner record outlived the autosave: %v", err)
	}

	must(t, Autosave("", d))
	must(t, os.Remove(side)) // an autosave removed by hand, or by an older Glose
	PruneAutosaves(AutosaveMaxAge, time.Now())
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("left after pruning: %v", left)
	}
}

// TestSameIDOtherTextKeepsItsOwnAutosave: two documents without a file that share an ID (two XLIFF
// files with the same original="…") but not their French have autosaves of their own: the work on one
// is never offered for the other, nor removed when the other's recovery is declined.
func TestSameIDOtherTextKeepsItsOwnAutosave(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	one, _, err := LoadBytes("x1.txt", []byte("Le café est très bon 👍🏽, a dit M. Lévesque.\n"))
	must(t, err)
	three, _, err := LoadBytes("x3.txt", []byte("« Il part demain », a-t-il ajouté.\n"))
	must(t, err)
	three.ID = one.ID
	one.Segments[0].Target = "The coffee is very good 👍🏽, said Mr Lévesque."
	must(t, Autosave("", one))
	if _, ok := Recovery("", AutosaveID(three)); ok {
		t.Fatal("the work on one document is offered for another with the same ID")
	}
	must(t, DiscardAutosave("", AutosaveID(three))) // declining the other's recovery
	side, ok := Recovery("", AutosaveID(one))
	if !ok {
		t.Fatal("declining another document's recovery removed this one's work")
	}
	if d, err := LoadRecovery(side); err != nil || d.Segments[0].Target != one.Segments[0].Target {
		t.Fatalf("recovered %v, %v", d, err)
	}
	all := ListUnsaved()
	if len(all) != 1 || !all[0].Of("", AutosaveID(one)) || all[0].Of("", AutosaveID(three)) {
		t.Errorf("listed %+v", all)
	}
}
