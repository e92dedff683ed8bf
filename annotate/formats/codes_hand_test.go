package formats

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// handEnglish are English translations around whose words codes are placed by hand: accents, « »
// with no-break spaces, an emoji and x + U+0301 (which NFC keeps) beside the codes.
var handEnglish = map[string]string{
	"edges":   "Start and end.",
	"lines":   "First line. Second line.",
	"accents": "«\u00a0Zoé\u00a0» loves 😀 x\u0301 crêpes & Co.",
}

// handMarks are the markers placed in handEnglish, by unit: each code's index, tag, and the English
// before which its opening (closing) marker stands ("" for the end of the English).
var handMarks = map[string][]struct {
	code       int
	tag        string
	open, shut string
}{
	"edges":   {{0, `<ph id="1"/>`, "Start", ""}, {1, `<sc id="2"/>`, "and end", "."}, {2, `<ph id="3"/>`, "", ""}},
	"lines":   {{0, `<ph id="1"/>`, "Second", ""}},
	"accents": {{0, `<pc id="1">`, "Zoé", "\u00a0»"}, {1, `<pc id="2">`, "x\u0301 crêpes", " & Co."}},
}

// handMarks12 are handMarks for codes12.xlf's tags.
var handMarks12 = map[string]map[string]string{
	"lines":   {`<ph id="1"/>`: `<x id="1"/>`},
	"accents": {`<pc id="1">`: `<g id="1">`, `<pc id="2">`: `<g id="2">`},
}

// placeHand translates the units of handEnglish and places their codes by hand, as the app does.
func placeHand(t *testing.T, d *annotate.Document, v12 bool) {
	t.Helper()
	ed := annotate.NewEditor(d)
	for _, s := range d.Segments {
		en, ok := handEnglish[s.Unit]
		if !ok {
			continue
		}
		en = annotate.NFC(en)
		if _, err := ed.SetTarget(s.ID, en); err != nil {
			t.Fatal(err)
		}
		mustDo(t, ed.SetStatus(s.ID, annotate.StatusTranslated))
		at := func(before string) int {
			if before == "" {
				return len(en)
			}
			return strings.Index(en, before)
		}
		code := 0
		for _, m := range handMarks[s.Unit] {
			tag := m.tag
			if v12 {
				if tag = handMarks12[s.Unit][m.tag]; tag == "" {
					continue // "edges" is left to the estimate in XLIFF 1.2
				}
			}
			marks := []annotate.CodePlace{{Code: code, Tag: tag, At: at(m.open)}}
			if m.open != "" && m.shut != "" || m.tag == `<sc id="2"/>` {
				marks = append(marks, annotate.CodePlace{Code: code, Tag: tag, Close: true, At: at(m.shut)})
			}
			mustDo(t, ed.PlaceCodes(s.ID, marks...))
			code++
		}
	}
}

