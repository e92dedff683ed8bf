package formats

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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
		d.Segments[0].Kind = annotate.KindHeading          // written as an extension attribute of its unit
		for _, s := range d.Segments[len(d.Segments)/2:] { // glose:locked, or translate="no", on units
			s.Locked = true
		}
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
		if c.format == "xliff" && !strings.Contains(string(files[0].Data), `glose:locked="`) {
			t.Errorf("no unit with some segments locked: the test does not validate glose:locked")
		}
		p := writeTemp(t, files[0].Name, files[0].Data)
		args := append([]string{"--noout", "--nonet"}, c.args...)
		out, err := exec.Command(xmllint, append(args, p)...).CombinedOutput()
		if err != nil {
			t.Fatalf("%s %+v: xmllint: %v\n%s", c.format, c.opts, err, out)
		}
	}
}

// TestXLIFF12StrictConstraints checks, without the schema (OASIS's XLIFF 1.2 schema is not among
// ../shared/schemas), the rules of the strict XLIFF 1.2 schema that Glose's markers could break: no
// attribute of another namespace (strict's wildcard wants a declaration for it), no mid on a marker in
// a <target> (the keyref KR_tu_segsrc_mid wants it to name a <seg-source> segment, and Glose writes
// none), and a mid that is an NMTOKEN. The exports were validated by hand against the strict schema
// with xmllint once (docs/formats.md).
func TestXLIFF12StrictConstraints(t *testing.T) {
	var docs []*annotate.Document
	for seed := int64(1); seed <= 12; seed++ {
		docs = append(docs, genDoc(t, seed))
	}
	docs = append(docs, mentionsDoc(t))
	text := "Zoé 👍🏽 parle à Rene\u0301e."
	m := annotate.NewDocument("ids", "", annotate.NFC(text), "fr", "en")
	m.AddSegment(0, len(m.Text), 0, annotate.KindSentence)
	zoe := strings.Index(m.Text, "Zoé")
	// a valid Glose ID, not an XML name token
	m.Spans = append(m.Spans, &annotate.Span{ID: "span #2", Side: annotate.Source, Start: zoe, End: zoe + len("Zoé"), Label: annotate.LabelPER, Origin: annotate.Human})
	mustDo(t, m.Validate())
	docs = append(docs, m)
	files, _, err := Write("xliff12", docs, WriteOptions{Side: BothSides})
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(files[0].Data))
	inTarget, mids, targetMarks := 0, 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			if e.Name.Local == "target" {
				inTarget++
			}
			for _, a := range e.Attr {
				if a.Name.Space != "" && a.Name.Space != "xmlns" && a.Name.Space != "http://www.w3.org/XML/1998/namespace" {
					t.Errorf("<%s> has %s:%s, an attribute of another namespace", e.Name.Local, a.Name.Space, a.Name.Local)
				}
				if e.Name.Local == "mrk" && a.Name.Local == "mid" {
					mids++
					if inTarget > 0 {
						t.Errorf("a marker in a <target> has mid=%q", a.Value)
					}
					if !isNMToken(a.Value) {
						t.Errorf("mid=%q is not an NMTOKEN", a.Value)
					}
				}
			}
			if e.Name.Local == "mrk" && inTarget > 0 {
				targetMarks++
			}
		case xml.EndElement:
			if e.Name.Local == "target" {
				inTarget--
			}
		}
	}
	if mids == 0 || targetMarks == 0 {
		t.Fatalf("the test exports no markers to check: %d mids, %d markers in targets", mids, targetMarks)
	}
	if bytes.Contains(files[0].Data, []byte(`mid="span #2"`)) {
		t.Error("an ID with a space was written as mid")
	}
	// The span whose ID cannot be a mid still reads back, with a new ID.
	one, _, err := Write("xliff12", []*annotate.Document{m}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	back := readExport(t, "xliff12", one)
	if len(back.Spans) != 1 || back.Spans[0].ID == "" || back.SpanText(back.Spans[0]) != "Zoé" {
		t.Errorf("read back %+v", back.Spans)
	}
}

func TestIsNMToken(t *testing.T) {
	for s, want := range map[string]bool{"t1": true, "s1.2-a_b:c": true, "é\u0301": true, "span #2": false, "": false, "a/b": false, "👍": false} {
		if got := isNMToken(s); got != want {
			t.Errorf("isNMToken(%q) = %v", s, got)
		}
	}
}
