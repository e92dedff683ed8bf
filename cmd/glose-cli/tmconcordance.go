package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
)

// concordanceJSON is what tm concordance --json prints. Hit ranges are [start, end) in Unicode code
// points of the text they are in, as in Glose JSON.
type concordanceJSON struct {
	Query    string             `json:"query"`
	Total    int                `json:"total"` // memory units holding the phrase
	More     bool               `json:"more"`  // more than total hold it (too common to count)
	Units    []concordanceEntry `json:"units"`
	Glossary []concordanceEntry `json:"glossary"`
}

type concordanceEntry struct {
	Source     string   `json:"source"`
	Target     string   `json:"target"`
	SourceHits [][2]int `json:"source_hits"`
	TargetHits [][2]int `json:"target_hits"`
	Origin     string   `json:"origin,omitempty"`
	Changed    string   `json:"changed,omitempty"` // memory units: when last confirmed (RFC 3339)
	Note       string   `json:"note,omitempty"`
}

// tmConcordance finds a word or phrase in the memory and the glossary, on either side.
func tmConcordance(args []string, stdout, stderr io.Writer) error {
	f := newTMFlags("concordance", stderr)
	asJSON := f.fs.Bool("json", false, `print JSON: {"query", "total", "more", "units": [{"source", "target", "source_hits", "target_hits", ...}], "glossary": [...]}; hits in code points`)
	side := f.fs.String("side", "both", "where to look: `both|source|target`")
	limit := f.fs.Int("limit", 50, "at most `N` memory units")
	if err := parseFlags(f.fs, args); err != nil {
		return err
	}
	sides := map[string]tm.Side{"both": tm.BothSides, "source": tm.SourceSide, "target": tm.TargetSide}
	s, ok := sides[*side]
	switch {
	case f.fs.NArg() != 1 || *limit < 1:
		f.fs.Usage()
		return usageError("tm concordance needs one word or phrase (quoted) and --limit of at least 1")
	case !ok:
		return usageError("--side must be both, source or target, not %q", *side)
	}
	m, g, err := openGlossary(f, false)
	if err != nil {
		return err
	}
	defer m.Close()
	eng := &suggest.Engine{TM: m, Glossary: g, SourceLang: *f.source, TargetLang: *f.target}
	c, err := eng.Concordance(context.Background(), f.fs.Arg(0), s, *limit)
	if err != nil {
		return usageError("%v", err)
	}
	out := concordanceJSON{Query: f.fs.Arg(0), Total: c.Memory.Total, More: c.Memory.More,
		Units: []concordanceEntry{}, Glossary: []concordanceEntry{}}
	for _, h := range c.Memory.Hits {
		out.Units = append(out.Units, concordanceEntry{Source: h.Source, Target: h.Target,
			SourceHits: codePoints(h.Source, tmRanges(h.SourceHits)), TargetHits: codePoints(h.Target, tmRanges(h.TargetHits)),
			Origin: h.Origin, Changed: h.Changed.UTC().Format("2006-01-02T15:04:05Z"), Note: h.Note})
	}
	for _, h := range c.Glossary {
		out.Glossary = append(out.Glossary, concordanceEntry{Source: h.Source, Target: h.Target,
			SourceHits: codePoints(h.Source, h.SourceHits), TargetHits: codePoints(h.Target, h.TargetHits),
			Origin: h.Origin, Note: h.Note})
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	printConcordance(stdout, out)
	return nil
}

// printConcordance writes the hits for reading, the phrase in [brackets].
func printConcordance(w io.Writer, c concordanceJSON) {
	n := annotate.Plural(c.Total, "unit", "units")
	if c.More {
		n = "more than " + n
	}
	verb := "hold"
	if c.Total == 1 && !c.More {
		verb = "holds"
	}
	fmt.Fprintf(w, "Translation memory: %s %s %q", n, verb, c.Query)
	if len(c.Units) < c.Total || c.More {
		fmt.Fprintf(w, " (%d shown)", len(c.Units))
	}
	fmt.Fprintln(w)
	for _, e := range c.Units {
		fmt.Fprintf(w, "  %s\n  %s\n\n", bracketed(e.Source, e.SourceHits), bracketed(e.Target, e.TargetHits))
	}
	fmt.Fprintf(w, "Glossary: %s\n", annotate.Plural(len(c.Glossary), "entry", "entries"))
	for _, e := range c.Glossary {
		fmt.Fprintf(w, "  %s → %s\n", bracketed(e.Source, e.SourceHits), bracketed(e.Target, e.TargetHits))
	}
}

func tmRanges(rs []tm.Range) [][2]int {
	out := make([][2]int, len(rs))
	for i, r := range rs {
		out[i] = [2]int{r.Start, r.End}
	}
	return out
}

// codePoints turns byte ranges of s into code-point ranges.
func codePoints(s string, rs [][2]int) [][2]int {
	out := make([][2]int, len(rs))
	for i, r := range rs {
		a := utf8.RuneCountInString(s[:r[0]])
		out[i] = [2]int{a, a + utf8.RuneCountInString(s[r[0]:r[1]])}
	}
	return out
}

// bracketed writes s on one line with its code-point ranges rs in brackets.
func bracketed(s string, rs [][2]int) string {
	runes := []rune(s)
	var b strings.Builder
	at := 0
	for _, r := range rs {
		b.WriteString(string(runes[at:r[0]]) + "[" + string(runes[r[0]:r[1]]) + "]")
		at = r[1]
	}
	b.WriteString(string(runes[at:]))
	return strings.ReplaceAll(b.String(), "\n", " ")
}
