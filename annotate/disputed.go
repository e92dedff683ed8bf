package annotate

import "strings"

// DisputedNote starts the note that curation (glose-cli curate) gives a span its reviewers did not
// all confirm alike, before what each gave ("Reviewers disagree: alice: ORG; bob: LOC"), so that the
// QA tab lists it for the adjudicator. DisputedNoteFr starts it when the curation wrote its notes in
// French ("Désaccord des relecteurs : alice : ORG ; bob : LOC").
const (
	DisputedNote   = "Reviewers disagree: "
	DisputedNoteFr = "Désaccord des relecteurs\u00a0: "
)

// Disputed returns what the reviewers gave, from the span's curation note, or "" when it has none.
func (s *Span) Disputed() string {
	for _, p := range []string{DisputedNote, DisputedNoteFr} {
		if v, ok := strings.CutPrefix(s.Note, p); ok {
			return v
		}
	}
	return ""
}
