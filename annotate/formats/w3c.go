package formats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
)

func w3cFormat() Format {
	return Format{
		Name: "w3c", Title: "W3C Web Annotation (JSON-LD)", Extensions: []string{".jsonld", ".json"},
		NER:         true,
		Offsets:     "Unicode code points (TextPositionSelector), plus TextQuoteSelector",
		Description: "spans as tagging annotations (suggestions carry a Software generator, pronouns and descriptions a classifying body), links as linking annotations, notes; no confidences, entities or translations",
		write:       writeW3C,
	}
}

// w3cContext is the JSON-LD context of the Web Annotation Data Model.
const w3cContext = "http://www.w3.org/ns/anno.jsonld"

type w3cCollection struct {
	Context string  `json:"@context"`
	ID      string  `json:"id"`
	Type    string  `json:"type"`
	Label   string  `json:"label"`
	Total   int     `json:"total"`
	First   w3cPage `json:"first"`
}

type w3cPage struct {
	Type       string `json:"type"`
	StartIndex int    `json:"startIndex"`
	Items      []any  `json:"items"`
}

type w3cAnnotation struct {
	ID         string    `json:"id"`
	Type       string    `json:"type"`
	Motivation string    `json:"motivation"`
	Generator  *w3cAgent `json:"generator,omitempty"`
	Body       []any     `json:"body"`
	Target     any       `json:"target"`
}

type w3cAgent struct {
	Type string `json:"type"`
	Name string `json:"name"`
}

type w3cTextualBody struct {
	Type    string `json:"type"`
	Purpose string `json:"purpose"`
	Value   string `json:"value"`
}

type w3cTarget struct {
	Source   string `json:"source"`
	Selector []any  `json:"selector"`
}

type w3cPosition struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type w3cQuote struct {
	Type   string `json:"type"`
	Exact  string `json:"exact"`
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`
}

func writeW3C(docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error) {
	if err := prepare(docs); err != nil {
		return nil, nil, err
	}
	var w warnings
	items := []any{}
	for _, d := range docs {
		translationWarning(d, "W3C Web Annotation", opts, &w)
		entityWarning(d, "W3C Web Annotation", opts, &w)
		docLossWarnings(d, "W3C Web Annotation", false, &w)
		for _, v := range views(d, opts, &w) {
			lostConfidenceWarning(v, "W3C Web Annotation", &w)
			items = append(items, w3cItems(v)...)
		}
	}
	c := w3cCollection{Context: w3cContext, ID: "urn:glose:export", Type: "AnnotationCollection", Label: "Glose annotations",
		Total: len(items), First: w3cPage{Type: "AnnotationPage", Items: items}}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(c); err != nil {
		return nil, nil, fmt.Errorf("encoding W3C annotations: %w", err)
	}
	return []File{{Name: "annotations.jsonld", Main: true, Data: buf.Bytes()}}, w, nil
}

// w3cSource names the annotated text: the article's URL for its source side when known, else a URN.
func w3cSource(v *view) string {
	if v.Side == annotate.Source && v.Doc.Meta.URL != "" {
		return v.Doc.Meta.URL
	}
	return "urn:glose:doc:" + url.PathEscape(v.ID)
}

func w3cItems(v *view) []any {
	src := w3cSource(v)
	annoID := func(id string) string { return "urn:glose:anno:" + url.PathEscape(v.ID) + ":" + id }
	var out []any
	for _, s := range v.Spans {
		a := w3cAnnotation{ID: annoID(s.ID), Type: "Annotation", Motivation: "tagging",
			Body: []any{w3cTextualBody{"TextualBody", "tagging", s.Label}},
			Target: w3cTarget{Source: src, Selector: []any{
				w3cPosition{"TextPositionSelector", v.at(s.Start, annotate.CodePoints), v.at(s.End, annotate.CodePoints)},
				w3cQuote{"TextQuoteSelector", v.text(s), lastRunes(v.Text[:s.Start], 32), firstRunes(v.Text[s.End:], 32)},
			}}}
		if s.Origin == annotate.Auto {
			a.Generator = &w3cAgent{"Software", "Glose"}
		}
		if !s.IsName() { // a pronoun or a description: its kind classifies it, after the label it is tagged
			a.Body = append(a.Body, w3cTextualBody{"TextualBody", "classifying", string(s.Mention)})
		}
		if s.Note != "" {
			a.Body = append(a.Body, w3cTextualBody{"TextualBody", "commenting", s.Note})
		}
		out = append(out, a)
	}
	for _, l := range v.Links {
		a := w3cAnnotation{ID: annoID(l.ID), Type: "Annotation", Motivation: "linking",
			Body:   []any{w3cTextualBody{"TextualBody", "tagging", l.Type}, annoID(l.To)},
			Target: annoID(l.From)}
		if l.Origin == annotate.Auto {
			a.Generator = &w3cAgent{"Software", "Glose"}
		}
		out = append(out, a)
	}
	return out
}

func lastRunes(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func firstRunes(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}
