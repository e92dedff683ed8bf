package formats

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// lsText has an emoji first (so UTF-16 offsets run one ahead of code points), « guillemets » with
// no-break spaces, accents and a letter with a combining mark that has no precomposed form.
const lsText = "😀 « Élysée » : Noël à Saint-Denis, x\u0301 fin."

// lsReg is a labels region; text is its value.text ("" for none).
func lsReg(id string, start, end int, text string, labels ...string) lsRegion {
	return lsRegion{ID: id, FromName: "label", ToName: "text", Type: "labels",
		Value: &lsValue{Start: start, End: end, Text: text, Labels: labels}}
}

func lsRel(from, to, typ string) lsRegion {
	return lsRegion{Type: "relation", FromID: from, ToID: to, Direction: "right", Labels: []string{typ}}
}

// lsFile encodes tasks as Label Studio exports them.
func lsFile(t *testing.T, tasks ...lsTask) []byte {
	t.Helper()
	b, err := json.Marshal(tasks)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func lsTaskOver(text string, annotations ...[]lsRegion) lsTask {
	t := lsTask{Data: map[string]any{"text": text}}
	for _, a := range annotations {
		t.Annotations = append(t.Annotations, lsResultSet{Result: a})
	}
	return t
}

// spanList describes a document's spans as "LABEL text origin confidence", in order.
func spanList(d *annotate.Document) []string {
	var out []string
	for _, sp := range d.Spans {
		out = append(out, fmt.Sprintf("%s %s %s %g", sp.Label, d.SpanText(sp), sp.Origin, sp.Confidence))
	}
	return out
}

// linkList describes a document's links as "TYPE from text → to text (LABEL) origin confidence".
func linkList(d *annotate.Document) []string {
	var out []string
	for _, l := range d.Links {
		a, b := d.Span(l.From), d.Span(l.To)
		out = append(out, fmt.Sprintf("%s %s → %s (%s) %s %g", l.Type, d.SpanText(a), d.SpanText(b), b.Label, l.Origin, l.Confidence))
	}
	return out
}

func warningList(ws []Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.String())
	}
	return out
}

