package app

import (
	"github.com/glose-app/glose/annotate"
)

// English mentions a person stood behind. Projection proposes, for each French name of a translated
// segment, the English words it takes for the name ("Assembly Commission" for "Assemblée", "MWPs"
// for "MWP"), and names the entity after the first it finds. Such a mention becomes a person's (Origin
// human) by steps that judged something else: Accept all and Accept sure, or a quotation accepted with
// its speaker link. Its text is then only the projection's guess of where the name is, which the
// shared glossary must not learn as the entity's English name: it would offer and underline it in
// every later document. So the app notes which English mentions a person confirmed one by one, this
// session: the one they accepted or tagged themselves (the step made exactly one English mention a
// person's: the selected one, or one a tagging step made), or whose bounds they corrected.

// stepCorrectSpan names the step that gives a span the words a person selected (correct.go,
// annotate's Reshape): the person marked where the name is.
const stepCorrectSpan = "correct span"

// stepTag names the step that tags the selected words (tagging_new.go, annotate's AddSpan), or
// confirms the span they are already: a person marked the name.
const stepTag = "tag"

// mentionState is an English mention as the last look saw it.
type mentionState struct {
	human      bool
	start, end int
}

// noteConfirmedMentions remembers the English mention the step just made confirmed one by one, if
// any (see above), facts being d's entityMentionFacts; selected is the span the user acted on. Undo and redo teach nothing new: a step
// redone brings back a confirmation already noted.
func (t *glossaryTerms) noteConfirmedMentions(ed *annotate.Editor, d *annotate.Document, facts []mentionFacts, selected string) {
	fresh := ed != nil && t.mentions != nil && !ed.CanRedo()
	corrected := fresh && ed.UndoName() == stepCorrectSpan
	tagged := fresh && ed.UndoName() == stepTag
	now := map[string]mentionState{}
	var one []string
	for _, f := range facts {
		for _, sp := range f.targets {
			id := sp.ID
			st := mentionState{human: sp.Accepted(), start: sp.Start, end: sp.End}
			now[id] = st
			was, had := t.mentions[id]
			newly := !had || !was.human // a person's now, and not at the last look
			if fresh && st.human && (newly && (id == selected || tagged) || corrected && was != st) {
				one = append(one, id)
			}
		}
	}
	t.mentions = now
	if len(one) != 1 {
		return // several at once: Accept all, Accept sure, a quotation's speaker
	}
	if t.stood == nil {
		t.stood = map[string]bool{}
	}
	t.stood[one[0]] = true
}
