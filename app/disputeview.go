package app

import (
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// An adjudicator settling a curated document (glose-cli curate) moves from span to span with Ctrl+J
// or clicks one, and decides from what the reviewers gave: only the QA tab said it, so the status
// line read "LOC « France » — suggestion" for a span alice tagged LOC and bob ORG. The status line
// says it in place of "suggestion", the reviewers' words as the curation wrote them in the span's
// note, in the interface's wrapper: "reviewers disagree: alice: LOC; bob: ORG".

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
