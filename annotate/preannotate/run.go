package preannotate

import (
	"context"
	"fmt"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
)

// Run pre-annotates a document's source text and adds what it proposes to d: entity spans, QUOTE and
// CUE spans, speaker and cue links, and entities, all of origin auto.
//
// Run again on a document, it refreshes the earlier run's suggestions: those nobody touched (see
// untouched: still auto, no note, no link by a person, not a mention of an entity a person named) are
// replaced by this run's, the ones it proposes again kept as they are (same IDs), the others removed
// with their auto speaker and cue links and the entities left without mention. What a person did
// stays: their spans and links, and the suggestions they touched. A proposed span with the same range
// and label as an existing one is not added again (the existing one is used for links), nor is an
// entity span overlapping a person's entity span or a touched suggestion; mentions that already belong
// to an entity stay there. A span with the range and label of a rejected suggestion
// (annotate.Document.Rejected) is never proposed again, nor are links or entity mentions to it. With
// opts.Editor set, the changes go through it as one undoable step. Either way the document records
// the run (annotate.Document.Meta.Preannotated), even one that found nothing, so that the app does
// not offer to pre-annotate it again.
func Run(d *annotate.Document, opts Options) error {
	_, err := RunReport(d, opts)
	return err
}

// RunReport is Run, saying what it changed.
func RunReport(d *annotate.Document, opts Options) (Report, error) {
	return RunReportContext(context.Background(), d, opts)
}

// RunReportContext is RunReport, given up once ctx is done (see TextContext): d is then left as it
// was, and the error wraps ctx's.
func RunReportContext(ctx context.Context, d *annotate.Document, opts Options) (Report, error) {
	opts.softBreaks = softBreaks(d)
	res, err := TextContext(ctx, d.Text, opts)
	if err != nil {
		return Report{}, fmt.Errorf("pre-annotating %s: %w", d.ID, err)
	}
	p := newPlan(d)
	mentionIDs := make([]string, len(res.Mentions))
	for i, m := range res.Mentions {
		mentionIDs[i] = p.mention(m.Start, m.End, m.Label, m.Confidence, !m.Speaker, m.Kind())
	}
	for _, q := range res.Quotes {
		qid := p.span(q.Start, q.End, annotate.LabelQuote, q.Confidence, false)
		if qid == "" {
			continue
		}
		if !q.Cue.Empty() {
			if cid := p.span(q.Cue.Start, q.Cue.End, annotate.LabelCue, q.Confidence, false); cid != "" {
				p.link(annotate.LinkCue, qid, cid, q.Confidence)
			}
		}
		if q.Speaker >= 0 && mentionIDs[q.Speaker] != "" {
			conf := q.Confidence * 0.9
			if q.Inferred {
				conf = q.Confidence * 0.6
			}
			p.link(annotate.LinkSpeaker, qid, mentionIDs[q.Speaker], conf)
		}
	}
	for k, e := range res.Entities {
		if err := stopped(ctx, k); err != nil { // a sixth of a long text's time goes here
			return Report{}, fmt.Errorf("pre-annotating %s: %w", d.ID, err)
		}
		var ids []string
		for _, i := range e.Mentions {
			if mentionIDs[i] != "" {
				ids = append(ids, mentionIDs[i])
			}
		}
		p.entity(e.Type, e.Names, ids)
	}
	if err := ctx.Err(); err != nil {
		return Report{}, fmt.Errorf("pre-annotating %s: %w", d.ID, err)
	}
	r := p.report()
	return r, p.commit(opts.Editor, opts.record())
}

// record is the document's record of this run.
func (o Options) record() annotate.Preannotation {
	r := annotate.Preannotation{Model: o.modelID()}
	if o.Now != nil {
		r.At = o.Now()
	}
	return r
}

// modelID names the entity model of a run for its record (annotate.Preannotation.Model).
func (o Options) modelID() string {
	if o.NoNER {
		return annotate.ModelNone
	}
	m := o.NER
	if m == nil {
		m, _ = ner.Default() // loaded by the run already
	}
	if m == nil {
		return ""
	}
	return m.ID()
}

// stopped returns ctx's error once ctx is done, looking at it every stopEvery items, at item k.
func stopped(ctx context.Context, k int) error {
	if k%stopEvery != 0 {
		return nil
	}
	return ctx.Err()
}

// stopEvery is how many entities Run plans between two looks at its context.
const stopEvery = 64

// softBreaks returns the offsets of the line breaks inside d's segments. The segmenter read those
// lines as one sentence (a paragraph wrapped at 72 columns, a subtitle's two lines, a line break in a
// Word paragraph), while the quote detector reads a line as a paragraph and, when such a line opens
// the text, as a headline: "« … »,\na déclaré X" gave no quotation. The detector reads them as spaces
// (Options.softBreaks); the entity recogniser reads as spaces only those after a long line, a wrap
// (recogniserText), so that a share widget's "Partager cet article :\nCourriel ,\nFacebook" stays a list.
func softBreaks(d *annotate.Document) []int {
	var at []int
	for _, s := range d.Segments {
		if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
			continue
		}
		for i := s.Start; ; {
			j := strings.IndexByte(d.Text[i:s.End], '\n')
			if j < 0 {
				break
			}
			at = append(at, i+j)
			i += j + 1
		}
	}
	return at
}
