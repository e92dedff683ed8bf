package formats

import (
	"bytes"

	"github.com/glose-app/glose/annotate"
)

func spacyFormat() Format {
	return Format{
		Name: "spacy", Title: "spaCy JSONL (entities + span group sc)", Extensions: []string{".jsonl"},
		NER:         true,
		Offsets:     "Unicode code points",
		Description: "non-overlapping names as entities, QUOTE/CUE and overlapping spans in spans[\"sc\"], the kind of pronouns and descriptions in spans[\"mention\"]; no links, origins, entities or translations",
		write:       writeSpacy, read: readDoccano, // a record of text, entities and span groups, as doccano's with "spans" (spanGroups)
	}
}

type spacyRecord struct {
	ID       string              `json:"id"`
	Text     string              `json:"text"`
	Entities [][3]any            `json:"entities"`
	Spans    map[string][][3]any `json:"spans"`
}

func writeSpacy(docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error) {
	if err := prepare(docs); err != nil {
		return nil, nil, err
	}
	var w warnings
	var buf bytes.Buffer
	for _, d := range docs {
		translationWarning(d, "spaCy", opts, &w)
		entityWarning(d, "spaCy", opts, &w)
		docLossWarnings(d, "spaCy", false, &w)
		for _, v := range views(d, opts, &w) {
			if err := writeJSONLine(&buf, spacyRecordOf(v, &w)); err != nil {
				return nil, nil, err
			}
		}
	}
	return []File{{Name: "corpus.jsonl", Main: true, Data: buf.Bytes()}}, w, nil
}

func spacyRecordOf(v *view, w *warnings) spacyRecord {
	rec := spacyRecord{ID: v.ID, Text: v.Text, Entities: [][3]any{}, Spans: map[string][][3]any{"sc": {}}}
	ents, rest := flatten(v.Spans, isEntityLabel)
	alignInversions(v, ents)
	alignInversions(v, rest)
	cp := func(s vspan) [3]any {
		return [3]any{v.at(s.Start, annotate.CodePoints), v.at(s.End, annotate.CodePoints), s.Label}
	}
	for _, s := range ents {
		rec.Entities = append(rec.Entities, cp(s))
	}
	for _, s := range rest {
		rec.Spans["sc"] = append(rec.Spans["sc"], cp(s))
	}
	// The kind of a mention that is no name (kept with --mentions all) goes in a span group of its own,
	// doc.spans["mention"], labelled nominal or pronoun: the PER entity of "il" stays a PER entity.
	// Its offsets are the entity's, on spaCy's tokens ("-il").
	for _, s := range append(ents, rest...) {
		if k := s.Mention.Norm(); k != "" && annotate.IsEntityLabel(s.Label) {
			rec.Spans["mention"] = append(rec.Spans["mention"], [3]any{v.at(s.Start, annotate.CodePoints), v.at(s.End, annotate.CodePoints), string(k)})
		}
	}
	if len(v.Links) > 0 {
		w.say(v.ID, WarnNoLinks, map[string]any{"Format": "spaCy", "N": len(v.Links)}, "spaCy keeps no links: %s left out", plural(len(v.Links), "link", "links"))
	}
	originWarning(v.ID, v.Spans, "spaCy", w)
	spanNoteWarning(v.ID, v.Spans, "spaCy", w)
	starts, ends := boundaries(v.Text, v.Lang)
	for _, s := range append(ents, rest...) {
		if !starts[s.Start] || !ends[s.End] {
			w.say(v.ID, WarnTokenBoundaries, spanArgs(v, s, 40), "span %s %s %s does not start and end on token boundaries (spaCy's doc.char_span returns None for it in strict mode)", s.ID, s.Label, quoteSnippet(annotate.Shorten(v.text(s), 40)))
		}
	}
	return rec
}
