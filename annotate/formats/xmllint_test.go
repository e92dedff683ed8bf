package formats

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// sharedDir returns ../shared beside the repository (CI lays it there), or skips the test.
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil || len(out) == 0 {
		t.Skip("cannot find the repository root")
	}
	dir := filepath.Join(filepath.Dir(string(out[:len(out)-1])), "..", "shared", sub)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s not found", dir)
	}
	return dir
}

func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not on PATH (Debian package needed; see docs/formats.md)", name)
	}
	return p
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestXMLLintValidates checks XLIFF exports (mention kinds included) against the official XLIFF 2 core schema and TMX exports
// against the TMX 1.4b DTD, with xmllint (Debian package libxml2-utils).
func TestXMLLintValidates(t *testing.T) {
	xmllint := needTool(t, "xmllint")
	schemas := sharedDir(t, "schemas")
	var docs []*annotate.Document
	for seed := int64(1); seed <= 12; seed++ {
		d := genDoc(t, seed)
		d.Segments[0].Kind = annotate.KindHeading // written as an extension attribute of its unit
		docs = append(docs, d)
	}
	docs = append(docs, mentionsDoc(t)) // glose:mention on <mrk> and <sm/>, an attribute of another namespace
	cases := []struct {
		format string
		opts   WriteOptions
		args   []string
	}{
		{"xliff", WriteOptions{Side: BothSides}, []string{"--schema", filepath.Join(schemas, "xliff-2.1", "xliff_core_2.0.xsd")}},
		{"xliff", WriteOptions{Side: SourceSide, Confirmed: true}, []string{"--schema", filepath.Join(schemas, "xliff-2.1", "xliff_core_2.0.xsd")}},
		{"tmx", WriteOptions{}, []string{"--dtdvalid", filepath.Join(schemas, "tmx14.dtd")}},
		{"tmx", WriteOptions{Paragraphs: true}, []string{"--dtdvalid", filepath.Join(schemas, "tmx14.dtd")}},
	}
	for _, c := range cases {
		files, _, err := Write(c.format, docs, c.opts)
		if err != nil {
			t.Fatal(err)
		}
		p := writeTemp(t, files[0].Name, files[0].Data)
		args := append([]string{"--noout", "--nonet"}, c.args...)
		out, err := exec.Command(xmllint, append(args, p)...).CombinedOutput()
		if err != nil {
			t.Fatalf("%s %+v: xmllint: %v\n%s", c.format, c.opts, err, out)
		}
	}
}
