package app

import (
	"strings"

	"github.com/glose-app/glose/annotate"
)

// ownQuotes puts back, in msg, the snippets of text among args (a quotation's text, a span's) that
// carry their own quotation marks: the message's wording puts its own marks around a snippet
// (“{{.Text}}”, « {{.Text}} »), and a snippet that already starts with « or “ would read twice
// quoted (« « Ceux qui pensent… »). Such a snippet keeps its own marks only; one cut before its
// closing mark (by annotate.Shorten) gets it back, so that the quotation still reads as closed.
func ownQuotes[V any](msg string, args map[string]V) string {
	for _, v := range args {
		s, ok := any(v).(string)
		if !ok {
			continue
		}
		own, ok := annotate.QuotedSnippet(s)
		if !ok {
			continue
		}
		for _, frame := range [][2]string{{"“", "”"}, {"«\u00a0", "\u00a0»"}, {"«\u202f", "\u202f»"}, {"« ", " »"}, {"«", "»"}} {
			msg = strings.ReplaceAll(msg, frame[0]+s+frame[1], own)
		}
	}
	return msg
}
