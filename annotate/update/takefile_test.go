package update

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// clientRound imports the client's file (testdata/merge), translates it with a note added in Glose
// on the segment of "Fin.", and returns the document and its merged export.
func clientRound(t *testing.T, file, format string) (*annotate.Document, []byte) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "formats", "testdata", "merge", file))
	must(t, err)
	docs, _, err := formats.Read(file, data, formats.ReadOptions{})
	must(t, err)
	d := docs[0]
	e := annotate.NewEditor(d)
	for _, s := range d.Segments {
		if strings.HasPrefix(d.SourceText(s), "SKU") {
			continue // translate="no"
		}
		_, err := e.SetTarget(s.ID, "EN: "+d.SourceText(s))
		must(t, err)
		must(t, e.SetStatus(s.ID, annotate.StatusTranslated))
		if d.SourceText(s) == "Fin." {
			must(t, e.AddNote(s.ID, annotate.Note{Text: "Glose: « fin » 😀 or the end?"}))
		}
	}
	files, _, err := formats.Write(format, docs, formats.WriteOptions{})
	must(t, err)
	return d, files[0].Data
}

// replaceAll applies old, new pairs to data, failing when one is missing.
func replaceAll(t *testing.T, data []byte, pairs ...string) []byte {
	t.Helper()
	for i := 0; i+1 < len(pairs); i += 2 {
		if !bytes.Contains(data, []byte(pairs[i])) {
			t.Fatalf("no %q in\n%s", pairs[i], data)
		}
		data = bytes.Replace(data, []byte(pairs[i]), []byte(pairs[i+1]), 1)
	}
	return data
}

// TestReviewersFileBecomesTheOriginal: the reviewer corrects a target in the tool, adds a note and an
// attribute to a unit and a target to a unit Glose does not translate (locked: it stays); after the update the reviewer's
// file is the document's original, its note shows in Glose (read-only) next to Glose's own note (once,
// still editable), one Undo brings back the client's file, and the next export, with a new note of
// Glose's, is the reviewer's file with that note added: valid XLIFF 2 for xmllint.
func TestReviewersFileBecomesTheOriginal(t *testing.T) {
	d, first := clientRound(t, "client.xlf", "xliff")
	client := d.Meta.Original
	if !bytes.Contains(first, []byte(`category="glose">Glose: « fin » 😀 or the end?</note>`)) {
		t.Fatalf("the export lacks Glose's note:\n%s", first)
	}
	returned := replaceAll(t, first,
		`<target>EN: Fin.</target>`, `<target>The end « 😀 ».</target>`,
		`<unit id="tu3" name="p2" okp:style="Normal">`, `<unit id="tu3" name="p2" okp:style="Normal" okp:reviewed="yes">`+
			"\n    <notes><note category=\"review\">Reviewer: « Thanks » reads better 😀.</note></notes>",
		"<source>SKU-12345</source>", "<source>SKU-12345</source>\n     <target>SKU-12345 (EN)</target>")
	path := filepath.Join(t.TempDir(), "reviewed.xlf")
	must(t, os.WriteFile(path, returned, 0o644))

	p, _, err := ReadFile(d, path)
	must(t, err)
	if p.NewOriginal == nil || p.OriginalKept != "" || p.NotesFromFile != 1 || len(p.Changes) != 1 || len(p.Locked) != 1 || p.Partial() {
		t.Fatalf("plan: new original %v, kept %q, %d notes, %d changes, locked %q", p.NewOriginal != nil, p.OriginalKept, p.NotesFromFile, len(p.Changes), p.Locked)
	}
	if want := "  reviewed.xlf replaces client.xlf as the file the next XLIFF export merges into (with 1 new note of its own)"; !strings.Contains(strings.Join(p.Summary(), "\n"), want) {
		t.Errorf("the summary lacks %q:\n%s", want, strings.Join(p.Summary(), "\n"))
	}
	e := annotate.NewEditor(d)
	res, err := Apply(e, p, Options{})
	must(t, err)
	if !res.TookFile || res.NotesFromFile != 1 || d.Meta.Original == nil || !bytes.Equal(d.Meta.Original.Data, returned) {
		t.Fatalf("the reviewer's file is not the original: %+v", res)
	}
	tu3 := segmentOf(t, d, "Merci")
	if n := tu3.Notes; len(n) != 1 || n[0].Glose || n[0].Category != "review" {
		t.Errorf("the reviewer's note reads %+v, want the file's (read-only)", n)
	}
	end := segmentOf(t, d, "Fin.")
	if n := end.Notes; len(n) != 1 || !n[0].Glose {
		t.Errorf("Glose's note reads %+v, want it once, Glose's", n)
	}
	must(t, e.AddNote(end.ID, annotate.Note{Text: "After review: keep « » 👍🏽."}))
	added := end.Notes[len(end.Notes)-1].ID

	again, _, err := formats.Write("xliff", []*annotate.Document{d}, formats.WriteOptions{})
	must(t, err)
	out := again[0].Data
	want := replaceAll(t, returned, `category="glose">Glose: « fin » 😀 or the end?</note>`,
		`category="glose">Glose: « fin » 😀 or the end?</note><note id="`+added+`" category="glose">After review: keep « » 👍🏽.</note>`)
	if !bytes.Equal(out, want) {
		t.Errorf("the export after the update is not the reviewer's file with the new note:\n%s\nwant:\n%s", out, want)
	}
	xmllintXLIFF2(t, out)

	undone := e.Undo() // the note
	undone = undone && e.Undo()
	if !undone || d.Meta.Original != client || len(tu3.Notes) != 0 || end.Target != "EN: Fin." {
		t.Errorf("two Undos (the note, the update) leave original %s, notes %+v, target %q", d.Meta.Original.Name, tu3.Notes, end.Target)
	}
}

