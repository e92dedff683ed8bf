package formats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/infile"
)

// lsDecode reads the tasks of a Label Studio file: one task, a list of tasks (Label Studio's "JSON"
// export), or a list of flat records (its "JSON-MIN" export, or tasks written for import without
// "data"), which lsFromFlat turns into tasks; min is non-nil for the latter.
func lsDecode(name string, data []byte) (tasks []lsTask, min *lsMin, err error) {
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) > 0 && t[0] == '{' {
		var one lsTask
		if err := json.Unmarshal(data, &one); err != nil {
			return nil, nil, infile.JSONError(name, data, 0, "a Label Studio task", err)
		}
		return []lsTask{one}, nil, nil
	}
	err = json.Unmarshal(data, &tasks)
	if err == nil && !lsFlat(tasks) {
		return tasks, nil, nil
	}
	// No task has data (or the list is not one of tasks): flat records, if the first is one.
	var records []map[string]json.RawMessage
	if json.Unmarshal(data, &records) == nil && len(records) > 0 && lsFlatRecord(records[0]) {
		tasks, min := lsFromFlat(records)
		return tasks, min, nil
	}
	if err != nil {
		return nil, nil, infile.JSONError(name, data, 0, "a list of Label Studio tasks", err)
	}
	return tasks, nil, nil
}

// lsFlat reports whether tasks read as such are flat records: none has data, annotations or
// predictions.
func lsFlat(tasks []lsTask) bool {
	for _, t := range tasks {
		if t.Data != nil || len(t.Annotations) > 0 || len(t.Predictions) > 0 {
			return false
		}
	}
	return len(tasks) > 0
}

// lsFlatRecord reports whether a record is flat: an object without data, annotations or predictions
// (completions in Label Studio before 1.0).
func lsFlatRecord(rec map[string]json.RawMessage) bool {
	for _, k := range []string{"data", "annotations", "predictions", "completions"} {
		if _, ok := rec[k]; ok {
			return false
		}
	}
	return true
}

// lsMinKeys are the fields of a JSON-MIN record that say which annotation it is.
var lsMinKeys = []string{"id", "annotator", "annotation_id", "created_at", "updated_at", "lead_time", "agreement"}

// lsMin is what reading flat records found: whether they are a JSON-MIN export (they name their
// annotation, or hold results), and the fields read as text spans.
type lsMin struct {
	export bool
	fields []string
}

// lsFromFlat turns flat records into tasks. JSON-MIN writes one record per annotation: the task's
// data fields, its id, the annotation's annotator and annotation_id, and each control tag's results
// under its name, without "type" (and without the region IDs and relations of the JSON export).
// Records of one task id become one task with one annotation each. A field holding a list of
// objects with labels (or hypertextlabels) is a text span tag's results; every other field goes
// into data, as it may be the text.
func lsFromFlat(records []map[string]json.RawMessage) ([]lsTask, *lsMin) {
	min := &lsMin{}
	var tasks []lsTask
	byID := map[int]int{}
	for _, rec := range records {
		t, set, hasID := min.record(rec)
		if at, ok := byID[t.ID]; ok && hasID {
			tasks[at].Annotations = append(tasks[at].Annotations, set)
			continue
		}
		if hasID {
			byID[t.ID] = len(tasks)
		}
		if len(set.Result) > 0 || set.ID != 0 {
			t.Annotations = []lsResultSet{set}
		}
		tasks = append(tasks, t)
	}
	min.export = min.export || len(min.fields) > 0
	sort.Strings(min.fields)
	return tasks, min
}

// record reads a flat record as a task and the annotation it holds, noting what it finds in m.
func (m *lsMin) record(rec map[string]json.RawMessage) (t lsTask, set lsResultSet, hasID bool) {
	set = lsResultSet{Result: []lsRegion{}}
	_ = json.Unmarshal(rec["annotation_id"], &set.ID)
	_ = json.Unmarshal(rec["annotator"], &set.CompletedBy)
	t = lsTask{Data: map[string]any{}}
	hasID = json.Unmarshal(rec["id"], &t.ID) == nil
	for _, k := range slices.Sorted(maps.Keys(rec)) {
		raw := rec[k]
		if slices.Contains(lsMinKeys, k) {
			m.export = m.export || k != "id"
			continue
		}
		if regions, ok := lsLabelField(k, raw); ok {
			set.Result = append(set.Result, regions...)
			if !slices.Contains(m.fields, k) {
				m.fields = append(m.fields, k)
			}
			continue
		}
		var v any
		_ = json.Unmarshal(raw, &v)
		switch v.(type) {
		case []any, map[string]any:
			m.export = true // a result Glose does not read, as a data field is seldom a list
		}
		t.Data[k] = v
	}
	return t, set, hasID
}

// lsLabelField reads a JSON-MIN field as the results of a text span tag: a list of values, each with
// labels (Labels) or hypertextlabels (HyperTextLabels).
func lsLabelField(name string, raw json.RawMessage) ([]lsRegion, bool) {
	var items []map[string]json.RawMessage
	if json.Unmarshal(raw, &items) != nil || len(items) == 0 {
		return nil, false
	}
	out := make([]lsRegion, 0, len(items))
	for _, it := range items {
		typ := "labels"
		if _, ok := it["hypertextlabels"]; ok {
			typ = "hypertextlabels"
		} else if _, ok := it["labels"]; !ok {
			return nil, false
		}
		b, _ := json.Marshal(it)
		var v lsValue
		_ = json.Unmarshal(b, &v)
		out = append(out, lsRegion{FromName: name, Type: typ, Value: &v})
	}
	return out, true
}

