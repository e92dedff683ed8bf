package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// setTargets gives the segments of the Glose JSON file path the translations by unit, translated.
func setTargets(t *testing.T, path string, en map[string]string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := annotate.Unmarshal(data, path)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Segments {
		if tr, ok := en[s.Unit]; ok {
			s.Target, s.Status = annotate.NFC(tr), annotate.StatusTranslated
		}
	}
	if data, err = annotate.Marshal(d); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestExportMergesBackCodes: a client's XLIFF 2 whose sources hold inline codes, imported, translated
// and exported, has the codes in its targets, around the English of the name they wrapped, and the
// export names the units to check. Returned by the reviewer and taken by update, the file's targets
// with their codes are what the next translation keeps its codes from: a word changed at the end
// leaves the code around the name where it was.
func TestExportMergesBackCodes(t *testing.T) {
	dir := t.TempDir()
	doc, first := filepath.Join(dir, "doc.json"), filepath.Join(dir, "first.xlf")
	if code, _, stderr := runCLI(t, "import", "-o", doc, "../../annotate/formats/testdata/merge/codes.xlf"); code != 0 {
		t.Fatalf("import: exit %d: %s", code, stderr)
	}
	setTargets(t, doc, map[string]string{"name": "According to Sergei Lavrov, Russia refuses.", "lines": "First line. Second line."})
	code, _, stderr := runCLI(t, "export", "--to", "xliff", "-o", first, doc)
	if code != 0 || !strings.Contains(stderr, "1 unit whose new translation got inline codes (formatting, placeholders) at a likely place, as the English of what they mark was not found: lines; check them in the translation tool") {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(first)
	if err != nil {
		t.Fatal(err)
	}
	named := `<target>According to <pc id="1" dataRefStart="b" dataRefEnd="nb">Sergei Lavrov</pc>, Russia refuses.</target>`
	if !strings.Contains(string(data), named) {
		t.Fatalf("the export lacks %s:\n%s", named, data)
	}
	reviewed := strings.Replace(string(data), named, `<target>According to <pc id="1" dataRefStart="b" dataRefEnd="nb">Sergei Lavrov</pc>, Russia refuses it.</target>`, 1)
	from := filepath.Join(dir, "reviewed.xlf")
	if err := os.WriteFile(from, []byte(reviewed), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "update", "--from", from, "-o", doc, doc); code != 0 || !strings.Contains(stderr, "replaces codes.xlf") {
		t.Fatalf("update: exit %d: %s", code, stderr)
	}
	setTargets(t, doc, map[string]string{"name": "According to Sergei Lavrov, Russia says no."})
	code, out, stderr := runCLI(t, "export", "--to", "xliff", doc)
	want := `<target>According to <pc id="1" dataRefStart="b" dataRefEnd="nb">Sergei Lavrov</pc>, Russia says no.</target>`
	if code != 0 || !strings.Contains(out, want) || strings.Contains(stderr, "inline codes") {
		t.Errorf("exit %d, %s: the export lacks %s:\n%s", code, stderr, want, out)
	}
}
