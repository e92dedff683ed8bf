package app

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// savedDoc writes the test document, with an English text of accents, « », emoji and a combining
// accent, to a file and returns its path; the file is dated an hour ago, as after real work.
func savedDoc(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "article.json")
	d := testDoc(t)
	d.Segments[1].Target = "Donald Trump hailed a « very good meeting » 👍🏽 at the White House 🇫🇷 café\u0301."
	must(t, workspace.Save(path, d))
	old := time.Now().Add(-time.Hour)
	must(t, os.Chtimes(path, old, old))
	return path
}

// typeIn types text at the end of segment i's English, through the row's field.
func typeIn(t *testing.T, ui *UI, i int, text string) {
	t.Helper()
	layOut(ui)
	r := visibleRow(t, ui, i)
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, text)
}

// changeOnDisk rewrites the file as another program would: segment 2's English becomes text.
func changeOnDisk(t *testing.T, path, text string) {
	t.Helper()
	d, _, err := workspace.Load(path)
	must(t, err)
	d.Segments[2].Target = text
	data, err := annotate.Marshal(d)
	must(t, err)
	must(t, os.WriteFile(path, data, 0o644))
}

// onDisk returns segment i's English in the file at path.
func onDisk(t *testing.T, path string, i int) string {
	t.Helper()
	d, _, err := workspace.Load(path)
	must(t, err)
	return d.Segments[i].Target
}

// copies returns the copies KeepCopy made of path, of the given kind ("disk" or "mine").
func copies(t *testing.T, path, kind string) []string {
	t.Helper()
	got, err := filepath.Glob(strings.TrimSuffix(path, ".json") + "." + kind + "-*.json")
	must(t, err)
	return got
}

// answerChoose makes the window's questions with several answers answer choice, recording them.
func answerChoose(ui *UI, choice int) *[]string {
	var asked []string
	ui.opts.Choose = func(title, _ string, _ []string, done func(int)) {
		asked = append(asked, title)
		done(choice)
	}
	return &asked
}

// TestTwoWindowsOnOneFile is the QA tester's case: windows A and B open the same file; B saves a
// change; A's save must not silently drop it. Each answer keeps both versions.
func TestTwoWindowsOnOneFile(t *testing.T) {
	for _, c := range []struct {
		name   string
		answer int
		check  func(t *testing.T, a *UI, path string)
	}{
		{"cancel", conflictCancel, func(t *testing.T, a *UI, path string) {
			if got := onDisk(t, path, 2); got != "B2-EDIT « é » 👍🏽" || !a.dirty || a.dialogOpen() {
				t.Errorf("after Cancel the file holds %q, dirty %v, dialog open %v", got, a.dirty, a.dialogOpen())
			}
		}},
		{"overwrite", conflictOverwrite, func(t *testing.T, a *UI, path string) {
			if got := onDisk(t, path, 0); !strings.HasSuffix(got, "A-EDIT") || a.dirty {
				t.Errorf("after Overwrite the file's first segment is %q, dirty %v", got, a.dirty)
			}
			kept := copies(t, path, "disk")
			if len(kept) != 1 || onDisk(t, kept[0], 2) != "B2-EDIT « é » 👍🏽" {
				t.Errorf("B's version was not kept as a copy: %v", kept)
			}
			if !strings.Contains(a.status.Text, filepath.Base(kept[0])) {
				t.Errorf("the status line %q does not name the copy", a.status.Text)
			}
		}},
		{"reload", conflictReload, func(t *testing.T, a *UI, path string) {
			if got := a.doc.Segments[2].Target; got != "B2-EDIT « é » 👍🏽" || a.dirty {
				t.Errorf("after Reload the window shows %q, dirty %v", got, a.dirty)
			}
			mine := copies(t, path, "mine")
			if len(mine) != 1 || !strings.HasSuffix(onDisk(t, mine[0], 0), "A-EDIT") {
				t.Errorf("A's version was not kept as a copy: %v", mine)
			}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := savedDoc(t)
			a, _ := newTestUI(t, nil, false)
			a.Open(path)
			b, _ := newTestUI(t, nil, false)
			answerChoose(b, 1) // the lock is this process's own: no question; "open anyway" else
			b.Open(path)
			typeIn(t, b, 2, "B2-EDIT « é » 👍🏽")
			b.save()
			if got := onDisk(t, path, 2); got != "B2-EDIT « é » 👍🏽" {
				t.Fatalf("B's save wrote %q", got)
			}
			typeIn(t, a, 0, "A-EDIT")
			asked := answerChoose(a, c.answer)
			a.save()
			if len(*asked) != 1 || (*asked)[0] != "File changed on disk" {
				t.Fatalf("A's save asked %v, want whether to overwrite the change on disk", *asked)
			}
			c.check(t, a, path)
		})
	}
}

