package formats

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// layoutFile mirrors Crowdin's XLIFF (Bloom's MissingLameModule.xlf: a source ending in a line break
// and the indentation of the closing tag, a <g> code with html: attributes, a target with more breaks)
// and Xcode's through Weblate (cs-apple.xliff: xml:space="preserve", a string ending in "\n", no target).
const layoutFile = `<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:html="http://www.w3.org/TR/html" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="Module-fr.html" datatype="html" source-language="fr" target-language="en">
    <body>
      <trans-unit id="optional">
        <source xml:lang="fr">Pour publier votre livre « sans audio » 🎧, cliquez <g id="genid-2" ctype="x-html-a" html:href="javascript:void(0)">ici</g>.
      </source>
        <target xml:lang="en" state="translated">To publish your book without audio, click <g id="genid-2" ctype="x-html-a" html:href="javascript:void(0)">here</g>.
      
      </target>
      </trans-unit>
      <trans-unit id="hello">
        <source xml:space="preserve">  Bonjour, e` + "\u0301" + `té !
</source>
      </trans-unit>
      <trans-unit id="count">
        <source xml:space="preserve">L’orang-outan a %d bananes.</source>
      </trans-unit>
    </body>
  </file>
</xliff>
`

// A source ending in a line break ends its segment before it (the break is the gap's), a target is read
// without its own, and merge-back writes a new English with the source's white space at its ends, the
// codes before the final break; a target left alone keeps its bytes.
func TestSourceEndingInALineBreak(t *testing.T) {
	docs, _, err := Read("crowdin.xlf", []byte(layoutFile), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	want := []string{"Pour publier votre livre « sans audio » 🎧, cliquez ici.", "Bonjour, \u00e9té !", "L’orang-outan a %d bananes."}
	for i, s := range d.Segments {
		if got := d.SourceText(s); got != want[i] {
			t.Errorf("segment %d: French %q, want %q", i+1, got, want[i])
		}
	}
	if got := d.Segments[0].Target; got != "To publish your book without audio, click here." {
		t.Errorf("the target read %q", got)
	}
	all, err := SourceCodes(d.Meta.Original)
	if codes := SegmentCodes(all, d, d.Segments[0]); err != nil || len(codes) != 1 || codes[0].Words != "ici" {
		t.Errorf("the codes the app shows: %+v, %v", codes, err)
	}
	out := mergeReal(t, d, "xliff12", map[string]string{d.Segments[1].ID: "Hello, summer!", d.Segments[2].ID: "The orangutan has %d bananas."})
	for _, w := range []string{
		"<target state=\"translated\">  Hello, summer!\n</target>",
		"<target state=\"translated\">The orangutan has %d bananas.</target>",
		"click <g id=\"genid-2\" ctype=\"x-html-a\" html:href=\"javascript:void(0)\">here</g>.\n      \n      </target>",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("the merged file lacks %q:\n%s", w, out)
		}
	}
	d = docs[0]
	out = mergeReal(t, d, "xliff12", map[string]string{d.Segments[0].ID: "To publish your « book » 🎧 with no sound, click here."})
	if w := "click <g id=\"genid-2\" ctype=\"x-html-a\" html:href=\"javascript:void(0)\">here</g>.\n      </target>"; !strings.Contains(out, w) {
		t.Errorf("the merged file lacks %q:\n%s", w, out)
	}
	back, _, err := Read("crowdin.xlf", []byte(out), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := back[0].Segments[0].Target; got != "To publish your « book » 🎧 with no sound, click here." {
		t.Errorf("read back %q", got)
	}
}

// mayHaveLayout must say yes to every content whose text has layout space at an end, codes around it
// or not, or merge-back would write its target without it.
func TestMayHaveLayout(t *testing.T) {
	for _, c := range []struct {
		src  string
		want bool
	}{
		{"Bonjour", false}, {`<g id="1">Bonjour</g>`, false}, {"Bonjour\n", true}, {"Bonjour.\n<ph id=\"1\"/>", true},
		{"  <g id=\"1\">Bonjour</g>", true}, {"Bonjour&#10;", true}, {`<bpt id="1">&lt;b&gt;</bpt>`, true},
		{"<x id=\"1\"/>", true}, {"", true}, {"« Oui »", false},
	} {
		if got := mayHaveLayout([]byte(c.src)); got != c.want {
			t.Errorf("mayHaveLayout(%q) = %v", c.src, got)
		}
		if in, err := parseCodes([]byte(c.src)); err == nil && !c.want {
			if a, b := trimLayout(in.text, 0, len(in.text)); a != 0 || b != len(in.text) {
				t.Errorf("%q has layout space but mayHaveLayout says no", c.src)
			}
		}
	}
}

// A document imported before the layout space was left to the gap has it at its segments' ends: they
// still merge back, their codes placed as before.
func TestLayoutOfAnOlderDocument(t *testing.T) {
	docs, _, err := Read("crowdin.xlf", []byte(layoutFile), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	d.Segments[0].End += len("\n      ")
	if !strings.HasSuffix(d.Text[:d.Segments[0].End], "ici.\n      ") {
		t.Fatalf("the older segment reads %q", d.SourceText(d.Segments[0]))
	}
	all, err := SourceCodes(d.Meta.Original)
	if codes := SegmentCodes(all, d, d.Segments[0]); err != nil || len(codes) != 1 {
		t.Errorf("the codes the app shows: %+v, %v", codes, err)
	}
	d.Segments[0].Target = "To publish your « book » 🎧 with no sound, click here."
	d.Segments[0].Status = "translated"
	files, warns, err := Write("xliff12", docs, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out := string(files[0].Data)
	if w := "click <g id=\"genid-2\" ctype=\"x-html-a\" html:href=\"javascript:void(0)\">here</g>.\n      </target>"; !strings.Contains(out, w) {
		t.Errorf("the merged file lacks %q:\n%s", w, out)
	}
	for _, w := range warns {
		t.Errorf("warning: %s", w.Msg)
	}
	// Rewritten, the source's codes placed in it: as in a document imported now.
	fresh, _, err := Read("crowdin.xlf", []byte(layoutFile), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range []*annotate.Document{d, fresh[0]} {
		doc.Segments[0].Target, doc.Segments[0].Status = "Without sound 🎧? Click here.", annotate.StatusTranslated
	}
	old, _, err1 := Write("xliff12", docs, WriteOptions{})
	now, _, err2 := Write("xliff12", fresh, WriteOptions{})
	if err1 != nil || err2 != nil || string(old[0].Data) != string(now[0].Data) {
		t.Errorf("merged from the older document (%v):\n%s\nfrom one imported now (%v):\n%s", err1, old[0].Data, err2, now[0].Data)
	}
}
