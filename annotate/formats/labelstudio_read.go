package formats

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// readLabelStudio reads a task list (or one task): a document per task, in the unit lsUnit decides.
func readLabelStudio(name string, data []byte, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	var w warnings
	tasks, min, err := lsDecode(name, data)
	if err != nil {
		return nil, w, err
	}
	if err := lsTexts(name, tasks, min != nil, &w); err != nil {
		return nil, w, err
	}
	if min != nil {
		min.warn(name, tasks, &w)
	}
	unit, err := lsUnit(name, tasks, opts.Unit, &w)
	if err != nil {
		return nil, w, err
	}
	langs := lsLangByID(tasks)
	var docs []*annotate.Document
	for i, t := range tasks {
		at, mark := lsTaskAt(name, i, t), len(w)
		where := at.text
		r, err := lsRaw(lsSource{name, data}, at, t, unit, &w)
		if err != nil {
			return nil, w, err
		}
		id, _ := t.Data["glose_id"].(string)
		r.ID = docIDFrom(name, id, i)
		o := opts
		o.SourceLang, o.TargetLang = lsLangs(where, t, langs, opts, &w)
		d, err := build(at, r, o, &w)
		if err != nil {
			return nil, w, err
		}
		w.at(mark, map[string]any{"Task": i + 1, "TaskID": t.ID})
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, w, readErr(ErrNoTask, nil, "%s: no task", name)
	}
	return docs, w, nil
}

// lsLangByID maps the glose_id of each task to its data.lang, as Glose exports them.
func lsLangByID(tasks []lsTask) map[string]string {
	langs := map[string]string{}
	for _, t := range tasks {
		id, _ := t.Data["glose_id"].(string)
		if lang, _ := t.Data["lang"].(string); id != "" && lang != "" {
			langs[id] = lang
		}
	}
	return langs
}

// lsLangs gives a task's languages. data.lang is the language of its text. The other language is that
// of the task holding the other side of the same Glose document (--side both writes "ID" and
// "ID#target"), else the default target language, or the default source language when the text is
// already in that one.
func lsLangs(where string, t lsTask, langs map[string]string, opts ReadOptions, w *warnings) (src, tgt string) {
	src, _ = t.Data["lang"].(string)
	if src == "" {
		src = opts.SourceLang
	}
	id, _ := t.Data["glose_id"].(string)
	source, isTarget := strings.CutSuffix(id, "#target")
	switch {
	case id == "":
	case isTarget:
		tgt = langs[source]
		w.say(where, WarnTranslationSide, map[string]any{"Format": "labelstudio", "ID": id, "Source": source, "Lang": src},
			"%s is the translation side of document %s: imported as a document of its own, in %s (Label Studio tasks do not keep which sentence translates which: use xliff or jsonl to keep translations with their source)", id, source, src)
	default:
		tgt = langs[id+"#target"]
	}
	if tgt == "" {
		tgt = opts.TargetLang
		if tgt == src {
			tgt = opts.SourceLang
		}
	}
	return src, tgt
}

// lsRaw reads a task: its text, the annotations people made (merged when there are several, see
// lsReader.merge) and the predictions, as suggestions, or as rejected ones when a person completed
// the task in Label Studio without them (see lsJudge).
func lsRaw(src lsSource, at place, t lsTask, unit annotate.Unit, w *warnings) (rawDoc, error) {
	text, where := t.text, at.text
	c := &lsReader{src: src, where: where, at: at, off: annotate.NewOffsets(text), unit: unit, w: w, r: rawDoc{Text: text},
		keys: map[string]bool{}, regions: map[string][]string{}, predicted: map[string]lsPredicted{}}
	people := lsPeople(where, t, w)
	if err := c.merge(people); err != nil {
		return c.r, err
	}
	c.judge, c.annotated = lsJudgeOf(people), c.annotatedAt()
	for k, p := range t.Predictions {
		if err := c.prediction(k, p); err != nil {
			return c.r, err
		}
	}
	c.multiLabelWarning()
	c.rejectedWarning()
	return c.r, nil
}

// lsSource is the file a task is read from, for messages that say where in it a value is.
type lsSource struct {
	name string
	data []byte
}

// lsReader builds the raw document of one task.
type lsReader struct {
	src       lsSource
	where     string
	at        place // where, with its place keys
	off       *annotate.Offsets
	unit      annotate.Unit
	w         *warnings
	r         rawDoc
	keys      map[string]bool        // span keys given so far
	regions   map[string][]string    // region ID → keys of its spans (one per label), first set that has it
	predicted map[string]lsPredicted // start:end:label → the span a prediction set suggested
	multi     []string               // regions with several labels, for the warning
	first     [2]string              // the labels and the text of the first of them
	judge     lsJudge                // the annotation a person completed in Label Studio, if any
	annotated map[string]string      // start:end:label → the key of the span an annotation gave there
}