// exportHand translates the units of file (format xliff or xliff12), places codes by hand in those
// of handEnglish, and merges the document back: the document, the file written, its warnings.
func exportHand(t *testing.T, file, format string) (*annotate.Document, []byte, []Warning) {
	t.Helper()
	english := map[string]string{}
	for u, en := range codesEnglish {
		if _, ok := handEnglish[u]; !ok && u != "edges" && u != "lines" {
			english[u] = en
		}
	}
	_, _, _, d := translateUnitsWith(t, file, format, english, nil)
	placeHand(t, d, format == "xliff12")
	files, warns, err := Write(format, []*annotate.Document{d}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return d, files[0].Data, warns
}

// TestMergeBackHandCodes: codes the translator placed by hand are written exactly where they are, in
// XLIFF 2 and 1.2, even beside accents, « » with no-break spaces, an emoji and a combining mark; the
// units they are in are named in no warning, while those left to the estimate still are.
func TestMergeBackHandCodes(t *testing.T) {
	tests := []struct {
		file, format string
		want         map[string]string
		warn         string
	}{
		{"codes.xlf", "xliff", map[string]string{
			"edges":   `<ph id="1" disp="[img]"/>Start <sc id="2" type="fmt" subType="xlf:i"/>and end<ec startRef="2"/>.<ph id="3" disp="[/img]"/>`,
			"lines":   `First line. <ph id="1" type="fmt" subType="xlf:lb" equiv="&#10;"/>Second line.`,
			"accents": "«\u00a0<pc id=\"1\">Zoé</pc>\u00a0» loves 😀 <pc id=\"2\">x\u0301 crêpes</pc> &amp; Co.",
		}, "1 unit whose new translation got inline codes (formatting, placeholders) at a likely place, as the English of what they mark was not found: lost; check them in the translation tool"},
		{"codes12.xlf", "xliff12", map[string]string{
			"lines":   `First line. <x id="1" ctype="lb"/>Second line.`,
			"accents": "«\u00a0<g id=\"1\">Zoé</g>\u00a0» loves 😀 <g id=\"2\">x\u0301 crêpes</g> &amp; Co.",
		}, "1 unit whose new translation got inline codes (formatting, placeholders) at a likely place, as the English of what they mark was not found: segs; check them in the translation tool"},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			d, out, warns := exportHand(t, tt.file, tt.format)
			for id, want := range tt.want {
				if got := unitTarget(t, out, id); got != want {
					t.Errorf("unit %s: target\n%s\nwant\n%s", id, got, want)
				}
			}
			checkCodesKept(t, out)
			if msgs := warningMsgs(warns); !slices.Contains(msgs, tt.warn) {
				t.Errorf("warnings %q lack %q", msgs, tt.warn)
			}
			est, err := EstimatedCodes(d, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Segments {
				if _, ok := tt.want[s.Unit]; ok && len(est[s.ID]) > 0 {
					t.Errorf("unit %s, placed by hand, is still said estimated: %+v", s.Unit, est[s.ID])
				}
			}
		})
	}
}

