package preannotate

import (
	"sort"
	"strings"

	"github.com/glose-app/glose/annotate/quotes"
)

// listSpeaker returns the mentions a speaker written as a list of names holds ("l'Allemagne, la
// France, l'Italie et le Luxembourg, qui s'étaient engagés à « … »"), or a pair the quotes package
// read before a plural verb ("Marie Dupont et Paul Martin ont déclaré"): two recogniser mentions at
// least, from the speaker's start (or its article) to its end, with only commas, et and articles
// between them. Such a speaker is the list, not its first name; ok is false for any other speaker.
// A list in apposition to a description ("Les porte-paroles du front commun, Guy Chevrette et Benoît
// Jugand") is read from its first name, start, as the list speaks and the description only says who
// they are.
func listSpeaker(text string, ms []Mention, sp quotes.Span) (start int, label string, ok bool) {
	in := mentionsWithin(ms, sp)
	if label, ok := listOf(text, in, sp.Start, sp.End); ok {
		return sp.Start, label, true
	}
	c := strings.Index(text[sp.Start:sp.End], ",")
	for k := range in {
		if c >= 0 && in[k].Start > sp.Start+c && strings.TrimSpace(text[sp.Start+c+1:in[k].Start]) == "" {
			label, ok := listOf(text, in[k:], in[k].Start, sp.End)
			return in[k].Start, label, ok
		}
	}
	return 0, "", false
}

// mentionsWithin returns the mentions of ms, sorted by start, that lie within sp: a binary search
// for the first starting in it, not a walk over the whole document for each speaker.
func mentionsWithin(ms []Mention, sp quotes.Span) []Mention {
	var in []Mention
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= sp.Start })
	for ; i < len(ms) && ms[i].Start <= sp.End; i++ {
		if ms[i].End <= sp.End {
			in = append(in, ms[i])
		}
	}
	return in
}

// listOf reports whether the mentions in, all within [start, end), are a list from start (or its
// article) to end, and the label it carries: the mentions' when they agree, else MISC.
func listOf(text string, in []Mention, start, end int) (label string, ok bool) {
	if len(in) < 2 || in[len(in)-1].End != end || !listGap(", "+text[start:in[0].Start], false) {
		return "", false
	}
	label = in[0].Label
	for i := 1; i < len(in); i++ {
		if !listGap(text[in[i-1].End:in[i].Start], i == len(in)-1) {
			return "", false
		}
		if in[i].Label != label {
			label = "MISC"
		}
	}
	return label, true
}

// listGap reports whether the words between two names of a list are a comma, or et before the last
// one, maybe with an article ("la", "l'", "l’ " as tokenised text writes it).
func listGap(gap string, last bool) bool {
	ws := listWords(gap)
	sep := ","
	if last {
		sep = "et"
	}
	if len(ws) == 0 || ws[0] != sep || len(ws) > 2 {
		return false
	}
	return len(ws) == 1 || speakerArticles[ws[1]] || speakerArticles[ws[1]+" "]
}

// pairDescription reports whether a speaker's words are two descriptions joined by et, each opened by
// a determiner ("le maire et son adjoint", "le Président de la République et le Premier ministre"):
// both speak, so that the pair, like a list, joins no one's entity. In "le ministre de l'Économie et
// des Finances" or "l'ancien maire et actuel adjoint" et joins complements or titles of one person.
func pairDescription(words string) bool {
	ws := listWords(words)
	if len(ws) < 5 || !pairDeterminers[ws[0]] {
		return false
	}
	for i := 2; i+2 < len(ws); i++ {
		if ws[i] == "et" && pairDeterminers[ws[i+1]] {
			return true
		}
	}
	return false
}

// pairDeterminers open each description of a pair; de, du and des open complements instead.
var pairDeterminers = map[string]bool{"le": true, "la": true, "les": true, "l'": true, "son": true, "sa": true,
	"ses": true, "leur": true, "leurs": true, "un": true, "une": true, "ce": true, "cet": true, "cette": true,
	"ces": true, "notre": true, "nos": true}

// listWords returns the lower-cased words of s, l' split from the word it elides ("l’ " as tokenised
// text writes it, or "l'Italie").
func listWords(s string) []string {
	return strings.Fields(listSpelling.Replace(strings.ToLower(s)))
}

// listSpelling writes apostrophes straight, l' apart from its word and no-break spaces as spaces.
var listSpelling = strings.NewReplacer("’", "'", "l'", "l' ", "\u00a0", " ", "\u202f", " ")
