package formats

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/internal/grapheme"
)

// Writing a new target with the codes of its source (or of its former target) in it: each code where
// its locator places it, nested as it was nested, siblings apart, so that the target is well formed
// and every pair in order whatever the English did to the words.

// codePlan is the codes of a content and their places in the new target tgt.
type codePlan struct {
	in      *inlineCodes
	tgt     string
	s, e    []int  // each code's place in tgt: [s, e) for a code wrapping text
	taken   []bool // the end of a pair, written with its start
	guessed []bool // the code was placed without its English found
	moved   []bool // the code was put back in the source's order, away from its English (codes_order.go)
	hand    []bool // the translator placed the code by hand
}

// placeCodes writes tgt with the codes of in, placed by loc; mapTo turns places of in's text into the
// locator's (a guess when guess is true); the codes fixed holds (placed by hand) go at its places.
// It says which codes could only be placed at a likely place, and which were kept in the source's
// order against the English's, as the file asks.
func placeCodes(in *inlineCodes, mapTo func(int) int, loc locator, tgt string, guess bool, fixed map[int][2]int) (content string, guessed, moved []int) {
	n := len(in.codes)
	pl := &codePlan{in: in, tgt: tgt, s: make([]int, n), e: make([]int, n), taken: make([]bool, n), guessed: make([]bool, n), moved: make([]bool, n), hand: make([]bool, n)}
	sureOf := make([]bool, n)
	for i, c := range in.codes {
		if c.pair >= 0 {
			pl.taken[c.pair] = true
		}
		if f, ok := fixed[i]; ok {
			pl.s[i], pl.e[i], sureOf[i], pl.hand[i] = f[0], f[1], true, true
			continue
		}
		if c.wrapping() {
			pl.s[i], pl.e[i], sureOf[i] = loc.rng(mapTo(c.at), mapTo(c.end))
		} else {
			pl.s[i], sureOf[i] = loc.point(mapTo(c.at))
			if isLineBreak(c) {
				pl.s[i] = breakPlace(in.text, c.at, tgt, pl.s[i])
			}
			pl.e[i] = pl.s[i]
		}
		sureOf[i] = sureOf[i] && !guess
	}
	for i := range in.codes {
		pl.guessed[i] = !sureOf[i] && !pl.taken[i]
	}
	pl.fit(-1, 0, len(tgt), sureOf)
	seqs := in.sequences()
	pl.keepOrder(seqs, sureOf)
	out := pl.write()
	if in.split && !pl.wellFormed(out) || !pl.inOrder(seqs) { // written as a tree in the source's order, the rest is well formed
		for i := range pl.s {
			pl.s[i], pl.e[i] = len(tgt), len(tgt)
			pl.guessed[i] = !pl.taken[i]
		}
		out = pl.write()
	}
	return out, pl.listed(pl.guessed, pl.moved), pl.listed(pl.moved, nil)
}

// write is the target with the codes at their places.
func (pl *codePlan) write() string {
	var b strings.Builder
	pl.emit(&b, -1, 0, len(pl.tgt))
	return b.String()
}

// listed are the codes flagged but those skip flags, pair ends left out (written with their starts).
func (pl *codePlan) listed(flags, skip []bool) []int {
	var out []int
	for i, f := range flags {
		if f && !pl.taken[i] && (skip == nil || !skip[i]) {
			out = append(out, i)
		}
	}
	return out
}

// kids are the codes directly inside the code parent (-1: the content), ends of pairs left out.
func (pl *codePlan) kids(parent int) []int {
	var out []int
	for i, c := range pl.in.codes {
		if c.parent == parent && !pl.taken[i] {
			out = append(out, i)
		}
	}
	return out
}

