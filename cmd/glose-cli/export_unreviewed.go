package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// maxNamed is how many documents left out the warning names before counting the others.
const maxNamed = 10

// checkSkipUnreviewed refuses --skip-unreviewed where it means nothing: without --confirmed, and for
// the formats that write the translation of one document (text, markdown).
func checkSkipUnreviewed(f formats.Format, opts formats.WriteOptions) error {
	if !opts.Confirmed {
		return usageError("--skip-unreviewed: only with --confirmed: it leaves out the documents of which nothing is confirmed")
	}
	if f.Translation {
		return usageError("--skip-unreviewed: not used by %s, which writes the translation of one document", f.Name)
	}
	return nil
}

// skipUnreviewed leaves out of a confirmed-only export the documents with suggestions and nothing
// confirmed, naming them on stderr; it refuses an export that would then hold no document.
func skipUnreviewed(format string, docs []*annotate.Document, opts formats.WriteOptions, stderr io.Writer) ([]*annotate.Document, error) {
	kept, out := formats.LeaveOutUnreviewed(format, docs, opts)
	if len(out) == 0 {
		return docs, nil
	}
	var ids []string
	n := 0
	for i, u := range out {
		n += u.Suggestions
		if i < maxNamed {
			ids = append(ids, u.ID)
		}
	}
	names := strings.Join(ids, ", ")
	if len(out) > maxNamed {
		names += fmt.Sprintf(" and %d more", len(out)-maxNamed)
	}
	if len(kept) == 0 {
		which, them := names, "it"
		if len(out) > 1 {
			which, them = fmt.Sprintf("any of the %d documents (%s)", len(out), names), "them"
		}
		return nil, fmt.Errorf("nothing to export: nothing is confirmed yet in %s: review %s, or export without --skip-unreviewed", which, them)
	}
	fmt.Fprintf(stderr, "glose-cli export: warning: --skip-unreviewed: %s left out, with nothing confirmed yet (%s): %s\n",
		annotate.Plural(len(out), "document", "documents"), annotate.Plural(n, "suggestion", "suggestions"), names)
	return kept, nil
}
