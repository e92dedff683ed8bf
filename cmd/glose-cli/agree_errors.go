package main

import (
	"fmt"
	"strings"

	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/preannotate"
)

// agreeDiff is one place where annotation B differs from annotation A, as agree --errors lists them
// for the annotators (or a curator) to settle before the two are merged. Offsets are code points.
type agreeDiff struct {
	Document string `json:"document"`
	Kind     string `json:"kind"`        // a-only, b-only, label, bounds or speaker
	Label    string `json:"label"`       // the span's label (QUOTE for quotations)
	Start    int    `json:"start"`       // A's span, or B's for b-only
	End      int    `json:"end"`         //
	Text     string `json:"text"`        // its words
	A        string `json:"a,omitempty"` // speaker: who A says said it
	B        string `json:"b,omitempty"` // what B has there: its label, its span, its speaker
	Context  string `json:"context"`     // the words around, the span in 【】
}

// String is one line, "doc: kind LABEL “words”, B: …", then the context.
func (d agreeDiff) String() string {
	kind := map[string]string{"a-only": "A only", "b-only": "B only"}[d.Kind]
	if kind == "" {
		kind = d.Kind
	}
	s := fmt.Sprintf("%s: %s %s %q", d.Document, kind, d.Label, shortQuote(d.Text))
	if d.A != "" {
		s += ", A: " + shortQuote(d.A)
	}
	if d.B != "" {
		s += ", B: " + shortQuote(d.B)
	}
	return s + "\n    " + d.Context
}

// shortQuote shortens a long quotation for a line, keeping its first and last words.
func shortQuote(s string) string {
	r := []rune(strings.ReplaceAll(s, "\n", " "))
	if len(r) <= 60 {
		return string(r)
	}
	return string(r[:40]) + " … " + string(r[len(r)-15:])
}

// entityDiffs lists where b's entity mentions differ from a's, one document, for labels.
func entityDiffs(a, b ner.Example, labels []string) []agreeDiff {
	var out []agreeDiff
	for _, e := range preannotate.EntityErrors(a, b.Spans, labels) {
		d := agreeDiff{Document: e.Document, Label: e.Label, Start: e.Start, End: e.End, Text: e.Text, B: e.Found, Context: e.Context}
		switch e.Kind {
		case preannotate.MissedEntity:
			d.Kind = "a-only"
		case preannotate.FalseEntity:
			d.Kind = "b-only"
		case preannotate.WrongLabel:
			d.Kind = "label"
		default:
			d.Kind = "bounds"
		}
		out = append(out, d)
	}
	return out
}

// quoteDiffs lists where b's quotations and speakers differ from a's, one document.
func quoteDiffs(a, b preannotate.GoldDoc) []agreeDiff {
	var out []agreeDiff
	for _, e := range preannotate.AgreeErrors(a, b) {
		d := agreeDiff{Document: e.Document, Label: "QUOTE", Start: e.Start, End: e.End, Text: e.Quote, Context: e.Context}
		switch e.Kind {
		case preannotate.Missed:
			d.Kind = "a-only"
		case preannotate.FalseQuote:
			d.Kind, d.B = "b-only", e.Got
		case preannotate.Bounds:
			d.Kind, d.B = "bounds", fmt.Sprintf("%q", e.Found)
		default:
			d.Kind, d.A, d.B = "speaker", e.Gold, e.Got
		}
		out = append(out, d)
	}
	return out
}
