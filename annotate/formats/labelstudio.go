package formats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"strings"

	"github.com/glose-app/glose/annotate"
)

func labelStudioFormat() Format {
	return Format{
		Name: "labelstudio", Title: "Label Studio JSON tasks", Extensions: []string{".json"},
		NER:         true,
		Offsets:     "Unicode code points (Label Studio ≥ 1.6 stores code points); --unit utf16 for older versions",
		UnitChoice:  true,
		Description: "spans with notes (human → annotations, auto → predictions) and relations of one side, plus the labeling config; no entities or translations",
		write:       writeLabelStudio, read: readLabelStudio,
	}
}

type lsTask struct {
	ID          int            `json:"id,omitempty"`
	Data        map[string]any `json:"data"`
	Annotations []lsResultSet  `json:"annotations,omitempty"`
	Predictions []lsResultSet  `json:"predictions,omitempty"`

	text, textKey string // read: the task's text, and the field of data it is in (see lsTexts)
}

// lsResultSet is an annotation or a prediction. ID, CompletedBy and GroundTruth are only read: they
// name an annotation in messages and pick the annotations to import.
type lsResultSet struct {
	ID           int        `json:"id,omitempty"`
	CompletedBy  any        `json:"completed_by,omitempty"`
	GroundTruth  bool       `json:"ground_truth,omitempty"`
	ModelVersion string     `json:"model_version,omitempty"`
	Score        *float64   `json:"score,omitempty"`
	WasCancelled bool       `json:"was_cancelled,omitempty"`
	Result       []lsRegion `json:"result"`
}

type lsRegion struct {
	ID        string   `json:"id,omitempty"`
	FromName  string   `json:"from_name,omitempty"`
	ToName    string   `json:"to_name,omitempty"`
	Type      string   `json:"type"`
	Value     *lsValue `json:"value,omitempty"`
	Score     *float64 `json:"score,omitempty"`
	Origin    string   `json:"origin,omitempty"`
	FromID    string   `json:"from_id,omitempty"`
	ToID      string   `json:"to_id,omitempty"`
	Direction string   `json:"direction,omitempty"`
	Labels    []string `json:"labels,omitempty"`
	Meta      *lsMeta  `json:"meta,omitempty"`
}

// lsMeta is what Label Studio's region panel lets a person write about a region (its "meta" text area):
// where a span's note goes. Label Studio keeps the other keys of a region's meta as they are: Glose's
// mention kind of a pronoun or a description goes there too.
type lsMeta struct {
	Text    []string             `json:"text,omitempty"`
	Mention annotate.MentionKind `json:"mention,omitempty"`
}

// lsValue is a region's value. Export writes a text span's fields only; import reads the value of
// any result type (see UnmarshalJSON in labelstudio_value.go), keeping what other types hold in in.
type lsValue struct {
	Start  int      `json:"start"`
	End    int      `json:"end"`
	Text   string   `json:"text"`
	Labels []string `json:"labels"`

	in lsValueIn // never written
}

