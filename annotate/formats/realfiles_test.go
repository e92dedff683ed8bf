package formats

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// readReal imports a file a translation tool wrote (testdata/realfiles, excerpts of real files whose
// licences allow it, each naming its source in a comment), which must keep its original.
func readReal(t *testing.T, name string) ([]byte, *annotate.Document, []Warning) {
	t.Helper()
	data, err := os.ReadFile("testdata/realfiles/" + name)
	if err != nil {
		t.Fatal(err)
	}
	docs, warns, err := Read(name, data, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Meta.Original == nil {
		t.Fatalf("%s: %d documents, the original not kept", name, len(docs))
	}
	return data, docs[0], warns
}

// mergeReal translates the segments named (by ID) and exports the document back into its tool's file.
func mergeReal(t *testing.T, d *annotate.Document, format string, english map[string]string) string {
	t.Helper()
	ed := annotate.NewEditor(d)
	for id, en := range english {
		if _, err := ed.SetTarget(id, en); err != nil {
			t.Fatal(err)
		}
		mustDo(t, ed.SetStatus(id, annotate.StatusTranslated))
	}
	files, _, err := Write(format, []*annotate.Document{d}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(files[0].Data))
	for {
		if _, err := dec.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("the merged file is not well formed: %v", err)
		}
	}
	return string(files[0].Data)
}

// SDL Trados Studio writes a trans-unit translate="no" for the codes and line breaks between
// paragraphs; they are nothing to translate, and were rows of blank French, locked, each with the
// warning that a reviewed segment had no translation.
func TestTradosCodeUnitsAreNoSegments(t *testing.T) {
	data, d, warns := readReal(t, "trados-ts09.sdlxliff")
	var ids []string
	for _, s := range d.Segments {
		ids = append(ids, s.ID)
		if strings.TrimSpace(d.SourceText(s)) == "" {
			t.Errorf("segment %s is blank: %q", s.ID, d.SourceText(s))
		}
	}
	if strings.Join(ids, " ") != "1 2 3" {
		t.Errorf("segments %v, want the three mrk segments 1 2 3", ids)
	}
	for _, w := range warns {
		if w.Code == WarnFinishedUntranslated {
			t.Errorf("warning about a unit of codes: %v", w)
		}
	}
	out := mergeReal(t, d, "xliff12", map[string]string{"2": "Einen Standort für Ihren Fotodrucker finden"})
	for _, unit := range []string{
		`<trans-unit id="ef0bb684-d2e9-49b7-b7c8-cd1799316337" translate="no"><source><x id="1" />` + "\n" + `<x id="2" />` + "\n</source></trans-unit>",
		`<target><mrk mtype="seg" mid="1">Erste Schritte</mrk></target><sdl:seg-defs><sdl:seg id="1" conf="Translated"`,
		`<target state="translated"><mrk mtype="seg" mid="2">Einen Standort für Ihren Fotodrucker finden</mrk></target><sdl:seg-defs><sdl:seg id="2" conf="Translated" /></sdl:seg-defs>`,
	} {
		if !strings.Contains(out, unit) {
			t.Errorf("the merged file lacks %s", unit)
		}
	}
	if head := string(data[:bytes.Index(data, []byte("<body>"))]); !strings.HasPrefix(out, head) {
		t.Error("the merged file's header is not the original's")
	}
}

// A code around a placeholder the English copies as it is goes around all of it: memoQ's help page
// has <bpt>&lt;code&gt;</bpt>${TrgLang}<ept>…, which went around "TrgLang" alone, projection
// finding the word but not the "${" and "}" around it.
func TestVerbatimCodeAroundPlaceholder(t *testing.T) {
	_, d, _ := readReal(t, "memoq-mq12.mqxliff")
	out := mergeReal(t, d, "xliff12", map[string]string{
		"101": "${TrgLang} = code de la langue cible défini dans le champ Language de la cible.",
	})
	want := `<target state="translated"><bpt id="1">&lt;code&gt;</bpt>${TrgLang}<ept id="1">&lt;/code&gt;</ept> = code`
	if !strings.Contains(out, want) {
		t.Errorf("the merged file lacks %s:\n%s", want, out)
	}
	if !strings.Contains(out, `<source mq:segpart="119" mq:hasfollowingobject="hasfollowingobject"><ph id="1">&lt;mq:ch val=&quot;nbsp&quot; /&gt;</ph></source>`) {
		t.Error("memoQ's unit of a no-break space placeholder changed")
	}
}

