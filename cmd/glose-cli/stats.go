package main

import (
	"encoding/json"
	"flag"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// corpusStats is what `stats` reports on a corpus, as --json writes it: how much of it a person has
// confirmed, label by label and document by document, and the names labelled differently in places.
type corpusStats struct {
	Documents int                   `json:"documents"`
	Confirmed int                   `json:"confirmed_documents"`         // documents with spans, none a suggestion
	NoSpans   int                   `json:"documents_without_spans"`     // on the side counted: not reviewed as confirmed ones are
	NoSpanIDs []string              `json:"documents_without_spans_ids"` // those documents, in the order read: to pre-annotate or translate
	Side      annotate.Side         `json:"side"`
	Labels    map[string]*countPair `json:"labels"`
	Mentions  map[string]*countPair `json:"mentions"` // pronouns and descriptions (nominal), apart from names
	Links     map[string]*countPair `json:"links"`
	NoSpeaker int                   `json:"quotes_without_speaker"`
	Pending   []pendingDoc          `json:"pending"` // the documents with suggestions left, in the order read
	Conflicts []labelConflict       `json:"inconsistent"`
	Changed   int                   `json:"segments_changed_in_review"` // English changed since the translator's version

	names nameLabels // the labels of each name, gathered by add for finish
}

// countPair counts what a person made or accepted (origin human) and what is still a suggestion.
type countPair struct {
	Confirmed int `json:"confirmed"`
	Suggested int `json:"suggested"`
}

func (c *countPair) add(origin annotate.Origin) {
	if origin == annotate.Human {
		c.Confirmed++
	} else {
		c.Suggested++
	}
}

type pendingDoc struct {
	ID        string `json:"id"`
	Spans     int    `json:"spans"`
	Suggested int    `json:"suggested"`
}

// labelConflict is a name (compared without case or accents) that has different labels in the corpus:
// each label with how many spans have it and in which documents.
type labelConflict struct {
	Text   string                `json:"text"`
	Labels map[string]*labelUses `json:"labels"`
}

type labelUses struct {
	Count     int      `json:"count"`
	Confirmed int      `json:"confirmed"` // of Count, spans of origin human
	Documents []string `json:"documents"`
}

// cmdStats counts the annotations of a corpus: per label confirmed and suggested, the documents with
// suggestions left, and the names labelled differently in places.
func cmdStats(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "write the statistics as JSON")
	side := fs.String("side", "source", "count the spans of which text: `source|target`")
	setUsage(fs, stderr, "usage: glose-cli stats [--json] [--side source|target] FILE...\n\n"+
		"Counts the annotations of documents in any format import reads (a corpus of several files, or\n"+
		"JSON Lines): spans by label, confirmed (made or accepted by a person) and suggested, pronouns and\n"+
		"descriptions apart from names, speaker, cue and translation links, confirmed quotes without a\n"+
		"speaker, the documents with suggestions left to review, and the names (compared without case or\n"+
		"accents) labelled differently in places, with the documents of each label, and the segments whose\n"+
		"English was changed since the translator's version (a review's changes). FILE - is standard input.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *side != string(annotate.Source) && *side != string(annotate.Target) {
		fs.Usage()
		return usageError("--side: %q is not source or target", *side)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError("expected at least one FILE")
	}
	if err := oneStdin(fs.Args()...); err != nil {
		return err
	}
	s := newCorpusStats(annotate.Side(*side))
	for _, p := range fs.Args() {
		docs, warns, err := readDocs(p, formats.ReadOptions{})
		printWarnings(stderr, "stats", warns)
		if err != nil {
			return err
		}
		for _, d := range docs {
			s.add(d)
		}
	}
	s.finish()
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	return s.write(stdout)
}

func newCorpusStats(side annotate.Side) *corpusStats {
	return &corpusStats{Side: side, Labels: map[string]*countPair{}, Mentions: map[string]*countPair{},
		Links: map[string]*countPair{}, Pending: []pendingDoc{}, Conflicts: []labelConflict{}, NoSpanIDs: []string{},
		names: nameLabels{text: map[string]string{}, labels: map[string]map[string]*labelUses{}}}
}

func (s *corpusStats) add(d *annotate.Document) {
	s.Documents++
	for _, seg := range d.Segments {
		if seg.Changed() {
			s.Changed++
		}
	}
	spans, suggested := 0, 0
	for _, sp := range d.Spans {
		if sp.Side != s.Side {
			continue
		}
		spans++
		if sp.Origin != annotate.Human {
			suggested++
		}
		if k := sp.Mention.Norm(); k != "" && annotate.IsEntityLabel(sp.Label) {
			bump(s.Mentions, string(k), sp.Origin)
			continue
		}
		bump(s.Labels, sp.Label, sp.Origin)
		if annotate.IsEntityLabel(sp.Label) {
			s.names.add(d.SpanText(sp), sp.Label, d.ID, sp.Origin)
		}
	}
	for _, l := range d.Links {
		if from := d.Span(l.From); from != nil && from.Side == s.Side {
			bump(s.Links, l.Type, l.Origin)
		}
	}
	for _, sp := range d.Spans {
		if sp.Side == s.Side && sp.Label == annotate.LabelQuote && sp.Origin == annotate.Human && !hasSpeaker(d, sp.ID) {
			s.NoSpeaker++
		}
	}
	switch {
	case spans == 0: // nothing to review, or nothing annotated yet (a text never pre-annotated, no translation)
		s.NoSpans++
		s.NoSpanIDs = append(s.NoSpanIDs, d.ID)
	case suggested == 0:
		s.Confirmed++
	default:
		s.Pending = append(s.Pending, pendingDoc{ID: d.ID, Spans: spans, Suggested: suggested})
	}
}

func bump(m map[string]*countPair, key string, origin annotate.Origin) {
	if m[key] == nil {
		m[key] = &countPair{}
	}
	m[key].add(origin)
}

func hasSpeaker(d *annotate.Document, quote string) bool {
	return slices.ContainsFunc(d.LinksOf(quote), func(l *annotate.Link) bool { return l.From == quote && l.Type == annotate.LinkSpeaker })
}

// nameLabels maps a folded name to the labels it has, and the spelling first seen.
type nameLabels struct {
	text   map[string]string
	labels map[string]map[string]*labelUses
}

func (n *nameLabels) add(text, label, doc string, origin annotate.Origin) {
	key := annotate.Fold(strings.Join(strings.Fields(text), " "))
	if _, ok := n.text[key]; !ok {
		n.text[key] = text
		n.labels[key] = map[string]*labelUses{}
	}
	u := n.labels[key][label]
	if u == nil {
		u = &labelUses{}
		n.labels[key][label] = u
	}
	u.Count++
	if origin == annotate.Human {
		u.Confirmed++
	}
	if !slices.Contains(u.Documents, doc) {
		u.Documents = append(u.Documents, doc)
	}
}

// finish keeps the names with several labels, the most frequent first (then by name).
func (s *corpusStats) finish() {
	n := s.names
	for key, labels := range n.labels {
		if len(labels) > 1 {
			s.Conflicts = append(s.Conflicts, labelConflict{Text: n.text[key], Labels: labels})
		}
	}
	total := func(c labelConflict) int {
		t := 0
		for _, u := range c.Labels {
			t += u.Count
		}
		return t
	}
	sort.Slice(s.Conflicts, func(i, j int) bool {
		a, b := s.Conflicts[i], s.Conflicts[j]
		if total(a) != total(b) {
			return total(a) > total(b)
		}
		return annotate.Fold(a.Text) < annotate.Fold(b.Text)
	})
}