// TestSaveAfterSaveAsksNothing: saving twice, and saving a file only touched on disk, is no conflict.
func TestSaveAfterSaveAsksNothing(t *testing.T) {
	path := savedDoc(t)
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	asked := answerChoose(ui, cancel)
	for i, text := range []string{"one", " two"} {
		typeIn(t, ui, 0, text)
		if i == 1 {
			later := time.Now().Add(time.Minute)
			must(t, os.Chtimes(path, later, later)) // touched, not changed
		}
		ui.save()
	}
	if len(*asked) != 0 || ui.dirty || !strings.HasSuffix(onDisk(t, path, 0), "one two") {
		t.Errorf("asked %v, dirty %v, file %q", *asked, ui.dirty, onDisk(t, path, 0))
	}
}

// TestChangeOnDiskIsOffered: a file changed by another program is offered for reloading when the
// window has no unsaved changes (once per version), and warned about when it has some.
func TestChangeOnDiskIsOffered(t *testing.T) {
	path := savedDoc(t)
	ui, asked := newTestUI(t, nil, true) // yes: reload
	ui.Open(path)
	later := time.Now().Add(time.Minute)
	must(t, os.Chtimes(path, later, later))
	ui.checkDisk(true)
	if len(*asked) != 0 {
		t.Fatalf("a touched file asked %v", *asked)
	}
	changeOnDisk(t, path, "EXTERNAL-CHANGE « 🇫🇷 »")
	ui.checkDisk(true)
	if len(*asked) != 1 || (*asked)[0] != "File changed on disk" {
		t.Fatalf("asked %v, want whether to reload", *asked)
	}
	if got := ui.doc.Segments[2].Target; got != "EXTERNAL-CHANGE « 🇫🇷 »" {
		t.Errorf("reloaded %q", got)
	}
	ui.checkDisk(false)
	if len(*asked) != 1 {
		t.Errorf("asked again about the version reloaded: %v", *asked)
	}

	typeIn(t, ui, 0, "mine")
	changeOnDisk(t, path, "SECOND-CHANGE")
	ui.checkDisk(false)
	if len(*asked) != 1 || ui.doc.Segments[0].Target != "mine" {
		t.Errorf("with unsaved changes: asked %v, first segment %q", *asked, ui.doc.Segments[0].Target)
	}
	if n := len(ui.win.Canvas().Overlays().List()); n != 1 {
		t.Fatalf("%d overlays, want the warning", n)
	}
	closeAll(ui)
	ui.checkDisk(false)
	if n := len(ui.win.Canvas().Overlays().List()); n != 0 {
		t.Errorf("warned twice about the same version")
	}
}

