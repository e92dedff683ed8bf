package formats

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// spacySpansWords is what a record's "spans" must be, for messages.
const spacySpansWords = `expected span groups {"sc": [[start, end, label], …]} (spaCy) or a list of {"start", "end", "label"} (Prodigy)`

// prodigySpan is a span of a Prodigy record (its ner and spans recipes), in code points; its token
// indices are not needed.
type prodigySpan struct {
	Start *int   `json:"start"`
	End   *int   `json:"end"`
	Label string `json:"label"`
}

// spanGroups reads a record's "spans", which doccano does not write but spaCy and Prodigy files do:
// span groups, an object of [start, end, label] lists (Glose's spaCy export puts quotes, cues and
// overlapping spans in "sc", and the kind of pronouns and descriptions in "mention"), or Prodigy's list
// of {start, end, label} objects. Offsets count code points, as Python does. The mentions come apart:
// they give a kind to the entity at their range, not a span of their own.
func (in doccanoIn) spanGroups(where place) (spans, mentions []doccanoEntity, paths []string, err error) {
	if absent(in.Spans) {
		return nil, nil, nil, nil
	}
	var list []prodigySpan
	if json.Unmarshal(in.Spans, &list) == nil {
		for i, s := range list {
			path := fmt.Sprintf("spans[%d]", i)
			if s.Start == nil || s.End == nil {
				return nil, nil, nil, where.in(path, path).err(ErrDoccanoTriple, nil, `%s: %s: expected {"start", "end", "label"}`, where, path)
			}
			spans, paths = append(spans, doccanoEntity{Label: s.Label, StartOffset: *s.Start, EndOffset: *s.End}), append(paths, path)
		}
		return spans, nil, paths, nil
	}
	var groups map[string]json.RawMessage
	if err := json.Unmarshal(in.Spans, &groups); err != nil {
		return nil, nil, nil, where.in("spans", "spans").err(ErrDoccanoEntities, nil, "%s: spans: %s", where, spacySpansWords)
	}
	for _, name := range slices.Sorted(maps.Keys(groups)) {
		key := "spans." + name
		ents, err := tripleEntities(where, key, groups[name], "[start, end, label] triples")
		if err != nil {
			return nil, nil, nil, err
		}
		for i, e := range ents {
			if name == "mention" {
				mentions = append(mentions, e)
				continue
			}
			spans, paths = append(spans, e), append(paths, fmt.Sprintf("%s[%d]", key, i))
		}
	}
	return spans, mentions, paths, nil
}

// addSpanGroups appends to r the spans of in's span groups (spanGroups), a span already there with the
// same range and label once (spaCy's "sc" may repeat the entities), and gives the entities the kinds
// the "mention" group says. A Prodigy record answered "reject" (in its binary recipes, the span shown
// is wrong) gives rejected suggestions, one answered "ignore" suggestions to review.
func addSpanGroups(r *rawDoc, where place, in doccanoIn, off *annotate.Offsets, unit annotate.Unit) error {
	spans, mentions, paths, err := in.spanGroups(where)
	if err != nil {
		return err
	}
	for i, e := range spans {
		at := where.in(paths[i], paths[i])
		a, b, err := toBytes(off, e.StartOffset, e.EndOffset, unit, at)
		if err != nil {
			return err
		}
		if strings.TrimSpace(e.Label) == "" {
			return at.err(ErrEmptyLabel, nil, "%s: empty label", at)
		}
		switch sp := (rawSpan{Start: a, End: b, Label: e.Label}); {
		case in.Answer == "reject":
			r.Rejected = append(r.Rejected, sp)
		case spanAt(r.Spans, a, b, e.Label) >= 0:
		case in.Answer == "ignore":
			sp.Origin, sp.Confidence = annotate.Auto, 0.5
			r.Spans = append(r.Spans, sp)
		default:
			r.Spans = append(r.Spans, sp)
		}
	}
	for i, m := range mentions {
		path := fmt.Sprintf("spans.mention[%d]", i)
		at := where.in(path, path)
		a, b, err := toBytes(off, m.StartOffset, m.EndOffset, unit, at)
		if err != nil {
			return err
		}
		kind := annotate.MentionKind(m.Label)
		if !kind.Valid() || kind.Norm() == "" {
			return at.err(ErrDoccanoMention, map[string]any{"Value": m.Label},
				"%s: mention %q is no mention kind (expected nominal or pronoun, or none for a name)", at, m.Label)
		}
		k := spanAt(r.Spans, a, b, "")
		if k < 0 {
			return at.err(ErrDoccanoMention, map[string]any{"Value": m.Label}, "%s: no entity at [%d, %d) for this %s", at, m.StartOffset, m.EndOffset, m.Label)
		}
		r.Spans[k].Mention = kind.Norm()
	}
	return nil
}

// spanAt is the index of the span of spans over [a, b) with label (any label when ""), or -1.
func spanAt(spans []rawSpan, a, b int, label string) int {
	for i, s := range spans {
		if s.Start == a && s.End == b && (label == "" || s.Label == label) {
			return i
		}
	}
	return -1
}

// prodigyAnswerWarning says how the spans of a Prodigy record not answered "accept" were read.
func prodigyAnswerWarning(where place, in doccanoIn, r rawDoc, w *warnings) {
	n, as := len(r.Rejected), "a rejected suggestion"
	if in.Answer == "ignore" {
		n, as = 0, "a suggestion to review"
		for _, s := range r.Spans {
			if s.Origin == annotate.Auto {
				n++
			}
		}
	}
	if n == 0 || in.Answer != "reject" && in.Answer != "ignore" {
		return
	}
	w.say(where.text, WarnProdigyAnswer, map[string]any{"Answer": in.Answer, "N": n},
		"Prodigy's answer %q: its %s is read as %s, not a confirmed span", in.Answer, plural(n, "span", "spans"), as)
}
