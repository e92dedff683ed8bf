package preannotate

import (
	"fmt"
	"slices"
	"strings"
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
	keep := func(l string) bool { return len(labels) == 0 || slices.Contains(labels, l) }
	var out []EntityError
	for _, g := range gold.Spans {
		if keep(g.Label) {
			if kind, found, ok := goldEntityError(gold.Text, g, pred); ok {
				out = append(out, newEntityError(gold, kind, g, found))
			}
		}
	}
	for _, p := range pred {
		hit := slices.ContainsFunc(gold.Spans, func(g ner.Mention) bool {
			return keep(g.Label) && overlap(p.Start, p.End, g.Start, g.End) > 0
		})
		if keep(p.Label) && !hit {
			out = append(out, newEntityError(gold, FalseEntity, p, ""))
		}
	}
	return out
}

// goldEntityError says how the proposals pred miss gold mention g, and what they put there; ok is
// false when one of them is g exactly.
func goldEntityError(text string, g ner.Mention, pred []ner.Mention) (kind EntityErrorKind, found string, ok bool) {
	var over []ner.Mention
	for _, p := range pred {
		if overlap(p.Start, p.End, g.Start, g.End) > 0 {
			if p.Start == g.Start && p.End == g.End && p.Label == g.Label {
				return "", "", false
			}
			over = append(over, p)
		}
	}
	switch {
	case len(over) == 0:
		return MissedEntity, "", true
	case len(over) == 1 && over[0].Start == g.Start && over[0].End == g.End:
		return WrongLabel, over[0].Label, true
	}
	parts := make([]string, len(over))
	for i, p := range over {
		parts[i] = fmt.Sprintf("%s %q", p.Label, text[p.Start:p.End])
	}
	return WrongBounds, strings.Join(parts, ", "), true
}

// newEntityError describes mention m of gold's text.
func newEntityError(gold ner.Example, kind EntityErrorKind, m ner.Mention, found string) EntityError {
	text := gold.Text
	return EntityError{Document: gold.ID, Kind: kind, Label: m.Label, Start: utf8.RuneCountInString(text[:m.Start]),
		End: utf8.RuneCountInString(text[:m.End]), Text: text[m.Start:m.End], Found: found, Context: excerpt(text, m.Start, m.End)}
}
