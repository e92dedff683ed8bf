package app

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// An adjudicator settling a curated document (glose-cli curate) moves from span to span with Ctrl+J
// or clicks one, and decides from what the reviewers gave: only the QA tab said it, so the status
// line read "LOC « France » — suggestion" for a span alice tagged LOC and bob ORG. The status line
// says it in place of "suggestion", the reviewers' words as the curation wrote them in the span's
// note, in the interface's wrapper: "reviewers disagree: alice: LOC; bob: ORG".
//
// A quotation's note, its label, verb and speaker disputed, runs to 200 characters and more, which
// the line's two lines cut behind "…". Ctrl+I (View › Read the whole status message), as the "…"
// button and a click on the line, shows the whole message in a dialog, where the dispute has each
// view on a line of its own; Escape closes it, the span still selected for a, r or s.

// disputeNote says what the reviewers gave for span sp, from its curation note, while it is still
// to settle (a suggestion, or a quotation whose speaker or cue is one, as the QA check disputed
// lists it); "" otherwise.
func (ui *UI) disputeNote(sp *annotate.Span) string {
	views := sp.Disputed()
	if views == "" || !acceptable(ui.doc, sp) {
		return ""
	}
	return lang.L("reviewers disagree: {{.Views}}", map[string]any{"Views": views})
}

// withDispute adds dispute to the short form of a span's description; a span described without one
// (a quotation without speaker, a cue) gets its name and the dispute, which the cut whole line lost
// after a long quotation's words.
func withDispute(short, name, dispute string) string {
	switch {
	case dispute == "":
		return short
	case short == "":
		return name + " — " + dispute
	}
	return short + " — " + dispute
}

// readStatus shows the status line's whole message (Ctrl+I), when it has one.
func (ui *UI) readStatus() {
	if ui.status.full != "" {
		ui.showWholeStatus(ui.status.full)
	}
}

// showWholeStatus shows the status message msg whole, in a dialog (see wholeStatus).
func (ui *UI) showWholeStatus(msg string) { ui.showStatusMessage(ui.wholeStatus(msg)) }

// wholeStatus returns the status message msg as its dialog shows it: where it says the selected
// span's dispute, the dispute goes on lines of its own, a heading and a line per view:
//
//	PER « Deteix » — entité : Jean-Pierre Deteix
//	Désaccord des relecteurs :
//	• alice : PER
//	• bob : PER sur « M. Deteix »
//	mention : nom, Alt+K pour la changer
func (ui *UI) wholeStatus(msg string) string {
	sp := ui.doc.Span(ui.selSpan)
	if sp == nil {
		return msg
	}
	note := ui.disputeNote(sp)
	at := strings.Index(msg, note)
	if note == "" || at < 0 {
		return msg
	}
	heading := strings.TrimRight(lang.L("reviewers disagree: {{.Views}}", map[string]any{"Views": ""}), " ")
	lines := []string{strings.TrimSuffix(msg[:at], " — "), capitalise(heading)}
	for _, v := range disputeViews(sp.Disputed()) {
		lines = append(lines, "• "+v)
	}
	lines = append(lines, strings.TrimPrefix(msg[at+len(note):], " — "))
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// disputeViews splits a curation note's views at their separators, the semicolons outside quoted
// words ("alice : QUOTE, non confirmé ; bob : QUOTE ; locuteur : alice « A ; B », bob aucun" is three
// views, the third quoting a semicolon).
func disputeViews(views string) []string {
	var out []string
	depth, from := 0, 0
	for i, r := range views {
		switch {
		case strings.ContainsRune("«“", r):
			depth++
		case strings.ContainsRune("»”", r):
			depth = max(depth-1, 0)
		case r == ';' && depth == 0:
			out = append(out, views[from:i])
			from = i + 1
		}
	}
	out = append(out, views[from:])
	kept := out[:0]
	for _, v := range out {
		if v = strings.TrimFunc(v, unicode.IsSpace); v != "" {
			kept = append(kept, v)
		}
	}
	return kept
}
