package preannotate

import (
	"fmt"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate/ner"
)

// EntityErrorKind says how a proposed entity mention differs from the gold.
type EntityErrorKind string

// The kinds of entity errors.
const (
	MissedEntity EntityErrorKind = "missed" // a gold mention no proposed mention overlaps
	WrongLabel   EntityErrorKind = "label"  // a gold mention found with its bounds but another label
	WrongBounds  EntityErrorKind = "bounds" // a gold mention overlapped by proposals with other bounds
	FalseEntity  EntityErrorKind = "false"  // a proposed mention overlapping no gold mention
)

// EntityError is one difference between the proposed and the gold entity mentions of a document, as
// printed by `glose-cli eval --task ner --errors`. Offsets are Unicode code points into the text.
type EntityError struct {
	Document string          `json:"document"`
	Kind     EntityErrorKind `json:"kind"`
	Label    string          `json:"label"` // the gold label, or the proposed one for false
	Start    int             `json:"start"` // the gold mention's, or the proposed one's for false
	End      int             `json:"end"`
	Text     string          `json:"text"`
	Found    string          `json:"found,omitempty"` // label and bounds: what was proposed there
	Context  string          `json:"context"`
}

// String is one line: "doc: kind LABEL «text» found as …", then the context.
func (e EntityError) String() string {
	s := fmt.Sprintf("%s: %s %s %q", e.Document, e.Kind, e.Label, e.Text)
	if e.Found != "" {
		s += " found as " + e.Found
	}
	return s + "\n    " + e.Context
}

// EntityErrors lists how pred differs from gold, one document, for the labels given (all when none):
// the gold mentions missed, found with another label or other bounds, then the proposed mentions
// overlapping no gold mention. Both hold byte offsets into gold.Text.
func EntityErrors(gold ner.Example, pred []ner.Mention, labels []string) []EntityError {
	keep := func(l string) bool {
		if len(labels) == 0 {
			return true
		}
		for _, k := range labels {
			if k == l {
				return true
			}
		}
		return false
	}
	text := gold.Text
	newErr := func(kind EntityErrorKind, m ner.Mention, found string) EntityError {
		return EntityError{Document: gold.ID, Kind: kind, Label: m.Label, Start: utf8.RuneCountInString(text[:m.Start]),
			End: utf8.RuneCountInString(text[:m.End]), Text: text[m.Start:m.End], Found: found, Context: context(text, m.Start, m.End)}
	}
	var out []EntityError
	for _, g := range gold.Spans {
		if !keep(g.Label) {
			continue
		}
		var over []ner.Mention
		exact := false
		for _, p := range pred {
			if overlap(p.Start, p.End, g.Start, g.End) > 0 {
				over = append(over, p)
				exact = exact || p.Start == g.Start && p.End == g.End && p.Label == g.Label
			}
		}
		switch {
		case exact:
		case len(over) == 0:
			out = append(out, newErr(MissedEntity, g, ""))
		case len(over) == 1 && over[0].Start == g.Start && over[0].End == g.End:
			out = append(out, newErr(WrongLabel, g, over[0].Label))
		default:
			found := ""
			for i, p := range over {
				if i > 0 {
					found += ", "
				}
				found += fmt.Sprintf("%s %q", p.Label, text[p.Start:p.End])
			}
			out = append(out, newErr(WrongBounds, g, found))
		}
	}
	for _, p := range pred {
		if !keep(p.Label) {
			continue
		}
		hit := false
		for _, g := range gold.Spans {
			hit = hit || overlap(p.Start, p.End, g.Start, g.End) > 0 && keep(g.Label)
		}
		if !hit {
			out = append(out, newErr(FalseEntity, p, ""))
		}
	}
	return out
}