func TestVerbatim(t *testing.T) {
	for _, c := range []struct {
		src, tgt, r string
		want        string // "" when not found
	}{
		{"Voir ${Nom} ici", "See ${Nom} here", "${Nom}", "${Nom}"},
		{"Ouvrir C:/dossier/fichier.txt", "Open C:/dossier/fichier.txt now", "C:/dossier/fichier.txt", "C:/dossier/fichier.txt"},
		{"Paris et Zoé", "Paris and Zoé", "Paris", ""},                                   // words: projection's
		{"Le {x} et le {x}", "The {x} and the {x}", "{x}", ""},                           // twice in the French
		{"Voir %s", "See %s and %s", "%s", ""},                                           // twice in the English
		{"Valeur {n}", "Value {n}th", "{n}", "{n}"},                                      // a brace ends the code
		{"Clé a_b", "Key xa_b", "a_b", ""},                                               // part of a longer word
		{"Prix : 5 € 😀", "Price: 5 € 😀", "€ 😀", "€ 😀"},                                   // symbols and emoji
		{"Rene\u0301e_1 part", "Rene\u0301e_1 leaves", "Rene\u0301e_1", "Rene\u0301e_1"}, // a combining accent
	} {
		a := strings.Index(c.src, c.r)
		l := &srcLocator{src: c.src, tgt: c.tgt}
		got, ok := l.verbatim([2]int{a, a + len(c.r)})
		switch {
		case c.want == "" && ok:
			t.Errorf("%q in %q: found %q, want nothing", c.r, c.tgt, c.tgt[got[0]:got[1]])
		case c.want != "" && (!ok || c.tgt[got[0]:got[1]] != c.want):
			t.Errorf("%q in %q: found %v %v, want %q", c.r, c.tgt, got, ok, c.want)
		}
	}
}

