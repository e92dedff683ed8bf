package formats

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/infile"
)

// lsRich has a no-break space inside « », accents, an emoji with a skin tone and a flag (each two
// code points and four UTF-16 code units) and a letter with a combining mark of no precomposed form.
const lsRich = "« Là-bas », dit Zoé 👍🏽 à Paris 🇫🇷 : x\u0301 fin."

// lsAt gives the offsets of the first sub in text, counted in u (code points unless UTF16).
func lsAt(t *testing.T, text, sub string, u annotate.Unit) (int, int) {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, text)
	}
	count := func(s string) int {
		if u == annotate.UTF16 {
			return len(utf16.Encode([]rune(s)))
		}
		return len([]rune(s))
	}
	return count(text[:i]), count(text[:i+len(sub)])
}

// jsonOf writes v as JSON, for building files by hand.
func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// warningArgs lists the Args of the warnings of a code.
func warningArgs(ws []Warning, c WarningCode) []map[string]any {
	var out []map[string]any
	for _, w := range ws {
		if w.Code == c {
			out = append(out, w.Args)
		}
	}
	return out
}

// wantWarning fails unless ws has a warning of code c with exactly args.
func wantWarning(t *testing.T, ws []Warning, c WarningCode, args map[string]any) {
	t.Helper()
	if !slices.ContainsFunc(warningArgs(ws, c), func(a map[string]any) bool { return maps.Equal(a, args) }) {
		t.Errorf("no %s warning with %v; got %v (all: %q)", c, args, warningArgs(ws, c), warningList(ws))
	}
}

// lsTextAreaFile is a task as Label Studio exports it with text areas: per region (the region's ID,
// listed before its labels, with a meta text too), per region without the region's ID but over its
// text, empty, over no region, and for the whole task; and a per-region choice.
func lsTextAreaFile(t *testing.T) []byte {
	zs, ze := lsAt(t, lsRich, "Zoé", annotate.CodePoints)
	ps, pe := lsAt(t, lsRich, "Paris", annotate.CodePoints)
	fs, fe := lsAt(t, lsRich, "fin", annotate.CodePoints)
	return fmt.Appendf(nil, `[{"id": 43, "data": {"text": %s}, "annotations": [{"id": 101, "completed_by": 1, "result": [
 {"id": "z1", "from_name": "comment", "to_name": "text", "type": "textarea", "origin": "manual", "value": {"start": %d, "end": %d, "text": ["« réviseur » 👍🏽", "ligne 2"]}},
 {"id": "z1", "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual", "value": {"start": %[2]d, "end": %[3]d, "text": "Zoé", "labels": ["PER"]}, "meta": {"text": ["méta"]}},
 {"id": "p1", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start": %[4]d, "end": %[5]d, "text": "Paris", "labels": ["LOC"]}},
 {"id": "other", "from_name": "comment", "to_name": "text", "type": "textarea", "value": {"start": %[4]d, "end": %[5]d, "text": ["par les offsets 🇫🇷"]}},
 {"id": "f1", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start": %[6]d, "end": %[7]d, "text": "fin", "labels": ["MISC"]}},
 {"id": "f1", "from_name": "comment", "to_name": "text", "type": "textarea", "value": {"start": %[6]d, "end": %[7]d, "text": [""]}},
 {"id": "lost", "from_name": "comment", "to_name": "text", "type": "textarea", "value": {"start": 0, "end": 1, "text": ["nulle part"]}},
 {"id": "t", "from_name": "summary", "to_name": "text", "type": "textarea", "origin": "manual", "value": {"text": ["Résumé « court » 🇫🇷", "x\u0301"]}},
 {"id": "z1", "from_name": "sure", "to_name": "text", "type": "choices", "value": {"start": %[2]d, "end": %[3]d, "choices": ["oui"]}}
]}], "predictions": []}]`, jsonOf(t, lsRich), zs, ze, ps, pe, fs, fe)
}