// TestHandCodeProblems: a marker placed twice, a closing before its opening, a code left out while
// others are placed and a marker naming no code of the French are each said, by the code's tag and
// words; the export then places that code by estimate, still well formed.
func TestHandCodeProblems(t *testing.T) {
	en := "Zoé loves 😀 the crêpes of Renée & Co."
	zoe, renee := strings.Index(en, "Zoé"), strings.Index(en, "Renée")
	tests := []struct {
		name  string
		marks []annotate.CodePlace
		want  []PlacedCode
	}{
		{"placed twice", []annotate.CodePlace{
			{Code: 0, Tag: `<pc id="1">`, At: zoe}, {Code: 0, Tag: `<pc id="1">`, Close: true, At: zoe + len("Zoé")},
			{Code: 0, Tag: `<pc id="1">`, Close: true, At: len(en) - 1},
			{Code: 1, Tag: `<pc id="2">`, At: renee}, {Code: 1, Tag: `<pc id="2">`, Close: true, At: renee + len("Renée")},
		}, []PlacedCode{{Code: Code{Tag: `<pc id="1">`, Words: "Zoé"}, Hand: HandTwice}}},
		{"closing first", []annotate.CodePlace{
			{Code: 0, Tag: `<pc id="1">`, At: zoe}, {Code: 0, Tag: `<pc id="1">`, Close: true, At: zoe + len("Zoé")},
			{Code: 1, Tag: `<pc id="2">`, At: renee + len("Renée")}, {Code: 1, Tag: `<pc id="2">`, Close: true, At: renee},
		}, []PlacedCode{{Code: Code{Tag: `<pc id="2">`, Words: "Renée"}, Hand: HandReversed}}},
		{"one missing", []annotate.CodePlace{
			{Code: 0, Tag: `<pc id="1">`, At: zoe}, {Code: 0, Tag: `<pc id="1">`, Close: true, At: zoe + len("Zoé")},
		}, []PlacedCode{{Code: Code{Tag: `<pc id="2">`, Words: "Renée"}, Hand: HandMissing}}},
		{"closing missing", []annotate.CodePlace{
			{Code: 0, Tag: `<pc id="1">`, At: zoe}, {Code: 0, Tag: `<pc id="1">`, Close: true, At: zoe + len("Zoé")},
			{Code: 1, Tag: `<pc id="2">`, At: renee},
		}, []PlacedCode{{Code: Code{Tag: `<pc id="2">`, Words: "Renée"}, Hand: HandMissing}}},
		{"crossing", []annotate.CodePlace{
			{Code: 0, Tag: `<pc id="1">`, At: zoe}, {Code: 0, Tag: `<pc id="1">`, Close: true, At: strings.Index(en, " 😀")},
			{Code: 1, Tag: `<pc id="2">`, At: strings.Index(en, "loves")}, {Code: 1, Tag: `<pc id="2">`, Close: true, At: renee + len("Renée")},
		}, []PlacedCode{{Code: Code{Tag: `<pc id="2">`, Words: "Renée"}, Hand: HandMoved}}},
		{"unknown", []annotate.CodePlace{
			{Code: 0, Tag: `<pc id="1">`, At: zoe}, {Code: 0, Tag: `<pc id="1">`, Close: true, At: zoe + len("Zoé")},
			{Code: 1, Tag: `<pc id="2">`, At: renee}, {Code: 1, Tag: `<pc id="2">`, Close: true, At: renee + len("Renée")},
			{Code: 5, Tag: `<ph id="9"/>`, At: 0},
		}, []PlacedCode{{Code: Code{Tag: `<ph id="9"/>`}, Hand: HandUnknown}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			english := map[string]string{}
			for u, e := range codesEnglish {
				english[u] = e
			}
			english["accents"] = en
			_, _, _, d := translateUnits(t, "codes.xlf", "xliff", english)
			s := d.Segments[slices.IndexFunc(d.Segments, func(s *annotate.Segment) bool { return s.Unit == "accents" })]
			s.Codes = tt.marks
			est, err := EstimatedCodes(d, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []PlacedCode
			for _, c := range est[s.ID] {
				c.At, c.End, c.Wraps = 0, 0, false
				got = append(got, c)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("said %+v, want %+v", got, tt.want)
			}
			files, _, err := Write("xliff", []*annotate.Document{d}, WriteOptions{})
			if err != nil {
				t.Fatal(err)
			}
			checkCodesKept(t, files[0].Data)
		})
	}
}

// TestHandCodesLeaveOtherFormats: markers placed by hand stand beside the English, never in it: the
// formats without inline codes (TMX, JSON, the delivered text…) write exactly what they write without
// them, offsets included, and Glose JSON writes the same English with the markers beside it.
func TestHandCodesLeaveOtherFormats(t *testing.T) {
	_, _, _, bare := translateUnits(t, "codes.xlf", "xliff", handEnglish)
	_, _, _, coded := translateUnits(t, "codes.xlf", "xliff", map[string]string{})
	placeHand(t, coded, false)
	for _, name := range Names(true) {
		if name == "xliff" || name == "xliff12" || name == "markdown" { // markdown: of a Markdown article only
			continue
		}
		t.Run(name, func(t *testing.T) {
			opts := WriteOptions{Untranslated: KeepSource}
			a, _, errA := Write(name, []*annotate.Document{bare}, opts)
			b, _, errB := Write(name, []*annotate.Document{coded}, opts)
			if errA != nil || errB != nil {
				t.Fatalf("not written: %v, %v", errA, errB)
			}
			for i := range a {
				x, y := a[i].Data, b[i].Data
				if name == "glose" || name == "jsonl" {
					back, _, err := Read("d.json", y, ReadOptions{})
					if err != nil {
						t.Fatal(err)
					}
					for j, s := range back[0].Segments {
						if s.Target != bare.Segments[j].Target || !slices.Equal(s.Codes, coded.Segments[j].Codes) {
							t.Errorf("segment %s reads back %q %+v", s.ID, s.Target, s.Codes)
						}
					}
					continue
				}
				if !bytes.Equal(x, y) {
					t.Errorf("%s differs with codes placed:\n%s\nvs\n%s", a[i].Name, x, y)
				}
			}
		})
	}
}