// memoQ and Trados say a segment's status in their own attributes; a memoQ segment only
// pre-translated, or a Trados draft, came in translated, and a translation written back stayed "not
// started" in the tool. The fixtures mirror the real files above (memoQ's trans-unit attributes,
// Trados's <sdl:seg-defs>), with the statuses those tools write; the French is ours.
func TestToolStatuses(t *testing.T) {
	const memoQ = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff">
<file original="a.html" source-language="fr" target-language="en" datatype="x-html">
<body>
<trans-unit id="1" mq:status="Pretranslated" mq:percent="100">
<source xml:space="preserve">Le café « Chez Zoé » rouvre.</source>
<target xml:space="preserve">The café “Chez Zoé” reopens.</target>
</trans-unit>
<trans-unit id="2" mq:status="ManuallyConfirmed">
<source xml:space="preserve">Renée sourit 😀.</source>
<target xml:space="preserve">Renée smiles 😀.</target>
</trans-unit>
<trans-unit id="3" mq:status="Proofread">
<source xml:space="preserve">Merci.</source>
<target xml:space="preserve">Thanks.</target>
</trans-unit>
<trans-unit id="4" mq:status="NotStarted">
<source xml:space="preserve">Fin.</source>
<target xml:space="preserve"> </target>
</trans-unit>
</body>
</file>
</xliff>
`
	const trados = `<?xml version="1.0" encoding="utf-8"?><xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" version="1.2" sdl:version="1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.docx" source-language="fr-FR" datatype="x-sdlfilterframework2" target-language="en-GB"><body>
<group><trans-unit id="u1"><source>Le café rouvre. Merci.</source><seg-source><mrk mtype="seg" mid="1">Le café rouvre.</mrk> <mrk mtype="seg" mid="2">Merci.</mrk></seg-source><target><mrk mtype="seg" mid="1">The café reopens.</mrk> <mrk mtype="seg" mid="2">Thanks.</mrk></target><sdl:seg-defs><sdl:seg id="1" conf="Draft" origin="mt" /><sdl:seg id="2" conf="ApprovedSignOff" /></sdl:seg-defs></trans-unit></group>
<group><trans-unit id="u2"><source>Fin.</source><seg-source><mrk mtype="seg" mid="3">Fin.</mrk></seg-source><target><mrk mtype="seg" mid="3" /></target><sdl:seg-defs><sdl:seg id="3" /></sdl:seg-defs></trans-unit></group>
</body></file></xliff>
`
	for _, c := range []struct {
		name, data string
		want       map[string]annotate.Status // by segment ID, as read
		set        map[string]annotate.Status // what the translator then does
		out        []string                   // in the merged file
	}{
		{"memoq.mqxliff", memoQ,
			map[string]annotate.Status{"1": annotate.StatusDraft, "2": annotate.StatusTranslated, "3": annotate.StatusReviewed, "4": annotate.StatusNew},
			map[string]annotate.Status{"1": annotate.StatusTranslated, "4": annotate.StatusDraft, "3": annotate.StatusReviewed},
			[]string{`<trans-unit id="1" mq:status="ManuallyConfirmed" mq:percent="100">`, `<trans-unit id="2" mq:status="ManuallyConfirmed">`,
				`<trans-unit id="3" mq:status="Proofread">`, `<trans-unit id="4" mq:status="PartiallyEdited">`}},
		{"trados.sdlxliff", trados,
			map[string]annotate.Status{"1": annotate.StatusDraft, "2": annotate.StatusReviewed, "3": annotate.StatusNew},
			map[string]annotate.Status{"1": annotate.StatusReviewed, "3": annotate.StatusTranslated},
			[]string{`<sdl:seg id="1" conf="ApprovedTranslation" origin="mt" />`, `<sdl:seg id="2" conf="ApprovedSignOff" />`, `<sdl:seg id="3" conf="Translated" />`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			docs, _, err := Read(c.name, []byte(c.data), ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			d := docs[0]
			for id, st := range c.want {
				if s := d.Segment(id); s == nil || s.Status != st {
					t.Errorf("segment %s: %v, want %s", id, s, st)
				}
			}
			ed := annotate.NewEditor(d)
			for id, st := range c.set {
				if s := d.Segment(id); strings.TrimSpace(s.Target) == "" {
					if _, err := ed.SetTarget(id, "End."); err != nil {
						t.Fatal(err)
					}
				}
				mustDo(t, ed.SetStatus(id, st))
			}
			files, _, err := Write("xliff12", []*annotate.Document{d}, WriteOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range c.out {
				if !strings.Contains(string(files[0].Data), w) {
					t.Errorf("the merged file lacks %s:\n%s", w, files[0].Data)
				}
			}
		})
	}
}

// Trados Studio's file of one segment per confirmation level (Italian source), as Studio writes it:
// indented, a translate="no" trans-unit of codes between each two, <sdl:seg> elements with children.
func TestTradosStatusesFile(t *testing.T) {
	data, d, _ := readReal(t, "trados-statuses.sdlxliff")
	want := map[string]annotate.Status{"1": annotate.StatusDraft, "2": annotate.StatusDraft, "3": annotate.StatusTranslated,
		"4": annotate.StatusDraft, "5": annotate.StatusReviewed, "6": annotate.StatusDraft, "7": annotate.StatusReviewed, "8": annotate.StatusNew}
	if len(d.Segments) != len(want) {
		t.Fatalf("%d segments, want %d", len(d.Segments), len(want))
	}
	for id, st := range want {
		if s := d.Segment(id); s == nil || s.Status != st {
			t.Errorf("segment %s: %v, want %s", id, s, st)
		}
	}
	ed := annotate.NewEditor(d)
	mustDo(t, ed.SetStatus("1", annotate.StatusTranslated))
	out := mergeReal(t, d, "xliff12", map[string]string{"8": "Segment 8"})
	changed := map[string]bool{
		`                    <sdl:seg id="1" origin="interactive" conf="Translated">`:               true,
		`                <target state="translated">`:                                               true,
		`                    <mrk mtype="seg" mid="8">Segment 8</mrk>`:                              true,
		`                    <sdl:seg id="8" origin="interactive" percent="100" conf="Translated">`: true,
	}
	in, got := strings.Split(string(data), "\n"), strings.Split(out, "\n")
	if len(in) != len(got) {
		t.Fatalf("%d lines merged, %d in the file:\n%s", len(got), len(in), out)
	}
	for i := range in {
		if in[i] != got[i] && !changed[got[i]] {
			t.Errorf("line %d: %q, was %q", i+1, got[i], in[i])
		}
	}
}

// Okapi Rainbow fills each target with a copy of its source, with no state, which XLIFF 1.2 reads as
// translated: every segment of a file to translate came in done. A sentence copied word for word is
// a draft now; a target of one word that repeats its source (a name, a number) is still a translation,
// and a tool's own status says more than the copy.
func TestSourceCopiesAreDrafts(t *testing.T) {
	_, d, warns := readReal(t, "okapi-rainbow.xlf")
	for _, s := range d.Segments {
		if s.Status != annotate.StatusDraft {
			t.Errorf("segment %s: %s, want draft", s.ID, s.Status)
		}
	}
	if !slices.ContainsFunc(warns, func(w Warning) bool { return w.Code == WarnSourceCopied && w.Args["N"] == 8 }) {
		t.Errorf("no warning counting the 8 copies: %v", warns)
	}
	const other = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff">
<file original="a" source-language="fr" target-language="en" datatype="plaintext"><body>
<trans-unit id="1"><source>Paris</source><target>Paris</target></trans-unit>
<trans-unit id="2" mq:status="ManuallyConfirmed"><source>« Chez Zoé »</source><target>« Chez Zoé »</target></trans-unit>
<trans-unit id="3"><source>Le café rouvre.</source><target>The café reopens.</target></trans-unit>
</body></file></xliff>`
	docs, _, err := Read("other.xlf", []byte(other), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range docs[0].Segments {
		if s.Status != annotate.StatusTranslated {
			t.Errorf("segment %s: %s, want translated", s.ID, s.Status)
		}
	}
}

// A file without a version attribute is read by its namespace. The XLIFF 1.1 fixture mirrors the shape
// of weblate/trans/tests/data/cs.xliff in github.com/WeblateOrg/weblate (GPL, so not copied): no
// version, no file attributes, trans-units without IDs, a source ending in a line break.
func TestXLIFFWithoutVersion(t *testing.T) {
	const weblate = `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1">
<file>
   <body>
       <trans-unit><source xml:space="preserve">Bonjour, « Zoé » 👍🏽 !
</source></trans-unit>
       <trans-unit><source>Merci d’utiliser Rene` + "\u0301" + `e.</source></trans-unit>
   </body>
</file>
</xliff>
`
	docs, _, err := Read("cs.xliff", []byte(weblate), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(docs[0].Segments); n != 2 || docs[0].SourceText(docs[0].Segments[1]) != "Merci d’utiliser Renée." {
		t.Errorf("%d segments: %q", n, docs[0].Text)
	}
	xliff2 := strings.Replace(xliff2Head(xliffNS, "2.0"), ` version="2.0"`, "", 1) + xliff2Body
	if _, _, err := Read("v.xlf", []byte(xliff2), ReadOptions{}); err != nil {
		t.Errorf("XLIFF 2 without a version: %v", err)
	}
	bare := `<xliff><file><body><trans-unit id="1"><source>Oui</source></trans-unit></body></file></xliff>`
	if _, _, err := Read("bare.xlf", []byte(bare), ReadOptions{}); err == nil || !strings.Contains(err.Error(), `XLIFF version ""`) {
		t.Errorf("neither version nor namespace: %v", err)
	}
}

// MateCat's converter writes its:version="2.0" before version="1.2", which was read as the file's
// version and refused; and <file>s of a reference only, which opened as empty documents. Its targets
// copy the source, indented otherwise than the seg-source: merge-back changes the text of the marker
// and the target's state, every other byte as it was (it once wrote the seg-source's layout).
func TestMateCatConverterFile(t *testing.T) {
	data, d, _ := readReal(t, "matecat-converter.xliff") // one document, the original kept
	if len(d.Segments) != 3 || d.Meta.Original.File != 2 {
		t.Fatalf("%d segments of <file> %d, want the third <file>'s three", len(d.Segments), d.Meta.Original.File+1)
	}
	out := mergeReal(t, d, "xliff12", map[string]string{"s2": "Cette unité a « aussi » un commentaire 😀"})
	was := "<target xml:lang=\"fr-fr\">\n                    <mrk mid=\"0\" mtype=\"seg\">This unit has a comment too</mrk>"
	now := "<target xml:lang=\"fr-fr\" state=\"translated\">\n                    <mrk mid=\"0\" mtype=\"seg\">Cette unité a « aussi » un commentaire 😀</mrk>"
	if want := strings.Replace(string(data), was, now, 1); out != want || !strings.Contains(string(data), was) {
		t.Errorf("merged:\n%s\nwant:\n%s", out, want)
	}
}
