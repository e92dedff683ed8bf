package workspace

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// typed is what the crash test types, a piece per segment: accents, « » with no-break spaces, an
// emoji and an e with a combining acute, which the document keeps as typed (not made é).
var typed = []string{
	"The minister said: « no\u00a0»",
	"Café, façade, naïve 😀",
	"e\u0301te\u0301 — « Ça\u00a0» va",
}

// crashChild is the environment variable that makes TestAutosaveCrashRecovery the child process
// that types and is killed: its value is the folder to work in.
const crashChild = "GLOSE_TEST_CRASH_CHILD"

// TestAutosaveCrashRecovery autosaves in a child process as a window does (the document in full,
// then each change appended), kills it with SIGKILL once it says it has autosaved, and recovers the
// document from what it left: exactly what it had, every typed character included.
func TestAutosaveCrashRecovery(t *testing.T) {
	if dir := os.Getenv(crashChild); dir != "" {
		typeAndWait(t, dir)
		return
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestAutosaveCrashRecovery$")
	cmd.Env = append(os.Environ(), crashChild+"="+dir, "XDG_STATE_HOME="+filepath.Join(dir, "state"))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready, _ := bufio.NewReader(out).ReadString('\n')
	if err := cmd.Process.Kill(); err != nil { // SIGKILL: nothing of the child runs after it
		t.Fatal(err)
	}
	_ = cmd.Wait()
	if strings.TrimSpace(ready) != "autosaved" {
		t.Fatalf("the child said %q", ready)
	}
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	want := readFile(t, filepath.Join(dir, "typed.json"))
	docPath := filepath.Join(dir, "article.json")
	d0, _, err := Load(docPath)
	if err != nil {
		t.Fatal(err)
	}
	side, ok := Recovery(docPath, AutosaveID(d0))
	if !ok {
		t.Fatal("no autosave offered after the crash")
	}
	if data := readFile(t, side); bytes.Count(data, []byte(`{"change":`)) != len(typed)+1 {
		t.Errorf("the autosave holds %d changes, want %d (one per piece typed, one tag)", bytes.Count(data, []byte(`{"change":`)), len(typed)+1)
	}
	d, err := LoadRecovery(side)
	if err != nil {
		t.Fatal(err)
	}
	if got := mustMarshal(t, d); !bytes.Equal(got, want) {
		t.Errorf("recovered\n%.2000s\nwant\n%.2000s", got, want)
	}
	for i, s := range typed {
		if got := d.Segments[i].Target; got != s {
			t.Errorf("segment %d: recovered %q, typed %q", i, got, s)
		}
	}
}

// typeAndWait is the child of TestAutosaveCrashRecovery: it saves the sample article in dir, autosaves
// it, types each piece in a segment and tags a word, autosaving the change after each, writes what
// the document then is to typed.json, says so and waits to be killed.
func typeAndWait(t *testing.T, dir string) {
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	d, err := SampleDocument()
	if err != nil {
		t.Fatal(err)
	}
	docPath := filepath.Join(dir, "article.json")
	if err := Save(docPath, d); err != nil {
		t.Fatal(err)
	}
	a := startAutosaving(t, docPath, d)
	for i, s := range typed {
		_, err := a.e.TypeTarget(d.Segments[i].ID, s)
		a.step(err)
	}
	at := strings.Index(d.Segments[1].Target, "Café")
	a.step(a.e.AddSpan(&annotate.Span{Side: annotate.Target, Segment: d.Segments[1].ID, Start: at, End: at + len("Café"), Label: annotate.LabelMISC, Origin: annotate.Human, Confidence: 1}))
	if err := os.WriteFile(filepath.Join(dir, "typed.json"), mustMarshal(t, d), 0o600); err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString("autosaved\n")
	select {} // killed here
}

// TestAutosaveDamagedChanges damages the changes of an autosave in the ways a crash or a disk can:
// the changes before the damage are recovered, an error says where the rest are and why they cannot
// be read, and the autosave file is left as it was.
func TestAutosaveDamagedChanges(t *testing.T) {
	side, states := autosaveWithChanges(t)
	good := readFile(t, side)
	full, changes := splitAutosave(good)
	lines := bytes.SplitAfter(changes, []byte("\n"))[:3]
	cases := []struct {
		name    string
		damage  func() []byte
		applied int
		why     string
		kind    ChangeDamage // the *ChangeError's, for damage no checksum says; -1: none
	}{
		{"cut short in the last change", func() []byte { return good[:len(good)-7] }, 2, "cut short", -1},
		{"cut short after a change", func() []byte { return append(bytes.Clone(good), `{"change":4,"cr`...) }, 3, "cut short", -1},
		{"a byte changed in the second", func() []byte {
			return join(full, lines[0], bytes.Replace(lines[1], []byte(`"Target"`), []byte(`"Targex"`), 1), lines[2])
		}, 1, "damaged (checksum", -1},
		{"a line that is no change", func() []byte { return join(full, lines[0], []byte("garbage\n"), lines[2]) }, 1, "not a change", NotAChange},
		{"a change missing", func() []byte { return join(full, lines[0], lines[2]) }, 1, "change 3 where change 2 was expected", ChangeOutOfPlace},
		{"a change that does not apply", func() []byte {
			return join(full, lines[0], changeLine(2, []byte(`{"dropSpans":["nowhere"]}`)), lines[2])
		}, 1, `"nowhere", which is not there`, ChangeDoesNotApply},
		// found by FuzzLoadAutosave: a change that applies but leaves the document invalid was kept in
		// the document recovered, though the message said it was lost
		{"a change that leaves the document invalid", func() []byte {
			return join(full, lines[0], changeLine(2, []byte(`{"segments":[{}]}`)), lines[2])
		}, 1, "id: empty", ChangeDoesNotApply},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := c.damage()
			if err := os.WriteFile(side, data, 0o600); err != nil {
				t.Fatal(err)
			}
			d, err := LoadRecovery(side)
			var lost *ChangesLost
			if !errors.As(err, &lost) || d == nil {
				t.Fatalf("got %v, %v; want the document and a *ChangesLost", d, err)
			}
			if lost.Applied != c.applied || !strings.Contains(err.Error(), c.why) || !strings.Contains(err.Error(), side) ||
				!strings.Contains(err.Error(), fmt.Sprintf(": change %d ", c.applied+1)) {
				t.Errorf("error %q, %d applied; want %d applied and %q", err, lost.Applied, c.applied, c.why)
			}
			var ce *ChangeError
			if typed := errors.As(err, &ce); typed != (c.kind >= 0) || typed && (ce.Kind != c.kind || ce.Change != c.applied+1) {
				t.Errorf("error %#v; want a *ChangeError of kind %d for change %d: %v", ce, c.kind, c.applied+1, typed)
			}
			if got := mustMarshal(t, d); !bytes.Equal(got, states[c.applied]) {
				t.Errorf("recovered a document other than the one after %d changes", c.applied)
			}
			if !bytes.Equal(readFile(t, side), data) {
				t.Error("the autosave file was changed")
			}
		})
	}
	t.Run("the document itself cut short", func(t *testing.T) {
		data := good[:len(full)/2]
		if err := os.WriteFile(side, data, 0o600); err != nil {
			t.Fatal(err)
		}
		if d, err := LoadRecovery(side); d != nil || err == nil || !strings.Contains(err.Error(), side) {
			t.Errorf("got %v, %v; want no document and an error naming the file", d, err)
		}
	})
}