// TestSecondInstanceIsTold: a document another Glose process holds opens only after a question:
// read-only (Save then asks for another file, and the title and a warning say so), anyway, or not.
func TestSecondInstanceIsTold(t *testing.T) {
	path := savedDoc(t)
	host, _ := os.Hostname()
	lock := filepath.Join(filepath.Dir(path), ".~lock.article.json#")
	owner := `{"user":"marie","host":"` + host + `","pid":` + strconv.Itoa(os.Getppid()) + `,"since":"` + lockedNow() + `"}`
	must(t, os.WriteFile(lock, []byte(owner), 0o644))

	ui, _ := newTestUI(t, testDoc(t), false)
	asked := answerChoose(ui, cancel)
	ui.Open(path)
	if len(*asked) != 1 || (*asked)[0] != "Document already open" || ui.path != "" {
		t.Fatalf("asked %v, path %q: want the question, and nothing opened on Cancel", *asked, ui.path)
	}
	answerChoose(ui, 0)
	ui.Open(path)
	if !ui.readOnly || ui.path != path || !strings.Contains(ui.title, "(read-only)") || !strings.Contains(ui.alerts.Text(), "read-only") {
		t.Fatalf("read-only: %v, path %q, title %q, warning %q", ui.readOnly, ui.path, ui.title, ui.alerts.Text())
	}
	typeIn(t, ui, 0, "x")
	ui.save()
	if n := len(ui.win.Canvas().Overlays().List()); n != 1 || ui.dirty == false {
		t.Errorf("Save of a read-only document: %d overlays (want Save As), dirty %v", n, ui.dirty)
	}
	closeAll(ui)
	if got := onDisk(t, path, 0); got != "" {
		t.Errorf("the read-only window wrote %q", got)
	}
	if data, _ := os.ReadFile(lock); string(data) != owner {
		t.Errorf("the other window's lock was replaced: %s", data)
	}

	must(t, os.Remove(lock)) // the other window closed: this one takes the lock
	ui2, _ := newTestUI(t, nil, false)
	ui2.Open(path)
	if ui2.lock == nil || ui2.readOnly {
		t.Fatalf("no lock taken (%v), read-only %v", ui2.lock, ui2.readOnly)
	}
	ui2.quit()
	if _, err := os.Stat(lock); err == nil {
		t.Error("the lock stayed after the window closed")
	}
}

// TestOpenedAnywayTakesTheLockOver: the window holding a document's lock quit while a window opened
// with Open anyway still edited it; the lock went with the first, and a third window opened the
// document untold. Now the window opened anyway takes the lock over at its periodic look, and
// removes it when it closes; a read-only window takes none.
func TestOpenedAnywayTakesTheLockOver(t *testing.T) {
	path := savedDoc(t)
	host, _ := os.Hostname()
	lock := filepath.Join(filepath.Dir(path), ".~lock.article.json#")
	owner := `{"user":"marie","host":"` + host + `","pid":` + strconv.Itoa(os.Getppid()) + `,"since":"` + lockedNow() + `"}`
	must(t, os.WriteFile(lock, []byte(owner), 0o644))

	ro, _ := newTestUI(t, nil, false)
	answerChoose(ro, 0) // read-only
	ro.Open(path)
	ui, _ := newTestUI(t, nil, false)
	answerChoose(ui, 1) // open anyway
	ui.Open(path)
	if ui.path != path || ui.readOnly || ui.lock != nil {
		t.Fatalf("open anyway: path %q, read-only %v, lock %v", ui.path, ui.readOnly, ui.lock)
	}
	ui.checkDisk(true)
	if data, _ := os.ReadFile(lock); string(data) != owner {
		t.Fatalf("the live owner's lock was replaced: %s", data)
	}

	must(t, os.Remove(lock)) // the owner quits
	ro.checkDisk(true)
	if _, err := os.Stat(lock); err == nil {
		t.Fatal("the read-only window took the lock")
	}
	ui.checkDisk(true)
	var o workspace.LockOwner
	data, err := os.ReadFile(lock)
	if err != nil || json.Unmarshal(data, &o) != nil || o.PID != os.Getpid() || ui.lock == nil {
		t.Fatalf("after the owner quit, the lock is %s (%v), want this window's", data, err)
	}
	typeIn(t, ui, 0, "x")
	ui.save()
	ui.quit()
	if _, err := os.Stat(lock); err == nil {
		t.Error("the lock stayed after the window that took it over closed")
	}
}

// failingWrite is an autosave that fails as on a full disk, until it is told not to.
type failingWrite struct{ fail bool }

func (f *failingWrite) write(docPath string, d *annotate.Document) error {
	if f.fail {
		return &fs.PathError{Op: "write", Path: "/full/autosave.json.tmp", Err: syscall.ENOSPC}
	}
	return workspace.Autosave(docPath, d)
}

