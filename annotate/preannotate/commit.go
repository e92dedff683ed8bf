package preannotate

import (
	"slices"

	"github.com/glose-app/glose/annotate"
)

// commit removes the earlier run's suggestions the plan replaces and adds the plan to the document.
// It records the run (ran) either way. Through an editor, it is one undo step. Without one, the spans, links and entities are removed and
// appended directly (fast for long documents) and the lookups rebuilt once.
func (p *plan) commit(ed *annotate.Editor, ran annotate.Preannotation) error {
	if ed != nil {
		return ed.Batch("pre-annotate", func() error {
			if err := p.removeStale(ed); err != nil {
				return err
			}
			if err := p.apply(ed); err != nil {
				return err
			}
			ed.SetPreannotated(ran)
			return nil
		})
	}
	p.d.MarkPreannotated(ran)
	d := p.d
	p.dropStale()
	for e, ms := range p.grow {
		e.Mentions = append(slices.Clone(e.Mentions), ms...)
	}
	d.Spans = append(d.Spans, p.spans...)
	d.Links = append(d.Links, p.links...)
	d.Entities = append(d.Entities, p.ents...)
	d.Reindex()
	return nil
}

func (p *plan) apply(ed *annotate.Editor) error {
	for _, sp := range p.spans {
		if err := ed.AddSpan(sp); err != nil {
			return err
		}
	}
	for _, l := range p.links {
		if err := ed.AddLink(l); err != nil {
			return err
		}
	}
	for e, ms := range p.grow {
		for _, m := range ms {
			if err := ed.SetMentionEntity(m, e.ID); err != nil {
				return err
			}
		}
	}
	for _, e := range p.ents {
		if err := ed.AddEntity(e); err != nil {
			return err
		}
	}
	return nil
}
