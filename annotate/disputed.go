package annotate

import "strings"

// DisputedNote starts the note that curation (glose-cli curate) gives a span its reviewers did not
// all confirm alike, before what each gave ("Reviewers disagree: alice: ORG; bob: LOC"), so that the
// QA tab lists it for the adjudicator.
const DisputedNote = "Reviewers disagree: "

// Disputed returns what the reviewers gave, from the span's curation note, or "" when it has none.
func (s *Span) Disputed() string {
	v, ok := strings.CutPrefix(s.Note, DisputedNote)
	if !ok {
		return ""
	}
	return v
}
