package formats

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/numerals"
	"github.com/glose-app/glose/annotate/project"
)

// Where the codes of a segment's French go in its new English, as MT engines with tag handling
// place them: a code around words goes around their English, found as Glose projects names and
// quotations (annotate/project), or as the document already links them; a code at the start or the
// end of the French at the start or the end of the English; a code at one place beside the English of
// the word beside it. What is found no way is placed at the same relative place, and said (sure false):
// a code around words whose English was not found as an empty pair there.

// locator places the codes of a content in the new target.
type locator interface {
	// rng is where the text [a, b) of the content is in the target.
	rng(a, b int) (s, e int, sure bool)
	// point is where the place p of the content is in the target.
	point(p int) (t int, sure bool)
}

// srcLocator places the codes of a segment's source (offsets into src, the segment's French as the
// document has it) in its translation tgt.
type srcLocator struct {
	src, tgt string
	known    map[[2]int][2]int // source ranges the document links to target ranges (translation links)
	found    map[[2]int][2]int // source ranges projection placed in the target
	anchors  [][2]int          // source offset → target offset, sorted by source
	terms    project.Glossary  // the English forms of the segment's entities (codes_names.go), or nil
	names    nameMemo          // the English-name lookup of the merge-back
	srcNums  []numerals.Token  // the numbers, months and times of src and tgt, once needed (codes_numbers.go)
	tgtNums  []numerals.Token
}

// newSrcLocator prepares the placement of codes over the source ranges ranges and at places points:
// the document's translation links of the segment, and projection of the ranges and of the words
// beside the places.
func newSrcLocator(d *annotate.Document, seg *annotate.Segment, spans []*annotate.Span, ranges [][2]int, points []int, names nameMemo) *srcLocator {
	l, labeled := newLinkLocator(d, seg, spans)
	l.names = names
	labels := map[[2]int]string{}
	for _, lr := range labeled {
		labels[lr.r] = lr.label
	}
	forms, _ := entityForms(d, seg, spans)
	l.terms = entityGlossary(forms)
	l.project(d, l.rangesToAsk(ranges), labels)
	l.setAnchors()
	l.project(d, l.wordsToAsk(points), labels)
	l.setAnchors()
	return l
}

// rangesToAsk returns the source ranges, of ranges and of the words they cut, that projection is to
// look for: those no translation link places nor their numbers (numberRange).
func (l *srcLocator) rangesToAsk(ranges [][2]int) [][2]int {
	var ask [][2]int
	for _, r := range ranges {
		if r = l.trim(r); r[0] < r[1] && !(l.edge(r[0], true) && l.edge(r[1], false)) {
			if _, ok := l.known[r]; !ok {
				ask = l.ask(ask, r)
			}
			if w := l.words(r); w != r {
				ask = append(ask, w)
			}
		}
	}
	return ask
}

// wordsToAsk returns the words beside the places points that projection is to look for: those of
// places no anchor and no edge of the text places, nor their numbers.
func (l *srcLocator) wordsToAsk(points []int) [][2]int {
	var words [][2]int
	for _, p := range points {
		if _, ok := l.atAnchor(p); !ok && !l.edge(p, true) && !l.edge(p, false) {
			if w := wordBeside(l.src, p); w[0] < w[1] {
				words = l.ask(words, w)
			}
		}
	}
	return words
}

// ask adds the source range r to rs unless the English holds it as it is (verbatim) or its numbers
// place it (it is then found), or its numbers say that nothing places it for sure (numberRange).
func (l *srcLocator) ask(rs [][2]int, r [2]int) [][2]int {
	if t, ok := l.verbatim(r); ok {
		l.found[r] = t
	} else if t, ok, numbers := l.numberRange(r); ok {
		l.found[r] = t
	} else if !numbers {
		rs = append(rs, r)
	}
	return rs
}

