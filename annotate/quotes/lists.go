package quotes

import (
	"sort"
	"strings"
)

// Lists of « … » that name works or are read on signs: the noun or the verb that says so is written
// once, before the first or after the last.

// worksAsExamples reports whether a capitalised « … » follows a plural noun of works and comme, tel
// que or telle que: "l'interprète de titres comme « Place des grands hommes »", "des chansons telles
// que « … »". Examples of works are their titles.
func worksAsExamples(prev []tok, inner string) bool {
	n := len(prev)
	if n < 2 || !isUpperStart(inner) {
		return false
	}
	k := n - 1
	if prev[k].low == "que" && k > 0 && strings.HasPrefix(prev[k-1].low, "tel") {
		k--
	} else if prev[k].low != "comme" {
		return false
	}
	return k > 0 && works[singular(prev[k-1].low)] && prev[k-1].low != singular(prev[k-1].low)
}

// listedAfterTitle reports whether a capitalised « … » follows a title in a list, after a comma, et or
// ou: "titres comme « A », « B » et « C »".
func (f *finder) listedAfterTitle(p part, inner string) bool {
	q, ok := f.listBefore(p)
	return ok && isUpperStart(inner) && f.groups[q.group].title
}

// listBefore returns the part closing right before p in a list, with a comma, et or ou between.
func (f *finder) listBefore(p part) (part, bool) {
	before := strings.TrimRight(f.text[:p.Start], " \u00a0\u202f")
	switch {
	case strings.HasSuffix(before, ","):
		before = before[:len(before)-1]
	case strings.HasSuffix(before, " et"), strings.HasSuffix(before, " ou"):
		before = before[:len(before)-3]
	default:
		return part{}, false
	}
	q, ok := f.endsAt[len(strings.TrimRight(before, " \u00a0\u202f"))]
	return q, ok
}

// readOnSign reports whether the list of « … » holding p is followed by "pouvait-on lire sur" and a
// sign: "« Non à la dictature », « Libérez les prisonniers », pouvait-on lire sur des banderoles".
// Words read on a sign are a slogan no one is reported as saying, as when the sign comes first
// (inscription).
func (f *finder) readOnSign(p part, lineEnd int) bool {
	end, ok := f.listEnd(p, lineEnd)
	if w, _, _ := strings.Cut(f.text[end:min(lineEnd, end+40)], " "); !ok || !strings.HasSuffix(w, "-on") {
		return false // cheap test first: this runs after most « … »
	}
	toks := tokenize(f.text, end, min(lineEnd, end+80))
	if len(toks) < 4 {
		return false
	}
	_, k, ok := lireCue(toks)
	if !ok || k >= len(toks)-1 || toks[k].low != "sur" {
		return false
	}
	k++
	if determiners[toks[k].low] || articles[toks[k].low] {
		k++
	}
	return k < len(toks) && (signs[toks[k].low] || signs[singular(toks[k].low)])
}

// listEnd returns where the words after the list of « … » that p opens or continues begin, past a
// comma: false for a list longer than maxListed, whose walk would make a transcript's thousands of
// « … » in a row quadratic.
func (f *finder) listEnd(p part, lineEnd int) (int, bool) {
	end := p.End
	for n := 0; n <= maxListed; n++ {
		q := skipSpaces(f.text, end, lineEnd)
		if q < lineEnd && f.text[q] == ',' {
			q = skipSpaces(f.text, q+1, lineEnd)
		}
		next, ok := f.partAt(q)
		if !ok {
			return q, true
		}
		end = next.End
	}
	return 0, false
}

// maxListed bounds the « … » of a list that a verb after the last governs.
const maxListed = 12

// partAt returns the part opening at q, or after et or ou at q.
func (f *finder) partAt(q int) (part, bool) {
	if w := f.text[q:min(len(f.text), q+3)]; w == "et " || w == "ou " {
		q = skipSpaces(f.text, q+3, len(f.text))
	}
	i := sort.Search(len(f.parts), func(i int) bool { return f.parts[i].Start >= q })
	if i < len(f.parts) && f.parts[i].Start == q {
		return f.parts[i], true
	}
	return part{}, false
}

// signs are what slogans are read on: the bearers of inscriptions, posters, walls and panels.
var signs = set("pancarte banderole écriteau affichette affiche panneau mur pancarte t-shirt tee-shirt")
