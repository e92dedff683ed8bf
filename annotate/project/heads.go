package project

import (
	"strings"

	"github.com/glose-app/glose/annotate"
)

// headNouns are the English nouns that end the name of an institution after what it is about: "the
// Interior Ministry", "the North Korean Foreign Ministry", "the Security Council", "the Prime Minister's
// Office". The French puts them first ("ministère de l'Intérieur") and a French tag often holds only
// what follows them ("Intérieur", "Affaires étrangères"), so the English words found for it stop short
// of them.
var headNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`ministry ministries office council committee commission department agency
		bureau court tribunal assembly parliament senate congress party government administration authority
		board service services institute university bank army navy police union federation association
		foundation company corporation group league organisation organization command directorate
		secretariat cabinet embassy consulate chamber academy`) {
		m[w] = true
	}
	return m
}()

// extendHeads extends the English of each organisation's name over the capitalised head nouns that
// follow it in the same name ("Interior" → "Interior Ministry"), and of any name over the English of
// its French head noun (see ownHeadEnd), unless a name already linked (in claimed) or another name
// proposed holds them.
func (p *projector) extendHeads(props []proposal, claimed []rng) []proposal {
	for _, pr := range props {
		if !pr.quote {
			claimed = append(claimed, rng{pr.start, pr.end})
		}
	}
	for i := range props {
		pr := &props[i]
		if pr.quote {
			continue
		}
		pr.end = p.ownHeadEnd(pr, claimed)
		if pr.src.Label == annotate.LabelORG {
			pr.end = p.headEnd(pr.end, claimed)
		}
	}
	return props
}

// ownHeadEnd returns the end of a name's English extended over the English of the head noun its
// French begins with, when that word follows it, in either case: « péninsule coréenne » found as
// "Korean" is the "Korean peninsula". A head noun the English already holds is not looked for again.
func (p *projector) ownHeadEnd(pr *proposal, claimed []rng) int {
	fr := p.d.SpanText(pr.src)
	first, _, ok := strings.Cut(fr, " ")
	en, known := headWords[strings.ToLower(first)]
	if !ok || !known {
		return pr.end
	}
	h := fold(en)
	for _, t := range p.toks {
		if t.start >= pr.start && t.end <= pr.end && t.fold == h {
			return pr.end
		}
		if t.start >= pr.end {
			if t.fold == h && spaceOnly(p.target[pr.end:t.start]) && !overlaps(rng{t.start, t.end}, claimed) {
				return t.end
			}
			break
		}
	}
	return pr.end
}

// spaceOnly reports whether gap is one or two spaces, as between the words of a name.
func spaceOnly(gap string) bool { return gap == " " || gap == "\u00a0" || gap == "  " }

// headGap reports whether gap may join a name to the head noun after it: spaces, or a possessive
// ("the Prime Minister's Office").
func headGap(gap string) bool { return spaceOnly(gap) || gap == "'s " || gap == "’s " }

// headEnd returns the end of the run of capitalised head nouns starting right after the byte end of
// the target, joined to it by a space, or end when there is none.
func (p *projector) headEnd(end int, claimed []rng) int {
	for _, t := range p.toks {
		switch {
		case t.start < end:
			continue
		case t.fold == "s" && t.start == end+1: // the s of a possessive, checked with the head noun after it
			continue
		case !t.upper || !headNouns[t.fold] || !headGap(p.target[end:t.start]) || overlaps(rng{t.start, t.end}, claimed):
			return end
		}
		end = t.end
	}
	return end
}