// project finds the English of the source ranges rs, as projection finds names and quotations, in a
// document of the segment alone (spans of its own, not the document's).
func (l *srcLocator) project(d *annotate.Document, rs [][2]int, labels map[[2]int]string) {
	if len(rs) == 0 || l.tgt == "" {
		return
	}
	doc := annotate.NewDocument("codes", "", l.src, d.SourceLang, d.TargetLang)
	doc.Segments = []*annotate.Segment{{ID: "s", End: len(l.src), Kind: annotate.KindSentence, Target: l.tgt, Status: annotate.StatusTranslated}}
	ids := map[string][2]int{}
	for i, r := range rs {
		label := labels[r]
		if label == "" || label == annotate.LabelCue {
			label = l.tempLabel(r)
		}
		sp := &annotate.Span{ID: "c" + itoa(i), Side: annotate.Source, Start: r[0], End: r[1], Label: label, Origin: annotate.Human, Confidence: 1}
		doc.Spans = append(doc.Spans, sp)
		ids[sp.ID] = r
	}
	props, err := project.ProposeFor(doc, "s", project.Overlapping(doc)[0], project.Options{NoAlign: true, NoEntities: true, Names: l.names, Glossary: l.terms})
	if err != nil {
		return
	}
	for _, pr := range props {
		if r, ok := ids[pr.Source]; ok {
			l.found[r] = [2]int{pr.Start, pr.End}
		}
	}
}

// tempLabel is the label projection looks for the source range r with: a quotation when it is one
// (it starts with a mark, or marks are around it), a place or an organisation when the English-name
// lookup knows it as one (its initials are then looked for too: Royaume-Uni → UK), else a name (MISC).
func (l *srcLocator) tempLabel(r [2]int) string {
	first, _ := utf8.DecodeRuneInString(l.src[r[0]:])
	before, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(l.src[:r[0]], unicode.IsSpace))
	after, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(l.src[r[1]:], unicode.IsSpace))
	if isMark(first) || strings.ContainsRune("«“„‹\"", before) && strings.ContainsRune("»”›\"", after) {
		return annotate.LabelQuote
	}
	return l.names.knownLabel(l.src[r[0]:r[1]])
}

// isMark reports whether r is a quotation mark (not the apostrophe ’, which elides: « l’Espagne »).
func isMark(r rune) bool { return strings.ContainsRune("«»“”\"„‹›‘", r) }

// trim is r without the white space at its edges.
func (l *srcLocator) trim(r [2]int) [2]int {
	s := l.src[r[0]:r[1]]
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	a := r[0] + len(s) - len(t)
	return [2]int{a, a + len(strings.TrimRightFunc(t, unicode.IsSpace))}
}

// words is r widened to the whole words it cuts.
func (l *srcLocator) words(r [2]int) [2]int {
	for r[0] > 0 {
		c, n := utf8.DecodeLastRuneInString(l.src[:r[0]])
		if !codeWordRune(c) {
			break
		}
		r[0] -= n
	}
	return [2]int{r[0], codeWordEnd(l.src, r[1])}
}

// edge reports whether the place p is at the start (or the end) of the source: nothing but white space
// and punctuation before (or after) it.
func (l *srcLocator) edge(p int, start bool) bool {
	rest := l.src[p:]
	if start {
		rest = l.src[:p]
	}
	return strings.TrimFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) == ""
}

// edgeAt is the target's place for a source edge: past the same run of white space and punctuation at
// the start of the target (before it at the end) when the source has some there, else its very edge.
func (l *srcLocator) edgeAt(p int, start bool) int {
	skip := func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) && !isMark(r) }
	if start {
		if strings.TrimSpace(l.src[:p]) == "" {
			return 0
		}
		return len(l.tgt) - len(strings.TrimLeftFunc(l.tgt, skip))
	}
	if strings.TrimSpace(l.src[p:]) == "" {
		return len(l.tgt)
	}
	return len(strings.TrimRightFunc(l.tgt, skip))
}

func (l *srcLocator) rng(a, b int) (s, e int, sure bool) {
	r := l.trim([2]int{a, b})
	if t, ok := l.linked(a, b); ok {
		return t[0], t[1], true
	}
	if t, ok := l.found[r]; ok {
		return t[0], t[1], true
	}
	if w := l.words(r); w != r {
		if t, ok := l.found[w]; ok && l.tgt[t[0]:t[1]] == l.src[w[0]:w[1]] { // part of words written alike
			return t[0] + r[0] - w[0], t[0] + r[1] - w[0], true
		}
	}
	startEdge, endEdge := l.edge(r[0], true), l.edge(r[1], false)
	switch {
	case startEdge && endEdge:
		return l.edgeAt(r[0], true), l.edgeAt(r[1], false), true
	case r[0] == r[1]:
		t, sure := l.point(r[0])
		return t, t, sure
	case startEdge:
		s = l.edgeAt(r[0], true)
	case endEdge:
		s = l.edgeAt(r[1], false)
	default:
		s = l.guess(r[0])
	}
	// Words whose English was not found: an empty pair where they start, rather than around English
	// words that may not be theirs, which would read as meant.
	return s, s, false
}