// fit brings the places of the codes inside parent within [lo, hi]: a wrapping code inside, apart from
// its siblings (those found first keep their places), a code at one place out of a sibling's words.
func (pl *codePlan) fit(parent, lo, hi int, sureOf []bool) {
	kids := pl.kids(parent)
	order := slices.Clone(kids)
	sort.SliceStable(order, func(i, j int) bool { return sureOf[order[i]] && !sureOf[order[j]] })
	var taken [][2]int
	for _, k := range order {
		if !pl.in.codes[k].wrapping() {
			continue
		}
		s, e := max(lo, min(pl.s[k], hi)), max(lo, min(pl.e[k], hi))
		s, e = carve(s, max(s, e), lo, hi, taken)
		if s != pl.s[k] || e != pl.e[k] {
			pl.guessed[k] = true
		}
		pl.s[k], pl.e[k] = s, e
		taken = append(taken, [2]int{s, e})
		pl.fit(k, s, e, sureOf)
	}
	for _, k := range kids {
		if pl.in.codes[k].wrapping() {
			continue
		}
		t := max(lo, min(pl.s[k], hi))
		for _, r := range taken {
			if r[0] < t && t < r[1] {
				t = map[bool]int{true: r[0], false: r[1]}[t-r[0] <= r[1]-t]
			}
		}
		if pl.hand[k] && t != pl.s[k] { // inside a code the French has it out of: the tree cannot hold it there
			pl.guessed[k] = true
		}
		pl.s[k], pl.e[k] = t, t
	}
}

// carve is the part of [s, e] within [lo, hi] that overlaps none of the ranges taken: the free gap
// overlapping it most, or an empty range in the free gap nearest s.
func carve(s, e, lo, hi int, taken [][2]int) (int, int) {
	overlaps := func(r [2]int) bool { return s < r[1] && r[0] < e || s == e && r[0] < s && s < r[1] }
	if !slices.ContainsFunc(taken, overlaps) {
		return s, e
	}
	sorted := slices.Clone(taken)
	sortPairs(sorted)
	var gaps [][2]int
	at := lo
	for _, r := range sorted {
		if r[0] >= at {
			gaps = append(gaps, [2]int{at, r[0]})
		}
		at = max(at, r[1])
	}
	gaps = append(gaps, [2]int{at, hi})
	best, bestScore := gaps[0], -1<<62
	for _, g := range gaps {
		score := min(e, g[1]) - max(s, g[0])
		if score <= 0 {
			score = -min(abs(s-g[0]), abs(s-g[1]))
		}
		if score > bestScore {
			best, bestScore = g, score
		}
	}
	ns, ne := max(s, best[0]), min(e, best[1])
	if ns > ne {
		ns = max(best[0], min(s, best[1]))
		ne = ns
	}
	return ns, ne
}

// emit writes the target text [lo, hi) with the codes inside parent.
func (pl *codePlan) emit(b *strings.Builder, parent, lo, hi int) {
	kids := pl.sortedKids(parent)
	cur := lo
	for _, k := range kids {
		c := pl.in.codes[k]
		s := max(cur, min(pl.s[k], hi))
		b.WriteString(escapeTarget(pl.tgt[cur:s]))
		cur = s
		b.WriteString(c.open)
		if !c.wrapping() {
			continue
		}
		e := max(s, min(pl.e[k], hi))
		pl.emit(b, k, s, e)
		if c.wrap {
			b.WriteString(c.close)
		} else {
			b.WriteString(pl.in.codes[c.pair].open)
		}
		cur = e
	}
	b.WriteString(escapeTarget(pl.tgt[cur:hi]))
}

// sortedKids are the codes directly inside parent in the order emit writes them: by place, the
// shorter first, else in the source's order.
func (pl *codePlan) sortedKids(parent int) []int {
	kids := pl.kids(parent)
	sort.SliceStable(kids, func(i, j int) bool { return pl.before(kids[i], kids[j]) })
	return kids
}

// before reports whether sibling x is written before sibling y.
func (pl *codePlan) before(x, y int) bool {
	if pl.s[x] != pl.s[y] {
		return pl.s[x] < pl.s[y]
	}
	if pl.e[x] != pl.e[y] {
		return pl.e[x] < pl.e[y]
	}
	return pl.in.codes[x].first < pl.in.codes[y].first
}

// wellFormed checks the written content: it reads as XML, with as many codes as the source, and no
// end marker before its start that had its start before it in the source.
func (pl *codePlan) wellFormed(out string) bool {
	got, err := parseCodes([]byte(out))
	if err != nil || len(got.codes) != len(pl.in.codes) {
		return false
	}
	was := orphans(pl.in)
	for k := range orphans(got) {
		if !was[k] {
			return false
		}
	}
	return true
}