// TestLabelStudioTextAreas: a real export with TextArea results, whose value.text is a list, used to
// fail the whole import ("value.text: expected a string, found an array"). A text area of a region
// is now its span's note (after its meta text), found by the region's ID or else by its offsets; one
// over no region, and one of the whole task (Glose has no notes on documents), are left out with a
// warning; a per-region choice is left out as before.
func TestLabelStudioTextAreas(t *testing.T) {
	docs, warns, err := Read("ta.json", lsTextAreaFile(t), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`LOC Paris human 1 "par les offsets 🇫🇷"`,
		`MISC fin human 1 ""`,
		`PER Zoé human 1 "méta\n« réviseur » 👍🏽\nligne 2"`,
	}
	if got := spanNotes(docs[0]); !slices.Equal(got, want) {
		t.Errorf("spans\n%q\nwant\n%q", got, want)
	}
	wantWarning(t, warns, WarnNoteWithoutAnnotation, map[string]any{"ID": "lost", "Task": 1, "TaskID": 43})
	wantWarning(t, warns, WarnTaskTextArea, map[string]any{"Set": "annotation", "SetN": 1, "Name": "summary",
		"Text": "Résumé « court » 🇫🇷 / x\u0301", "Task": 1, "TaskID": 43})
	wantWarning(t, warns, WarnRegionNotText, map[string]any{"Set": "annotation", "SetN": 1, "Type": "choices", "Task": 1, "TaskID": 43})
	if len(warns) != 3 {
		t.Errorf("warnings %q", warningList(warns))
	}
	for _, w := range warns {
		if w.Code == WarnTaskTextArea && !strings.Contains(w.Msg, `"summary"`) {
			t.Errorf("%q does not name the text area", w.Msg)
		}
	}
}

// TestLabelStudioTextAreaNotesRoundTrip: notes read from text areas are written back where Glose
// writes notes (the region's meta text, which Label Studio keeps with the region), and read back
// the same; Glose's own notes go the same way.
func TestLabelStudioTextAreaNotesRoundTrip(t *testing.T) {
	docs, _, err := Read("ta.json", lsTextAreaFile(t), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"", "utf16"} {
		files, _, err := Write("labelstudio", docs, WriteOptions{Unit: unit})
		if err != nil {
			t.Fatal(err)
		}
		var tasks []lsTask
		if err := json.Unmarshal(files[0].Data, &tasks); err != nil {
			t.Fatal(err)
		}
		for _, r := range tasks[0].Annotations[0].Result {
			if r.Type != "labels" {
				t.Errorf("%s: exported a %s result", unit, r.Type)
			}
			if r.Value.Text == "Zoé" && (r.Meta == nil || !slices.Equal(r.Meta.Text, []string{"méta\n« réviseur » 👍🏽\nligne 2"})) {
				t.Errorf("%s: Zoé's note is written %+v", unit, r.Meta)
			}
		}
		back, warns, err := Read("tasks.json", files[0].Data, ReadOptions{Unit: unit})
		if err != nil || len(warns) != 0 {
			t.Fatalf("%s: %v %q", unit, err, warningList(warns))
		}
		if g, w := spanNotes(back[0]), spanNotes(docs[0]); !slices.Equal(g, w) {
			t.Errorf("%s: read back\n%q\nwant\n%q", unit, g, w)
		}
	}
}