func (l *srcLocator) point(p int) (int, bool) {
	switch {
	case l.edge(p, true):
		return l.edgeAt(p, true), true
	case l.edge(p, false):
		return l.edgeAt(p, false), true
	}
	if t, ok := l.atAnchor(p); ok {
		return t, true
	}
	if w := wordBeside(l.src, p); w[0] < w[1] {
		if t, ok := l.found[w]; ok {
			return l.besideWord(p, w, t), true
		}
	}
	return l.guess(p), false
}

// besideWord is the target place of the source place p beside the word w, whose English is at t: on
// the same side, with the white space between them as in the source.
func (l *srcLocator) besideWord(p int, w, t [2]int) int {
	if w[0] >= p { // the word follows
		if w[0] > p && t[0] > 0 && l.tgt[t[0]-1] == ' ' {
			return t[0] - 1
		}
		return t[0]
	}
	if w[1] < p && t[1] < len(l.tgt) && l.tgt[t[1]] == ' ' {
		return t[1] + 1
	}
	return t[1]
}

// wordBeside is the word right after the place p of s (past white space), or else right before it; a
// quotation when one opens right after it, or closes right before it.
func wordBeside(s string, p int) [2]int {
	a := p
	for a < len(s) && s[a] == ' ' {
		a++
	}
	if b := codeWordEnd(s, a); b > a {
		return [2]int{a, b}
	}
	if r, n := utf8.DecodeRuneInString(s[a:]); strings.ContainsRune("«“„‹", r) {
		if c := strings.IndexAny(s[a+n:], "»”›"); c >= 0 {
			_, m := utf8.DecodeRuneInString(s[a+n+c:])
			return [2]int{a, a + n + c + m}
		}
	}
	b := p
	for b > 0 && s[b-1] == ' ' {
		b--
	}
	if r, n := utf8.DecodeLastRuneInString(s[:b]); strings.ContainsRune("»”›", r) {
		if o := strings.LastIndexAny(s[:b-n], "«“„‹"); o >= 0 {
			return [2]int{o, b}
		}
	}
	a = b
	for a > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:a])
		if !codeWordRune(r) {
			break
		}
		a -= n
	}
	return [2]int{a, b}
}

func codeWordEnd(s string, a int) int {
	for a < len(s) {
		r, n := utf8.DecodeRuneInString(s[a:])
		if !codeWordRune(r) {
			break
		}
		a += n
	}
	return a
}

func codeWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) || r == '-' || r == '\''
}

// setAnchors gathers the places known in both texts: the edges, and the ends of every range linked or
// projected, by source offset.
func (l *srcLocator) setAnchors() {
	l.anchors = [][2]int{{0, 0}, {len(l.src), len(l.tgt)}}
	for _, m := range []map[[2]int][2]int{l.known, l.found} {
		for s, t := range m {
			l.anchors = append(l.anchors, [2]int{s[0], t[0]}, [2]int{s[1], t[1]})
		}
	}
	sortPairs(l.anchors)
}

// atAnchor is the target place of an anchor at the source place p, past white space between them.
func (l *srcLocator) atAnchor(p int) (int, bool) {
	for _, a := range l.anchors[1:] {
		if a[0] == len(l.src) {
			continue
		}
		if strings.TrimSpace(l.src[min(a[0], p):max(a[0], p)]) == "" {
			return a[1], true
		}
	}
	return 0, false
}

// guess places the source place p at the same relative place between the anchors around it, at the
// nearest place of the target alike (between words, after the same punctuation).
func (l *srcLocator) guess(p int) int {
	lo, hi := [2]int{0, 0}, [2]int{len(l.src), len(l.tgt)}
	for _, a := range l.anchors {
		if a[0] <= p && a[0] >= lo[0] && a[1] <= hi[1] {
			lo = a
		}
	}
	for _, a := range l.anchors {
		if a[0] >= p && a[0] <= hi[0] && a[1] >= lo[1] {
			hi = a
		}
	}
	t := lo[1]
	if hi[0] > lo[0] {
		t += (p - lo[0]) * (hi[1] - lo[1]) / (hi[0] - lo[0])
	}
	return snapLike(l.src, p, l.tgt, t, lo[1], hi[1])
}
