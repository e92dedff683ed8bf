package ner

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/glose-app/glose/annotate"
)

// DoccanoEntity is an entity of a doccano record, its offsets in the record's unit.
type DoccanoEntity struct {
	ID      int                  `json:"id"`
	Label   string               `json:"label"`
	Start   int                  `json:"start_offset"`
	End     int                  `json:"end_offset"`
	Mention annotate.MentionKind `json:"mention"` // Glose's export with --mentions all: pronoun, nominal
}

// DoccanoEntities returns a doccano record's entities: its "entities" (the relation export, Glose's
// and shared/data's), or else its "label" (doccano's sequence-labelling export), each a list of
// objects {id, label, start_offset, end_offset} or of triples [start, end, label], numbered -1, -2...
// as they have no ID, as import reads them: read as none, triples made train refuse a file as holding
// "no entity spans".
func DoccanoEntities(entities, label json.RawMessage) ([]DoccanoEntity, error) {
	key, raw := "entities", entities
	if absent(entities) {
		key, raw = "label", label
	}
	if absent(raw) {
		return nil, nil
	}
	var out []DoccanoEntity
	if json.Unmarshal(raw, &out) == nil {
		return out, nil
	}
	var triples [][3]any
	if err := json.Unmarshal(raw, &triples); err != nil {
		return nil, fmt.Errorf("%s: expected objects {id, label, start_offset, end_offset} or [start, end, label] triples", key)
	}
	out = make([]DoccanoEntity, 0, len(triples))
	for i, t := range triples {
		s, ok1 := t[0].(float64)
		e, ok2 := t[1].(float64)
		l, ok3 := t[2].(string)
		if !ok1 || !ok2 || !ok3 || s != float64(int(s)) || e != float64(int(e)) {
			return nil, fmt.Errorf("%s[%d]: expected [start, end, label], found %v", key, i, t)
		}
		out = append(out, DoccanoEntity{ID: -(i + 1), Label: l, Start: int(s), End: int(e)})
	}
	return out, nil
}

func absent(raw json.RawMessage) bool {
	return len(bytes.TrimSpace(raw)) == 0 || string(raw) == "null"
}
