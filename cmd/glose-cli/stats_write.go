package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/glose-app/glose/annotate"
)

// write prints the statistics as tables for a person: the labels, the links, the documents left to
// review and the names labelled differently in places.
func (s *corpusStats) write(w io.Writer) error {
	bw := &errWriter{w: w}
	fmt.Fprintf(bw, "%s, %d with every %s span confirmed", annotate.Plural(s.Documents, "document", "documents"), s.Confirmed, s.Side)
	if s.NoSpans > 0 {
		fmt.Fprintf(bw, ", %d with no %s span (%s)", s.NoSpans, s.Side, firstFew(s.NoSpanIDs, 3))
	}
	fmt.Fprint(bw, "\n\n")
	if s.Changed > 0 {
		fmt.Fprintf(bw, "%s changed in review since the translator's version, the changes not yet accepted or rejected\n\n", annotate.Plural(s.Changed, "segment", "segments"))
	}
	s.writeCounts(bw, "label", s.Labels, true)
	if len(s.Mentions) > 0 {
		s.writeCounts(bw, "mention", s.Mentions, false)
	}
	if len(s.Links) > 0 {
		s.writeCounts(bw, "link", s.Links, false)
	}
	if s.NoSpeaker > 0 {
		fmt.Fprintf(bw, "%s without a speaker\n\n", annotate.Plural(s.NoSpeaker, "confirmed quote", "confirmed quotes"))
	}
	if len(s.Pending) > 0 {
		fmt.Fprintln(bw, "suggestions left to review:")
		for _, p := range s.Pending {
			fmt.Fprintf(bw, "  %s: %d of %s\n", p.ID, p.Suggested, annotate.Plural(p.Spans, "span", "spans"))
		}
		fmt.Fprintln(bw)
	}
	if len(s.Conflicts) > 0 {
		fmt.Fprintln(bw, "names labelled differently:")
		for _, c := range s.Conflicts {
			fmt.Fprintf(bw, "  %q: %s\n", c.Text, conflictLabels(c))
		}
	}
	return bw.err
}

// writeCounts prints one row per key (sorted) with its confirmed, suggested and total counts, and a
// total row when withTotal.
func (s *corpusStats) writeCounts(w io.Writer, head string, m map[string]*countPair, withTotal bool) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\tconfirmed\tsuggested\ttotal\t\n", head)
	var all countPair
	for _, k := range slices.Sorted(maps.Keys(m)) {
		c := m[k]
		all.Confirmed += c.Confirmed
		all.Suggested += c.Suggested
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t\n", k, c.Confirmed, c.Suggested, c.Confirmed+c.Suggested)
	}
	if withTotal {
		fmt.Fprintf(tw, "all\t%d\t%d\t%d\t\n", all.Confirmed, all.Suggested, all.Confirmed+all.Suggested)
	}
	tw.Flush()
	fmt.Fprintln(w)
}

// conflictLabels says each label of a name with its count, how many of them are confirmed, and its
// documents: "LOC ×3 (a, b), ORG ×1, 1 confirmed (c)", the most frequent label first.
func conflictLabels(c labelConflict) string {
	labels := slices.Sorted(maps.Keys(c.Labels))
	slices.SortStableFunc(labels, func(a, b string) int { return c.Labels[b].Count - c.Labels[a].Count })
	parts := make([]string, len(labels))
	for i, l := range labels {
		u := c.Labels[l]
		docs := u.Documents
		more := ""
		if len(docs) > 5 {
			docs, more = docs[:5], fmt.Sprintf(" and %d more", len(u.Documents)-5)
		}
		confirmed := ""
		if u.Confirmed > 0 {
			confirmed = fmt.Sprintf(", %d confirmed", u.Confirmed)
		}
		parts[i] = fmt.Sprintf("%s ×%d%s (%s%s)", l, u.Count, confirmed, strings.Join(docs, ", "), more)
	}
	return strings.Join(parts, ", ")
}

// errWriter keeps the first write error, so that a full disk is reported once, at the end.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return len(p), nil
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
