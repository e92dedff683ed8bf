package formats

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// xliff2Head opens an XLIFF 2 file of namespace ns and version v.
func xliff2Head(ns, v string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<xliff xmlns="` + ns + `" version="` + v + `" srcLang="fr" trgLang="en">`
}

const xliff2Body = `<file id="f"><unit id="u"><segment><source>« Bonjour » 👍🏽 à Zoé.</source></segment></unit></file></xliff>`

// TestXLIFFNamespaceChecked: a file whose namespace is not an XLIFF namespace, or disagrees with its
// version, is refused with both named; a newer minor version is read with a warning; a file without a
// namespace is read by its version, as before.
func TestXLIFFNamespaceChecked(t *testing.T) {
	refused := []struct {
		name, data string
		want       []string
	}{
		{"v99.xlf", xliff2Head("urn:oasis:names:tc:xliff:document:9.9", "2.0") + xliff2Body,
			[]string{"v99.xlf: line 2", `namespace "urn:oasis:names:tc:xliff:document:9.9"`, xliffNS, xliff12NS}},
		{"other.xlf", xliff2Head("http://example.com/xliff", "2.1") + xliff2Body, []string{"other.xlf", `"http://example.com/xliff"`, xliffNS}},
		{"mixed.xlf", xliff2Head(xliff12NS, "2.0") + xliff2Body, []string{"mixed.xlf", `version "2.0"`, xliff12NS, "XLIFF 1's"}},
	}
	for _, c := range refused {
		_, _, err := Read(c.name, []byte(c.data), ReadOptions{})
		if err == nil {
			t.Errorf("%s: read without error", c.name)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", c.name, err, w)
			}
		}
	}
	for _, c := range []struct {
		name, data string
		warn       string
	}{
		{"v21.xlf", xliff2Head(xliffNS, "2.1") + xliff2Body, ""},
		{"v23.xlf", xliff2Head(xliffNS, "2.3") + xliff2Body, "line 2: XLIFF version 2.3 is newer than Glose knows; read as XLIFF 2.2"},
		{"bare.xlf", strings.Replace(xliff2Head("", "2.0"), ` xmlns=""`, "", 1) + xliff2Body, ""},
	} {
		docs, warns, err := Read(c.name, []byte(c.data), ReadOptions{})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := docs[0].SourceText(docs[0].Segments[0]); got != "« Bonjour » 👍🏽 à Zoé." {
			t.Errorf("%s: segment %q", c.name, got)
		}
		var msgs []string
		for _, w := range warns {
			msgs = append(msgs, w.Msg)
		}
		if (c.warn == "") != (len(msgs) == 0) || (c.warn != "" && !slices.ContainsFunc(msgs, func(m string) bool { return strings.HasPrefix(m, c.warn) })) {
			t.Errorf("%s: warnings %q, want %q", c.name, msgs, c.warn)
		}
	}
}

// toolXLIFF is an XLIFF 2 file as a translation tool writes it: unit IDs that are numbers, segment IDs
// numbered within each unit, notes on the file and on units, inline codes with their original data,
// a term and comments.
const toolXLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
 <file id="f1" original="article.html">
  <notes><note id="n0" category="instruction">Garder « les guillemets »</note></notes>
  <unit id="1">
   <notes><note id="n1" category="comment" priority="2" appliesTo="target">Vérifier le titre 🇫🇷</note></notes>
   <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data><data id="d3">&lt;br/&gt;</data></originalData>
   <segment id="1" state="translated">
    <source>Le président <pc id="1" dataRefStart="d1" dataRefEnd="d2">Macron</pc> a dit<ph id="2" dataRef="d3"/> : « <mrk id="m1" type="term">Rien</mrk> » 👍🏽.</source>
    <target>President <pc id="1" dataRefStart="d1" dataRefEnd="d2">Macron</pc> said<ph id="2" dataRef="d3"/>: “<mrk id="m1" type="term">Nothing</mrk>” 👍🏽.</target>
   </segment>
  </unit>
  <group id="g1">
   <notes><note>Paragraphe de fin</note></notes>
   <unit id="2">
    <segment id="1" state="reviewed">
     <source>Il était à <sm id="m2" type="comment" value="ville"/>Paris<em startRef="m2"/>, chez <mrk id="m3" type="generic" value="LOC"><mrk id="m4" type="comment" value="la maire">Anne</mrk></mrk>.</source>
     <target>He was in Paris, at <mrk id="m3" type="generic" value="LOC">Anne</mrk>’s.</target>
    </segment>
    <ignorable><source> </source></ignorable>
    <segment id="2"><source>Café<sc id="3" dataRef="d9"/> noir<ec id="4" startRef="3"/> 🇫🇷 <mrk id="m5" type="generic" value="boisson">cafe&#x301;</mrk>.</source></segment>
   </unit>
  </group>
 </file>
</xliff>
`

// TestXLIFFFromToolKeepsIDsAndNotes: a translation tool's XLIFF keeps its unit and segment IDs and its
// notes through Glose, so that the tool can merge the file Glose gives back; what Glose cannot keep
// (a term, a comment over plain text, another tool's generic marker) is warned about, naming the
// unit, and a comment never becomes a label. Its inline codes are not warned about: the file is kept,
// and merge-back writes them into the targets (xliff2-latin1.xlf in testdata/warnings, not kept,
// gives the warning).
func TestXLIFFFromToolKeepsIDsAndNotes(t *testing.T) {
	docs, warns, err := Read("tool.xlf", []byte(toolXLIFF), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	var segs []string
	for _, s := range d.Segments {
		segs = append(segs, fmt.Sprintf("%s unit %s as %q, %d notes", s.ID, s.Unit, s.UnitSegment, len(s.Notes)))
	}
	wantSegs := []string{`1 unit 1 as "", 1 notes`, `s2 unit 2 as "1", 2 notes`, `2 unit 2 as "", 0 notes`}
	if !slices.Equal(segs, wantSegs) {
		t.Errorf("segments %q, want %q", segs, wantSegs)
	}
	wantNotes := []annotate.Note{{ID: "n1", Category: "comment", Priority: 2, AppliesTo: annotate.Target, Text: "Vérifier le titre 🇫🇷"}}
	if !slices.Equal(d.Segments[0].Notes, wantNotes) || len(d.Notes) != 1 || d.Notes[0].Text != "Garder « les guillemets »" {
		t.Errorf("notes %+v and %+v", d.Segments[0].Notes, d.Notes)
	}
	if n := d.Segments[1].Notes; len(n) != 2 || n[0].Text != "Paragraphe de fin" || n[1] != (annotate.Note{Category: "comment", AppliesTo: annotate.Source, Text: "ville"}) {
		t.Errorf("the second segment's notes are %+v, want the group's and the comment on Paris", n)
	}
	var spans []string
	for _, sp := range d.Spans {
		spans = append(spans, fmt.Sprintf("%s %s %q %q", sp.Side, sp.Label, d.SpanText(sp), sp.Note))
	}
	wantSpans := []string{`target LOC "Anne" ""`, `source LOC "Anne" "la maire"`}
	if !slices.Equal(spans, wantSpans) {
		t.Errorf("spans %q, want %q (no span for the term, the comments or the tool's marker)", spans, wantSpans)
	}
	if got := d.SourceText(d.Segments[2]); got != "Café noir 🇫🇷 café." {
		t.Errorf("segment 3 reads %q", got)
	}
	var msgs []string
	for _, w := range warns {
		msgs = append(msgs, w.Msg)
	}
	want := []string{
		`line 5: unit "1": 2 markers of type "term" (on "Rien", "Nothing") not read as spans, which are names, quotes and cues: the text is kept, the annotation is not`,
		`line 15: unit "2": 1 marker of type "generic" (on "café") not read as spans, which are names, quotes and cues: the text is kept, the annotation is not`,
		`line 17: unit "2": the comment "ville" on "Paris" became a note of its segment, as Glose keeps comments on segments and spans only`,
	}
	if !slices.Equal(msgs, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}

	if d.Meta.Original == nil {
		t.Error("the tool's file was not kept for merge-back")
	}
	// Without its original (a document saved by an older Glose, a file too large to keep), the
	// export is Glose's own XLIFF with the tool's IDs and notes (with it: TestXLIFFMergeBack).
	d.Meta.Original = nil
	files, _, err := Write("xliff", docs, WriteOptions{Side: BothSides})
	if err != nil {
		t.Fatal(err)
	}
	out := string(files[0].Data)
	for _, s := range []string{`<unit id="1">`, `<unit id="2">`, `<segment id="1" state="translated">`, `<segment id="1" state="reviewed">`, `<segment id="2" state="initial">`,
		`<note id="n0" category="instruction">Garder « les guillemets »</note>`,
		`<note id="n1" appliesTo="target" category="comment" priority="2">Vérifier le titre 🇫🇷</note>`,
		`<note appliesTo="source" category="comment">ville</note>`} {
		if !strings.Contains(out, s) {
			t.Errorf("the export lacks %s:\n%s", s, out)
		}
	}
	// the tool's unit 1 ends with its segment: Glose's paragraph break between units is not written
	// into it, where the tool's merge would add two line breaks to the client's document
	if u1 := out[strings.Index(out, `<unit id="1">`):strings.Index(out, `<unit id="2">`)]; strings.Contains(u1, "<ignorable>") {
		t.Errorf("the tool's unit 1 comes back with text it did not have:\n%s", u1)
	}
	xmllintXLIFF(t, files[0].Data)
	back, _, err := Read("back.xlf", files[0].Data, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := annotate.Marshal(d)
	b, _ := annotate.Marshal(back[0])
	if string(a) != string(b) {
		t.Errorf("a second round changed the document:\n%s\nvs\n%s", a, b)
	}
}

// xmllintXLIFF validates an XLIFF 2 export against the official schema, when xmllint and the schema are here.
func xmllintXLIFF(t *testing.T, data []byte) {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Log("xmllint not on PATH: the export is not validated")
		return
	}
	schema := filepath.Join(sharedDir(t, "schemas"), "xliff-2.1", "xliff_core_2.0.xsd")
	if out, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", schema, writeTemp(t, "x.xlf", data)).CombinedOutput(); err != nil {
		t.Errorf("xmllint: %v\n%s", err, out)
	}
}

// TestRoundTripXLIFF12: Glose's XLIFF 1.2 gives back the text, the paragraphs, the segments with their
// kinds, targets and statuses, and every span it marked, with its origin, confidence and note; the spans
// it could not mark are the ones it warned about.
func TestRoundTripXLIFF12(t *testing.T) {
	for seed := int64(1); seed <= 25; seed++ {
		d := genDoc(t, seed)
		d.Segments[0].Kind = annotate.KindHeading
		for _, sp := range d.Spans {
			if sp.Label == annotate.LabelQuote {
				sp.Note = "« à vérifier » 👍🏽\nligne 2"
			}
		}
		files, warns, err := Write("xliff12", []*annotate.Document{d}, WriteOptions{Side: BothSides})
		if err != nil {
			t.Fatal(err)
		}
		back, _, err := Read("back.xlf", files[0].Data, ReadOptions{})
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		got := back[0]
		if got.Text != d.Text {
			t.Fatalf("seed %d: text changed:\n%q\n%q", seed, got.Text, d.Text)
		}
		if g, w := segKeys(got), segKeys(d); !slices.Equal(g, w) {
			t.Fatalf("seed %d: segments differ:\n got %v\nwant %v", seed, g, w)
		}
		left := map[string]int{} // the spans warned about, by label and text
		for _, w := range warns {
			if w.Code == WarnNotNested || w.Code == WarnBetweenSegments || w.Code == WarnCrossesParagraphs {
				left[w.Args["Label"].(string)+" "+w.Args["Text"].(string)]++
			}
		}
		kept := map[string]bool{} // the spans read back, as (side, label, text, origin, confidence, note)
		key := func(d *annotate.Document, sp *annotate.Span) string {
			return fmt.Sprintf("%s %s %q %s %v %q", sp.Side, sp.Label, d.SpanText(sp), sp.Origin, sp.Confidence, sp.Note)
		}
		for _, sp := range got.Spans {
			kept[key(got, sp)] = true
		}
		missing := 0
		for _, sp := range d.Spans {
			if !kept[key(d, sp)] {
				missing++
				if k := sp.Label + " " + annotate.Shorten(d.SpanText(sp), 40); left[k] > 0 {
					left[k]--
				} else {
					t.Errorf("seed %d: span %s is not read back and was not warned about", seed, key(d, sp))
				}
			}
		}
		if len(got.Spans) != len(d.Spans)-len(warnsOf(warns, WarnNotNested, WarnBetweenSegments, WarnCrossesParagraphs)) {
			t.Errorf("seed %d: %d spans read back of %d, %d left out with a warning", seed, len(got.Spans), len(d.Spans), missing)
		}
	}
}

// TestXLIFF12Shape: a segment without English has a target copying its French (OmegaT translates
// what a target holds), which reads back as no translation; a label with a space and a suggestion
// survive in mtype; notes keep their priority and side, and the export says that they lose their
// category; a translation under a state that says untranslated, as OmegaT leaves it, reads as a draft.
func TestXLIFF12Shape(t *testing.T) {
	text := "« Bonjour » 👍🏽 dit Zoé.  Café 🇫🇷.\n\nFin."
	d := annotate.NewDocument("doc", "", text, "fr", "en")
	d.AddSegment(0, strings.Index(text, "  "), 0, annotate.KindSentence)
	d.AddSegment(strings.Index(text, "Café"), strings.Index(text, "\n"), 0, annotate.KindSentence)
	d.AddSegment(strings.Index(text, "Fin"), len(text), 1, annotate.KindSentence)
	d.Segments[1].Target, d.Segments[1].Status = "Coffee 🇫🇷.", annotate.StatusReviewed
	d.Segments[0].Notes = []annotate.Note{{Category: "comment", Priority: 3, AppliesTo: annotate.Target, Text: "« ton » familier"}}
	d.Labels = append(annotate.DefaultLabels(), annotate.Label{Name: "Nom propre", Color: "#aabbcc"})
	zoe := strings.Index(text, "Zoé")
	d.Spans = append(d.Spans, &annotate.Span{ID: "t1", Side: annotate.Source, Start: zoe, End: zoe + len("Zoé"), Label: "Nom propre", Origin: annotate.Auto, Confidence: 0.25})
	mustDo(t, d.Validate())
	files, warns, err := Write("xliff12", []*annotate.Document{d}, WriteOptions{Side: BothSides})
	if err != nil {
		t.Fatal(err)
	}
	out := string(files[0].Data)
	for _, s := range []string{
		`<source>« Bonjour » 👍🏽 dit <mrk mtype="x-glose-Nom%20propre-auto-0.25" mid="t1">Zoé</mrk>.</source>`,
		// no mid in a target: the strict schema's keyref wants it to name a <seg-source> segment
		`<target state="needs-translation">« Bonjour » 👍🏽 dit <mrk mtype="x-glose-Nom%20propre-auto-0.25">Zoé</mrk>.</target>`,
		`<trans-unit id="s1-gap" translate="no" restype="x-glose-gap" xml:space="preserve"><source>  </source></trans-unit>`,
		`<target state="signed-off">Coffee 🇫🇷.</target>`,
		`<note priority="3" annotates="target">« ton » familier</note>`,
		`<group id="u2" restype="x-glose-paragraph">`,
	} {
		if !strings.Contains(out, s) {
			t.Errorf("the export lacks %s:\n%s", s, out)
		}
	}
	if len(warns) != 1 || warns[0].Msg != "1 note loses its category or ID, which XLIFF 1.2 notes do not have" {
		t.Errorf("warnings %v", warns)
	}
	// OmegaT writes the translation into the target and leaves the state.
	omegat := strings.Replace(out, `<target state="needs-translation">Fin.</target>`, `<target state="needs-translation">The end.</target>`, 1)
	back, warns, err := Read("omegat.xlf", []byte(omegat), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range back[0].Segments {
		got = append(got, fmt.Sprintf("%s %q %s %d notes", s.ID, s.Target, s.Status, len(s.Notes)))
	}
	want := []string{`s1 "" new 1 notes`, `s2 "Coffee 🇫🇷." reviewed 0 notes`, `s3 "The end." draft 0 notes`}
	if !slices.Equal(got, want) || back[0].Text != text {
		t.Errorf("read back %q from %q, want %q", got, back[0].Text, want)
	}
	if sp := back[0].Spans; len(sp) != 1 || sp[0].Label != "Nom propre" || sp[0].Confidence != 0.25 {
		t.Errorf("spans %+v", sp)
	}
	if len(warns) != 1 || warns[0].Msg != "1 segment marked needs-translation in the file holds a translation (written by a tool that leaves the state as it was, such as OmegaT): read as a draft" {
		t.Errorf("warnings %v", warns)
	}
}

// TestOmegaTTranslatesXLIFF12 runs OmegaT 3.6 (Debian package omegat) headless on a project whose
// source is our XLIFF 1.2 and whose memory translates two of its segments, one of them holding span
// markers; Glose reads OmegaT's target file back with the translations (as drafts) and the spans the
// translation kept. OmegaT reads no XLIFF 2 at all.
func TestOmegaTTranslatesXLIFF12(t *testing.T) {
	omegat := needTool(t, "omegat")
	text := "Le président a reçu « Sergueï Lavrov » à l'Élysée. La réunion a duré une heure 😀.\n\nLe café était fermé."
	d := annotate.NewDocument("article", "", text, "fr", "en")
	first := strings.Index(text, " La réunion")
	d.AddSegment(0, first, 0, annotate.KindSentence)
	d.AddSegment(first+1, strings.Index(text, "\n"), 0, annotate.KindSentence)
	d.AddSegment(strings.Index(text, "Le café"), len(text), 1, annotate.KindSentence)
	lavrov := strings.Index(text, "Sergueï Lavrov")
	d.Spans = append(d.Spans, &annotate.Span{ID: "t1", Side: annotate.Source, Start: lavrov, End: lavrov + len("Sergueï Lavrov"), Label: annotate.LabelPER, Origin: annotate.Human, Confidence: 1})
	mustDo(t, d.Validate())
	files, _, err := Write("xliff12", []*annotate.Document{d}, WriteOptions{Side: BothSides})
	if err != nil {
		t.Fatal(err)
	}
	memory := `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="glose-test" creationtoolversion="1" segtype="paragraph" o-tmf="glose" adminlang="EN-US" srclang="FR" datatype="plaintext"/><body>
<tu><tuv lang="FR"><seg>Le président a reçu « &lt;m0&gt;Sergueï Lavrov&lt;/m0&gt; » à l'Élysée.</seg></tuv><tuv lang="EN-GB"><seg>The president received “&lt;m0&gt;Sergei Lavrov&lt;/m0&gt;” at the Élysée.</seg></tuv></tu>
<tu><tuv lang="FR"><seg>Le café était fermé.</seg></tuv><tuv lang="EN-GB"><seg>The café was closed.</seg></tuv></tu>
</body></tmx>`
	dir := t.TempDir()
	for name, data := range map[string][]byte{
		"omegat.project":          []byte(omegatProject),
		"source/article.xlf":      files[0].Data,
		"omegat/project_save.tmx": []byte(memory),
	} {
		p := filepath.Join(dir, name)
		mustDo(t, os.MkdirAll(filepath.Dir(p), 0o755))
		mustDo(t, os.WriteFile(p, data, 0o644))
	}
	for _, sub := range []string{"target", "tm", "glossary", "dictionary"} {
		mustDo(t, os.MkdirAll(filepath.Join(dir, sub), 0o755))
	}
	cmd := exec.Command(omegat, "--mode=console-translate", dir)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir(), "JAVA_TOOL_OPTIONS=-Djava.awt.headless=true")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("omegat: %v\n%s", err, out)
	}
	docs, warns, err := ReadFile(filepath.Join(dir, "target", "article.xlf"), ReadOptions{})
	if err != nil {
		t.Fatalf("reading OmegaT's file: %v", err)
	}
	back := docs[0]
	var got []string
	for _, s := range back.Segments {
		got = append(got, fmt.Sprintf("%q %s", s.Target, s.Status))
	}
	want := []string{`"The president received “Sergei Lavrov” at the Élysée." draft`, `"" new`, `"The café was closed." draft`}
	if !slices.Equal(got, want) || back.Text != text {
		t.Fatalf("OmegaT's file reads %q, want %q", got, want)
	}
	if g, w := spanKeys(back, true), []string{`source/ [25,40) PER "Sergueï Lavrov" human`, `target/0 [26,39) PER "Sergei Lavrov" human`}; !slices.Equal(g, w) {
		t.Errorf("spans %q, want %q", g, w)
	}
	if len(warns) != 1 || warns[0].Code != WarnStaleState || warns[0].Args["N"] != 2 {
		t.Errorf("warnings %v, want one saying that 2 translations were read as drafts", warns)
	}
}

// warnsOf returns the warnings of the given codes.
func warnsOf(warns []Warning, codes ...WarningCode) []Warning {
	var out []Warning
	for _, w := range warns {
		if slices.Contains(codes, w.Code) {
			out = append(out, w)
		}
	}
	return out
}
