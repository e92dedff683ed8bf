package annotate

import (
	"fmt"
	"time"
)

// Preannotation records that pre-annotation ran on a document, so that a document on which it found
// nothing, or whose suggestions the translator all removed, is not offered it again as though it never
// ran (the app's offer on a document without annotation). Glose JSON writes it in meta.preannotated;
// a document without it (older files included) never recorded a run.
type Preannotation struct {
	// At is when it ran, UTC, to the second; zero when the run was recorded without a time
	// (glose-cli annotate, whose output stays the same for the same input).
	At time.Time
	// Model names the entity model it ran with: its content's ID (ner.Model.ID, "sha256:" and 12 hex
	// digits), "none" when it ran without one (quotes and speakers only), "" when unknown.
	Model string
}

// ModelNone is Preannotation.Model for a run without an entity model.
const ModelNone = "none"

// SetPreannotated records a run of pre-annotation, as one undo step named "pre-annotate" (joined
// into the run's own step when called inside its batch), so that undoing the run forgets it too.
func (e *Editor) SetPreannotated(p Preannotation) {
	e.apply("pre-annotate", setVal(&e.Doc.Meta.Preannotated, p.normal()))
}

// MarkPreannotated records a run of pre-annotation on d outside any editor's history, as a run
// without an editor changes the document (glose-cli annotate).
func (d *Document) MarkPreannotated(p Preannotation) { d.Meta.Preannotated = p.normal() }

// normal is the record as kept: its time in UTC, to the second.
func (p Preannotation) normal() *Preannotation {
	if !p.At.IsZero() {
		p.At = p.At.UTC().Truncate(time.Second)
	}
	return &p
}

// preannotatedToWire and preannotatedFromWire convert the record for Glose JSON.
func preannotatedToWire(p *Preannotation) *wirePreannotated {
	if p == nil {
		return nil
	}
	w := &wirePreannotated{Model: p.Model}
	if !p.At.IsZero() {
		at := p.At.UTC().Format(time.RFC3339Nano)
		w.At = &at
	}
	return w
}

func preannotatedFromWire(w *wirePreannotated) (*Preannotation, error) {
	if w == nil {
		return nil, nil
	}
	if w.At == nil {
		return &Preannotation{Model: w.Model}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, *w.At)
	if err != nil {
		return nil, coded("meta.preannotated.at", InvalidDate, map[string]any{"Value": *w.At}, fmt.Sprintf("%q is not an RFC 3339 date-time", *w.At))
	}
	return &Preannotation{At: t.UTC(), Model: w.Model}, nil
}
