package formats

import (
	"bytes"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// docNote is a note added in Glose on a whole document: « », an emoji and e + U+0301 kept, & escaped.
var docNote = annotate.Note{Text: "Team: « Rene\u0301e » & co 😀", Glose: true}

// mergeDocNote reads the client's file data (named name), adds docNote to the document and merges it
// back to format, returning the merged file; it checks that the note reads back on the document, once,
// and that a second round trip writes it no second time.
func mergeDocNote(t *testing.T, name, format string, data []byte) []byte {
	t.Helper()
	docs, _, err := Read(name, data, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	docs[0].Notes = append(docs[0].Notes, docNote)
	files, _, err := Write(format, docs, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out := files[0].Data
	back, _, err := Read(name, out, ReadOptions{})
	if err != nil {
		t.Fatalf("the merged file does not read: %v\n%s", err, out)
	}
	n := back[0].Notes
	if len(n) == 0 || n[len(n)-1].Text != docNote.Text || len(n) != len(docs[0].Notes) {
		t.Errorf("the document's notes read back as %+v", n)
	}
	again, _, err := Write(format, back, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again[0].Data, out) {
		t.Errorf("the merged file imported and exported again changed:\n%s\nvs\n%s", again[0].Data, out)
	}
	return out
}

// TestXLIFFMergeBackDocumentNotes: a note added in Glose on the whole document goes into the
// <file>'s <notes>, after the client's, or in a <notes> of its own before the first group or unit
// when the file has none; the file stays valid.
func TestXLIFFMergeBackDocumentNotes(t *testing.T) {
	orig, _ := readClient(t)
	note := `<note category="glose">Team: « Rene` + "\u0301" + `e » &amp; co 😀</note>`
	out := mergeDocNote(t, "client.xlf", "xliff", orig)
	xmllintXLIFF(t, out)
	if want := "Keep the client&apos;s « » quotes.</note>\n   " + note + "\n  </notes>"; !bytes.Contains(out, []byte(want)) {
		t.Errorf("the note is not after the client's:\n%s", out)
	}
	start := bytes.Index(orig, []byte("  <notes>\n   <note id=\"fn1\""))
	end := bytes.Index(orig, []byte("  <group id=\"g1\""))
	bare := append(bytes.Clone(orig[:start]), orig[end:]...)
	out = mergeDocNote(t, "client.xlf", "xliff", bare)
	xmllintXLIFF(t, out)
	if want := "</okp:properties>\n  <notes>" + note + "</notes>\n  <group id=\"g1\""; !bytes.Contains(out, []byte(want)) {
		t.Errorf("the note is not in a <notes> before the first group:\n%s", out)
	}
}

// TestXLIFF12MergeBackDocumentNotes: in XLIFF 1.2 the note goes into the <file>'s <header>: after
// its last note, after its last child when it has no note, into a <header/>, or into a new <header>
// before the <body>.
func TestXLIFF12MergeBackDocumentNotes(t *testing.T) {
	orig, _ := readClient12(t)
	note := `<note from="glose">Team: « Rene` + "\u0301" + `e » &amp; co 😀</note>`
	headerAt := bytes.Index(orig, []byte("<header>"))
	headerEnd := bytes.Index(orig, []byte("</header>\n")) + len("</header>\n")
	clientNote := "<note from=\"pm\">Keep the client&apos;s « » quotes.</note>\n"
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"after the client's note", orig, clientNote + note + "\n</header>"},
		{"after the last child", bytes.Replace(orig, []byte(clientNote), nil, 1), `tool-version="1.44"/>` + "\n" + note + "\n</header>"},
		{"in <header/>", append(append(bytes.Clone(orig[:headerAt]), "<header/>\n"...), orig[headerEnd:]...), "<header>\n  " + note + "\n</header>\n<body>"},
		{"in a new header", append(bytes.Clone(orig[:headerAt]), orig[headerEnd:]...), `okp:inputEncoding="UTF-8">` + "\n<header>\n  " + note + "\n</header>\n<body>"},
	} {
		out := mergeDocNote(t, "client12.xlf", "xliff12", c.data)
		check12Order(t, out)
		if !strings.Contains(string(out), c.want) {
			t.Errorf("%s: the merged file lacks %q:\n%s", c.name, c.want, out)
		}
	}
}
