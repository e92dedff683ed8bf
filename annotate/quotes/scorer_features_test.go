package quotes

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// The features of a « … » for the scorer experiment (TestScorerCV).

// features describes a « … » group for the scorer: the rules' verdict on it, the
// shape of its words, the words around it and what else the document quotes. Each feature is a
// name; the scorer weighs the names it knows and ignores the others.
func (f *finder) features(g int, ctx *featureContext, buf []string) []string {
	grp, ps := f.groups[g], f.byGroup[g]
	p0, pl := ps[0], ps[len(ps)-1]
	add := func(s ...string) { buf = append(buf, strings.Join(s, "")) }
	add("lvl=", strconv.FormatFloat(grp.conf, 'f', 2, 64))
	if grp.attrib {
		add("attrib")
	}
	if grp.inferred {
		add("inferred")
	}
	if grp.gloss {
		add("gloss")
	}
	if grp.title {
		add("title")
	}
	add("spk=", strconv.Itoa(int(grp.skind)))
	if len(ps) > 1 {
		add("parts>1")
	}
	buf = f.innerFeatures(ps, buf)
	buf = f.contextFeatures(g, ctx, p0, pl, buf)
	buf = f.lineFeatures(grp, ctx, p0, pl, buf)
	buf = f.extraFeatures(g, ctx, p0, pl, buf)
	return conjunctions(buf)
}

// lineFeatures describes the paragraph holding the quotation by its shape alone, which web news and
// Wikinews share: how many words it holds, how it and the paragraph before it end, and whether the
// quotation stands alone on it (a heading, or a quotation a colon on the line before introduces).
func (f *finder) lineFeatures(grp *group, ctx *featureContext, p0, pl part, buf []string) []string {
	ln := f.lines[grp.line]
	words, ok := ctx.lineWords[grp.line]
	if !ok { // once per line: a transcript's paragraph may hold thousands of quotations
		words = countWords(f.text, ln.Start, ln.End)
		ctx.lineWords[grp.line] = words
	}
	buf = append(buf, "linewords="+bucket(words, 5, 12, 25, 60), "lineend="+lineEnd(f.text[ln.Start:ln.End]))
	if pl.End <= ln.End && words-countWords(f.text, p0.Start, pl.End) <= 3 {
		buf = append(buf, "loneline")
	}
	if prev := f.prevFilledLine(grp.line); prev >= 0 {
		pl := f.lines[prev]
		buf = append(buf, "prevend="+lineEnd(f.text[pl.Start:pl.End]))
		if f.quoteEndsNear(pl) {
			buf = append(buf, "prevquote")
		}
	}
	inner := strings.TrimRight(f.text[pl.Start:pl.End], "»”\" \u00a0\u202f")
	if r, _ := decodeLast(inner, len(inner)); sentenceFinal(r) {
		buf = append(buf, "endpunct")
	}
	return buf
}

// prevFilledLine returns the index of the last line before line k holding more than white space, or
// -1: texts part paragraphs by one line break or by a blank line, and the feature must not tell which.
func (f *finder) prevFilledLine(k int) int {
	for k--; k >= 0; k-- {
		if strings.TrimSpace(f.text[f.lines[k].Start:f.lines[k].End]) != "" {
			return k
		}
	}
	return -1
}

// quoteEndsNear reports whether a quotation part ends in the last 80 bytes of line ln: the paragraph
// ends with someone's words (« … », a-t-il ajouté.), which a quotation standing alone after it may
// continue.
func (f *finder) quoteEndsNear(ln Span) bool {
	for i := max(ln.Start, ln.End-80); i <= ln.End; i++ {
		if p, ok := f.endsAt[i]; ok && f.groups[p.group].conf >= 0.5 {
			return true
		}
	}
	return false
}

// countWords counts the words of text[start:end].
func countWords(text string, start, end int) int {
	n := 0
	for _, t := range tokenize(text, start, end) {
		n += b2i(t.word)
	}
	return n
}

// lineEnd names how a line ends: a sentence end, a colon, a closing quotation mark, nothing (an empty
// line) or anything else (a heading, a date line).
func lineEnd(line string) string {
	line = strings.TrimRight(line, " \t\u00a0\u202f")
	if line == "" {
		return "none"
	}
	r, _ := decodeLast(line, len(line))
	switch {
	case sentenceFinal(r):
		return "fin"
	case r == ':':
		return "colon"
	case r == '»' || r == '”' || r == '"':
		return "close"
	}
	return "other"
}