// segmentOf returns the segment of d whose French starts with prefix.
func segmentOf(t *testing.T, d *annotate.Document, prefix string) *annotate.Segment {
	t.Helper()
	for _, s := range d.Segments {
		if strings.HasPrefix(d.SourceText(s), prefix) {
			return s
		}
	}
	t.Fatalf("no segment %q", prefix)
	return nil
}

// xmllintXLIFF2 validates data against the XLIFF 2 core schema of ../shared/schemas, or skips.
func xmllintXLIFF2(t *testing.T, data []byte) {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not on PATH (Debian package libxml2-utils)")
	}
	mod, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil || len(mod) == 0 {
		t.Skip("cannot find the repository root")
	}
	schema := filepath.Join(filepath.Dir(strings.TrimSpace(string(mod))), "..", "shared", "schemas", "xliff-2.1", "xliff_core_2.0.xsd")
	if _, err := os.Stat(schema); err != nil {
		t.Skipf("%s not found", schema)
	}
	path := filepath.Join(t.TempDir(), "merged.xlf")
	must(t, os.WriteFile(path, data, 0o644))
	if out, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", schema, path).CombinedOutput(); err != nil {
		t.Errorf("xmllint: %v\n%s", err, out)
	}
}

// TestReviewersFile12BecomesTheOriginal: the same for a client's XLIFF 1.2 file: the reviewer's note
// and approved attribute stay in the next export; Glose's note (from="glose"), deleted in Glose while
// the reviewer worked, does not come back, and the export takes it out of the file.
func TestReviewersFile12BecomesTheOriginal(t *testing.T) {
	d, first := clientRound(t, "client12.xlf", "xliff12")
	returned := replaceAll(t, first,
		`<target state="translated">EN: Fin.</target>`, `<target state="translated">The end.</target>`+
			"\n              <note from=\"reviewer\">Reviewer: « fine » 😀</note>",
		`<trans-unit id="tu4">`, `<trans-unit id="tu4" approved="yes">`)
	path := filepath.Join(t.TempDir(), "reviewed.xlf")
	must(t, os.WriteFile(path, returned, 0o644))
	end := segmentOf(t, d, "Fin.")
	removed := end.Notes[len(end.Notes)-1].ID
	must(t, annotate.NewEditor(d).RemoveNote(end.ID, len(end.Notes)-1))
	p, _, err := ReadFile(d, path)
	must(t, err)
	if p.NewOriginal == nil || p.NotesFromFile != 1 {
		t.Fatalf("plan: new original %v, kept %q, %d notes", p.NewOriginal != nil, p.OriginalKept, p.NotesFromFile)
	}
	_, err = Apply(annotate.NewEditor(d), p, Options{})
	must(t, err)
	for _, n := range end.Notes {
		if n.Glose {
			t.Errorf("the note deleted in Glose came back: %+v", n)
		}
	}
	again, _, err := formats.Write("xliff12", []*annotate.Document{d}, formats.WriteOptions{})
	must(t, err)
	want := replaceAll(t, returned, "\n  <note from=\"glose#"+removed+"\">Glose: « fin » 😀 or the end?</note>", "")
	if !bytes.Equal(again[0].Data, want) {
		t.Errorf("the export after the update is not the reviewer's file without the deleted note:\n%s\nwant:\n%s", again[0].Data, want)
	}
}

// TestOriginalKeptWhenTheFileCannotReplaceIt: a TMX, Glose's own XLIFF, a file whose French the
// reviewer edited, a file larger than a document keeps: the document keeps the client's file, and the
// summary says why.
func TestOriginalKeptWhenTheFileCannotReplaceIt(t *testing.T) {
	d, first := clientRound(t, "client.xlf", "xliff")
	client := d.Meta.Original
	write := func(name string, data []byte) string {
		path := filepath.Join(t.TempDir(), name)
		must(t, os.WriteFile(path, data, 0o644))
		return path
	}
	gloseOwn := func(format string) []byte {
		d2 := d.Clone()
		d2.Meta.Original = nil
		files, _, err := formats.Write(format, []*annotate.Document{d2}, formats.WriteOptions{})
		must(t, err)
		return files[0].Data
	}
	big := replaceAll(t, first, "<file ", "<!-- "+strings.Repeat("é", 5<<20)+" -->\n <file ")
	for _, c := range []struct {
		name, path, reason, says string
	}{
		{"tmx", write("reviewed.tmx", gloseOwn("tmx")), KeptTMX, "a TMX file is not the translation tool's XLIFF"},
		{"glose", write("reviewed.xlf", gloseOwn("xliff12")), KeptGlose, "it is Glose's own XLIFF"},
		{"units", write("reviewed.xlf", replaceAll(t, first, "<source>Fin.</source>", "<source>Fin !</source>")), KeptUnits, "its units are not the document's"},
		{"size", write("reviewed.xlf", big), KeptSize, "it is larger than 8 MB"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, warns, err := ReadFile(d, c.path)
			must(t, err)
			for _, w := range warns {
				if w.Code == formats.WarnOriginalNotKept {
					t.Errorf("the reader's warning is passed on: %s", w)
				}
			}
			summary := strings.Join(p.Summary(), "\n")
			if p.NewOriginal != nil || p.OriginalKept != c.reason || !strings.Contains(summary, "does not replace client.xlf, which the next XLIFF export still merges into: "+c.says) {
				t.Fatalf("kept %q, summary:\n%s", p.OriginalKept, summary)
			}
			if len(p.Changes) > 0 {
				_, err = Apply(annotate.NewEditor(d), p, Options{})
				must(t, err)
			}
			if d.Meta.Original != client {
				t.Errorf("the original is now %s", d.Meta.Original.Name)
			}
		})
	}
}
