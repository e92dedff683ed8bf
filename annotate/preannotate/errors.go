package preannotate

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// QuoteErrorKind says how a pre-annotated document differs from its gold quotations.
type QuoteErrorKind string

// The kinds of quotation errors.
const (
	Missed       QuoteErrorKind = "missed"        // a gold quote no proposed quote overlaps
	Bounds       QuoteErrorKind = "bounds"        // a gold quote found with other bounds
	WrongSpeaker QuoteErrorKind = "wrong-speaker" // a gold quote found but not attributed to its speaker
	FalseQuote   QuoteErrorKind = "false-quote"   // a proposed quote overlapping no gold quote
)

// QuoteError is one difference between the proposed and the gold quotations of a document, as
// printed by `glose-cli eval --task quotes --errors`. Offsets are Unicode code points into the
// document's text.
type QuoteError struct {
	Document string         `json:"document"`
	Kind     QuoteErrorKind `json:"kind"`
	Start    int            `json:"start"` // the gold quote's, or the proposed quote's for false-quote
	End      int            `json:"end"`
	Quote    string         `json:"quote"`
	Found    string         `json:"found,omitempty"`        // bounds: the quote as proposed
	Gold     string         `json:"gold_speaker,omitempty"` // wrong-speaker: the gold SPEAKER mention and name
	Got      string         `json:"got,omitempty"`          // the proposed speaker mention and cue
	Context  string         `json:"context"`                // the words around the quote
}

// String is one line: "doc: kind «quote» …".
func (e QuoteError) String() string {
	s := fmt.Sprintf("%s: %s %s", e.Document, e.Kind, clip(e.Quote))
	if e.Found != "" {
		s += " found as " + clip(e.Found)
	}
	if e.Gold != "" {
		s += ", gold speaker " + e.Gold
	}
	if e.Got != "" {
		s += ", got " + e.Got
	}
	return s + "\n    " + e.Context
}

// QuoteErrors pre-annotates a gold document's text and lists its quotation errors: the gold quotes
// missed, found with other bounds or attributed to another speaker, then the proposed quotes matching
// no gold quote.
func QuoteErrors(g GoldDoc, opts Options) ([]QuoteError, error) {
	res, err := Text(g.Text, opts)
	if err != nil {
		return nil, err
	}
	var out []QuoteError
	for _, gq := range g.Quotes {
		if e, ok := goldQuoteError(g, res, gq); ok {
			out = append(out, e)
		}
	}
	for _, q := range res.Quotes {
		if !overlapsAny(q, g.Quotes) {
			out = append(out, newQuoteError(g, FalseQuote, q.Start, q.End, func(e *QuoteError) {
				e.Got = speakerText(g.Text, res, q)
			}))
		}
	}
	return out, nil
}

func goldQuoteError(g GoldDoc, res *Result, gq GoldQuote) (QuoteError, bool) {
	var found []Quote
	for _, q := range res.Quotes {
		if overlap(q.Start, q.End, gq.Start, gq.End) > 0 {
			found = append(found, q)
		}
	}
	if len(found) == 0 {
		return newQuoteError(g, Missed, gq.Start, gq.End, nil), true
	}
	if len(found) != 1 || found[0].Start != gq.Start || found[0].End != gq.End {
		return newQuoteError(g, Bounds, gq.Start, gq.End, func(e *QuoteError) {
			e.Found = g.Text[found[0].Start:found[0].End]
		}), true
	}
	if !gq.HasSpeaker() || found[0].Speaker >= 0 && attributed(g.Text, res, res.Mentions[found[0].Speaker], gq) {
		return QuoteError{}, false
	}
	return newQuoteError(g, WrongSpeaker, gq.Start, gq.End, func(e *QuoteError) {
		e.Gold = fmt.Sprintf("%q (%s)", g.Text[gq.SpeakerStart:gq.SpeakerEnd], gq.SpeakerName)
		e.Got = speakerText(g.Text, res, found[0])
	}), true
}

// newQuoteError describes the quote at bytes [start, end) of g's text, then lets fill add the rest.
func newQuoteError(g GoldDoc, kind QuoteErrorKind, start, end int, fill func(*QuoteError)) QuoteError {
	e := QuoteError{Document: g.ID, Kind: kind, Start: utf8.RuneCountInString(g.Text[:start]),
		End: utf8.RuneCountInString(g.Text[:end]), Quote: g.Text[start:end], Context: excerpt(g.Text, start, end)}
	if fill != nil {
		fill(&e)
	}
	return e
}

func overlapsAny(q Quote, gold []GoldQuote) bool {
	for _, gq := range gold {
		if overlap(q.Start, q.End, gq.Start, gq.End) > 0 {
			return true
		}
	}
	return false
}

// speakerText says which mention a quote was attributed to, its entity and its cue.
func speakerText(text string, res *Result, q Quote) string {
	cue := "no cue"
	if !q.Cue.Empty() {
		cue = fmt.Sprintf("cue %q", text[q.Cue.Start:q.Cue.End])
	}
	if q.Speaker < 0 {
		return "no speaker, " + cue
	}
	m := res.Mentions[q.Speaker]
	s := fmt.Sprintf("%q", text[m.Start:m.End])
	if m.Entity >= 0 {
		s += fmt.Sprintf(" → %q", res.Entities[m.Entity].Names["fr"])
	}
	return s + ", " + cue
}

// excerpt returns up to 80 characters either side of text[start:end], the quote in 【】, on one line.
func excerpt(text string, start, end int) string {
	from, to := start, end
	for n := 0; n < 80 && from > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:from])
		from -= size
	}
	for n := 0; n < 80 && to < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[to:])
		to += size
	}
	flat := strings.NewReplacer("\n", " ⏎ ")
	return "…" + flat.Replace(text[from:start]) + "【" + flat.Replace(text[start:end]) + "】" + flat.Replace(text[end:to]) + "…"
}

// clip shortens a quote for a line, keeping its first and last words.
func clip(s string) string {
	r := []rune(strings.ReplaceAll(s, "\n", " "))
	if len(r) <= 60 {
		return string(r)
	}
	return string(r[:40]) + " … " + string(r[len(r)-15:])
}
