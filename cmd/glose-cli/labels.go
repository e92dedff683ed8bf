package main

import (
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
)

// parseLabels reads a --labels value: names separated by commas, spaces around them ignored, each
// matched against known regardless of case and returned as known spells it, once. An empty value
// gives nil (the command's default). A name that is not known is a usage error that lists the known
// ones: a label that matches nothing would silently score or export nothing.
func parseLabels(value string, known []string) ([]string, error) {
	if value == "" {
		return nil, nil
	}
	var out []string
	for _, name := range strings.Split(value, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		i := slices.IndexFunc(known, func(k string) bool { return strings.EqualFold(k, name) })
		if i < 0 {
			return nil, usageError("--labels: unknown label %q (known: %s)", name, strings.Join(known, ", "))
		}
		if !slices.Contains(out, known[i]) {
			out = append(out, known[i])
		}
	}
	if len(out) == 0 {
		return nil, usageError("--labels %q names no label (known: %s)", value, strings.Join(known, ", "))
	}
	return out, nil
}

// entityLabels are the entity labels of the built-in schema (no QUOTE or CUE).
func entityLabels() []string {
	return []string{annotate.LabelPER, annotate.LabelORG, annotate.LabelLOC, annotate.LabelMISC}
}

// addLabel appends l to labels unless it is there.
func addLabel(labels []string, l string) []string {
	if l == "" || slices.Contains(labels, l) {
		return labels
	}
	return append(labels, l)
}

// exampleLabels adds the labels of the mentions of exs to labels.
func exampleLabels(labels []string, exs []ner.Example) []string {
	for _, ex := range exs {
		for _, m := range ex.Spans {
			labels = addLabel(labels, m.Label)
		}
	}
	return labels
}

// documentLabels returns the labels of the documents' schemas (the built-in one for a document
// without its own) and of their spans.
func documentLabels(docs []*annotate.Document) []string {
	var labels []string
	for _, d := range docs {
		schema := d.Labels
		if len(schema) == 0 {
			schema = annotate.DefaultLabels()
		}
		for _, l := range schema {
			labels = addLabel(labels, l.Name)
		}
		for _, s := range d.Spans {
			labels = addLabel(labels, s.Label)
		}
	}
	return labels
}
