package main

import (
	"archive/zip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeZip writes a zip of the parts given as name, content pairs at dir/name.
func writeZip(t *testing.T, dir, name string, parts ...string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	z := zip.NewWriter(f)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := z.Create(parts[i])
		if err == nil {
			_, err = w.Write([]byte(parts[i+1]))
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestAnnotateWordDocument: an article as Word or LibreOffice saves it is pre-annotated as the app
// opens it: the quotation and its speaker found in the body's text, the deleted words of a tracked
// change left out. annotate refused .docx before, and translators receive articles so.
func TestAnnotateWordDocument(t *testing.T) {
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	dir := t.TempDir()
	docx := writeZip(t, dir, "grève.docx", "word/document.xml", `<w:document `+w+`><w:body>`+
		`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Grève à la SNCF</w:t></w:r></w:p>`+
		"<w:p><w:r><w:t xml:space=\"preserve\">«\u00a0Nous ne céderons pas 😀\u00a0», a déclaré Laurent Brun à Paris</w:t></w:r>"+
		`<w:del w:id="1"><w:r><w:delText> hier soir</w:delText></w:r></w:del><w:r><w:t>.</w:t></w:r></w:p></w:body></w:document>`)
	odt := writeZip(t, dir, "grève2.odt", "content.xml", `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" `+
		`xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>`+
		"<text:p>«\u00a0Nous ne céderons pas 😀\u00a0», a déclaré Laurent Brun à Paris.</text:p></office:text></office:body></office:document-content>")
	for _, path := range []string{docx, odt} {
		if text := annotatedWithQuote(t, path, "«\u00a0Nous ne céderons pas 😀\u00a0»", "Laurent Brun"); strings.Contains(text, "hier soir") {
			t.Errorf("%s: text %q holds the deleted words", path, text)
		}
	}
	code, stdout, stderr := runCLI(t, "annotate", dir)
	if code != 0 || strings.Count(stdout, "\n") != 2 || strings.Contains(stderr, "left out") {
		t.Errorf("annotate DIR: exit %d, %d lines, stderr %q; want both documents, nothing left out", code, strings.Count(stdout, "\n"), stderr)
	}
	old := filepath.Join(dir, "vieux.doc")
	if err := os.WriteFile(old, append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "annotate", old); code == 0 || !strings.Contains(stderr, "save it as .docx") {
		t.Errorf("annotate an old .doc: exit %d, stderr %q; want it refused with what to do", code, stderr)
	}
	if code, stdout, stderr := runCLI(t, "import", docx); code != 0 || !strings.Contains(stdout, "Laurent Brun") {
		t.Errorf("import %s: exit %d, stderr %q", docx, code, stderr)
	}
}
