package formats

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// slice returns text[start:end] with offsets counted in unit u, failing the test if they are not valid.
func slice(t *testing.T, text string, start, end int, u annotate.Unit) string {
	t.Helper()
	o := annotate.NewOffsets(text)
	a, err1 := o.Convert(start, u, annotate.Bytes)
	b, err2 := o.Convert(end, u, annotate.Bytes)
	if err1 != nil || err2 != nil || a > b {
		t.Fatalf("range [%d, %d) (%s) is not valid in %q: %v %v", start, end, u, annotate.Shorten(text, 60), err1, err2)
	}
	return text[a:b]
}

// wantSpans lists "label text" of the document's spans on one side.
func wantSpans(d *annotate.Document, side annotate.Side) []string {
	var out []string
	for _, sp := range d.Spans {
		if sp.Side == side {
			out = append(out, sp.Label+" "+d.SpanText(sp))
		}
	}
	sort.Strings(out)
	return out
}

// record is what the offset checks need from one exported record: its ID, its text, and the spans as
// (start, end, label, text stated in the file or "").
type record struct {
	id, text string
	spans    [][4]any
}

func checkRecords(t *testing.T, name string, d *annotate.Document, recs []record, u annotate.Unit) {
	t.Helper()
	got := map[string][]string{}
	for _, r := range recs {
		for _, s := range r.spans {
			text := slice(t, r.text, s[0].(int), s[1].(int), u)
			if stated, _ := s[3].(string); stated != "" && stated != text {
				t.Fatalf("%s %s: stated text %q, text at offsets %q", name, r.id, stated, text)
			}
			got[r.id] = append(got[r.id], s[2].(string)+" "+text)
		}
	}
	for id, side := range map[string]annotate.Side{d.ID: annotate.Source, d.ID + "#target": annotate.Target} {
		g := got[id]
		sort.Strings(g)
		if w := wantSpans(d, side); !slices.Equal(g, w) {
			t.Fatalf("%s %s: spans differ:\n got %q\nwant %q", name, id, g, w)
		}
	}
}

func exportMain(t *testing.T, format string, d *annotate.Document, opts WriteOptions) []File {
	t.Helper()
	opts.Side = BothSides
	files, _, err := Write(format, []*annotate.Document{d}, opts)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func jsonLines(t *testing.T, data []byte, f func(line []byte)) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		f(sc.Bytes())
	}
}

func TestExportedOffsetsMatchText(t *testing.T) {
	for seed := int64(1); seed <= 30; seed++ {
		d := genDoc(t, seed)
		for _, u := range []annotate.Unit{annotate.CodePoints, annotate.UTF16} {
			name := map[annotate.Unit]string{annotate.CodePoints: "codepoints", annotate.UTF16: "utf16"}[u]
			checkRecords(t, "doccano/"+name, d, doccanoRecords(t, exportMain(t, "doccano", d, WriteOptions{Unit: name})[0].Data), u)
			checkRecords(t, "labelstudio/"+name, d, lsRecords(t, exportMain(t, "labelstudio", d, WriteOptions{Unit: name})[0].Data), u)
		}
		checkRecords(t, "spacy", d, spacyRecords(t, exportMain(t, "spacy", d, WriteOptions{})[0].Data), annotate.CodePoints)
		checkRecords(t, "brat", d, bratRecords(t, exportMain(t, "brat", d, WriteOptions{})), annotate.CodePoints)
		checkRecords(t, "w3c", d, w3cRecords(t, d, exportMain(t, "w3c", d, WriteOptions{})[0].Data), annotate.CodePoints)
	}
}

func doccanoRecords(t *testing.T, data []byte) []record {
	var out []record
	jsonLines(t, data, func(line []byte) {
		var r doccanoRecord
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatal(err)
		}
		rec := record{id: fmt.Sprint(r.ID), text: r.Text}
		for _, e := range r.Entities {
			rec.spans = append(rec.spans, [4]any{e.StartOffset, e.EndOffset, e.Label, ""})
		}
		out = append(out, rec)
	})
	return out
}

func lsRecords(t *testing.T, data []byte) []record {
	var tasks []lsTask
	if err := json.Unmarshal(data, &tasks); err != nil {
		t.Fatal(err)
	}
	var out []record
	for _, task := range tasks {
		rec := record{id: task.Data["glose_id"].(string), text: task.Data["text"].(string)}
		seen := map[string]bool{}
		for _, set := range append(task.Annotations, task.Predictions...) {
			for _, r := range set.Result {
				if r.Type == "labels" && !seen[r.ID] {
					seen[r.ID] = true
					rec.spans = append(rec.spans, [4]any{r.Value.Start, r.Value.End, r.Value.Labels[0], r.Value.Text})
				}
			}
		}
		out = append(out, rec)
	}
	return out
}