// lsPredicted is a span a prediction set suggested: its index in rawDoc.Spans and the set's.
type lsPredicted struct{ span, set int }

// lsSet is a result set read: spans with the region each comes from, relations between region IDs.
type lsSet struct {
	set    lsNamedSet // its name; its results are not kept
	spans  []rawSpan
	region []string // region ID of spans[i]
	links  []rawLink
}

// read reads the results of a result set by their type: text spans (labels, and hypertextlabels
// where they can be placed on the text), relations, and text areas, which become the notes of the
// regions they belong to. Any other type is left out with a warning. Origin and confidence are the
// set's (lsReader.prediction refines them per region).
func (c *lsReader) read(set lsNamedSet, origin annotate.Origin) (lsSet, error) {
	s := lsSet{set: lsNamedSet{name: set.name, kind: set.kind, n: set.n}}
	var areas []lsIndexed
	for j, reg := range set.Result {
		at := lsResultAt(c.at, set, j)
		o := origin
		if origin == annotate.Auto && reg.Origin == "manual" {
			o = annotate.Human // a person's region Glose copied beside a relation
		}
		switch reg.Type {
		case "labels":
			spans, err := c.regionSpans(at, set.kind, reg, o)
			if err != nil {
				return s, err
			}
			s.add(reg.ID, spans)
		case "hypertextlabels":
			s.add(reg.ID, c.hyperTextSpans(set, j, reg, o))
		case "relation":
			s.links = append(s.links, lsLink(reg, origin))
		case "textarea":
			areas = append(areas, lsIndexed{j, reg})
		default:
			c.w.say(c.where, WarnRegionNotText, map[string]any{"Set": set.kind, "SetN": set.n, "Type": reg.Type},
				"%s result[%d]: region type %q is not a text span; left out", set.name, j, reg.Type)
		}
	}
	for _, a := range areas {
		c.textArea(&s, a)
	}
	return s, nil
}

// add adds the spans a region became.
func (s *lsSet) add(region string, spans []rawSpan) {
	for range spans {
		s.region = append(s.region, region)
	}
	s.spans = append(s.spans, spans...)
}

// regionSpans reads a labels region: one span per label, so that a region two labels share keeps both.
func (c *lsReader) regionSpans(at place, kind string, reg lsRegion, origin annotate.Origin) ([]rawSpan, error) {
	if reg.Value != nil {
		if bad, ok := reg.Value.problem(); ok {
			return nil, reg.Value.problemError(c.src.name, c.src.data, at, kind, bad)
		}
	}
	if reg.Value == nil || len(reg.Value.Labels) == 0 {
		return nil, at.err(ErrNoLabels, nil, "%s: a labels region without value.labels", at)
	}
	a, b, err := toBytes(c.off, reg.Value.Start, reg.Value.End, c.unit, at)
	if err != nil {
		return nil, err
	}
	if reg.Meta != nil && !reg.Meta.Mention.Valid() {
		return nil, at.err(ErrRegionMention, map[string]any{"Region": reg.ID, "Value": string(reg.Meta.Mention)}, "%s: region %s: meta.mention %q is no mention kind (expected nominal or pronoun, or none for a name)", at, reg.ID, reg.Meta.Mention)
	}
	return c.spansAt(reg, a, b, reg.Value.Labels, origin), nil
}

// spansAt gives a region over the bytes [a, b) of the text one span per label, with the region's
// score as confidence (for a suggestion) and its meta text as note.
func (c *lsReader) spansAt(reg lsRegion, a, b int, labels []string, origin annotate.Origin) []rawSpan {
	conf := 1.0
	if origin == annotate.Auto {
		conf = 0.5
		if reg.Score != nil && *reg.Score >= 0 && *reg.Score <= 1 {
			conf = *reg.Score
		}
	}
	if len(labels) > 1 {
		if len(c.multi) == 0 {
			c.first = [2]string{strings.Join(labels, ", "), annotate.Shorten(c.r.Text[a:b], 40)}
		}
		c.multi = append(c.multi, fmt.Sprintf("%s (%s)", reg.ID, strings.Join(labels, ", ")))
	}
	var note string
	var kind annotate.MentionKind
	if reg.Meta != nil {
		note = strings.Join(reg.Meta.Text, "\n")
		if reg.Meta.Mention.Valid() {
			kind = reg.Meta.Mention.Norm()
		}
	}
	out := make([]rawSpan, 0, len(labels))
	for _, l := range labels {
		out = append(out, rawSpan{Start: a, End: b, Label: l, Origin: origin, Confidence: conf, Note: note, Mention: kind})
	}
	return out
}