// autosaveWithChanges autosaves the sample article with three changes after it, and returns the
// autosave and the native JSON of the document before the changes and after each.
func autosaveWithChanges(t *testing.T) (string, [][]byte) {
	t.Helper()
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	d, err := SampleDocument()
	if err != nil {
		t.Fatal(err)
	}
	a := startAutosaving(t, "", d)
	states := [][]byte{mustMarshal(t, d)}
	for i, s := range typed {
		_, err := a.e.TypeTarget(d.Segments[i].ID, s)
		a.step(err)
		states = append(states, mustMarshal(t, d))
	}
	return a.f.Path, states
}

// autosaving is a document autosaved as a window does: in full, then each change appended.
type autosaving struct {
	t  *testing.T
	d  *annotate.Document
	e  *annotate.Editor
	f  *AutosaveFile
	tr *annotate.Tracker
}

// startAutosaving autosaves d, of the file docPath ("" for none), in full.
func startAutosaving(t *testing.T, docPath string, d *annotate.Document) *autosaving {
	t.Helper()
	f, err := AutosaveDocument(docPath, d, false)
	must(t, err)
	return &autosaving{t: t, d: d, e: annotate.NewEditor(d), f: f, tr: annotate.NewTracker(d.Clone())}
}

// step appends the change just made (err is the edit's) to the autosave.
func (a *autosaving) step(err error) {
	a.t.Helper()
	must(a.t, err)
	rec, err := a.tr.Change(a.d)
	must(a.t, err)
	must(a.t, a.f.AppendChange(rec))
}