// TestAutosaveFailureStays: a failed autosave is a warning across the window, in French under a
// French interface and without the system's English, that the next action does not replace and
// that goes when an autosave succeeds.
func TestAutosaveFailureStays(t *testing.T) {
	useLanguage(t, "fr")
	path := savedDoc(t)
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	w := &failingWrite{fail: true}
	ui.autosave.write = w.write
	typeIn(t, ui, 0, "é")
	ui.AutosaveNow()
	want := "Échec de l’enregistrement automatique\u00a0: le disque est plein. Tant qu’il n’aura pas réussi, un plantage ferait perdre vos modifications."
	if got := ui.alerts.Text(); got != want {
		t.Fatalf("warning %q, want %q", got, want)
	}
	if strings.Contains(ui.status.Text, "autosav") || strings.Contains(ui.status.Text, "space") {
		t.Errorf("the status line has the developer's wording: %q", ui.status.Text)
	}
	typeIn(t, ui, 0, "è")
	ui.showState()
	if ui.alerts.Text() != want {
		t.Errorf("the next action took the warning away: %q", ui.alerts.Text())
	}
	w.fail = false
	ui.AutosaveNow()
	if got := ui.alerts.Text(); got != "" {
		t.Errorf("the warning stayed after an autosave succeeded: %q", got)
	}
}

// TestCrashInAFolderThatTakesNoSidecar: a document whose folder cannot take the autosave (the old
// sidecar's place is blocked, which stops root too) is autosaved all the same, and a crash loses
// nothing: the next window offers the changes back.
func TestCrashInAFolderThatTakesNoSidecar(t *testing.T) {
	path := savedDoc(t)
	blocked := filepath.Join(filepath.Dir(path), ".article.json.autosave.json.tmp", "x")
	must(t, os.MkdirAll(blocked, 0o755))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	typeIn(t, ui, 2, "Typed before the crash « 👍🏽 ».")
	ui.AutosaveNow()
	if got := ui.alerts.Text(); got != "" {
		t.Fatalf("the autosave failed: %q", got)
	}
	ui2, asked := newTestUI(t, nil, true)
	ui2.Open(path)
	if len(*asked) != 1 || ui2.doc.Segments[2].Target != "Typed before the crash « 👍🏽 »." {
		t.Fatalf("asked %v, recovered %q", *asked, ui2.doc.Segments[2].Target)
	}
}

// TestUnsavableFileIsSaidAtOnce: a document that cannot be saved where it is says so, in a lasting
// warning, from the moment it opens; a failed save says why in the user's words, and the warning
// goes once a save succeeds.
func TestUnsavableFileIsSaidAtOnce(t *testing.T) {
	useLanguage(t, "fr")
	path := savedDoc(t)
	must(t, os.Chmod(path, 0o444))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	if got := ui.alerts.Text(); !strings.Contains(got, "le fichier est en lecture seule.") {
		t.Fatalf("warning %q, want the file named read-only", got)
	}
	typeIn(t, ui, 0, "x")
	ui.save()
	if got := ui.status.Text; !strings.Contains(got, "Cause\u00a0: le fichier est en lecture seule.") || strings.Contains(got, "chmod") {
		t.Errorf("the save error says %q", got)
	}
	closeAll(ui)
	must(t, os.Chmod(path, 0o644))
	ui.save()
	if got := ui.alerts.Text(); got != "" || ui.dirty {
		t.Errorf("after a successful save: warning %q, dirty %v", got, ui.dirty)
	}
}

// TestRecoveryTakesEnter: the recovery question, like every dialog, answers Yes on Enter.
func TestRecoveryTakesEnter(t *testing.T) {
	path := savedDoc(t)
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	typeIn(t, ui, 2, "Recovered « é ».")
	ui.AutosaveNow()

	ui2, _ := newTestUI(t, nil, false)
	ui2.opts.Confirm = nil // the real dialog
	ui2.Open(path)
	if n := len(ui2.win.Canvas().Overlays().List()); n != 1 {
		t.Fatalf("%d overlays, want the recovery question", n)
	}
	ui2.win.Canvas().Unfocus()
	pressKey(ui2, fyne.KeyReturn)
	if n := len(ui2.win.Canvas().Overlays().List()); n != 0 || ui2.doc.Segments[2].Target != "Recovered « é »." {
		t.Errorf("Enter: %d overlays, segment %q", n, ui2.doc.Segments[2].Target)
	}
}

