package formats

import "github.com/glose-app/glose/annotate"

// Unreviewed is a document that a confirmed-only export leaves out on request (export
// --skip-unreviewed): it has suggestions the export would keep, and none of them is confirmed.
type Unreviewed struct {
	ID          string
	Suggestions int // the suggestions nobody confirmed
}

// LeaveOutUnreviewed returns the documents of docs that an export to the named format with opts
// (Confirmed) keeps something confirmed of, or that have no span it would keep (a text reviewed as
// naming no one), and those it leaves out: written, they would have no annotation, and a recogniser
// trained on them learns texts that name no one; an evaluation would count every name found in them
// as wrong. Side and Mentions are the format's defaults when opts leaves them so, as Write takes them.
func LeaveOutUnreviewed(format string, docs []*annotate.Document, opts WriteOptions) ([]*annotate.Document, []Unreviewed) {
	f, ok := Lookup(format)
	if !ok || !opts.Confirmed {
		return docs, nil
	}
	if opts.Side == FormatSide {
		opts.Side = f.DefaultSide()
	}
	if opts.Mentions == FormatMentions {
		opts.Mentions = f.DefaultMentions()
	}
	var kept []*annotate.Document
	var out []Unreviewed
	for _, d := range docs {
		if n := unconfirmedOnly(d, opts); n > 0 {
			out = append(out, Unreviewed{d.ID, n})
			continue
		}
		kept = append(kept, d)
	}
	return kept, out
}
