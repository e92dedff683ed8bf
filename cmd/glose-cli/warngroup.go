package main

import (
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// warnGroupNames is how many documents a grouped warning names.
const warnGroupNames = 3

// varies matches what differs between warnings of one kind about different documents: numbers,
// and the words they quote.
var varies = regexp.MustCompile(`[0-9]+|“[^”]*”|"[^"]*"|«[^»]*»`)

// groupWarnings says each kind of warning once, however many documents of a corpus gave it: 500
// articles exported to CoNLL gave 2,000 lines, four for each. Warnings of one kind (warnKind: the
// same code carrying values of the same names) become one line, the first one's, with how many
// documents gave it and the first few of them; a warning given once stays as it is.
func groupWarnings(ws []formats.Warning) []string {
	type group struct {
		first formats.Warning
		docs  []string
		n     int
		same  bool
	}
	var order []*group
	byKey := map[string]*group{}
	for _, w := range ws {
		key := warnKind(w)
		g := byKey[key]
		if g == nil {
			g = &group{first: w, same: true}
			byKey[key] = g
			order = append(order, g)
		}
		g.n++
		g.same = g.same && w.Msg == g.first.Msg
		if w.Doc != "" && !slices.Contains(g.docs, w.Doc) {
			g.docs = append(g.docs, w.Doc)
		}
	}
	out := make([]string, 0, len(order))
	for _, g := range order {
		if g.n == 1 || len(g.docs) < 2 && g.same {
			out = append(out, g.first.String())
			continue
		}
		if len(g.docs) < 2 { // one document's spans, say: the first, and how many more
			out = append(out, fmt.Sprintf("%s — alike %d times", g.first.String(), g.n))
			continue
		}
		times := annotate.Plural(len(g.docs), "document", "documents")
		if _, ok := g.first.Args["File"]; ok { // brat: each names a line of an .ann, not a document
			times = annotate.Plural(len(g.docs), "line", "lines")
		}
		if g.n > len(g.docs) {
			times = fmt.Sprintf("%d times in %s", g.n, times)
		}
		if g.same {
			out = append(out, fmt.Sprintf("%s — %s: %s", g.first.Msg, times, firstFew(g.docs, warnGroupNames)))
		} else {
			out = append(out, fmt.Sprintf("%s (%s) — alike %s: %s", g.first.Msg, g.first.Doc, times, firstFew(g.docs, warnGroupNames)))
		}
	}
	return out
}

// warnKind is what groups w with the warnings of its kind: its code and the names of the values it
// carries, whose wording follows them ("1 entity (mention group)", "3 entities (mention groups)";
// "(1 pronoun)", "(2 descriptions)"), else, for a warning with no code, its words once numbers,
// quoted words and the values of its Args are set aside.
func warnKind(w formats.Warning) string {
	if w.Code == "" {
		return "\x00" + varies.ReplaceAllString(withoutArgs(w), "#")
	}
	return string(w.Code) + "\x00" + strings.Join(slices.Sorted(maps.Keys(w.Args)), ",")
}

// withoutArgs is w's message with the string values of its Args set aside, the longest first (an ID
// "a#target" holds the ID "a" of its Source), so that warnings told apart only by a document's ID
// or a span's text, unquoted, are of one kind.
func withoutArgs(w formats.Warning) string {
	var vals []string
	for _, v := range w.Args {
		if s, ok := v.(string); ok && s != "" {
			vals = append(vals, s)
		}
	}
	slices.SortFunc(vals, func(a, b string) int { return len(b) - len(a) })
	msg := w.Msg
	for _, v := range vals {
		msg = strings.ReplaceAll(msg, v, "#")
	}
	return msg
}

// printWarnings writes the warnings of a command on w, grouped (groupWarnings).
func printWarnings(w io.Writer, cmd string, ws []formats.Warning) {
	for _, s := range groupWarnings(ws) {
		fmt.Fprintf(w, "glose-cli %s: warning: %s\n", cmd, s)
	}
}