// orphans are the end markers of a content with no start before them, by kind and key.
func orphans(in *inlineCodes) map[string]bool {
	started, out := map[string]bool{}, map[string]bool{}
	for _, c := range in.codes { // in the order of their starts
		switch k := c.kind + " " + c.key; {
		case c.kind == "":
		case c.start:
			started[k] = true
		case !started[k]:
			out[k] = true
		}
	}
	return out
}

// diffLocator places the codes of a former target (offsets into old) in its new text tgt: where the
// texts agree, their start and their end, at the same place; inside what changed at the same relative
// place, which is a guess.
type diffLocator struct {
	old, tgt string
	pre, suf int // the lengths of their common start and end
}

func newDiffLocator(old, tgt string) *diffLocator {
	pre := 0
	for pre < len(old) && pre < len(tgt) && old[pre] == tgt[pre] {
		pre++
	}
	pre = graphemeBefore(old, pre)
	suf := 0
	for suf < len(old)-pre && suf < len(tgt)-pre && old[len(old)-1-suf] == tgt[len(tgt)-1-suf] {
		suf++
	}
	suf = len(old) - graphemeAfter(old, len(old)-suf)
	return &diffLocator{old: old, tgt: tgt, pre: pre, suf: suf}
}

func (l *diffLocator) point(p int) (int, bool) {
	if p <= l.pre {
		return p, true
	}
	if p >= len(l.old)-l.suf {
		return p - len(l.old) + len(l.tgt), true
	}
	lo, hi, olo, ohi := l.pre, len(l.tgt)-l.suf, l.pre, len(l.old)-l.suf
	return snapLike(l.old, p, l.tgt, lo+(p-olo)*(hi-lo)/max(1, ohi-olo), lo, hi), false
}

func (l *diffLocator) rng(a, b int) (int, int, bool) {
	s, ok1 := l.point(a)
	e, ok2 := l.point(b)
	return s, max(s, e), ok1 && ok2
}

// graphemeBefore is the last character boundary of s at or before i; graphemeAfter the first at or
// after it.
func graphemeBefore(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return grapheme.Start(s, 0, i)
}

func graphemeAfter(s string, i int) int {
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return grapheme.End(s, graphemeBefore(s, i), i)
}

// nfcPlaces maps places of raw, a content's text as the file writes it, to places of text, the same
// normalised as the document has it (NFC, line ends): a place before a combining mark goes before its
// letter. ok is false when the two texts do not agree (the places are then mapped by proportion).
func nfcPlaces(raw, text string, places []int) (func(int) int, bool) {
	norm, mapTo := nfcText(raw, places)
	if norm == text {
		return mapTo, true
	}
	return func(p int) int {
		return graphemeBefore(text, p*len(text)/max(1, len(raw)))
	}, false
}

// nfcText is raw normalised as a document has its text, cut at the places (that the normalisation
// does not join across), and the map of those places into it.
func nfcText(raw string, places []int) (string, func(int) int) {
	snap := func(p int) int {
		for p > 0 && p < len(raw) {
			if r, _ := utf8.DecodeRuneInString(raw[p:]); utf8.RuneStart(raw[p]) && !unicode.Is(unicode.M, r) {
				break
			}
			_, n := utf8.DecodeLastRuneInString(raw[:p])
			p -= n
		}
		return p
	}
	cuts := make([]int, 0, len(places)+1)
	for _, p := range places {
		cuts = append(cuts, snap(p))
	}
	sort.Ints(cuts)
	at := make(map[int]int, len(cuts))
	var b strings.Builder
	prev := 0
	for _, p := range append(cuts, len(raw)) {
		b.WriteString(normPiece(raw[prev:p], false))
		at[p] = b.Len()
		prev = p
	}
	return b.String(), func(p int) int { return at[snap(p)] }
}

func itoa(i int) string { return strconv.Itoa(i) }

// sortPairs sorts pairs by their first value, then their second.
func sortPairs(ps [][2]int) {
	slices.SortFunc(ps, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
}