// warn says that a JSON-MIN export was read, and what it lacks.
func (m *lsMin) warn(name string, tasks []lsTask, w *warnings) {
	if !m.export {
		return
	}
	var other []string
	for _, t := range tasks {
		for k := range t.Data {
			if k != t.textKey && k != "glose_id" && k != "lang" && !slices.Contains(other, k) {
				other = append(other, k)
			}
		}
	}
	sort.Strings(other)
	args := map[string]any{"Fields": strings.Join(m.fields, ", "), "Other": strings.Join(other, ", ")}
	read := "no field of text spans"
	if len(m.fields) > 0 {
		read = "text spans from " + strings.Join(m.fields, ", ")
	}
	left := ""
	if len(other) > 0 {
		left = "; left out: " + strings.Join(other, ", ")
	}
	w.say(name, WarnJSONMin, args, "a Label Studio JSON-MIN export (one flat record per annotation), read for its text and %s%s. JSON-MIN has no relations, region IDs, predictions or notes: export the project as \"JSON\" in Label Studio to keep them", read, left)
}

// lsTexts finds the text of each task: data.text, as Label Studio's templates name it ($text), else
// the one field of data that holds a string (a project whose labeling config shows $content), else
// the one such field at whose offsets every region finds the text it states. The tasks read from
// another field than text are counted in a warning per field.
func lsTexts(name string, tasks []lsTask, flat bool, w *warnings) error {
	count := map[string]int{}
	var keys []string
	for i := range tasks {
		t := &tasks[i]
		where := lsTaskAt(name, i, *t)
		if v, ok := t.Data["text"]; ok {
			s, isString := v.(string)
			if !isString {
				return where.err(ErrTextNotString, map[string]any{"Field": lsField("text", flat), "Kind": lsJSONKind(v)},
					"%s: %s is %s, not a string", where, lsField("text", flat), lsKindOf(v))
			}
			t.text, t.textKey = s, "text"
			continue
		}
		key, err := lsTextKey(where, *t, flat)
		if err != nil {
			return err
		}
		t.text, t.textKey = t.Data[key].(string), key
		if count[key] == 0 {
			keys = append(keys, key)
		}
		count[key]++
	}
	for _, k := range keys {
		n := count[k]
		w.say(name, WarnTextKey, map[string]any{"Key": k, "N": n}, "%s no %s: %s text was read from %s",
			plural(n, lsIf(flat, "record has", "task has"), lsIf(flat, "records have", "tasks have")), lsField("text", flat), pick(n, "its", "their"), lsField(k, flat))
	}
	return nil
}

// lsTextKey picks the field of a task's data that holds its text, when it has no text field.
func lsTextKey(where place, t lsTask, flat bool) (string, error) {
	var strs, all []string
	for k, v := range t.Data {
		all = append(all, fmt.Sprintf("%s (%s)", k, lsKindOf(v)))
		if _, ok := v.(string); ok && k != "glose_id" && k != "lang" {
			strs = append(strs, k)
		}
	}
	sort.Strings(strs)
	sort.Strings(all)
	if len(strs) == 1 {
		return strs[0], nil
	}
	var fit []string
	for _, k := range strs {
		if lsRegionsFit(t.Data[k].(string), t) {
			fit = append(fit, k)
		}
	}
	if len(fit) == 1 {
		return fit[0], nil
	}
	if len(strs) > 1 {
		return "", where.err(ErrSeveralTexts, map[string]any{"Fields": strings.Join(strs, ", ")}, "%s: no %s, and several fields hold text (%s), which the regions do not tell apart: rename the field that holds the text to be annotated \"text\"",
			where, lsField("text", flat), strings.Join(strs, ", "))
	}
	if len(all) == 0 {
		return "", where.err(ErrNoText, nil, "%s: no text: %s", where, lsIf(flat, "the record has no field but its annotation's", "data is empty"))
	}
	return "", where.err(ErrNoTextField, map[string]any{"Fields": strings.Join(all, ", ")}, "%s: no %s, and no other field holds text: %s %s", where, lsField("text", flat), lsIf(flat, "the record has", "data has"), strings.Join(all, ", "))
}

// lsRegionsFit reports whether every labels region of a task that states its text finds it at its
// offsets in text (counted in code points or UTF-16), and there is one.
func lsRegionsFit(text string, t lsTask) bool {
	off := annotate.NewOffsets(text)
	checked := 0
	for _, set := range lsAllSets(t) {
		for _, reg := range set.Result {
			if reg.Type != "labels" || reg.Value == nil || reg.Value.Text == "" || lsBadValue(reg.Value) {
				continue
			}
			if lsCheckRegion(place{}, text, off, reg.Value, annotate.CodePoints) != nil && lsCheckRegion(place{}, text, off, reg.Value, annotate.UTF16) != nil {
				return false
			}
			checked++
		}
	}
	return checked > 0
}

// lsField names a field of a task's data (data.text) or of a flat record (text) in messages.
func lsField(key string, flat bool) string {
	if flat {
		return key
	}
	return "data." + key
}

// lsKindOf names the kind of a value decoded from JSON.
func lsKindOf(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case float64:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return "null"
}

// lsJSONKind names the kind of a value decoded from JSON as a word of infile.JSONKinds.
func lsJSONKind(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "bool"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "value"
}

// lsIf is a if cond, else b: a message's words for flat records or for tasks.
func lsIf(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}