// TestLabelStudioHyperTextLabels: a HyperTextLabels result (value.start is an XPath) used to fail the
// whole import. It is now placed on the text by its globalOffsets when they give the text it states
// (counted in code points or, from an older Label Studio, UTF-16 code units), else left out with a
// warning that says why.
func TestLabelStudioHyperTextLabels(t *testing.T) {
	ps, pe := lsAt(t, lsRich, "Paris", annotate.CodePoints)
	fs, fe := lsAt(t, lsRich, "fin", annotate.UTF16)
	zs, ze := lsAt(t, lsRich, "Zoé", annotate.CodePoints)
	hyper := func(id string, global []int, text, label string) string {
		g := ""
		if global != nil {
			g = fmt.Sprintf(`, "globalOffsets": {"start": %d, "end": %d}`, global[0], global[1])
		}
		return fmt.Sprintf(`{"id": %q, "from_name": "ner", "to_name": "html", "type": "hypertextlabels", "value": {"start": "/p[1]/text()[1]", "end": "/p[1]/text()[1]", "startOffset": 3, "endOffset": 8%s, "text": %s, "hypertextlabels": [%q]}}`,
			id, g, jsonOf(t, text), label)
	}
	file := fmt.Sprintf(`[{"id": 7, "data": {"text": %s}, "annotations": [{"result": [%s, %s, %s, %s, {"id": "z", "type": "labels", "value": {"start": %d, "end": %d, "text": "Zoé", "labels": ["PER"]}}]}]}]`,
		jsonOf(t, lsRich), hyper("h1", []int{ps, pe}, "Paris", "LOC"), hyper("h2", []int{fs, fe}, "fin", "MISC"),
		hyper("h3", nil, "Zoé", "PER"), hyper("h4", []int{0, 3}, "Zoé", "PER"), zs, ze)
	docs, warns, err := Read("ht.json", []byte(file), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"LOC Paris human 1", "MISC fin human 1", "PER Zoé human 1"}
	if got := spanList(docs[0]); !slices.Equal(got, want) {
		t.Errorf("spans %q, want %q", got, want)
	}
	wantWarning(t, warns, WarnHyperTextUnplaced, map[string]any{"Set": "annotation", "SetN": 1, "Labels": "PER", "Text": "Zoé", "Global": false, "Task": 1, "TaskID": 7})
	wantWarning(t, warns, WarnHyperTextUnplaced, map[string]any{"Set": "annotation", "SetN": 1, "Labels": "PER", "Text": "Zoé", "Global": true, "Task": 1, "TaskID": 7})
	if len(warns) != 2 {
		t.Errorf("warnings %q", warningList(warns))
	}
	for _, w := range warns {
		if !strings.Contains(w.Msg, "/p[1]/text()[1]:3") || !strings.HasPrefix(w.String(), "ht.json: task 1 (id 7): annotation 1 result[") {
			t.Errorf("%q does not say where the region is", w)
		}
	}
}

