package preannotate

import (
	"sort"
	"strings"
)

// Resolving a pronoun speaker ("a-t-il ajouté") to a person: not simply the last person named, who is
// often someone mentioned in passing ("Donald Trump a retiré le projet de Paul Ryan. « … », a-t-il
// dit"), but the most salient one whose gender agrees: named recently, named often, the subject of a
// sentence, the speaker of the quotation before.

// salienceWeights are the points of each kind of prominence; tuned on the development quote sets.
const (
	recencyHalfLife = 400.0 // bytes after which a mention's recency counts half
	perMention      = 0.25  // each earlier mention of the person, up to maxMentions
	maxMentions     = 4
	asSubject       = 1.0 // a mention opening its sentence (or its clause after a comma)
	lastSpeakerPts  = 1.0 // the speaker of the previous quotation
)

// maxSalienceReach is how far back, in bytes, a person named can still be the one a pronoun stands
// for.
const maxSalienceReach = 6000

// candidate is a person a pronoun may stand for, with the prominence gathered so far.
type candidate struct {
	entity   int
	lastEnd  int // end of its last mention before the pronoun
	mentions int
	subject  bool // one of its mentions in the last two sentences before the pronoun opens a sentence
}

// salientPerson returns the entity a pronoun mention at [start, end) of the given gender stands for, or
// -1. people are the person mentions outside quotes, sorted by end.
func salientPerson(text string, people []Mention, genders []gender, want gender, start, lastSpeaker int) int {
	byEntity := map[int]*candidate{}
	var order []int
	horizon := sentenceBefore(text, sentenceBefore(text, start)) // subjects count in the last two sentences
	from := sort.Search(len(people), func(i int) bool { return people[i].End > start-maxSalienceReach })
	for _, p := range people[from:] {
		if p.End > start {
			break
		}
		if !agrees(want, genders[p.Entity]) {
			continue
		}
		c := byEntity[p.Entity]
		if c == nil {
			c = &candidate{entity: p.Entity}
			byEntity[p.Entity] = c
			order = append(order, p.Entity)
		}
		c.lastEnd, c.mentions = p.End, c.mentions+1
		c.subject = c.subject || p.Start >= horizon && opensClause(text, p.Start)
	}
	best, bestScore := -1, 0.0
	for _, e := range order {
		c := byEntity[e]
		s := recencyScore(start - c.lastEnd)
		s += perMention * float64(min(c.mentions, maxMentions))
		if c.subject {
			s += asSubject
		}
		if e == lastSpeaker {
			s += lastSpeakerPts
		}
		if best < 0 || s > bestScore {
			best, bestScore = e, s
		}
	}
	return best
}

func recencyScore(dist int) float64 {
	return 2 / (1 + float64(max(dist, 0))/recencyHalfLife)
}

// sentenceBefore returns the start of the sentence that ends before offset i, looking back 2,000
// bytes at most (so that a long paragraph without full stops stays linear).
func sentenceBefore(text string, i int) int {
	from := max(0, i-2000)
	j := strings.LastIndexAny(text[from:max(from, i-2)], ".!?\n")
	if j < 0 {
		return from
	}
	return from + j + 1
}

// opensClause reports whether the mention at start opens its sentence or a clause after a comma,
// where subjects stand ("Donald Trump a …", "Mardi, le président X a …"): at most a title or an
// article and a few words of title lie between the boundary and the name.
func opensClause(text string, start int) bool {
	before := text[max(0, start-80):start]
	if i := strings.LastIndexAny(before, ".!?,;:\n»"); i >= 0 {
		before = before[i+1:]
	} else if start > 80 {
		return false
	}
	words := strings.Fields(before)
	if len(words) == 0 {
		return true
	}
	w := Fold(words[0])
	return len(words) <= 5 && (w == "le" || w == "la" || w == "les" || strings.HasPrefix(w, "l'") || strings.HasPrefix(w, "l’") ||
		w == "m." || w == "mme" || w == "mlle" || w == "monsieur" || w == "madame")
}