func writeLabelStudio(docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error) {
	if err := prepare(docs); err != nil {
		return nil, nil, err
	}
	unit, _ := parseUnit(opts.Unit, annotate.CodePoints)
	var w warnings
	tasks := []lsTask{}
	for _, d := range docs {
		translationWarning(d, "Label Studio", opts, &w)
		entityWarning(d, "Label Studio", opts, &w)
		docLossWarnings(d, "Label Studio", false, &w)
		for _, v := range views(d, opts, &w) {
			tasks = append(tasks, lsTaskOf(v, unit, &w))
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(tasks); err != nil {
		return nil, nil, fmt.Errorf("encoding Label Studio tasks: %w", err)
	}
	files := []File{
		{Name: "tasks.json", Main: true, Data: buf.Bytes()},
		{Name: "label_config.xml", Data: labelStudioConfig(docs)},
	}
	return files, w, nil
}

// lsTaskOf writes a view as a task. Label Studio keeps a relation beside its two regions, so a relation
// goes with the person's regions only when it and both its ends are a person's; otherwise it goes into
// the prediction, with copies of the person's regions it joins. Each relation states its origin (and,
// for a suggestion, its confidence as score), so a relation a person confirmed between suggestions comes
// back confirmed.
func lsTaskOf(v *view, unit annotate.Unit, w *warnings) lsTask {
	t := lsTask{Data: map[string]any{"text": v.Text, "glose_id": v.ID, "lang": v.Lang}}
	human, auto := lsResultSet{Result: []lsRegion{}}, lsResultSet{ModelVersion: "glose", Result: []lsRegion{}}
	byID := map[string]vspan{}
	sum, n := 0.0, 0
	for _, s := range v.Spans {
		byID[s.ID] = s
		r := lsRegionOf(v, s, unit)
		if s.Origin == annotate.Human {
			human.Result = append(human.Result, r)
		} else {
			auto.Result = append(auto.Result, r)
			sum, n = sum+s.Confidence, n+1
		}
	}
	confirmed := 0
	for _, l := range v.Links {
		rel := lsRegion{Type: "relation", FromID: l.From, ToID: l.To, Direction: "right", Labels: []string{l.Type}, Origin: "manual"}
		if l.Origin != annotate.Human {
			c := l.Confidence
			rel.Origin, rel.Score = "prediction", &c
			sum, n = sum+c, n+1
		}
		a, b := byID[l.From], byID[l.To]
		if a.Origin == annotate.Human && b.Origin == annotate.Human && l.Origin == annotate.Human {
			human.Result = append(human.Result, rel)
			continue
		}
		if l.Origin == annotate.Human {
			confirmed++
		}
		for _, s := range []vspan{a, b} {
			if s.Origin == annotate.Human && !hasRegion(auto.Result, s.ID) {
				auto.Result = append(auto.Result, lsRegionOf(v, s, unit))
			}
		}
		auto.Result = append(auto.Result, rel)
	}
	if confirmed > 0 {
		w.say(v.ID, WarnConfirmedInPrediction, map[string]any{"N": confirmed}, "%s a suggestion, so %s in the prediction (with origin \"manual\"): Label Studio shows %s as predicted, Glose reads %s back as confirmed",
			plural(confirmed, "relation a person confirmed joins", "relations a person confirmed join"), pick(confirmed, "it is", "they are"), pick(confirmed, "it", "them"), pick(confirmed, "it", "them"))
	}
	if len(human.Result) > 0 {
		t.Annotations = []lsResultSet{human}
	}
	if len(auto.Result) > 0 {
		score := sum / float64(max(n, 1))
		auto.Score = &score
		t.Predictions = []lsResultSet{auto}
	}
	return t
}

func hasRegion(rs []lsRegion, id string) bool {
	for _, r := range rs {
		if r.ID == id && r.Type == "labels" {
			return true
		}
	}
	return false
}

func lsRegionOf(v *view, s vspan, unit annotate.Unit) lsRegion {
	r := lsRegion{ID: s.ID, FromName: "label", ToName: "text", Type: "labels",
		Value: &lsValue{Start: v.at(s.Start, unit), End: v.at(s.End, unit), Text: v.text(s), Labels: []string{s.Label}}}
	if s.Origin == annotate.Auto {
		c := s.Confidence
		r.Score, r.Origin = &c, "prediction"
	} else {
		r.Origin = "manual"
	}
	if s.Note != "" || !s.IsName() {
		r.Meta = &lsMeta{Mention: s.Mention}
		if s.Note != "" {
			r.Meta.Text = []string{s.Note}
		}
	}
	return r
}

// labelStudioConfig is the labeling interface for the exported tasks: the union of the documents'
// labels with their colours, and the link types as relation labels.
func labelStudioConfig(docs []*annotate.Document) []byte {
	var b strings.Builder
	b.WriteString("<View>\n  <Relations>\n")
	for _, t := range []string{annotate.LinkSpeaker, annotate.LinkCue} {
		fmt.Fprintf(&b, "    <Relation value=%q/>\n", t)
	}
	b.WriteString("  </Relations>\n  <Labels name=\"label\" toName=\"text\">\n")
	seen := map[string]bool{}
	for _, d := range docs {
		labels := d.Labels
		if len(labels) == 0 {
			labels = annotate.DefaultLabels()
		}
		for _, l := range labels {
			if !seen[l.Name] {
				seen[l.Name] = true
				fmt.Fprintf(&b, "    <Label value=\"%s\" background=\"%s\"", html.EscapeString(l.Name), html.EscapeString(l.Color))
				if l.Key != "" {
					fmt.Fprintf(&b, " hotkey=\"%s\"", html.EscapeString(l.Key))
				}
				b.WriteString("/>\n")
			}
		}
	}
	b.WriteString("  </Labels>\n  <Text name=\"text\" value=\"$text\"/>\n</View>\n")
	return []byte(b.String())
}