// TestConflictQuestionKeys: in the real dialog, Escape cancels the save (it used to answer the third
// button, Save As, as the unsaved-changes question's Cancel is third) and Enter takes the default,
// Overwrite.
func TestConflictQuestionKeys(t *testing.T) {
	path := savedDoc(t)
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	ui.opts.Choose = nil // the real dialog
	changeOnDisk(t, path, "EXTERNAL-CHANGE")
	typeIn(t, ui, 0, "mine")
	ui.save()
	if n := len(ui.win.Canvas().Overlays().List()); n != 1 {
		t.Fatalf("%d overlays, want the question", n)
	}
	ui.win.Canvas().Unfocus()
	pressKey(ui, fyne.KeyEscape)
	if n := len(ui.win.Canvas().Overlays().List()); n != 0 || !ui.dirty || onDisk(t, path, 2) != "EXTERNAL-CHANGE" {
		t.Fatalf("Escape: %d overlays (Save As?), dirty %v", n, ui.dirty)
	}
	ui.save()
	ui.win.Canvas().Unfocus()
	pressKey(ui, fyne.KeyReturn)
	if ui.dirty || onDisk(t, path, 0) != "mine" || len(copies(t, path, "disk")) != 1 {
		t.Errorf("Enter: dirty %v, file %q, copies %v", ui.dirty, onDisk(t, path, 0), copies(t, path, "disk"))
	}
}

// TestOpenAnywayAutosavesApart: a window that opened a document another Glose has open autosaves to
// a sidecar of its own, and its save removes that one only: the other window's autosave, its
// protection against a crash, stays.
func TestOpenAnywayAutosavesApart(t *testing.T) {
	path := savedDoc(t)
	host, _ := os.Hostname()
	must(t, os.WriteFile(filepath.Join(filepath.Dir(path), ".~lock.article.json#"),
		[]byte(`{"user":"marie","host":"`+host+`","pid":`+strconv.Itoa(os.Getppid())+`,"since":"`+lockedNow()+`"}`), 0o644))
	keepStateHome(t)
	theirs, err := workspace.SidecarPath(path, testDoc(t).ID)
	must(t, err)
	must(t, os.MkdirAll(filepath.Dir(theirs), 0o755))
	must(t, os.WriteFile(theirs, []byte("the other window's autosave"), 0o644))

	ui, _ := newTestUI(t, nil, false)
	answerChoose(ui, 1) // Open anyway
	ui.Open(path)
	if ui.path != path || ui.readOnly {
		t.Fatalf("path %q, read-only %v", ui.path, ui.readOnly)
	}
	typeIn(t, ui, 2, "Mine « 👍🏽 ».")
	ui.AutosaveNow()
	if data, _ := os.ReadFile(theirs); string(data) != "the other window's autosave" {
		t.Fatalf("the other window's autosave was replaced: %.40s", data)
	}
	side, ok := workspace.Recovery(path, ui.doc.ID)
	if !ok || side == theirs {
		t.Fatalf("this window's autosave: %q %v", side, ok)
	}
	ui.save()
	if _, err := os.Stat(theirs); err != nil {
		t.Errorf("saving removed the other window's autosave: %v", err)
	}
	if _, err := os.Stat(side); err == nil {
		t.Errorf("saving left this window's autosave %s", side)
	}
}

