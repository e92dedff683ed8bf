package formats

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/glose-app/glose/annotate"
)

func readLabelStudio(name string, data []byte, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	var tasks []lsTask
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) > 0 && t[0] == '{' {
		var one lsTask
		if err := json.Unmarshal(data, &one); err != nil {
			return nil, nil, fmt.Errorf("%s: invalid Label Studio task: %w", name, err)
		}
		tasks = []lsTask{one}
	} else if err := json.Unmarshal(data, &tasks); err != nil {
		return nil, nil, fmt.Errorf("%s: invalid Label Studio task list: %w", name, err)
	}
	var w warnings
	unit, err := lsUnit(name, tasks, opts.Unit, &w)
	if err != nil {
		return nil, w, err
	}
	var docs []*annotate.Document
	for i, t := range tasks {
		where := lsWhere(name, i, t)
		r, err := lsRaw(where, t, unit, &w)
		if err != nil {
			return nil, w, err
		}
		id, _ := t.Data["glose_id"].(string)
		r.ID = docIDFrom(name, id, i)
		d, err := build(where, r, opts, &w)
		if err != nil {
			return nil, w, err
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, w, fmt.Errorf("%s: no task", name)
	}
	return docs, w, nil
}

func lsRaw(where string, t lsTask, unit annotate.Unit, w *warnings) (rawDoc, error) {
	text, ok := t.Data["text"].(string)
	if !ok {
		return rawDoc{}, fmt.Errorf("%s: data.text is missing or not a string", where)
	}
	r := rawDoc{Text: text}
	off := annotate.NewOffsets(text)
	seen := map[string]bool{}
	sets := make([]lsResultSet, 0, 2)
	for _, a := range t.Annotations {
		if !a.WasCancelled {
			sets = append(sets, a)
			break
		}
	}
	if len(t.Predictions) > 0 {
		sets = append(sets, t.Predictions[0])
	}
	for k, set := range sets {
		origin := annotate.Human
		if k == len(sets)-1 && len(t.Predictions) > 0 {
			origin = annotate.Auto
		}
		if err := lsAddResults(where, set, origin, off, unit, seen, &r, w); err != nil {
			return r, err
		}
	}
	return r, nil
}

// lsSpan reads a labels region; a prediction's region keeps its score as confidence.
func lsSpan(at string, reg lsRegion, origin annotate.Origin, off *annotate.Offsets, unit annotate.Unit) (rawSpan, error) {
	if reg.Value == nil || len(reg.Value.Labels) == 0 {
		return rawSpan{}, fmt.Errorf("%s: a labels region without value.labels", at)
	}
	a, b, err := toBytes(off, reg.Value.Start, reg.Value.End, unit, at)
	if err != nil {
		return rawSpan{}, err
	}
	conf := 1.0
	if origin == annotate.Auto {
		conf = 0.5
		if reg.Score != nil && *reg.Score >= 0 && *reg.Score <= 1 {
			conf = *reg.Score
		}
	}
	return rawSpan{Key: reg.ID, Start: a, End: b, Label: reg.Value.Labels[0], Origin: origin, Confidence: conf}, nil
}

func lsAddResults(where string, set lsResultSet, origin annotate.Origin, off *annotate.Offsets, unit annotate.Unit, seen map[string]bool, r *rawDoc, w *warnings) error {
	for j, reg := range set.Result {
		at := fmt.Sprintf("%s: result[%d]", where, j)
		switch reg.Type {
		case "labels":
			if seen[reg.ID] && reg.ID != "" {
				continue
			}
			seen[reg.ID] = true
			s, err := lsSpan(at, reg, origin, off, unit)
			if err != nil {
				return err
			}
			r.Spans = append(r.Spans, s)
		case "relation":
			typ := "related"
			if len(reg.Labels) > 0 {
				typ = reg.Labels[0]
			}
			from, to := reg.FromID, reg.ToID
			if reg.Direction == "left" {
				from, to = to, from
			}
			r.Links = append(r.Links, rawLink{Type: typ, From: from, To: to, Origin: origin})
		default:
			w.add(where, "result[%d]: region type %q is not a text span; left out", j, reg.Type)
		}
	}
	return nil
}
