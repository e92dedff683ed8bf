package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
	"github.com/glose-app/glose/workspace"
)

// codesClientXLIFF is a client's XLIFF 2 whose French holds inline codes, among « guillemets » with
// no-break spaces, an emoji and e + U+0301.
const codesClientXLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
 <file id="f1">
  <unit id="name"><segment><source>Selon <pc id="1">Sergueï Lavrov</pc>, la Russie refuse «` + "\u00a0net\u00a0» 😀 : cafe\u0301." + `</source></segment></unit>
  <unit id="plain"><segment><source>Le ministre est parti.</source></segment></unit>
  <unit id="lost"><segment><source>Le <pc id="1">patron</pc> dit :<ph id="2"/> « Nous restons ! »</source></segment></unit>
  <unit id="other"><segment><source>Le <pc id="1">porte-parole</pc> est resté muet.</source></segment></unit>
 </file>
</xliff>
`

// codesMemoryTMX has, for each coded segment of codesClientXLIFF, a unit whose English writes the
// French's words otherwise (no code could be placed by words the two share): the first exact, its
// code after an emoji, « guillemets » with no-break spaces and e + U+0301 in the English; the second
// fuzzy, its codes in another order than the French's; the third with a code of another kind than
// the segment's.
const codesMemoryTMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="fr" datatype="xml"/><body>
<tu><tuv xml:lang="fr"><seg>Selon <bpt i="1" x="1">&lt;b&gt;</bpt>Sergueï Lavrov<ept i="1">&lt;/b&gt;</ept>, la Russie refuse «` + "\u00a0net\u00a0» 😀 : cafe\u0301." + `</seg></tuv>` +
	"<tuv xml:lang=\"en\"><seg>“Frankly” 😀, cafe\u0301 «\u00a0<bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Sergei Lavrov<ept i=\"1\">&lt;/b&gt;</ept>\u00a0» says Russia refuses.</seg></tuv></tu>\n" +
	`<tu><tuv xml:lang="fr"><seg>Le <bpt i="1">&lt;i&gt;</bpt>patron<ept i="1">&lt;/i&gt;</ept> a dit :<ph x="2">&lt;br/&gt;</ph> « Nous restons ! »</seg></tuv><tuv xml:lang="en"><seg>“We stay!”<ph x="2">&lt;br/&gt;</ph> says the <bpt i="1">&lt;i&gt;</bpt>manager<ept i="1">&lt;/i&gt;</ept>.</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>Le <ph x="1"/>porte-parole est resté muet.</seg></tuv><tuv xml:lang="en"><seg>The <ph x="1"/>spokesman kept silent.</seg></tuv></tu>
</body></tmx>
`

// TestPretranslateBringsMemoryCodes: a client's XLIFF 2 with inline codes, imported and pretranslated
// from a memory imported from TMX with codes, gets the segment's codes where each unit has them (an
// exact match and a fuzzy one whose codes are in another order), says how many got them, and the
// export back to XLIFF writes them there without estimating them; a unit whose code is not the
// segment's kind fills the segment without codes, which the export then estimates.
func TestPretranslateBringsMemoryCodes(t *testing.T) {
	dir := t.TempDir()
	path := func(name string) string { return filepath.Join(dir, name) }
	for name, text := range map[string]string{"client.xlf": codesClientXLIFF, "coded.tmx": codesMemoryTMX} {
		if err := os.WriteFile(path(name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{
		{"tm", "import", "--tm", path("tm.db"), path("coded.tmx")},
		{"import", "-o", path("doc.json"), path("client.xlf")},
	} {
		if code, _, stderr := runCLI(t, args...); code != 0 {
			t.Fatalf("%s: exit %d: %s", args[0], code, stderr)
		}
	}
	code, _, stderr := runCLI(t, "pretranslate", "--tm", path("tm.db"), "--mt", "none", "-o", path("pre.json"), path("doc.json"))
	if want := "3 from memory (2 exact, 1 fuzzy), 0 by machine translation; 2 of them got their inline codes from the memory"; code != 0 || !strings.Contains(stderr, want) {
		t.Fatalf("pretranslate: exit %d: %s, want it to say %q", code, stderr, want)
	}
	d, _, err := workspace.Load(path("pre.json"))
	if err != nil {
		t.Fatal(err)
	}
	if s := d.Segments[3]; s.Target != "The spokesman kept silent." || len(s.Codes) != 0 {
		t.Errorf("a unit whose code is not the segment's kind: %q %+v, want its English without codes", s.Target, s.Codes)
	}
	code, out, stderr := runCLI(t, "export", "--to", "xliff", path("pre.json"))
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"<target>“Frankly” 😀, café «\u00a0<pc id=\"1\">Sergei Lavrov</pc>\u00a0» says Russia refuses.</target>",
		`<target>“We stay!”<ph id="2"/> says the <pc id="1">manager</pc>.</target>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the export lacks %s:\n%s", want, out)
		}
	}
	if !strings.Contains(stderr, "as the English of what they mark was not found: other;") {
		t.Errorf("export's stderr %q: want it to estimate the codes of unit other alone", stderr)
	}
}

// TestPTDraftComposes: a memory unit's English not composed (e + U+0301 before its code, as a memory
// an older version stored may hold) goes into the segment composed, its code moved with it around
// the same words; cleaning that changes the text places none.
func TestPTDraftComposes(t *testing.T) {
	docs, _, err := formats.Read("client.xlf", []byte(codesClientXLIFF), formats.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	source, err := formats.SourceCodes(d.Meta.Original)
	if err != nil {
		t.Fatal(err)
	}
	const en = "cafe\u0301 «\u00a0Sergei Lavrov\u00a0» 😀 says Russia refuses."
	at := strings.Index(en, "Sergei")
	from := []tm.TargetCode{{Element: "bpt", X: "1", Wraps: true, At: at, End: at + len("Sergei Lavrov")}}
	c := ptCodes{units: map[int][]tm.TargetCode{0: from}, source: source}
	text, marks := c.draft(d, d.Segments[0], suggest.Draft{Index: 0, Text: en, Kind: suggest.KindTM, Unit: 1})
	if text != annotate.NFC(en) || len(marks) != 2 || text[marks[0].At:marks[1].At] != "Sergei Lavrov" {
		t.Errorf("%q with markers %+v, want the composed English with the code around Sergei Lavrov", text, marks)
	}
	if _, marks := c.draft(d, d.Segments[0], suggest.Draft{Index: 0, Text: en + "\x07", Kind: suggest.KindTM, Unit: 1}); marks != nil {
		t.Errorf("a text cleaning changed: markers %+v, want none", marks)
	}
}
