package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feature templates: the first byte hashed into every feature.
const (
	fBias byte = iota + 1
	fWord
	fLower
	fPrev1
	fNext1
	fPrev2
	fNext2
	fPrevCur
	fCurNext
	fPrefix
	fSuffix
	fShape
	fShapePrev
	fShapeNext
	fShape3
	fPrevShape
	fFlags
	fGaz
	fGazPrev
	fGazNext
	fDoc
	fCluster
	fClusterPrev
	fClusterNext
	fTitleBefore
	fLen
	fPrev2Bigram
	fNext2Bigram
	fShapeNextWord
)

// Document-level flags of a token.
const (
	dfLowerSeen uint8 = 1 << iota // the word also occurs in lower case in the document
	dfCapMid                      // the word occurs capitalised inside a sentence elsewhere
	dfSeqLast                     // the word ends a run of capitalised words elsewhere
	dfSeqFirst                    // the word begins a run of capitalised words elsewhere
)

// hashString is 64-bit FNV-1a; it is part of the model format, so it must never change.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// fhash hashes a template and its string values into a feature.
func fhash(tmpl byte, parts ...string) uint64 {
	h := uint64(14695981039346656037)
	h ^= uint64(tmpl)
	h *= 1099511628211
	for _, p := range parts {
		h = fhashMore(h, p)
	}
	return h
}

// fhashMore continues a feature hash h with one more string part (fhash(t, a, b) is
// fhashMore(fhash(t, a), b)).
func fhashMore(h uint64, p string) uint64 {
	for i := 0; i < len(p); i++ {
		h ^= uint64(p[i])
		h *= 1099511628211
	}
	h ^= 0xff
	h *= 1099511628211
	return h
}