// innerFeatures describes the quoted words.
func (f *finder) innerFeatures(ps []part, buf []string) []string {
	var toks []tok
	for _, p := range ps {
		toks = append(toks, tokenize(f.text, p.Start, p.End)...)
	}
	var words []tok
	punct := false
	for _, t := range toks {
		if t.word {
			words = append(words, t)
		} else if strings.ContainsAny(t.text, ",.;:!?…") {
			punct = true
		}
	}
	n := len(words)
	buf = append(buf, "n="+strconv.Itoa(min(n, 8)))
	if punct {
		buf = append(buf, "punct")
	}
	if n == 0 {
		return buf
	}
	first, last := words[0], words[n-1]
	caps, firstPerson, second, neg := 0, false, false, false
	for _, w := range words {
		if isUpperStart(w.text) {
			caps++
		}
		switch w.low {
		case "je", "j'", "nous", "me", "m'", "mon", "ma", "mes", "notre", "nos", "moi":
			firstPerson = true
		case "vous", "tu", "votre", "vos", "ton", "ta", "tes":
			second = true
		case "ne", "n'", "pas", "jamais", "plus":
			neg = true
		}
	}
	if isUpperStart(first.text) {
		buf = append(buf, "cap")
	}
	if caps == n && n > 1 {
		buf = append(buf, "allcap")
	}
	if firstPerson {
		buf = append(buf, "1st")
	}
	if second {
		buf = append(buf, "2nd")
	}
	if neg {
		buf = append(buf, "neg")
	}
	buf = append(buf, "in1c="+wordClass(first.low), "inLc="+wordClass(last.low))
	if n == 1 {
		buf = append(buf, "one", "onesuf="+suffix(first.low, 3))
	}
	if strings.IndexFunc(last.low, unicode.IsDigit) >= 0 || strings.IndexFunc(first.low, unicode.IsDigit) >= 0 {
		buf = append(buf, "digit")
	}
	return buf
}

// contextFeatures describes the words around the quotation and the document's other quotations.
func (f *finder) contextFeatures(g int, ctx *featureContext, p0, pl part, buf []string) []string {
	grp := f.groups[g]
	ws := ctx.sentence[g]
	prev := f.lastTokensOutside(ws, p0.Start)
	np := len(prev)
	w1, w2 := "^", "^"
	if np > 0 {
		w1 = prev[np-1].low
	}
	if np > 1 {
		w2 = prev[np-2].low
	}
	buf = append(buf, "p1="+w1, "p2="+w2, "p1c="+wordClass(w1), "p2c="+wordClass(w2), "p12c="+wordClass(w2)+"_"+wordClass(w1))
	switch {
	case np == 0:
		buf = append(buf, "sentstart")
	case np <= 3:
		buf = append(buf, "near-start")
	}
	if grp.line == 0 {
		buf = append(buf, "headline")
	}
	if grp.lineStart {
		buf = append(buf, "linestart")
	}
	plLine := f.lines[grp.lineOf(f, pl)]
	next := tokenize(f.text, pl.End, min(plLine.End, pl.End+80))
	n1 := "$"
	if len(next) > 0 {
		n1 = next[0].low
	}
	buf = append(buf, "n1="+n1, "n1c="+wordClass(n1))
	if np > 0 && isUpperStart(prev[np-1].text) && prev[np-1].word {
		buf = append(buf, "p1cap")
	}
	if !grp.cue.Empty() {
		d := p0.Start - grp.cue.End
		if grp.cue.Start >= pl.End {
			d = grp.cue.Start - pl.End
			buf = append(buf, "cue-after")
		} else if grp.cue.End <= p0.Start {
			words, comma := 0, false
			for _, t := range f.tokensOutside(grp.cue.End, p0.Start) {
				if t.word {
					words++
				} else if t.text == "," {
					comma = true
				}
			}
			buf = append(buf, "cuewords="+bucket(words, 0, 1, 3, 6))
			if comma {
				buf = append(buf, "cuecomma")
			}
		}
		buf = append(buf, "cuedist="+bucket(d, 10, 40, 120))
	}
	longInDoc := ctx.long
	if ctx.isLong[g] {
		longInDoc--
	}
	buf = append(buf, "longdoc="+bucket(longInDoc, 0, 2, 6))
	lowInDoc := ctx.low
	if grp.conf < 0.5 {
		lowInDoc--
	}
	buf = append(buf, "lowdoc="+bucket(lowInDoc, 0, 2, 6))
	others := ctx.perSentence[ws]
	if !grp.title {
		others--
	}
	if others > 0 {
		buf = append(buf, "samesent")
	}
	return buf
}

