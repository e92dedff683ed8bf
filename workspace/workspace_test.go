package workspace

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

func TestWriteAtomicKeepsBackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "doc.json")
	if err := WriteAtomic(path, []byte("v1")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + BackupSuffix); !os.IsNotExist(err) {
		t.Fatal("a backup appeared for a new file")
	}
	if err := WriteAtomic(path, []byte("v2")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	bak, _ := os.ReadFile(path + BackupSuffix)
	if string(got) != "v2" || string(bak) != "v1" {
		t.Fatalf("file %q backup %q; want v2 and v1", got, bak)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 2 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
}

func TestWriteAtomicFailsCleanly(t *testing.T) {
	err := WriteAtomic(filepath.Join(t.TempDir(), "missing-dir", "doc.json"), []byte("x"))
	if err == nil || !strings.Contains(err.Error(), "missing-dir") {
		t.Fatalf("error %v should name the path", err)
	}
}

// TestAtomicFileInPieces: a file written in pieces keeps its old content until committed, and an
// aborted one leaves neither a change nor a temporary file.
func TestAtomicFileInPieces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.jsonl")
	if err := os.WriteFile(path, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := CreateAtomic(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"« un »\n", "deux 😀\n"} {
		if _, err := f.Write([]byte(line)); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(path); string(got) != "old\n" {
			t.Fatalf("before the commit the file holds %q", got)
		}
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	bak, _ := os.ReadFile(path + BackupSuffix)
	if string(got) != "« un »\ndeux 😀\n" || string(bak) != "old\n" {
		t.Fatalf("file %q backup %q", got, bak)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want the old file's 0600", info.Mode().Perm())
	}

	f, err = CreateAtomic(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("half"))
	f.Abort()
	if got2, _ := os.ReadFile(path); string(got2) != string(got) {
		t.Errorf("an aborted write changed the file to %q", got2)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	d, err := SampleDocument()
	if err != nil {
		t.Fatal(err)
	}
	d.Segments[0].Target = "Donald Trump spoke of a “very, very good meeting” 😀."
	path := filepath.Join(t.TempDir(), "sample.json")
	if err := Save(path, d); err != nil {
		t.Fatal(err)
	}
	back, _, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := annotate.Marshal(d)
	b, _ := annotate.Marshal(back)
	if string(a) != string(b) {
		t.Fatal("save and reload changed the document")
	}
}

func TestAutosaveAndRecovery(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "doc.json")
	d, err := SampleDocument()
	if err != nil {
		t.Fatal(err)
	}
	if err := Save(path, d); err != nil {
		t.Fatal(err)
	}
	if _, ok := Recovery(path, d.ID); ok {
		t.Fatal("recovery offered with no autosave")
	}
	d.Segments[1].Target = "unsaved work"
	// The autosave must be newer than the file, as after real edits.
	old := time.Now().Add(-time.Minute)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
	if err := Autosave(path, d); err != nil {
		t.Fatal(err)
	}
	side, ok := Recovery(path, d.ID)
	if !ok {
		t.Fatal("no recovery offered after a crash")
	}
	rec, err := LoadRecovery(side)
	if err != nil || rec.Segments[1].Target != "unsaved work" {
		t.Fatalf("recovered %v, %v", rec, err)
	}
	if err := DiscardAutosave(path, d.ID); err != nil {
		t.Fatal(err)
	}
	if _, ok := Recovery(path, d.ID); ok {
		t.Fatal("recovery still offered after discarding")
	}
}

func TestAutosaveWithoutFileUsesCache(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	d, _ := SampleDocument()
	if err := Autosave("", d); err != nil {
		t.Fatal(err)
	}
	side, ok := Recovery("", AutosaveID(d))
	if !ok || !strings.Contains(side, "glose") {
		t.Fatalf("sidecar %q, %v", side, ok)
	}
}

func TestAddRecent(t *testing.T) {
	var list []string
	for _, p := range []string{"a", "b", "a", "c"} {
		list = AddRecent(list, p)
	}
	if strings.Join(list, ",") != "c,a,b" {
		t.Fatalf("recent = %v", list)
	}
	for i := 0; i < 20; i++ {
		list = AddRecent(list, string(rune('d'+i)))
	}
	if len(list) != MaxRecent {
		t.Fatalf("kept %d", len(list))
	}
}

// TestLoadFirstOfSeveral: a file of several documents opens its first, with a warning that says so in
// English and, by its code and arguments, to a program that says it in its own words.
func TestLoadFirstOfSeveral(t *testing.T) {
	var lines []byte
	for _, id := range []string{"un", "deux"} {
		d := annotate.NewDocument(id, "", "Un texte.", "fr", "en")
		d.AddSegment(0, len(d.Text), 0, annotate.KindSentence)
		b, err := annotate.MarshalLine(d)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(append(lines, b...), '\n')
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, lines, 0o644); err != nil {
		t.Fatal(err)
	}
	d, warns, err := Load(path)
	if err != nil || d.ID != "un" || len(warns) != 1 {
		t.Fatalf("%v %v %v", d, warns, err)
	}
	w := warns[0]
	if w.String() != "corpus.jsonl holds 2 documents; opened the first (un)" || w.Code != formats.WarnFirstDocument ||
		!maps.Equal(w.Args, map[string]any{"N": 2, "ID": "un", "Name": "corpus.jsonl"}) {
		t.Errorf("warning %q, %s %v", w, w.Code, w.Args)
	}
}

// TestLoadTranslationSideNotOpen (QA17 #5): a doccano or Label Studio export made with --side both
// holds each document's translation as a record of its own. Opening it, the translation's warning
// said it was read as a document of its own, and the next that only the first document was open.
// Now one warning says the translation of the document opened is not open, with the record's place
// and the names a program needs to say how to keep both sides together; the first-document warning
// stays only for other documents, and the translations of those go unsaid.
func TestLoadTranslationSideNotOpen(t *testing.T) {
	doc := func(id, text, target string) *annotate.Document {
		d := annotate.NewDocument(id, "", text, "fr", "en")
		d.AddSegment(0, len(d.Text), 0, annotate.KindSentence)
		d.Segments[0].Target = target
		return d
	}
	art := doc("art", "« C'est très difficile », a dit José\u0301 Martínez 🇫🇷.", "“It is very difficult 👍🏽,” said José\u0301 Martínez 🇫🇷.")
	other := doc("b", "Noël à Genève 👍🏽.", "Christmas in Geneva 👍🏽.")
	dir := t.TempDir()
	for _, c := range []struct {
		format, name string
		docs         []*annotate.Document
		place        map[string]any // the translation's record
		firstDoc     int            // the documents WarnFirstDocument counts, 0 for no such warning
	}{
		{"doccano", "both.jsonl", []*annotate.Document{art}, map[string]any{"Line": 2}, 0},
		{"doccano", "corpus.jsonl", []*annotate.Document{art, other}, map[string]any{"Line": 2}, 4},
		{"labelstudio", "tasks.json", []*annotate.Document{art}, map[string]any{"Task": 2, "TaskID": 0}, 0},
	} {
		files, _, err := formats.Write(c.format, c.docs, formats.WriteOptions{Side: formats.BothSides})
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, c.name)
		if err := os.WriteFile(path, files[0].Data, 0o644); err != nil {
			t.Fatal(err)
		}
		d, warns, err := Load(path)
		if err != nil || d.ID != "art" || d.SourceLang != "fr" {
			t.Fatalf("%s: %v %v", c.name, d, err)
		}
		var notOpen, first []formats.Warning
		for _, w := range warns {
			switch w.Code {
			case formats.WarnTranslationSide:
				t.Errorf("%s: %q says a translation was read, but it is not open", c.name, w)
			case formats.WarnTranslationSideNotOpen:
				notOpen = append(notOpen, w)
			case formats.WarnFirstDocument:
				first = append(first, w)
			}
		}
		want := map[string]any{"Format": c.format, "ID": "art#target", "Source": "art", "Lang": "en"}
		maps.Copy(want, c.place)
		if len(notOpen) != 1 || !maps.Equal(notOpen[0].Args, want) {
			t.Errorf("%s: not-open warnings %v, want one with %v", c.name, notOpen, want)
		} else if msg := notOpen[0].String(); !strings.Contains(msg, "art#target") || !strings.Contains(msg, "not opened") ||
			!strings.Contains(msg, "xliff or jsonl") {
			t.Errorf("%s: %q", c.name, msg)
		}
		switch {
		case c.firstDoc == 0 && len(first) > 0:
			t.Errorf("%s: %q, but the only other record is the translation", c.name, first[0])
		case c.firstDoc > 0 && (len(first) != 1 || first[0].Args["N"] != c.firstDoc):
			t.Errorf("%s: first-document warnings %v, want one counting %d", c.name, first, c.firstDoc)
		}
	}

	// the translation alone (--side target) opens, as a document of its own: the warning says so
	files, _, err := formats.Write("doccano", []*annotate.Document{art}, formats.WriteOptions{Side: formats.TargetSide})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "target.jsonl")
	if err := os.WriteFile(path, files[0].Data, 0o644); err != nil {
		t.Fatal(err)
	}
	d, warns, err := Load(path)
	if err != nil || d.SourceLang != "en" || len(warns) != 1 || warns[0].Code != formats.WarnTranslationSide {
		t.Errorf("the translation alone: %v %v %v", d, warns, err)
	}
}

// TestLoadBrat: a brat document opens from its .ann or its .txt, the other read beside it, as the
// command line imports it; it was refused, or opened as plain text without its spans.
func TestLoadBrat(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"doc.txt": "North and South America\n",
		"doc.ann": "T1\tLocation 0 5;16 23\tNorth America\nT2\tLocation 10 15\tSouth\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"doc.ann", "doc.txt"} {
		d, warns, err := Load(filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(d.Spans) != 3 || len(warns) != 1 || warns[0].Code != formats.WarnDiscontinuousSpan {
			t.Errorf("%s: %d spans, warnings %v", name, len(d.Spans), warns)
		}
	}
}