// TestRecoveredAutosaveGoes: an autosave a crashed second window left was offered to the next
// second window, but its save (or declining) removed only its own autosave: the recovered one,
// stale from then on, was never offered again nor deleted. Now the autosave recovered or declined
// goes, and one that holds the document as saved goes when the document is opened.
func TestRecoveredAutosaveGoes(t *testing.T) {
	for _, yes := range []bool{true, false} {
		path := savedDoc(t)
		keepStateHome(t)
		host, _ := os.Hostname()
		must(t, os.WriteFile(filepath.Join(filepath.Dir(path), ".~lock.article.json#"),
			[]byte(`{"user":"marie","host":"`+host+`","pid":`+strconv.Itoa(os.Getppid())+`,"since":"`+lockedNow()+`"}`), 0o644))
		crashed, _ := newTestUI(t, nil, false)
		answerChoose(crashed, 1) // Open anyway
		crashed.Open(path)
		typeIn(t, crashed, 2, "Unsaved « 👍🏽 ».")
		crashed.AutosaveNow()
		side, ok := workspace.Recovery(path, crashed.doc.ID)
		if !ok {
			t.Fatal("no autosave")
		}
		left := strings.Replace(side, ".pid"+strconv.Itoa(os.Getpid())+".", ".pid4194303.", 1) // a process that ended
		must(t, os.Rename(side, left))

		ui, _ := newTestUI(t, nil, false)
		answerChoose(ui, 1)
		ui.opts.Confirm = func(_, _ string, done func(bool)) { done(yes) }
		ui.Open(path)
		if got := ui.doc.Segments[2].Target; (got == "Unsaved « 👍🏽 ».") != yes {
			t.Fatalf("recover %v: segment 3 %q", yes, got)
		}
		if yes {
			ui.save()
		}
		if _, err := os.Stat(left); !os.IsNotExist(err) {
			t.Errorf("recover %v: the autosave recovered or declined stayed: %v", yes, err)
		}
	}

	// One left stale, holding the document as it was saved, goes when the document is opened.
	path := savedDoc(t)
	keepStateHome(t)
	d, _, err := workspace.Load(path)
	must(t, err)
	must(t, workspace.Autosave(path, d))
	stale, _ := workspace.SidecarPath(path, d.ID)
	later := time.Now().Add(time.Minute)
	must(t, os.Chtimes(path, later, later))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("a stale autosave holding the saved document stayed: %v", err)
	}
}

// TestLockDialogSaysWhenForPeople: the lock question said « depuis le 2026-11-27 09:56 », an ISO
// date in a French sentence. It now says today, yesterday or the date as the language writes it.
func TestLockDialogSaysWhenForPeople(t *testing.T) {
	useLanguage(t, "fr")
	path := savedDoc(t)
	host, _ := os.Hostname()
	host += "-portable" // a lock of this host taken in 2020 is not the live parent's, which is younger
	since := time.Date(2020, 1, 15, 9, 56, 0, 0, time.Local).UTC().Format(time.RFC3339)
	must(t, os.WriteFile(filepath.Join(filepath.Dir(path), ".~lock.article.json#"),
		[]byte(`{"user":"marie","host":"`+host+`","pid":`+strconv.Itoa(os.Getppid())+`,"since":"`+since+`"}`), 0o644))
	ui, _ := newTestUI(t, nil, false)
	var msg string
	ui.opts.Choose = func(_, m string, _ []string, done func(int)) { msg = m; done(2) }
	ui.Open(path)
	if want := "par marie sur " + host + " depuis le 15/01/2020 à\u00a009:56. Deux"; !strings.Contains(msg, want) {
		t.Errorf("lock question %q, want it to say %q", msg, want)
	}
	now := time.Date(2026, 11, 27, 10, 50, 0, 0, time.Local)
	for _, c := range []struct {
		at   time.Time
		want string
	}{
		{time.Date(2026, 11, 27, 0, 5, 0, 0, time.Local), "depuis aujourd’hui à\u00a000:05"},
		{time.Date(2026, 11, 26, 23, 59, 0, 0, time.Local), "depuis hier à\u00a023:59"},
		{time.Date(2026, 11, 25, 10, 42, 0, 0, time.Local), "depuis le 25/11/2026 à\u00a010:42"},
	} {
		if got := sinceWhen(c.at, now); got != c.want {
			t.Errorf("sinceWhen(%v) = %q, want %q", c.at, got, c.want)
		}
	}
	useLanguage(t, "en")
	if got := sinceWhen(time.Date(2026, 3, 2, 9, 5, 0, 0, time.Local), now); got != "since 2 Mar 2026 at 09:05" {
		t.Errorf("in English: %q", got)
	}
}

// lockedNow is the time of a lock a test writes, as an older Glose wrote them (without the process's
// start): now, so that the test's parent process, which it names, may hold it (workspace.LockOwner).
func lockedNow() string { return time.Now().UTC().Format(time.RFC3339) }