// TestLabelStudioResultsOfOtherTypes: a result of any other type, whatever its value holds, is left
// out with a warning and never fails the import.
func TestLabelStudioResultsOfOtherTypes(t *testing.T) {
	zs, ze := lsAt(t, lsRich, "Zoé", annotate.CodePoints)
	values := map[string]string{
		"rating":          `{"rating": 4}`,
		"taxonomy":        `{"taxonomy": [["Europe", "France"]]}`,
		"paragraphlabels": `{"start": "0", "end": "2", "startOffset": 0, "endOffset": 4, "text": "Là", "paragraphlabels": ["X"]}`,
		"number":          `{"number": 3.5}`,
		"datetime":        `{"datetime": "2024-01-01"}`,
		"ranker":          `{"ranker": {"a": ["x"]}}`,
		"pairwise":        `{"selected": "left"}`,
		"odd":             `[1, "deux"]`,
	}
	var results []string
	for _, typ := range slices.Sorted(maps.Keys(values)) {
		results = append(results, fmt.Sprintf(`{"id": %q, "from_name": %[1]q, "to_name": "text", "type": %[1]q, "value": %s}`, typ, values[typ]))
	}
	results = append(results, fmt.Sprintf(`{"id": "z", "type": "labels", "value": {"start": %d, "end": %d, "text": "Zoé", "labels": ["PER"]}}`, zs, ze))
	file := fmt.Sprintf(`[{"data": {"text": %s}, "predictions": [{"model_version": "m", "result": [%s]}]}]`, jsonOf(t, lsRich), strings.Join(results, ", "))
	docs, warns, err := Read("other.json", []byte(file), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := spanList(docs[0]); !slices.Equal(got, []string{"PER Zoé auto 0.5"}) {
		t.Errorf("spans %q", got)
	}
	for typ := range values {
		wantWarning(t, warns, WarnRegionNotText, map[string]any{"Set": "prediction", "SetN": 1, "Type": typ, "Task": 1, "TaskID": 0})
	}
	if len(warns) != len(values) {
		t.Errorf("warnings %q", warningList(warns))
	}
}

// TestLabelStudioLabelsOfWrongKind: a text span whose value has a field of the wrong kind is still an
// error, at the line and column of that value, naming the task and result and the field, coded as
// JSON of the wrong kind; results of other types before it do not hide it.
func TestLabelStudioLabelsOfWrongKind(t *testing.T) {
	area := `{"id": "c", "type": "textarea", "value": {"text": ["ok"]}}`
	for _, c := range []struct{ value, want string }{
		{`{"start": "8", "end": 15, "labels": ["LOC"]}`, `bad.json: line 2, column 51: task 1 (id 9): annotation 1 result[1]: value.start: expected a whole number, found a string ("8")`},
		{`{"start": 4, "end": 7, "text": ["Zoé"], "labels": ["PER"]}`, `bad.json: line 2, column 72: task 1 (id 9): annotation 1 result[1]: value.text: expected a string, found a list`},
		{`{"start": 4, "end": 7.5, "labels": ["PER"]}`, `bad.json: line 2, column 61: task 1 (id 9): annotation 1 result[1]: value.end: expected a whole number, found a number (7.5)`},
		{`{"start": 4, "end": 7, "labels": "PER"}`, `bad.json: line 2, column 74: task 1 (id 9): annotation 1 result[1]: value.labels: expected a list of strings, found a string ("PER")`},
		{`"Zoé"`, `bad.json: line 2, column 41: task 1 (id 9): annotation 1 result[1]: value: expected an object, found a string ("Zoé")`},
	} {
		file := fmt.Sprintf("[{\"id\": 9, \"data\": {\"text\": %s}, \"annotations\": [{\"result\": [%s,\n {\"id\": \"a\", \"type\": \"labels\", \"value\": %s}]}]}]", jsonOf(t, lsRich), area, c.value)
		_, _, err := Read("bad.json", []byte(file), ReadOptions{})
		var ie *infile.Error
		if err == nil || err.Error() != c.want || !errors.As(err, &ie) || ie.Code != infile.ErrJSONType {
			t.Errorf("%s: %v\nwant %s", c.value, err, c.want)
		}
	}
}

// TestLabelStudioTextNotInDataText: a task without data.text (a project whose labeling config shows
// $content) used to be refused with "data.text is missing or not a string". Its text is now the one
// field of data that holds text, or the one at whose offsets its regions find their texts, with a
// warning naming the field; otherwise the error lists the fields found.
func TestLabelStudioTextNotInDataText(t *testing.T) {
	zs, ze := lsAt(t, lsRich, "Zoé", annotate.CodePoints)
	zoe := fmt.Sprintf(`"annotations": [{"result": [{"id": "z", "type": "labels", "value": {"start": %d, "end": %d, "text": "Zoé", "labels": ["PER"]}}]}]`, zs, ze)
	text := jsonOf(t, lsRich)
	ok := []struct {
		name, file string
		n          int
	}{
		{"content", fmt.Sprintf(`[{"data": {"content": %s, "lang": "fr"}, %s}, {"data": {"content": %[1]s}, %[2]s}]`, text, zoe), 2},
		{"by regions", fmt.Sprintf(`[{"data": {"content": %s, "title": "Là-bas 🇫🇷"}, %s}]`, text, zoe), 1},
	}
	for _, c := range ok {
		docs, warns, err := Read("k.json", []byte(c.file), ReadOptions{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if docs[0].Text != lsRich || !slices.Equal(spanList(docs[0]), []string{"PER Zoé human 1"}) {
			t.Errorf("%s: %q %q", c.name, docs[0].Text, spanList(docs[0]))
		}
		wantWarning(t, warns, WarnTextKey, map[string]any{"Key": "content", "N": c.n})
		if len(warns) != 1 || !strings.Contains(warns[0].Msg, "data.content") {
			t.Errorf("%s: warnings %q", c.name, warningList(warns))
		}
	}
	for _, c := range []struct{ file, want string }{
		{fmt.Sprintf(`[{"id": 3, "data": {"content": %s, "title": "Là-bas"}}]`, text), `k.json: task 1 (id 3): no data.text, and several fields hold text (content, title), which the regions do not tell apart: rename the field that holds the text to be annotated "text"`},
		{`[{"data": {"image": {"url": "x.png"}, "n": 3}}]`, `k.json: task 1: no data.text, and no other field holds text: data has image (an object), n (a number)`},
		{`[{"data": {"text": 5}}]`, `k.json: task 1: data.text is a number, not a string`},
		{`[{"data": {}}]`, `k.json: task 1: no text: data is empty`},
	} {
		if _, _, err := Read("k.json", []byte(c.file), ReadOptions{}); err == nil || err.Error() != c.want {
			t.Errorf("%s: %v\nwant %s", c.file, err, c.want)
		}
	}
}

// TestLabelStudioJSONMin: Label Studio's JSON-MIN export (one flat record per annotation, each tag's
// results under its name) used to be refused with "data.text is missing or not a string". It is read:
// the records of one task are its annotations (merged as any), the lists of labels are text spans,
// and a warning says what JSON-MIN lacks and which fields were left out. Flat tasks written for
// import (only data fields) read without a warning.
func TestLabelStudioJSONMin(t *testing.T) {
	zs, ze := lsAt(t, lsRich, "Zoé", annotate.CodePoints)
	ps, pe := lsAt(t, lsRich, "Paris", annotate.CodePoints)
	zoe := fmt.Sprintf(`{"start": %d, "end": %d, "text": "Zoé", "labels": ["PER"]}`, zs, ze)
	paris := fmt.Sprintf(`{"start": %d, "end": %d, "text": "Paris", "labels": ["LOC"]}`, ps, pe)
	file := fmt.Sprintf(`[
 {"text": %s, "id": 5, "label": [%s, %s], "sentiment": "positif 👍🏽", "annotator": "ana@x.fr", "annotation_id": 9, "created_at": "2024-01-30T02:40:43Z", "updated_at": "2024-01-30T02:40:43Z", "lead_time": 3.5},
 {"text": %[1]s, "id": 5, "label": [%[2]s], "annotator": 2, "annotation_id": 10, "created_at": "2024-01-30T02:41:43Z", "updated_at": "2024-01-30T02:41:43Z", "lead_time": 2},
 {"text": "Paris, « ville »", "id": 6, "label": [{"start": 0, "end": 5, "text": "Paris", "labels": ["LOC"]}], "annotator": 2, "annotation_id": 11}]`, jsonOf(t, lsRich), zoe, paris)
	docs, warns, err := Read("min.json", []byte(file), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Text != lsRich || docs[1].Text != "Paris, « ville »" {
		t.Fatalf("%d documents", len(docs))
	}
	if got, want := spanList(docs[0]), []string{"PER Zoé human 1", "LOC Paris auto 0.5"}; !slices.Equal(got, want) {
		t.Errorf("spans %q, want %q", got, want)
	}
	if got := spanList(docs[1]); !slices.Equal(got, []string{"LOC Paris human 1"}) {
		t.Errorf("spans %q", got)
	}
	wantWarning(t, warns, WarnJSONMin, map[string]any{"Fields": "label", "Other": "sentiment"})
	wantWarning(t, warns, WarnAnnotationsMerged, map[string]any{"N": 2, "By": "#1 (ana@x.fr), #2 (2)", "Spans": 1, "Links": 0, "SomeSpans": 1, "SomeLinks": 0, "Task": 1, "TaskID": 5})
	if len(warns) != 2 {
		t.Errorf("warnings %q", warningList(warns))
	}
	for _, w := range warns {
		if w.Code == WarnJSONMin && !strings.Contains(w.Msg, `export the project as "JSON"`) {
			t.Errorf("%q does not say what to export", w.Msg)
		}
	}

	docs, warns, err = Read("flat.json", []byte(fmt.Sprintf(`[{"text": %s, "source": "AFP"}]`, jsonOf(t, lsRich))), ReadOptions{})
	if err != nil || len(warns) != 0 || docs[0].Text != lsRich {
		t.Errorf("flat tasks: %v %q", err, warningList(warns))
	}
}