func TestLabelStudioImportChecksValueText(t *testing.T) {
	codePoints := []lsRegion{lsReg("q", 2, 12, "« Élysée »", "QUOTE"), lsReg("n", 15, 19, "Noël", "PER"),
		lsReg("s", 22, 33, "Saint-Denis", "LOC"), lsReg("x", 35, 37, "x\u0301", "MISC"), lsReg("f", 38, 41, "fin", "MISC")}
	utf16 := []lsRegion{lsReg("q", 3, 13, "« Élysée »", "QUOTE"), lsReg("n", 16, 20, "Noël", "PER"),
		lsReg("s", 23, 34, "Saint-Denis", "LOC"), lsReg("x", 36, 38, "x\u0301", "MISC"), lsReg("f", 39, 42, "fin", "MISC")}
	want := []string{"QUOTE « Élysée » human 1", "PER Noël human 1", "LOC Saint-Denis human 1", "MISC x\u0301 human 1", "MISC fin human 1"}
	detected := "ls.json: offsets read as UTF-16 code units, not Unicode code points: the value.text of 5 of 5 regions is the text at the offsets only when counted that way (Label Studio before 1.6 and glose-cli export --unit utf16 count UTF-16 code units); import with --unit utf16 to say so"
	mixed := append(slices.Clone(codePoints[:2]), utf16[2:]...)
	edited := []lsRegion{codePoints[0], lsReg("n", 15, 19, "Noel", "PER")}
	cases := []struct {
		name    string
		regions []lsRegion
		unit    string
		want    []string // spans
		warns   []string
		err     string // the whole error when the import must fail
	}{
		{"code points", codePoints, "", want, nil, ""},
		{"code points forced", codePoints, "codepoints", want, nil, ""},
		{"UTF-16 detected", utf16, "", want, []string{detected}, ""},
		{"UTF-16 forced", utf16, "utf16", want, nil, ""},
		{"UTF-16 read as code points", utf16, "codepoints", nil, nil,
			`ls.json: task 1 (id 42): annotation 1 result[0] (region "q"): value.text is "« Élysée »" but the text at [3, 13) (Unicode code points) is " Élysée » "` +
				"; counted in UTF-16 code units, the offsets give the stated text: import with --unit utf16"},
		{"code points read as UTF-16", codePoints, "utf16", nil, nil,
			`ls.json: task 1 (id 42): annotation 1 result[0] (region "q"): value.text is "« Élysée »" but the text at [2, 12) (UTF-16 code units) is " « Élysée "` +
				"; counted in Unicode code points, the offsets give the stated text: import with --unit codepoints"},
		{"mixed units", mixed, "", nil, nil,
			`ls.json: task 1 (id 42): annotation 1 result[2] (region "s"): value.text is "Saint-Denis" but the text at [23, 34) (Unicode code points) is "aint-Denis,"` +
				"; counted in UTF-16 code units they would, but then other regions would not: the file mixes units, or its texts were edited after annotation"},
		{"edited text", edited, "", nil, nil,
			`ls.json: task 1 (id 42): annotation 1 result[1] (region "n"): value.text is "Noel" but the text at [15, 19) (Unicode code points) is "Noël"` +
				"; the task's text was probably edited after annotation, or the offsets belong to another text"},
		{"outside the text", []lsRegion{lsReg("f", 39, 43, "fin.", "MISC")}, "codepoints", nil, nil,
			`ls.json: task 1 (id 42): annotation 1 result[0] (region "f"): range [39, 43) is empty or outside the text (42 Unicode code points), and value.text is "fin."` +
				"; counted in UTF-16 code units, the offsets give the stated text: import with --unit utf16"},
	}
	for _, c := range cases {
		task := lsTaskOver(lsText, c.regions)
		task.ID = 42
		docs, warns, err := Read("ls.json", lsFile(t, task), ReadOptions{Format: "labelstudio", Unit: c.unit})
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Fatalf("%s: error\n%v\nwant\n%s", c.name, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := spanList(docs[0]); !slices.Equal(got, c.want) {
			t.Fatalf("%s: spans\n%q\nwant\n%q", c.name, got, c.want)
		}
		if got := warningList(warns); !slices.Equal(got, c.warns) {
			t.Fatalf("%s: warnings\n%q\nwant\n%q", c.name, got, c.warns)
		}
	}
}

// TestLabelStudioValueTextNormalised: a task text with CR LF and a decomposed é is normalised on import;
// value.text may repeat the text as it was or as normalised, and offsets count the text as it was.
func TestLabelStudioValueTextNormalised(t *testing.T) {
	text := "Le cafe\u0301 😀\r\n« Élysée »"
	regions := []lsRegion{lsReg("c", 3, 8, "cafe\u0301", "ORG"), lsReg("c2", 3, 8, "café", "LOC"),
		lsReg("l", 9, 12, "😀\r\n", "MISC"), lsReg("q", 12, 22, "« Élysée »", "QUOTE")}
	docs, warns, err := Read("crlf.json", lsFile(t, lsTaskOver(text, regions)), ReadOptions{Format: "labelstudio"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"ORG café human 1", "LOC café human 1", "MISC 😀\n human 1", "QUOTE « Élysée » human 1"}
	if got := spanList(docs[0]); !slices.Equal(got, want) || len(warns) != 0 {
		t.Fatalf("spans\n%q\nwant\n%q\nwarnings %q", got, want, warningList(warns))
	}
}

// TestLabelStudioUncheckedOffsetsWarn: regions without value.text cannot be checked; with an emoji in the
// text the import says which unit it assumed, as the doccano import does.
func TestLabelStudioUncheckedOffsetsWarn(t *testing.T) {
	docs, warns, err := Read("old.json", lsFile(t, lsTaskOver(lsText, []lsRegion{lsReg("n", 15, 19, "", "PER")})), ReadOptions{Format: "labelstudio"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"old.json: 1 region has no value.text, so the offsets could not be checked, in texts with characters outside the BMP (e.g. emoji): they were read as Unicode code points; if the file comes from a Label Studio older than 1.6, which counted UTF-16 code units, import it with --unit utf16"}
	if got := warningList(warns); !slices.Equal(got, want) || !slices.Equal(spanList(docs[0]), []string{"PER Noël human 1"}) {
		t.Fatalf("warnings %q, spans %q", got, spanList(docs[0]))
	}
}

// TestLabelStudioUTF16ExportReadsBackWithoutUnit: glose-cli export --unit utf16 then import without
// --unit gives the same spans, with one warning.
func TestLabelStudioUTF16ExportReadsBackWithoutUnit(t *testing.T) {
	for seed := int64(1); seed <= 10; seed++ {
		d := genDoc(t, seed)
		files, _, err := Write("labelstudio", []*annotate.Document{d}, WriteOptions{Unit: "utf16"})
		if err != nil {
			t.Fatal(err)
		}
		docs, warns, err := Read("tasks.json", files[0].Data, ReadOptions{})
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if g, w := spanKeys(docs[0], true), spanKeys(sourceOnly(d), true); !slices.Equal(g, w) {
			t.Fatalf("seed %d: spans differ:\n got %v\nwant %v", seed, g, w)
		}
		n := 0
		for _, w := range warns {
			if strings.Contains(w.Msg, "offsets read as UTF-16 code units") {
				n++
			}
		}
		if want := map[bool]int{true: 1, false: 0}[outsideBMP(d.Text)]; n != want {
			t.Fatalf("seed %d: %d unit warnings, want %d: %q", seed, n, want, warningList(warns))
		}
	}
}

// TestLabelStudioMergesAnnotators: three annotators on one task. What all of them marked is confirmed,
// the rest are suggestions with the share of annotators as confidence; a region with two labels is two
// spans, each joined by the relation to it; a cancelled annotation is left out with a warning (its
// regions, stale here, are not even checked).
func TestLabelStudioMergesAnnotators(t *testing.T) {
	task := lsTaskOver(lsText,
		[]lsRegion{lsReg("q", 2, 12, "« Élysée »", "QUOTE"), lsReg("n", 15, 19, "Noël", "PER"),
			lsReg("s", 22, 33, "Saint-Denis", "LOC", "ORG"), lsRel("q", "n", "speaker"), lsRel("q", "s", "speaker")},
		[]lsRegion{lsReg("q2", 2, 12, "« Élysée »", "QUOTE"), lsReg("n", 15, 19, "Noël", "ORG"),
			lsReg("x", 35, 37, "x\u0301", "MISC"), lsRel("q2", "x", "speaker")},
		[]lsRegion{lsReg("q", 2, 12, "« Élysée »", "QUOTE"), lsReg("n", 15, 19, "Noël", "PER"), lsRel("q", "n", "speaker")},
		[]lsRegion{lsReg("f", 1, 3, "fin", "MISC")})
	task.ID = 42
	for k, by := range []any{1, 2, map[string]any{"id": 3, "email": "c@x.fr"}, 4} {
		task.Annotations[k].ID, task.Annotations[k].CompletedBy = k+1, by
	}
	task.Annotations[3].WasCancelled = true
	docs, warns, err := Read("ls.json", lsFile(t, task), ReadOptions{Format: "labelstudio"})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	wantSpans := []string{"QUOTE « Élysée » human 1", "PER Noël auto 0.6666666666666666", "LOC Saint-Denis auto 0.3333333333333333",
		"ORG Saint-Denis auto 0.3333333333333333", "ORG Noël auto 0.3333333333333333", "MISC x\u0301 auto 0.3333333333333333"}
	wantLinks := []string{"speaker « Élysée » → Noël (PER) auto 0.6666666666666666", "speaker « Élysée » → Saint-Denis (LOC) auto 0.3333333333333333",
		"speaker « Élysée » → Saint-Denis (ORG) auto 0.3333333333333333", "speaker « Élysée » → x\u0301 (MISC) auto 0.3333333333333333"}
	wantWarns := []string{
		"ls.json: task 1 (id 42): annotation 4 (id 4, by 4) was skipped (cancelled) in Label Studio: its 1 result left out",
		"ls.json: task 1 (id 42): 3 annotations merged (annotation 1 (id 1, by 1), annotation 2 (id 2, by 2), annotation 3 (id 3, by c@x.fr)): 1 span and 0 relations that all of them have imported as confirmed, 5 spans and 4 relations that only some have as suggestions whose confidence is the share of annotations that have them",
		"ls.json: task 1 (id 42): 1 region has several labels, imported as one span per label over the same text (a relation to the region joins each): s (LOC, ORG)",
	}
	if got := spanList(d); !slices.Equal(got, wantSpans) {
		t.Fatalf("spans\n%q\nwant\n%q", got, wantSpans)
	}
	if got := linkList(d); !slices.Equal(got, wantLinks) {
		t.Fatalf("links\n%q\nwant\n%q", got, wantLinks)
	}
	if got := warningList(warns); !slices.Equal(got, wantWarns) {
		t.Fatalf("warnings\n%q\nwant\n%q", got, wantWarns)
	}

	// Two annotators who agree on everything: all confirmed, and the warning says so.
	agree := lsTaskOver(lsText, []lsRegion{lsReg("n", 15, 19, "Noël", "PER")}, []lsRegion{lsReg("m", 15, 19, "Noël", "PER")})
	docs, warns, err = Read("ls.json", lsFile(t, agree), ReadOptions{Format: "labelstudio"})
	if err != nil || !slices.Equal(spanList(docs[0]), []string{"PER Noël human 1"}) || len(warns) != 1 || !strings.Contains(warns[0].Msg, "1 span and 0 relations that all of them have imported as confirmed, 0 spans") {
		t.Fatalf("agreeing annotators: %v %q %q", err, spanList(docs[0]), warningList(warns))
	}
}

// TestLabelStudioGroundTruthAlone: when Label Studio marks a ground truth, it is what the team decided.
func TestLabelStudioGroundTruthAlone(t *testing.T) {
	task := lsTaskOver(lsText, []lsRegion{lsReg("n", 15, 19, "Noël", "ORG")}, []lsRegion{lsReg("n", 15, 19, "Noël", "PER"), lsReg("s", 22, 33, "Saint-Denis", "LOC")})
	task.Annotations[0].ID, task.Annotations[1].ID, task.Annotations[1].GroundTruth = 7, 8, true
	docs, warns, err := Read("gt.json", lsFile(t, task), ReadOptions{Format: "labelstudio"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"gt.json: task 1: the ground truth (annotation 2 (id 8)) imported alone; 1 other annotation left out: annotation 1 (id 7)"}
	if got := spanList(docs[0]); !slices.Equal(got, []string{"PER Noël human 1", "LOC Saint-Denis human 1"}) || !slices.Equal(warningList(warns), want) {
		t.Fatalf("spans %q warnings %q", got, warningList(warns))
	}
}

// TestLabelStudioPredictionSets: every prediction set (model version) is read; a span two sets suggest
// is one suggestion with the higher score; a prediction's copy of an annotation region is that span.
func TestLabelStudioPredictionSets(t *testing.T) {
	score := func(f float64) *float64 { return &f }
	pred := func(r lsRegion, s float64) lsRegion { r.Score = score(s); return r }
	task := lsTaskOver(lsText, []lsRegion{lsReg("q", 2, 12, "« Élysée »", "QUOTE")})
	task.Predictions = []lsResultSet{
		{ModelVersion: "a", Result: []lsRegion{pred(lsReg("p1", 15, 19, "Noël", "PER"), 0.4), lsReg("q", 2, 12, "« Élysée »", "QUOTE"), lsRel("q", "p1", "speaker")}},
		{ModelVersion: "b", Result: []lsRegion{pred(lsReg("p9", 15, 19, "Noël", "PER"), 0.9), pred(lsReg("p2", 35, 37, "x\u0301", "MISC"), 0.3)}},
	}
	docs, warns, err := Read("p.json", lsFile(t, task), ReadOptions{Format: "labelstudio"})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	wantSpans := []string{"QUOTE « Élysée » human 1", "PER Noël auto 0.9", "MISC x\u0301 auto 0.3"}
	if got := spanList(d); !slices.Equal(got, wantSpans) || len(warns) != 0 {
		t.Fatalf("spans\n%q\nwant\n%q\nwarnings %q", got, wantSpans, warningList(warns))
	}
	if got := linkList(d); !slices.Equal(got, []string{"speaker « Élysée » → Noël (PER) auto 0.5"}) {
		t.Fatalf("links %q", got)
	}
}

// lsOriginDoc has a person's spans with notes, suggestions with confidences, and every kind of link: a
// person's between a person's spans, a person's to a suggestion, suggested ones with confidences.
func lsOriginDoc(t *testing.T) *annotate.Document {
	text := "« Nous ne céderons rien 😀 », a déclaré Emmanuel Macron à Saint-Denis, x\u0301 fin."
	d := annotate.NewDocument("origins", "Origines", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	e := annotate.NewEditor(d)
	span := func(s, label string, conf float64, note string) *annotate.Span {
		i := strings.Index(text, s)
		sp := &annotate.Span{Side: annotate.Source, Start: i, End: i + len(s), Label: label, Note: note}
		if conf < 1 {
			sp.Origin, sp.Confidence = annotate.Auto, conf
		}
		mustDo(t, e.AddSpan(sp))
		return sp
	}
	q := span("« Nous ne céderons rien 😀 »", annotate.LabelQuote, 1, "citation « exacte » 😀 x\u0301")
	c := span("déclaré", annotate.LabelCue, 0.73, "")
	p := span("Emmanuel Macron", annotate.LabelPER, 1, "Président — « note »\nsur deux lignes")
	l := span("Saint-Denis", annotate.LabelLOC, 0.42, "ville ?")
	x := span("x\u0301", annotate.LabelMISC, 1, "")
	link := func(typ string, a, b *annotate.Span, conf float64) {
		k := &annotate.Link{Type: typ, From: a.ID, To: b.ID}
		if conf < 1 {
			k.Origin, k.Confidence = annotate.Auto, conf
		}
		mustDo(t, e.AddLink(k))
	}
	link(annotate.LinkSpeaker, q, p, 1)
	link(annotate.LinkCue, q, c, 1)
	link(annotate.LinkSpeaker, q, l, 0.81)
	link(annotate.LinkCue, x, p, 0.6)
	mustDo(t, d.Validate())
	return d
}

// spanNotes lists the spans with their notes.
func spanNotes(d *annotate.Document) []string {
	var out []string
	for _, sp := range d.Spans {
		out = append(out, fmt.Sprintf("%s %s %s %g %q", sp.Label, d.SpanText(sp), sp.Origin, sp.Confidence, sp.Note))
	}
	sort.Strings(out)
	return out
}

// TestLabelStudioKeepsOrigins: origins and confidences of spans and links, and span notes, survive a
// Label Studio round trip; the one thing Label Studio shows differently is said on export.
func TestLabelStudioKeepsOrigins(t *testing.T) {
	d := lsOriginDoc(t)
	wantExport := []string{`origins: 1 relation a person confirmed joins a suggestion, so it is in the prediction (with origin "manual"): Label Studio shows it as predicted, Glose reads it back as confirmed`}
	for _, unit := range []string{"", "utf16"} {
		files, warns, err := Write("labelstudio", []*annotate.Document{d}, WriteOptions{Unit: unit})
		if err != nil {
			t.Fatal(err)
		}
		if got := warningList(warns); !slices.Equal(got, wantExport) {
			t.Fatalf("%s: export warnings %q", unit, got)
		}
		docs, warns, err := Read("tasks.json", files[0].Data, ReadOptions{Unit: unit})
		if err != nil || len(warns) != 0 {
			t.Fatalf("%s: import: %v %q", unit, err, warningList(warns))
		}
		if g, w := spanNotes(docs[0]), spanNotes(d); !slices.Equal(g, w) {
			t.Fatalf("%s: spans\n%q\nwant\n%q", unit, g, w)
		}
		g, w := linkList(docs[0]), linkList(d)
		sort.Strings(g)
		sort.Strings(w)
		if !slices.Equal(g, w) {
			t.Fatalf("%s: links\n%q\nwant\n%q", unit, g, w)
		}
	}
}

// TestLabelStudioNotesFromMeta: a region's meta text (Label Studio's per-region text area) is the
// span's note, its lines joined.
func TestLabelStudioNotesFromMeta(t *testing.T) {
	r := lsReg("n", 15, 19, "Noël", "PER")
	r.Meta = &lsMeta{Text: []string{"« père »", "😀 x\u0301"}}
	docs, _, err := Read("m.json", lsFile(t, lsTaskOver(lsText, []lsRegion{r})), ReadOptions{Format: "labelstudio"})
	if err != nil || docs[0].Spans[0].Note != "« père »\n😀 x\u0301" {
		t.Fatalf("%v %q", err, docs[0].Spans[0].Note)
	}
}

// TestLabelStudioLanguages: data.lang is the language of the task's text; the other language comes from
// the task with the other side of the same document, else from the defaults.
func TestLabelStudioLanguages(t *testing.T) {
	task := func(id, lang string) lsTask {
		tk := lsTaskOver("« Élysée » 😀 x\u0301.", []lsRegion{lsReg("q", 0, 10, "« Élysée »", "QUOTE")})
		if id != "" {
			tk.Data["glose_id"] = id
		}
		if lang != "" {
			tk.Data["lang"] = lang
		}
		return tk
	}
	cases := []struct {
		name  string
		tasks []lsTask
		opts  ReadOptions
		want  []string // "ID source→target"
		warns []string
	}{
		{"no lang", []lsTask{task("", "")}, ReadOptions{}, []string{"l fr→en"}, nil},
		{"German", []lsTask{task("de1", "de")}, ReadOptions{}, []string{"de1 de→en"}, nil},
		{"English alone", []lsTask{task("en1", "en")}, ReadOptions{}, []string{"en1 en→fr"}, nil},
		{"defaults asked", []lsTask{task("", "")}, ReadOptions{SourceLang: "pt-BR", TargetLang: "es"}, []string{"l pt-BR→es"}, nil},
		{"both sides", []lsTask{task("d", "fr-CA"), task("d#target", "en-GB")}, ReadOptions{}, []string{"d fr-CA→en-GB", "d#target en-GB→fr-CA"},
			[]string{"l.json: task 2: d#target is the translation side of document d: imported as a document of its own, in en-GB (Label Studio tasks do not keep which sentence translates which: use xliff or jsonl to keep translations with their source)"}},
		{"target side alone", []lsTask{task("d#target", "en")}, ReadOptions{}, []string{"d#target en→fr"},
			[]string{"l.json: task 1: d#target is the translation side of document d: imported as a document of its own, in en (Label Studio tasks do not keep which sentence translates which: use xliff or jsonl to keep translations with their source)"}},
	}
	for _, c := range cases {
		c.opts.Format = "labelstudio"
		docs, warns, err := Read("l.json", lsFile(t, c.tasks...), c.opts)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got []string
		for _, d := range docs {
			got = append(got, fmt.Sprintf("%s %s→%s", d.ID, d.SourceLang, d.TargetLang))
		}
		if !slices.Equal(got, c.want) || !slices.Equal(warningList(warns), c.warns) {
			t.Fatalf("%s: got %q, warnings %q; want %q, %q", c.name, got, warningList(warns), c.want, c.warns)
		}
	}
}

// TestLabelStudioBothSidesReadBack: an export with --side both reads back as the French document and
// its English translation, each in its own language, with its spans.
func TestLabelStudioBothSidesReadBack(t *testing.T) {
	d := lsOriginDoc(t)
	e := annotate.NewEditor(d)
	target := "« We will give up nothing 😀 », said Emmanuel Macron in Saint-Denis, x\u0301 end."
	_, err := e.SetTarget(d.Segments[0].ID, target)
	mustDo(t, err)
	i := strings.Index(target, "Emmanuel Macron")
	mustDo(t, e.AddSpan(&annotate.Span{Side: annotate.Target, Segment: d.Segments[0].ID, Start: i, End: i + len("Emmanuel Macron"), Label: annotate.LabelPER}))
	files, _, err := Write("labelstudio", []*annotate.Document{d}, WriteOptions{Side: BothSides})
	mustDo(t, err)
	docs, _, err := Read("both.json", files[0].Data, ReadOptions{})
	mustDo(t, err)
	if len(docs) != 2 || docs[0].SourceLang != "fr" || docs[0].TargetLang != "en" || docs[1].ID != "origins#target" ||
		docs[1].SourceLang != "en" || docs[1].TargetLang != "fr" || docs[1].Text != target {
		t.Fatalf("documents: %d, %s %s→%s, %s %s→%s %q", len(docs), docs[0].ID, docs[0].SourceLang, docs[0].TargetLang, docs[1].ID, docs[1].SourceLang, docs[1].TargetLang, docs[1].Text)
	}
	if got := spanList(docs[1]); !slices.Equal(got, []string{"PER Emmanuel Macron human 1"}) {
		t.Fatalf("target spans %q", got)
	}
}

// TestLabelStudioWarningsAgreeWithTheirCounts reads files that give each import warning a count of one
// and a count of several: each says "1 region has" and "2 regions have", never "1 regions".
func TestLabelStudioWarningsAgreeWithTheirCounts(t *testing.T) {
	noText := func(id string, start, end int, label string) lsRegion { return lsReg(id, start, end, "", label) }
	withIDs := func(task lsTask) lsTask {
		for k := range task.Annotations {
			task.Annotations[k].ID = k + 1
		}
		return task
	}
	cancelled := func(results ...lsRegion) lsTask {
		task := withIDs(lsTaskOver(lsText, []lsRegion{lsReg("n", 15, 19, "Noël", "PER")}, results))
		task.Annotations[1].WasCancelled = true
		return task
	}
	truth := func(others int) lsTask {
		sets := [][]lsRegion{{lsReg("n", 15, 19, "Noël", "PER")}}
		for range others {
			sets = append(sets, []lsRegion{lsReg("n", 15, 19, "Noël", "ORG")})
		}
		task := withIDs(lsTaskOver(lsText, sets...))
		task.Annotations[0].GroundTruth = true
		return task
	}
	speaker := []lsRegion{lsReg("q", 2, 12, "« Élysée »", "QUOTE"), lsReg("n", 15, 19, "Noël", "PER"), lsRel("q", "n", "speaker")}
	tests := []struct {
		name string
		task lsTask
		want string
	}{
		{"one unchecked", lsTaskOver(lsText, []lsRegion{noText("n", 15, 19, "PER")}), "old.json: 1 region has no value.text, so the offsets could not be checked"},
		{"unchecked", lsTaskOver(lsText, []lsRegion{noText("n", 15, 19, "PER"), noText("s", 22, 33, "LOC")}), "old.json: 2 regions have no value.text, so the offsets could not be checked"},
		{"one in UTF-16", lsTaskOver(lsText, []lsRegion{lsReg("n", 16, 20, "Noël", "PER")}), "the value.text of 1 of 1 region is the text at the offsets only when counted that way"},
		{"in UTF-16", lsTaskOver(lsText, []lsRegion{lsReg("n", 16, 20, "Noël", "PER"), lsReg("s", 23, 34, "Saint-Denis", "LOC")}), "the value.text of 2 of 2 regions is the text"},
		{"one multi-label", lsTaskOver(lsText, []lsRegion{lsReg("n", 15, 19, "Noël", "PER", "ORG")}), "old.json: task 1: 1 region has several labels, imported as one span per label"},
		{"multi-label", lsTaskOver(lsText, []lsRegion{lsReg("n", 15, 19, "Noël", "PER", "ORG"), lsReg("s", 22, 33, "Saint-Denis", "LOC", "ORG")}), "old.json: task 1: 2 regions have several labels"},
		{"one cancelled result", cancelled(lsReg("f", 1, 3, "fin", "MISC")), "annotation 2 (id 2) was skipped (cancelled) in Label Studio: its 1 result left out"},
		{"cancelled results", cancelled(lsReg("f", 1, 3, "fin", "MISC"), lsReg("g", 4, 6, "fin", "MISC")), "its 2 results left out"},
		{"one other annotation", truth(1), "imported alone; 1 other annotation left out: annotation 2 (id 2)"},
		{"other annotations", truth(2), "imported alone; 2 other annotations left out: annotation 2 (id 2), annotation 3 (id 3)"},
		{"one span merged", lsTaskOver(lsText, speaker[1:2], speaker[1:2]), "2 annotations merged (annotation 1, annotation 2): 1 span and 0 relations that all of them have imported as confirmed, 0 spans and 0 relations that only some have"},
		{"one relation merged", lsTaskOver(lsText, speaker, speaker, speaker[:2]), "3 annotations merged (annotation 1, annotation 2, annotation 3): 2 spans and 0 relations that all of them have imported as confirmed, 0 spans and 1 relation that only some have"},
	}
	// A count of one with a plural noun, or another count with a singular one.
	disagree := regexp.MustCompile(`(?:^|\D)(?:1 (?:other )?(?:regions|results|spans|relations|annotations)|(?:0|[2-9]|[1-9]\d+) (?:other )?(?:region|result|span|relation|annotation)\b)`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, warns, err := Read("old.json", lsFile(t, tt.task), ReadOptions{Format: "labelstudio"})
			if err != nil {
				t.Fatal(err)
			}
			got := warningList(warns)
			if !slices.ContainsFunc(got, func(w string) bool { return strings.Contains(w, tt.want) }) {
				t.Errorf("no warning says %q:\n%q", tt.want, got)
			}
			for _, w := range got {
				if m := disagree.FindString(w); m != "" {
					t.Errorf("%q does not agree with its count in %q", strings.TrimSpace(m), w)
				}
			}
		})
	}
}

// TestLabelStudioRelationDirectionAndNoLabel: a relation Label Studio drew from the speaker to the
// quote and marked "left" joins the quote to its speaker, one marked "bi" reads as drawn, and one
// without a label (a config whose <Relations> lists none) has the type "related", as docs/formats.md
// says.
func TestLabelStudioRelationDirectionAndNoLabel(t *testing.T) {
	text := "«\u00a0Non 😀\u00a0», dit Zoé à cafe\u0301 Lyon."
	task := `[{"id": 3, "data": {"text": "` + text + `"}, "annotations": [{"id": 1, "result": [
		{"id": "q", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 0, "end": 9, "text": "«\u00a0Non 😀\u00a0»", "labels": ["QUOTE"]}},
		{"id": "z", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 15, "end": 18, "text": "Zoé", "labels": ["PER"]}},
		{"id": "l", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 27, "end": 31, "text": "Lyon", "labels": ["LOC"]}},
		{"type": "relation", "from_id": "z", "to_id": "q", "direction": "left", "labels": ["speaker"]},
		{"type": "relation", "from_id": "q", "to_id": "l", "direction": "bi", "labels": []}]}]}]`
	docs, _, err := Read("t.json", []byte(task), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	var got []string
	for _, l := range d.Links {
		got = append(got, l.Type+": "+d.SpanText(d.Span(l.From))+" → "+d.SpanText(d.Span(l.To)))
	}
	want := []string{"speaker: «\u00a0Non 😀\u00a0» → Zoé", "related: «\u00a0Non 😀\u00a0» → Lyon"}
	if !slices.Equal(got, want) {
		t.Errorf("links %q, want %q", got, want)
	}
}