// docInfo holds what feature extraction needs about a tokenised document.
type docInfo struct {
	text  string
	toks  []token
	words []string // each token's text, its apostrophes written ' (l’État, l'État: one word)
	lower []string
	fold  []string
	clust []string // cluster of each token, set by extractor.prepare
	shape []string
	gaz   []uint32
	flags []uint8
	// symbol is set for a token that is a symbol or an emoji (🇪🇺, 👍🏽, 1️⃣, ©, °), which no name holds.
	symbol []bool
	sents  []int // sentence start token indices, plus len(toks)
	// typ numbers each token's text (its type), the same for every token of one text; typeFirst
	// gives the first token of each type.
	typ       []int32
	typeFirst []int
	// blocks index the tokens by byte offset, for tokenFrom.
	blocks []int
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isSymbol reports whether w, a token, is a symbol or an emoji: it starts with an other or modifier
// symbol beyond ASCII (🇪🇺, 👨‍👩‍👧, 👍🏽, ©, °, a lone 🏽) or with a space (a lone accent on a space), or
// it ends with a keycap or an emoji presentation selector (1️⃣, #️⃣). Math and currency signs are not
// symbols here: "Canal+" is a name.
func isSymbol(w string) bool {
	if w[0] < utf8.RuneSelf && w[len(w)-1] < utf8.RuneSelf {
		return false // most words and punctuation; a lone accent on a space ends with its mark
	}
	r, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	return r >= 0x80 && unicode.In(r, unicode.So, unicode.Sk) || isSpace(r) || last == '\u20e3' || last == '\ufe0f'
}

// apostrophes writes the typographic apostrophes ' as most of the training text does.
var apostrophes = strings.NewReplacer("’", "'", "ʼ", "'")

// analyse tokenises text and computes per-token information. What depends on a word alone (its
// lower case, shape, folded form, symbol-ness, folded hash) is computed once per distinct word of the
// document and shared by its tokens: news repeats its words, and doing it per token was a third of
// the recogniser's allocations.
func analyse(text string, g *gazetteer) *docInfo {
	toks := tokenize(text)
	d := &docInfo{text: text, toks: toks, words: make([]string, len(toks)), lower: make([]string, len(toks)),
		shape: make([]string, len(toks)), fold: make([]string, len(toks)), flags: make([]uint8, len(toks)),
		symbol: make([]bool, len(toks)), typ: make([]int32, len(toks))}
	folds := make([]uint64, len(toks))
	seen := make(map[string]int32, len(toks)/2+1) // sized not to grow on a short article
	shapes := map[string]string{}
	first := make([]int, 0, len(toks)/2+1) // the first token of each word type
	for i, t := range toks {
		raw := text[t.start:t.end]
		k, ok := seen[raw]
		if !ok {
			k = int32(len(first))
			seen[raw] = k
			first = append(first, i)
			d.setWord(i, raw, shapes)
			folds[i] = hashString(d.fold[i])
		} else {
			f := first[k]
			d.words[i], d.lower[i], d.shape[i], d.fold[i] = d.words[f], d.lower[f], d.shape[f], d.fold[f]
			d.symbol[i], folds[i] = d.symbol[f], folds[f]
		}
		d.typ[i] = k
	}
	d.typeFirst = first
	d.blocks = tokenBlocks(len(text), toks)
	d.gaz = g.match(folds)
	d.sents = sentences(text, toks)
	d.docFlags()
	return d
}

// setWord fills token i's word-derived fields from its text raw; shapes interns the word shapes,
// of which a document has few.
func (d *docInfo) setWord(i int, raw string, shapes map[string]string) {
	w := raw
	if strings.ContainsAny(w, "’ʼ") {
		w = apostrophes.Replace(w)
	}
	d.words[i] = w
	d.lower[i] = strings.ToLower(w)
	var buf [64]byte
	sh := appendShape(buf[:0], w)
	s, ok := shapes[string(sh)]
	if !ok {
		s = string(sh)
		shapes[s] = s
	}
	d.shape[i] = s
	d.fold[i] = foldString(w)
	d.symbol[i] = isSymbol(w)
}

// docFlags sets the document-level flags, which let a surname alone ("Fillon") borrow evidence from
// its full mention ("François Fillon") and a sentence-initial common word from its lower-case uses.
// They depend on a token's word alone, so they are worked out once per word type.
func (d *docInfo) docFlags() {
	lowerSeen, capMid := d.caseUses()
	seqFirst, seqLast := d.capitalRunEnds()
	for _, i := range d.typeFirst {
		if !isCap(d.word(i)) {
			continue
		}
		l := d.lower[i]
		for _, c := range []struct {
			set  map[string]bool
			flag uint8
		}{{lowerSeen, dfLowerSeen}, {capMid, dfCapMid}, {seqLast, dfSeqLast}, {seqFirst, dfSeqFirst}} {
			if c.set[l] {
				d.flags[i] |= c.flag
			}
		}
	}
	for i, k := range d.typ {
		d.flags[i] = d.flags[d.typeFirst[k]]
	}
}

// caseUses gives the words (lower-cased) the document writes in lower case somewhere, and those it
// capitalises somewhere other than at a sentence's start, where a capital says nothing.
func (d *docInfo) caseUses() (lowerSeen, capMid map[string]bool) {
	lowerSeen, capMid = map[string]bool{}, map[string]bool{}
	done := make([]bool, len(d.typeFirst)) // the type is in lowerSeen or capMid already
	k := 0                                 // the next sentence start
	for i := range d.toks {
		start := k < len(d.sents) && d.sents[k] == i
		for k < len(d.sents) && d.sents[k] <= i {
			k++
		}
		switch t := d.typ[i]; {
		case done[t]:
		case !isCap(d.word(i)):
			lowerSeen[d.lower[i]], done[t] = true, true
		case !start:
			capMid[d.lower[i]], done[t] = true, true
		}
	}
	return lowerSeen, capMid
}

// capitalRunEnds gives the words (lower-cased) that begin and those that end a run of two
// capitalised words or more ("François Fillon"), the shape of a full name.
func (d *docInfo) capitalRunEnds() (seqFirst, seqLast map[string]bool) {
	seqFirst, seqLast = map[string]bool{}, map[string]bool{}
	runStart := -1
	for i := 0; i <= len(d.toks); i++ {
		capital := i < len(d.toks) && isCap(d.word(i))
		switch {
		case capital && runStart < 0:
			runStart = i
		case !capital && runStart >= 0:
			if i-runStart >= 2 {
				seqFirst[d.lower[runStart]] = true
				seqLast[d.lower[i-1]] = true
			}
			runStart = -1
		}
	}
	return seqFirst, seqLast
}

func (d *docInfo) word(i int) string { return d.text[d.toks[i].start:d.toks[i].end] }

// wordsOf appends the words of s, as strings.Fields cuts them, to buf: a rule reading the words of
// every mention passes a buffer on its stack, and a name allocates nothing.
func wordsOf(buf []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		buf = append(buf, w)
	}
	return buf
}

// byWord returns, for each word type of d, whether test holds for its first token, to be read for
// token k as t[d.typ[k]]: a rule that looks every token of a document up in a word list looks each
// distinct word up once. test must depend on the token's word alone (word, words, lower, fold, shape),
// which the tokens of a type share, never on its neighbours or the gazetteer.
func (d *docInfo) byWord(test func(k int) bool) []bool {
	t := make([]bool, len(d.typeFirst))
	for w, k := range d.typeFirst {
		t[w] = test(k)
	}
	return t
}

// appendShape appends to b the shape of w: letters mapped to X or x, digits to d, other runes kept,
// repeats collapsed: "Maison-Blanche" → "Xx-Xx", "2016" → "d", "l'" → "x'".
func appendShape(b []byte, w string) []byte {
	var last rune
	n := 0
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c != last {
			b = utf8.AppendRune(b, c)
			last = c
			if n++; n >= 8 {
				break
			}
		}
	}
	return b
}

// affixes calls fn with the 1..4-rune prefixes and suffixes of w (fewer for short words).
func affixes(w string, fn func(pre, suf string)) {
	var idx [64]int
	n := 0
	for i := range w {
		if n == len(idx) {
			return
		}
		idx[n] = i
		n++
	}
	for k := 1; k <= 4 && k < n; k++ {
		fn(w[:idx[k]], w[idx[n-k]:])
	}
}