// lastTokensOutside returns the tokens of text[ws:end] as tokensOutside does, or, when that is long,
// only its last ones: enough for the two words before a quotation and whether more than three stand
// there, at a cost that does not grow with the sentence (a transcript's may run to 1,500 bytes for each
// of thousands of quotations).
func (f *finder) lastTokensOutside(ws, end int) []tok {
	const window = 200
	if end-ws > window {
		if toks := f.tokensOutside(end-window, end); len(toks) > 5 {
			return toks[1:] // the first may be cut
		}
	}
	return f.tokensOutside(ws, end)
}

// featureContext holds what the features of every group need about the others, computed once.
type featureContext struct {
	sentence    []int       // per group: where the sentence of its first part starts
	isLong      []bool      // per group: a long quotation, no title
	long        int         // how many groups are
	low         int         // how many « … » groups the rules score under one half: the document's terms and names
	perSentence map[int]int // sentence start → quotations (no titles) in it
	lineWords   map[int]int // line → its words, counted when first needed
}

func (f *finder) featureContext(order []int) *featureContext {
	ctx := &featureContext{sentence: make([]int, len(f.groups)), isLong: make([]bool, len(f.groups)),
		perSentence: map[int]int{}, lineWords: map[int]int{}}
	for _, g := range order {
		grp, ps := f.groups[g], f.byGroup[g]
		ctx.sentence[g] = f.sentenceStart(f.lines[grp.line].Start, ps[0].Start)
		if grp.kind == guillemet && grp.conf < 0.5 {
			ctx.low++
		}
		if grp.title {
			continue
		}
		ctx.perSentence[ctx.sentence[g]]++
		if f.long(ps) {
			ctx.isLong[g] = true
			ctx.long++
		}
	}
	return ctx
}

// wordClass sorts a lower-case word into a coarse class.
func wordClass(w string) string {
	switch {
	case w == "^" || w == "$":
		return w
	case w == "«»":
		return "quote"
	case etre[w]:
		return "etre"
	case auxiliaries[w]:
		return "aux"
	case determiners[w] || articles[w]:
		return "det"
	case isOf(w) || prepositions[w]:
		return "prep"
	case subjectPronouns[w] || clitics[w]:
		return "pron"
	case w == "que" || w == "qu'" || w == "qui":
		return "que"
	case w == "comme" || w == "pour":
		return "gloss"
	case isAdverb(w):
		return "adv"
	}
	if fm, ok := lexicon()[w]; ok {
		return "rv" + strconv.Itoa(int(fm.class))
	}
	r, _ := decode(w, 0)
	switch {
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		if len(w) <= 3 {
			return "punct" + w // a colon, a comma, a bracket: shapes, not words
		}
		return "punct"
	case unicode.IsDigit(r):
		return "num"
	case strings.HasSuffix(w, "é") || strings.HasSuffix(w, "ée") || strings.HasSuffix(w, "és") || strings.HasSuffix(w, "ées"):
		return "pp"
	case strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re"):
		return "inf"
	}
	return "w"
}

// suffix returns the last n letters of w.
func suffix(w string, n int) string {
	r := []rune(w)
	if len(r) <= n {
		return w
	}
	return string(r[len(r)-n:])
}

// bucket names the range of v among the ascending bounds.
func bucket(v int, bounds ...int) string {
	for i, b := range bounds {
		if v <= b {
			return strconv.Itoa(i)
		}
	}
	return strconv.Itoa(len(bounds))
}

// rescorable reports whether group g is one the scorer weighs: a « … » other than a long attributed
// quotation, which the rules keep (0.99 of them are quotations), and other than one whose construction
// a rule read (ruled).
func (f *finder) rescorable(g int) bool {
	grp, ps := f.groups[g], f.byGroup[g]
	return len(ps) > 0 && grp.kind == guillemet && !grp.ruled && !(grp.attrib && f.long(ps))
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// scorer weighs the features of a « … » into the probability that the annotators hold it a quotation
// rather than a term, a name or scare quotes: a logistic regression over the rules' verdict, the shape
// of the quotation and its paragraph, and (optionally) the words around it. An experiment, measured by
// TestScorerCV and not used by Find (docs/quality.md, tenth and twenty-first sessions).
type scorer map[string]float64

// score returns the probability that a group with these features is a quotation.
func (s scorer) score(feats []string) float64 {
	z := s["bias"]
	for _, x := range feats {
		z += s[x]
	}
	return 1 / (1 + math.Exp(-z))
}
