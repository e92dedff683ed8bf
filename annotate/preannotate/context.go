package preannotate

import (
	"sort"
	"strings"
)

// contextSpeakers links a quotation in quotation marks that nothing attributes but that speaks in the
// first person (« Je crois qu'ils n'ont jamais reçu mes messages. ») to the most salient person named
// before it, as a pronoun speaker is resolved: someone is speaking, and news names that person in the
// sentences around it (the person the paragraph is about, the previous quotation's speaker). Where
// another quotation ends less than contextGap bytes before, the quotation is a turn of a conversation,
// whose speakers alternate, and it stays unlinked; so do dialogue turns after a dash. The link is
// inferred, so it gets the lower confidence of carried-over speakers.
func contextSpeakers(text string, res *Result) {
	people := namedOutsideQuotes(res)
	if len(people) == 0 {
		return
	}
	genders := entityGenders(text, res)
	lastSpeaker, prevEnd := -1, -contextGap
	for k := range res.Quotes {
		q := &res.Quotes[k]
		conversation := q.Start-prevEnd < contextGap
		prevEnd = q.End
		if q.Speaker >= 0 {
			lastSpeaker = res.Mentions[q.Speaker].Entity
			continue
		}
		if conversation || !quotationMark(text[q.Start:]) || !firstPerson(text[q.Start:q.End]) {
			continue
		}
		e := salientPerson(text, people, genders, unknownGender, q.Start, lastSpeaker)
		if m, ok := lastMentionOf(people, e, q.Start); ok && mentionIndex(res, m) >= 0 {
			q.Speaker, q.Inferred = mentionIndex(res, m), true
			lastSpeaker = e
		}
	}
}

// quotationMark reports whether s opens with a quotation mark (« or, in text quoting so, “ or "), not
// with a dialogue dash.
func quotationMark(s string) bool {
	return strings.HasPrefix(s, "«") || strings.HasPrefix(s, "“") || strings.HasPrefix(s, `"`)
}

// contextGap is the distance in bytes under which a quotation following another is a conversation's
// next turn.
const contextGap = 200

// lastMentionOf returns entity e's last mention in people (sorted by end) that ends before offset, and
// whether there is one.
func lastMentionOf(people []Mention, e, offset int) (Mention, bool) {
	if e < 0 {
		return Mention{}, false
	}
	for i := sort.Search(len(people), func(i int) bool { return people[i].End > offset }) - 1; i >= 0; i-- {
		if people[i].Entity == e {
			return people[i], true
		}
	}
	return Mention{}, false
}

// mentionIndex returns the index in res.Mentions of the mention at m's offsets, or -1.
func mentionIndex(res *Result, m Mention) int {
	for i, x := range res.Mentions {
		if x.Start == m.Start && x.End == m.End && x.Label == m.Label {
			return i
		}
	}
	return -1
}

// firstPerson reports whether a quotation holds five words or more, a whole utterance rather than a
// phrase, and a word of the first person.
func firstPerson(s string) bool {
	words := strings.FieldsFunc(Fold(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '\'' || r == '’')
	})
	if len(words) < 5 {
		return false
	}
	for _, w := range words {
		if firstPersonWords[strings.TrimRight(w, "'’")] {
			return true
		}
	}
	return false
}

// firstPersonWords are the first person's pronouns and possessives, folded, elided forms without their
// apostrophe.
var firstPersonWords = map[string]bool{"je": true, "j": true, "me": true, "m": true, "moi": true, "mon": true,
	"ma": true, "mes": true, "nous": true, "notre": true, "nos": true}
