package formats

import (
	"github.com/glose-app/glose/annotate"
)

// onSide reports whether a span is on a side the export covers.
func onSide(sp *annotate.Span, side Side) bool {
	switch side {
	case SourceSide:
		return sp.Side == annotate.Source
	case TargetSide:
		return sp.Side == annotate.Target
	}
	return true
}

// narrow returns what an export in Glose JSON or JSON Lines keeps of d: the spans on the side(s)
// chosen, with the labels chosen, and only a person's when opts.Confirmed; the links between kept
// spans (a person's only when opts.Confirmed); the entities with the mentions kept, an entity left
// with none being left out. The texts (source and translations), segments, label schema, rejections
// and metadata are kept whole: the document stays one Glose can open. It is d itself when the options
// keep everything, so that the plain export stays lossless and as fast as a save.
func narrow(d *annotate.Document, opts WriteOptions, w *warnings) *annotate.Document {
	keep := func(sp *annotate.Span) bool { return onSide(sp, opts.Side) && keepSpan(sp, opts) }
	nsrc, ntgt, _ := leftOut(d, opts)
	sideWarnings(d, opts, nsrc, ntgt, w)
	confirmedLinkWarning(d, opts, true, w)
	whole := true
	for _, sp := range d.Spans {
		whole = whole && keep(sp)
	}
	for _, l := range d.Links {
		whole = whole && (!opts.Confirmed || l.Origin == annotate.Human)
	}
	if whole {
		return d
	}
	n := &annotate.Document{ID: d.ID, Title: d.Title, SourceLang: d.SourceLang, TargetLang: d.TargetLang, Text: d.Text,
		Layout: d.Layout, Segments: d.Segments, Labels: d.Labels, Rejected: d.Rejected, Meta: d.Meta}
	kept := map[string]bool{}
	for _, sp := range d.Spans {
		if keep(sp) {
			n.Spans = append(n.Spans, sp)
			kept[sp.ID] = true
		}
	}
	for _, l := range d.Links {
		if kept[l.From] && kept[l.To] && (!opts.Confirmed || l.Origin == annotate.Human) {
			n.Links = append(n.Links, l)
		}
	}
	for _, e := range d.Entities {
		c := *e
		c.Mentions = nil
		for _, m := range e.Mentions {
			if kept[m] {
				c.Mentions = append(c.Mentions, m)
			}
		}
		if len(c.Mentions) > 0 {
			n.Entities = append(n.Entities, &c)
		}
	}
	return n
}

// confirmedLinkWarning warns, for a confirmed-only export, about the links a person confirmed that it
// leaves out because a span they join is still a suggestion (a speaker link to a suggested mention, in
// a file made elsewhere: the editor confirms the mentions such links point to). Only links the export
// would otherwise keep count: both ends on the sides exported and with labels asked for, and on one
// side unless cross (the export keeps links between the source and the translation). The warning names
// one of the suggestions, a speaker's mention first, as the one a reader most misses.
func confirmedLinkWarning(d *annotate.Document, opts WriteOptions, cross bool, w *warnings) {
	if !opts.Confirmed {
		return
	}
	n := 0
	var first *annotate.Span // the suggestion to name: a speaker's mention if there is one
	speaker := false
	for _, l := range d.Links {
		a, b := d.Span(l.From), d.Span(l.To)
		if l.Origin != annotate.Human || a == nil || b == nil || (!cross && a.Side != b.Side) {
			continue
		}
		asked := func(sp *annotate.Span) bool { return onSide(sp, opts.Side) && opts.keepLabel(sp.Label) }
		if !asked(a) || !asked(b) || (a.Origin == annotate.Human && b.Origin == annotate.Human) {
			continue
		}
		n++
		if first == nil || (!speaker && l.Type == annotate.LinkSpeaker) {
			first, speaker = b, l.Type == annotate.LinkSpeaker
			if b.Origin == annotate.Human {
				first = a
			}
		}
	}
	if n == 0 {
		return
	}
	args := docSpanArgs(d, first)
	args["N"] = n
	if n == 1 {
		w.say(d.ID, WarnConfirmedLinkLeftOut, args, "1 confirmed link joins a suggestion and is left out with it: %s %s (accept the suggestion, or export without --confirmed)",
			args["Label"], quoteSnippet(args["Text"].(string)))
		return
	}
	w.say(d.ID, WarnConfirmedLinkLeftOut, args, "%d confirmed links join suggestions and are left out with them, such as %s %s (accept the suggestions, or export without --confirmed)",
		n, args["Label"], quoteSnippet(args["Text"].(string)))
}
