package formats

import (
	"bytes"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// codesEnglish are the translations of testdata/merge/codes.xlf and codes12.xlf, by unit (and
// segment, for the segmented trans-unit).
var codesEnglish = map[string]string{
	"name":     "According to Sergei Lavrov, Russia refuses.",
	"nested":   "Le Monde published the article.",
	"lines":    "First line. Second line.",
	"edges":    "Start and end.",
	"reorder":  "Olaf Scholz was received in Paris by Emmanuel Macron.",
	"accents":  "Zoé loves 😀 the pancakes of Rene\u0301e & Co.",
	"quote":    "He said: “We are staying!” then he left.",
	"former":   "The cat sleeps soundly.",
	"copy":     "Yes, says Emmanuel Macron.",
	"crossing": "One two three four.",
	"lost":     "The boss left.",
	"segs 1":   "He said: « We are staying! »",
	"segs 2":   "Then he left.",
}

// translateCodes imports a file of testdata/merge, translates it with codesEnglish and exports it
// merged back into the file.
func translateCodes(t *testing.T, name, format string) (orig, out []byte, warns []Warning, d *annotate.Document) {
	t.Helper()
	return translateUnits(t, name, format, codesEnglish)
}

// translateUnits imports a file of testdata/merge, translates its units with english and exports it
// merged back into the file.
func translateUnits(t *testing.T, name, format string, english map[string]string) (orig, out []byte, warns []Warning, d *annotate.Document) {
	t.Helper()
	return translateUnitsWith(t, name, format, english, nil)
}

// translateUnitsWith is translateUnits with prepare run on the document first, when not nil.
func translateUnitsWith(t *testing.T, name, format string, english map[string]string, prepare func(*annotate.Document)) (orig, out []byte, warns []Warning, d *annotate.Document) {
	t.Helper()
	orig, err := os.ReadFile("testdata/merge/" + name)
	if err != nil {
		t.Fatal(err)
	}
	docs, _, err := Read(name, orig, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d = docs[0]
	if prepare != nil {
		prepare(d)
	}
	ed := annotate.NewEditor(d)
	for _, s := range d.Segments {
		en, ok := english[s.Unit]
		if s.Unit == "segs" {
			en, ok = english["segs "+firstNonEmpty(s.UnitSegment, s.ID)]
		}
		if !ok {
			continue
		}
		if _, err := ed.SetTarget(s.ID, annotate.NFC(en)); err != nil {
			t.Fatal(err)
		}
		mustDo(t, ed.SetStatus(s.ID, annotate.StatusTranslated))
	}
	files, warns, err := Write(format, []*annotate.Document{d}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return orig, files[0].Data, warns, d
}

// unitTarget is the content of the first <target> of the unit or trans-unit id in an XLIFF file.
func unitTarget(t *testing.T, data []byte, id string) string {
	t.Helper()
	re := regexp.MustCompile(`(?s)<(?:unit|trans-unit) id="` + id + `".*?<target[^>]*>(.*?)</target>`)
	m := re.FindSubmatch(data)
	if m == nil {
		t.Fatalf("no target in unit %s:\n%s", id, data)
	}
	return string(m[1])
}

// TestMergeBackCodes: a new translation merged back into an XLIFF 2 file gets its source's inline
// codes: around the English of a name (a quotation, a name written alike in part), nested as they
// were, in the English's order when it reorders the words, at the start and the end, beside what they
// stand beside; a former target's codes stay where its text is unchanged (a copy of the source is
// placed anew), a target left as it was keeps its bytes. The file is valid against the XLIFF 2 schema and reads back to the translations;
// the units where a code could only go at a likely place are named.
func TestMergeBackCodes(t *testing.T) {
	orig, out, warns, d := translateCodes(t, "codes.xlf", "xliff")
	xmllintXLIFF(t, out)
	for id, want := range map[string]string{
		"name":     `According to <pc id="1" dataRefStart="b" dataRefEnd="nb">Sergei Lavrov</pc>, Russia refuses.`,
		"nested":   `<pc id="1" type="fmt" subType="xlf:b"><pc id="2" type="link"><pc id="3" type="fmt" subType="xlf:i">Le Monde</pc></pc> published the article.</pc>`,
		"lines":    `First line.<ph id="1" type="fmt" subType="xlf:lb" equiv="&#10;"/> Second line.`,
		"edges":    `<ph id="1" disp="[img]"/>Start and end<sc id="2" type="fmt" subType="xlf:i"/><ec startRef="2"/>.<ph id="3" disp="[/img]"/>`,
		"reorder":  `<pc id="2">Olaf Scholz</pc> was received in Paris by <pc id="1">Emmanuel Macron</pc>.`,
		"accents":  `<pc id="1">Zoé</pc> loves 😀 the pancakes of <pc id="2">Renée</pc> &amp; Co.`,
		"quote":    `He said: <pc id="1">“We are staying!”</pc> then he left.`,
		"former":   `The <pc id="1">cat</pc> sleeps<ph id="2"/> soundly.`,
		"kept":     `A <pc id="1">dog</pc>.`,
		"copy":     `Yes, says <pc id="1">Emmanuel Macron</pc>.`,                        // a copy of the source: placed from the source
		"crossing": `<sc id="1"/>One <pc id="2">two <ec startRef="1"/>three</pc> four.`, // numbers in words: their English is found
		"lost":     `The <pc id="1"></pc>boss left.`,
	} {
		if got := unitTarget(t, out, id); got != want {
			t.Errorf("unit %s: target\n%s\nwant\n%s", id, got, want)
		}
	}
	kept := regexp.MustCompile(`(?s)<unit id="kept">.*?</unit>`)
	if a, b := kept.Find(orig), kept.Find(out); !bytes.Equal(a, b) {
		t.Errorf("the unit left as it was changed:\n%s\nvs\n%s", a, b)
	}
	checkCodesKept(t, out)
	wantWarn := `3 units whose new translation got inline codes (formatting, placeholders) at a likely place, as the English of what they mark was not found: lines, edges, lost; check them in the translation tool`
	if msgs := warningMsgs(warns); !slices.Contains(msgs, wantWarn) {
		t.Errorf("warnings %q lack %q", msgs, wantWarn)
	}
	back, _, err := Read("codes.xlf", out, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range back[0].Segments {
		if s.Target != d.Segments[i].Target {
			t.Errorf("unit %s reads back %q, want %q", s.Unit, s.Target, d.Segments[i].Target)
		}
	}
}

// TestMergeBackCodes12 is TestMergeBackCodes for XLIFF 1.2: <g>, <x/>, <bx/>/<ex/>, <bpt>/<ept>,
// <ph>, and a trans-unit segmented in its <seg-source> whose segments have codes of their own.
func TestMergeBackCodes12(t *testing.T) {
	_, out, warns, d := translateCodes(t, "codes12.xlf", "xliff12")
	for id, want := range map[string]string{
		"name":    `According to <g id="1" ctype="bold">Sergei Lavrov</g>, Russia refuses.`,
		"nested":  `<g id="1" ctype="bold"><g id="2" ctype="link">Le Monde</g> published the article.</g>`,
		"lines":   `First line.<x id="1" ctype="lb"/> Second line.`,
		"edges":   `<bx id="1" ctype="italic"/>Start and end<ex id="2" rid="1"/>.<ph id="3">&lt;br/&gt;</ph>`,
		"reorder": `<g id="2">Olaf Scholz</g> was received in Paris by <bpt id="1">&lt;b&gt;</bpt>Emmanuel Macron<ept id="1">&lt;/b&gt;</ept>.`,
		"accents": `<g id="1">Zoé</g> loves 😀 the pancakes of <g id="2">Renée</g> &amp; Co.`,
		"former":  `The <g id="1">cat</g> sleeps soundly.`,
		"segs":    `<mrk mtype="seg" mid="1">He said: <g id="1">« We are staying! »</g></mrk> <mrk mtype="seg" mid="2">Then <x id="2"/>he left.</mrk>`,
	} {
		if got := unitTarget(t, out, id); got != want {
			t.Errorf("trans-unit %s: target\n%s\nwant\n%s", id, got, want)
		}
	}
	checkCodesKept(t, out)
	check12Order(t, out)
	wantWarn := `2 units whose new translation got inline codes (formatting, placeholders) at a likely place, as the English of what they mark was not found: lines, segs; check them in the translation tool`
	if msgs := warningMsgs(warns); !slices.Contains(msgs, wantWarn) {
		t.Errorf("warnings %q lack %q", msgs, wantWarn)
	}
	back, _, err := Read("codes12.xlf", out, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range back[0].Segments {
		if s.Target != d.Segments[i].Target {
			t.Errorf("trans-unit %s reads back %q, want %q", s.Unit, s.Target, d.Segments[i].Target)
		}
	}
}

// checkCodesKept checks that every target of an XLIFF file holds the codes of its source, each once,
// well formed, every pair's start before its end.
func checkCodesKept(t *testing.T, data []byte) {
	t.Helper()
	re := regexp.MustCompile(`(?s)<(?:source|mrk mtype="seg" mid="\d+")>(.*?)</(?:source|mrk)>\s*(?:<seg-source>.*?</seg-source>\s*)?<target[^>]*>(.*?)</target>`)
	for _, m := range re.FindAllSubmatch(data, -1) {
		src, err := parseCodes(m[1])
		if err != nil {
			t.Fatal(err)
		}
		tgt, err := parseCodes(m[2])
		if err != nil {
			t.Errorf("target %s is not well formed: %v", m[2], err)
			continue
		}
		if a, b := codeTags(src), codeTags(tgt); !slices.Equal(a, b) {
			t.Errorf("target %s has codes %q, its source %q", m[2], b, a)
		}
		started := map[string]bool{}
		for _, c := range tgt.codes { // in the order of their starts
			switch kind, key, start := pairKey(c.open); {
			case kind != "" && start:
				started[kind+" "+key] = true
			case kind != "" && !started[kind+" "+key]:
				t.Errorf("target %s: %s comes before its start", m[2], c.open)
			}
		}
	}
}

// codeTags are the start tags of the codes of a content, sorted.
func codeTags(in *inlineCodes) []string {
	var out []string
	for _, c := range in.codes {
		out = append(out, c.open)
	}
	slices.Sort(out)
	return out
}

func warningMsgs(warns []Warning) []string {
	var out []string
	for _, w := range warns {
		out = append(out, w.Msg)
	}
	return out
}

// codesLostWarnings merges back a translation whose source holds an element that is no XLIFF inline
// code, which the target cannot get: the only codes lost.
func codesLostWarnings(t *testing.T) []Warning {
	t.Helper()
	orig := `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:x="urn:x" version="2.0" srcLang="fr">
 <file id="a"><unit id="u1"><segment><source>Le <pc id="1">chat</pc> <x:var name="n"/> dort.</source></segment></unit></file>
</xliff>
`
	docs, _, err := Read("odd.xlf", []byte(orig), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	docs[0].Segments[0].Target = "The cat sleeps."
	files, warns, err := Write("xliff", docs, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := unitTarget(t, files[0].Data, "u1"); !strings.Contains(got, `<pc id="1">`) || strings.Contains(got, "x:var") {
		t.Errorf("target %s: want the <pc> and not the unknown element", got)
	}
	return warns
}

// TestMergeBackCodesLinked: a code around words the translator linked to their English (a translation
// link, as projection makes them and the translator accepts them) goes around that English, however
// unlike the French it reads.
func TestMergeBackCodesLinked(t *testing.T) {
	orig, err := os.ReadFile("testdata/merge/codes.xlf")
	if err != nil {
		t.Fatal(err)
	}
	docs, _, err := Read("codes.xlf", orig, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	ed := annotate.NewEditor(d)
	var seg *annotate.Segment
	for _, s := range d.Segments {
		if s.Unit == "name" {
			seg = s
		}
	}
	en := "According to Russia’s foreign minister, Russia refuses."
	if _, err := ed.SetTarget(seg.ID, en); err != nil {
		t.Fatal(err)
	}
	from := strings.Index(d.Text, "Sergueï Lavrov")
	src := &annotate.Span{Side: annotate.Source, Start: from, End: from + len("Sergueï Lavrov"), Label: annotate.LabelPER, Origin: annotate.Human}
	at := strings.Index(en, "Russia’s foreign minister")
	tgt := &annotate.Span{Side: annotate.Target, Segment: seg.ID, Start: at, End: at + len("Russia’s foreign minister"), Label: annotate.LabelPER, Origin: annotate.Human}
	mustDo(t, ed.AddSpan(src))
	mustDo(t, ed.AddSpan(tgt))
	mustDo(t, ed.AddLink(&annotate.Link{Type: annotate.LinkTranslation, From: src.ID, To: tgt.ID, Origin: annotate.Human}))
	files, warns, err := Write("xliff", []*annotate.Document{d}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := `According to <pc id="1" dataRefStart="b" dataRefEnd="nb">Russia’s foreign minister</pc>, Russia refuses.`
	if got := unitTarget(t, files[0].Data, "name"); got != want {
		t.Errorf("target\n%s\nwant\n%s", got, want)
	}
	for _, w := range warns {
		if w.Code == WarnTargetCodesPlaced || w.Code == WarnTargetCodesLost {
			t.Errorf("warning %s", w)
		}
	}
}