func spacyRecords(t *testing.T, data []byte) []record {
	var out []record
	jsonLines(t, data, func(line []byte) {
		var r struct {
			ID       string
			Text     string
			Entities [][3]any
			Spans    map[string][][3]any
		}
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatal(err)
		}
		rec := record{id: r.ID, text: r.Text}
		for _, e := range append(r.Entities, r.Spans["sc"]...) {
			rec.spans = append(rec.spans, [4]any{int(e[0].(float64)), int(e[1].(float64)), e[2].(string), ""})
		}
		// entities must not overlap
		ents := r.Entities
		sort.Slice(ents, func(i, j int) bool { return ents[i][0].(float64) < ents[j][0].(float64) })
		for i := 1; i < len(ents); i++ {
			if ents[i][0].(float64) < ents[i-1][1].(float64) {
				t.Fatalf("spaCy entities overlap: %v %v", ents[i-1], ents[i])
			}
		}
		out = append(out, rec)
	})
	return out
}

func bratRecords(t *testing.T, files []File) []record {
	texts := map[string]string{}
	for _, f := range files {
		if strings.HasSuffix(f.Name, ".txt") {
			texts[strings.TrimSuffix(f.Name, ".txt")] = string(f.Data)
		}
	}
	var out []record
	for _, f := range files {
		stem, ok := strings.CutSuffix(f.Name, ".ann")
		if !ok {
			continue
		}
		rec := record{id: strings.Replace(stem, ".target", "#target", 1), text: texts[stem]}
		for _, line := range strings.Split(string(f.Data), "\n") {
			fields := strings.Split(line, "\t")
			if !strings.HasPrefix(line, "T") || len(fields) != 3 {
				continue
			}
			label, frags, _ := strings.Cut(fields[1], " ")
			var a, b, c, e int
			first, last := strings.Split(frags, ";")[0], frags[strings.LastIndex(frags, ";")+1:]
			fmt.Sscanf(first, "%d %d", &a, &c)
			fmt.Sscanf(last, "%d %d", &c, &e)
			b = e
			text := slice(t, rec.text, a, b, annotate.CodePoints)
			if strings.ReplaceAll(text, "\n", " ") != fields[2] {
				t.Fatalf("brat %s: %q at offsets, %q in the .ann", f.Name, text, fields[2])
			}
			rec.spans = append(rec.spans, [4]any{a, b, label, ""})
		}
		out = append(out, rec)
	}
	return out
}

func w3cRecords(t *testing.T, d *annotate.Document, data []byte) []record {
	var c struct {
		Context string `json:"@context"`
		First   struct {
			Items []struct {
				Motivation string
				Body       []json.RawMessage
				Target     json.RawMessage
			}
		}
	}
	if err := json.Unmarshal(data, &c); err != nil || c.Context != w3cContext {
		t.Fatalf("W3C collection: %v %q", err, c.Context)
	}
	texts := map[string]record{}
	for _, v := range []*view{sourceView(d, WriteOptions{}), targetView(d, WriteOptions{})} {
		texts["urn:glose:doc:"+url.PathEscape(v.ID)] = record{id: v.ID, text: v.Text}
	}
	for _, it := range c.First.Items {
		if it.Motivation != "tagging" {
			continue
		}
		var body w3cTextualBody
		var target struct {
			Source   string
			Selector []map[string]any
		}
		if json.Unmarshal(it.Body[0], &body) != nil || json.Unmarshal(it.Target, &target) != nil {
			t.Fatal("W3C annotation shape")
		}
		rec := texts[target.Source]
		pos, quote := target.Selector[0], target.Selector[1]
		a, b := int(pos["start"].(float64)), int(pos["end"].(float64))
		rec.spans = append(rec.spans, [4]any{a, b, body.Value, quote["exact"].(string)})
		texts[target.Source] = rec
	}
	var out []record
	for _, r := range texts {
		out = append(out, r)
	}
	return out
}

// TestUnitChoice: the formats that say their offsets' unit can be chosen are those whose export
// changes with WriteOptions.Unit, so that the app offers the choice where it means something.
func TestUnitChoice(t *testing.T) {
	d := warnDoc(t, "d", [3]string{"Noël", annotate.LabelPER, ""}) // after an emoji: UTF-16 counts more
	for _, f := range All() {
		if !f.CanWrite() {
			continue
		}
		docs, opts := exportable(f, []*annotate.Document{d}, WriteOptions{Unit: "codepoints"})
		cp, _, err := f.Write(docs, opts)
		if err != nil {
			t.Fatal(err)
		}
		opts.Unit = "utf16"
		u16, _, err := f.Write(docs, opts)
		if err != nil {
			t.Fatal(err)
		}
		if changes := !reflect.DeepEqual(cp, u16); changes != f.UnitChoice {
			t.Errorf("%s: UnitChoice is %v, but the unit changes the export: %v", f.Name, f.UnitChoice, changes)
		}
	}
}
