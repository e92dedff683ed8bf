package formats

import "github.com/glose-app/glose/annotate"

// The warnings below say what of a document a format has no place for, beyond its spans and links:
// rejected suggestions, notes on segments, on the document and on spans, origins and confidences.
// Each writer calls those that fit what it keeps (docs/formats.md has the table), so that nothing
// is dropped silently.

// docLossWarnings notes that format keeps no rejected suggestions and, unless keepsNotes (Glose's
// XLIFF), no notes on segments or on the whole document and no ignored warnings of the quality checks.
func docLossWarnings(d *annotate.Document, format string, keepsNotes bool, w *warnings) {
	if n := len(d.Rejected); n > 0 {
		w.say(d.ID, WarnRejectedLeftOut, map[string]any{"Format": format, "N": n},
			"%s keeps no rejected suggestions: %s left out (Glose JSON and JSON Lines keep them, so that they are not proposed again)",
			format, plural(n, "rejected suggestion", "rejected suggestions"))
	}
	if keepsNotes {
		return
	}
	qaIgnoredWarning(d, format, w)
	n := 0
	for _, s := range d.Segments {
		n += len(s.Notes)
	}
	if n > 0 {
		w.say(d.ID, WarnSegmentNotesLeftOut, map[string]any{"Format": format, "N": n},
			"%s keeps no notes on segments: %s left out (XLIFF keeps them)", format, plural(n, "segment note", "segment notes"))
	}
	if n := len(d.Notes); n > 0 {
		w.say(d.ID, WarnDocumentNotesLeftOut, map[string]any{"Format": format, "N": n},
			"%s keeps no notes on the document: %s left out (XLIFF keeps them)", format, plural(n, "document note", "document notes"))
	}
}

// qaIgnoredWarning notes that format keeps no ignored warnings of the quality checks.
func qaIgnoredWarning(d *annotate.Document, format string, w *warnings) {
	n := 0
	for _, s := range d.Segments {
		n += len(s.QAIgnored)
	}
	if n > 0 {
		w.say(d.ID, WarnQAIgnoredLeftOut, map[string]any{"Format": format, "N": n},
			"%s keeps no ignored QA warnings: %s left out, which Glose shows again on opening the export (Glose JSON, JSON Lines and XLIFF keep them)",
			format, plural(n, "ignored warning", "ignored warnings"))
	}
}

// spanNoteWarning notes that format keeps no notes on spans: those of spans, the spans it writes
// (the notes of spans it leaves out go with them, under that span's own warning).
func spanNoteWarning(id string, spans []vspan, format string, w *warnings) {
	n := 0
	for _, s := range spans {
		if s.Note != "" {
			n++
		}
	}
	if n > 0 {
		w.say(id, WarnSpanNotesLeftOut, map[string]any{"Format": format, "N": n},
			"%s keeps no notes on spans: %s left out", format, plural(n, "span note", "span notes"))
	}
}

// originWarning notes that format writes the suggestions among spans as plain spans, with neither
// origin nor confidence.
func originWarning(id string, spans []vspan, format string, w *warnings) {
	n := 0
	for _, s := range spans {
		if s.Origin == annotate.Auto {
			n++
		}
	}
	if n > 0 {
		w.say(id, WarnNoOrigin, map[string]any{"Format": format, "N": n}, "%s exported as %s: %s has no origin or confidence (use --confirmed to leave %s out)",
			plural(n, "suggestion (auto span)", "suggestions (auto spans)"), pick(n, "a plain span", "plain spans"), format, pick(n, "it", "them"))
	}
}

// lostConfidenceWarning notes that format marks suggestions as such but keeps not their confidence.
func lostConfidenceWarning(v *view, format string, w *warnings) {
	spans, links := 0, 0
	for _, s := range v.Spans {
		if s.Origin == annotate.Auto {
			spans++
		}
	}
	for _, l := range v.Links {
		if l.Origin == annotate.Auto {
			links++
		}
	}
	if spans+links > 0 {
		w.say(v.ID, WarnConfidencesLeftOut, map[string]any{"Format": format, "N": spans, "Links": links},
			"%s keeps no confidences: %s and %s stay marked as suggestions but lose their confidence",
			format, plural(spans, "suggested span", "suggested spans"), plural(links, "suggested link", "suggested links"))
	}
}

// changesWarning notes the segments of d whose English a reviewer changed since the translator's
// version, the changes neither accepted nor rejected: an export of the translation writes their
// English as it is now, which whoever delivers it may want to settle first.
func changesWarning(d *annotate.Document, w *warnings) {
	var changed []int
	for i, s := range d.Segments {
		if s.Changed() {
			changed = append(changed, i+1)
		}
	}
	if n := len(changed); n > 0 {
		w.say(d.ID, WarnChangesNotAccepted, map[string]any{"N": n, "Total": len(d.Segments), "Numbers": NumberList(changed)},
			"%d of %s changed since the translator's version, the changes neither accepted nor rejected: %s; written as they are now, with the changes (Glose JSON keeps the translator's version: accept or reject them in the app, Segment › Changes since the translator)",
			n, plural(len(d.Segments), "segment", "segments"), NumberList(changed))
	}
}