// lsLink reads a relation. In a prediction, origin "manual" marks one a person confirmed (Glose writes
// it so) and score is the confidence.
func lsLink(reg lsRegion, origin annotate.Origin) rawLink {
	typ := "related"
	if len(reg.Labels) > 0 {
		typ = reg.Labels[0]
	}
	from, to := reg.FromID, reg.ToID
	if reg.Direction == "left" {
		from, to = to, from
	}
	l := rawLink{Type: typ, From: from, To: to, Origin: origin}
	switch {
	case origin != annotate.Auto:
	case reg.Origin == "manual":
		l.Origin = annotate.Human
	case reg.Score != nil && *reg.Score > 0 && *reg.Score <= 1:
		l.Confidence = *reg.Score
	}
	return l
}

// key gives a span a key no other span of the task has: its region ID when free.
func (c *lsReader) key(region string) string {
	k := region
	for n := 2; k == "" || c.keys[k]; n++ {
		k = region + "~" + strconv.Itoa(n)
	}
	c.keys[k] = true
	return k
}

// links adds a set's relations between the spans its regions became: a relation to a region with
// several labels joins each of its spans, so it survives whichever label a reviewer keeps.
func (c *lsReader) links(s lsSet, local map[string][]string, add func(l rawLink)) {
	for _, l := range s.links {
		from, to := local[l.From], local[l.To]
		if len(from) == 0 || len(to) == 0 {
			args := map[string]any{"Set": s.set.kind, "SetN": s.set.n, "Type": l.Type, "From": l.From, "To": l.To}
			c.brokenEnds(args, from, to)
			c.w.say(c.where, WarnRelationWithoutRegion, args, "%s: relation %s %s → %s: no such region; left out", s.set.name, l.Type, l.From, l.To)
			continue
		}
		for _, a := range from {
			for _, b := range to {
				l.From, l.To = a, b
				add(l)
			}
		}
	}
}

// brokenEnds says, in the Args of a warning about a relation whose ends are the spans of the keys
// from and to, which end is missing and what the other is (see WarnRelationWithoutRegion).
func (c *lsReader) brokenEnds(args map[string]any, from, to []string) {
	end := from
	if len(end) == 0 {
		end = to
	}
	for _, sp := range c.r.Spans {
		if len(end) > 0 && sp.Key == end[0] {
			brokenEnds(args, len(from) > 0, sp.Label, c.r.Text[sp.Start:sp.End])
			return
		}
	}
	brokenEnds(args, false, "", "")
}

// prediction adds a prediction's regions as suggestions. A region an annotation (or an earlier
// prediction) already has, by ID, is that span; a span that an earlier prediction set (another model
// version) already suggests, by offsets and label, keeps the higher confidence.
func (c *lsReader) prediction(k int, p lsResultSet) error {
	s, err := c.read(lsSetOf("prediction", k, p), annotate.Auto)
	if err != nil {
		return err
	}
	local := map[string][]string{}
	for i, sp := range s.spans {
		id := s.region[i]
		if keys, ok := c.regions[id]; ok && id != "" {
			if len(local[id]) == 0 {
				local[id] = keys
			}
			continue
		}
		same := fmt.Sprintf("%d:%d:%s", sp.Start, sp.End, sp.Label)
		if key, ok := c.annotated[same]; ok { // a person's span, under another region ID
			local[id] = append(local[id], key)
			continue
		}
		if c.judge.set != nil {
			c.reject(id, sp)
			continue
		}
		if prev, ok := c.predicted[same]; ok && prev.set != k {
			c.r.Spans[prev.span].Confidence = max(c.r.Spans[prev.span].Confidence, sp.Confidence)
			local[id] = append(local[id], c.r.Spans[prev.span].Key)
			continue
		}
		sp.Key = c.key(id)
		c.predicted[same] = lsPredicted{len(c.r.Spans), k}
		c.r.Spans = append(c.r.Spans, sp)
		local[id] = append(local[id], sp.Key)
	}
	c.remember(local)
	s.links = slices.DeleteFunc(s.links, func(l rawLink) bool {
		if c.judge.regions[l.From] || c.judge.regions[l.To] {
			c.judge.links++
			return true
		}
		return false
	})
	c.links(s, local, func(l rawLink) {
		if c.keepLink(l) {
			c.r.Links = append(c.r.Links, l)
		}
	})
	return nil
}

// remember notes which spans a set's regions became, so that a later set's copy of a region (Glose
// copies a person's region into the prediction that holds a relation to it) is that span.
func (c *lsReader) remember(local map[string][]string) {
	for id, keys := range local {
		if _, ok := c.regions[id]; !ok && id != "" {
			c.regions[id] = keys
		}
	}
}

// multiLabelWarning lists the regions that became several spans.
func (c *lsReader) multiLabelWarning() {
	if len(c.multi) == 0 {
		return
	}
	list := c.multi
	if len(list) > 5 {
		list = append(list[:5:5], "…")
	}
	args := map[string]any{"N": len(c.multi), "Labels": c.first[0], "Text": c.first[1]}
	c.w.say(c.where, WarnSeveralLabels, args, "%s several labels, imported as one span per label over the same text (a relation to the region joins each): %s", plural(len(c.multi), "region has", "regions have"), strings.Join(list, "; "))
}