// TestAppendChangeToAnotherFile refuses to append to an autosave replaced or removed since the
// window wrote it: the changes would be applied to a document they were not made on.
func TestAppendChangeToAnotherFile(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	d, err := SampleDocument()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		change func(side string) error
	}{
		{"replaced", func(side string) error { return Autosave("", d) }},
		{"removed", os.Remove},
		{"appended to", func(side string) error {
			f, err := os.OpenFile(side, os.O_WRONLY|os.O_APPEND, 0)
			if err == nil {
				_, err = f.WriteString("x")
				f.Close()
			}
			return err
		}},
	} {
		f, err := AutosaveDocument("", d, false)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.change(f.Path); err != nil {
			t.Fatal(err)
		}
		if err := f.AppendChange([]byte(`{"dropSpans":["t1"]}`)); !IsAutosaveMoved(err) {
			t.Errorf("%s: appending gave %v, want errAutosaveMoved", c.name, err)
		}
	}
}

func join(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func mustMarshal(t *testing.T, d *annotate.Document) []byte {
	t.Helper()
	data, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestSetAsideWithChanges sets aside unsaved work whose autosave holds changes after the document:
// the file set aside is the document with the changes, one Glose document that File › Open reads.
func TestSetAsideWithChanges(t *testing.T) {
	side, states := autosaveWithChanges(t)
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	var found bool
	for _, u := range ListUnsaved() {
		if u.Sidecar != side {
			continue
		}
		found = true
		to, err := SetAsideUnsaved(u, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		d, _, err := Load(to)
		if err != nil {
			t.Fatalf("the work set aside does not open: %v", err)
		}
		if !bytes.Equal(mustMarshal(t, d), states[len(states)-1]) {
			t.Error("the work set aside is not the document with its changes")
		}
	}
	if !found {
		t.Fatal("the autosave is not listed")
	}
}

// TestOpenAutosaveWithChanges: an autosave with changes appended, set aside as it is by a Glose
// older than such autosaves (which calls it damaged), opens with Load and LoadAll (File › Open) as
// recovery reads it, its changes applied; one whose changes cannot all be read is refused saying so,
// and any other data after a document is refused as before.
func TestOpenAutosaveWithChanges(t *testing.T) {
	side, states := autosaveWithChanges(t)
	good := readFile(t, side)
	full, _ := splitAutosave(good)
	dir := t.TempDir()
	for _, c := range []struct {
		name string
		data []byte
		want []byte // the document opened; nil: refused
		why  string
	}{
		{"with its changes", good, states[len(states)-1], ""},
		{"a change cut short", good[:len(good)-7], nil, "an autosave with changes appended, not all of which can be read"},
		{"other data after the document", append(bytes.Clone(full), `{"a":1}`...), nil, "unexpected data after the document"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, "article.json-1a2b.damaged-2026-11-28.json")
			must(t, os.WriteFile(path, c.data, 0o600))
			d, _, err := Load(path)
			docs, _, errAll := LoadAll(path, formats.ReadOptions{})
			if c.want == nil {
				if d != nil || docs != nil || err == nil || !strings.Contains(err.Error(), c.why) || errAll == nil || !strings.Contains(errAll.Error(), c.why) {
					t.Errorf("got %v, %v (all: %d, %v); want no document and %q", d, err, len(docs), errAll, c.why)
				}
				return
			}
			if err != nil || errAll != nil || len(docs) != 1 {
				t.Fatalf("Load: %v; LoadAll: %d documents, %v", err, len(docs), errAll)
			}
			if got := mustMarshal(t, d); !bytes.Equal(got, c.want) {
				t.Error("Load gave another document than the one after the changes")
			}
			if got := mustMarshal(t, docs[0]); !bytes.Equal(got, c.want) {
				t.Error("LoadAll gave another document than the one after the changes")
			}
			if !bytes.Equal(readFile(t, path), c.data) {
				t.Error("opening changed the file")
			}
		})
	}
}
