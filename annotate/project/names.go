package project

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
)

// candidate is an English form a source name may take in the translation.
type candidate struct {
	text   string
	conf   float64
	method string
	caps   bool     // an initialism: the English must be written in capitals ("US", "U.S.", not "us")
	words  []string // the folded words of text, once needed (see folded)
}

// folded returns the folded words of the candidate, folding them on first need only: most names are
// found by one of their first candidates.
func (c *candidate) folded() []string {
	if c.words == nil {
		c.words = foldWords(c.text)
	}
	return c.words
}

// candidates lists the English forms of a source mention, most trusted first: the glossary, the
// entity's English name and its English mentions so far, the recogniser's English name, the name as
// written, and the last words of the longer forms (a surname alone: "M. Lavrov" → "Lavrov").
func (p *projector) candidates(sp *annotate.Span, fr string) []candidate {
	var out []candidate
	if p.opts.Glossary != nil {
		for _, en := range p.opts.Glossary.Lookup(fr) {
			out = append(out, candidate{text: en, conf: 0.95, method: "glossary"})
		}
	}
	if ent := p.d.EntityOf(sp.ID); ent != nil {
		out = p.appendEntityCandidates(out, ent)
	}
	if p.opts.Names != nil {
		if en, ok := p.opts.Names.EnglishName(fr, sp.Label); ok {
			out = append(out, candidate{text: en, conf: 0.9, method: "name"})
		}
	}
	out = append(out, candidate{text: fr, conf: 0.9, method: "same"})
	if en, ok := englishOrdinals(fr); ok {
		out = append(out, candidate{text: en, conf: 0.85, method: "ordinal"})
	}
	if sp.Label == annotate.LabelLOC {
		if en, ok := compassName(fr); ok {
			out = append(out, candidate{text: en, conf: 0.85, method: "compass"})
		}
	}
	out = appendSurnameCandidates(out, fr, sp.Label)
	return appendShortForms(appendInitialisms(out, sp.Label))
}

// appendInitialisms appends, for a place or an organisation, the initialism of each candidate of two
// capitalised words or more ("United States" → "US", matching "U.S." too), a little less trusted.
func appendInitialisms(out []candidate, label string) []candidate {
	if label != annotate.LabelLOC && label != annotate.LabelORG {
		return out
	}
	for _, c := range out[:len(out):len(out)] {
		if in, ok := initialismOf(c.text); ok {
			out = append(out, candidate{text: in, conf: c.conf - 0.05, method: c.method + "-initials", caps: true})
		}
	}
	return out
}

// initialismOf returns the initials of a name of two words or more, all capitalised but for "of",
// "the", "and" and "for", which it leaves out.
func initialismOf(name string) (string, bool) {
	var b strings.Builder
	n := 0
	for w := range strings.FieldsSeq(name) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w == "of" || w == "the" || w == "and" || w == "for":
		case unicode.IsUpper(r):
			b.WriteRune(r)
			n++
		default:
			return "", false
		}
	}
	return b.String(), n >= 2
}

// appendEntityCandidates appends the English forms the mention's entity already has: its English
// name, the English of its mentions filed during this run, and its target-side mentions.
func (p *projector) appendEntityCandidates(out []candidate, ent *annotate.Entity) []candidate {
	if en := ent.Names[p.lang]; en != "" {
		out = append(out, candidate{text: en, conf: 0.95, method: "entity"})
	}
	for _, en := range p.seen[ent] {
		out = append(out, candidate{text: en, conf: 0.9, method: "entity"})
	}
	for _, m := range ent.Mentions {
		if ms := p.d.Span(m); ms != nil && ms.Side == annotate.Target && !p.ignore[m] {
			out = append(out, candidate{text: p.d.SpanText(ms), conf: 0.9, method: "entity"})
		}
	}
	return out
}

// appendSurnameCandidates appends, for a person's mention fr, the last words of each longer candidate,
// as many as fr has, a little less trusted: the translation may give the surname alone.
func appendSurnameCandidates(out []candidate, fr, label string) []candidate {
	k := len(foldWords(fr))
	for _, c := range out[:len(out):len(out)] {
		if w := strings.Fields(c.text); len(w) > k && k > 0 && label == annotate.LabelPER {
			out = append(out, candidate{text: strings.Join(w[len(w)-k:], " "), conf: c.conf - 0.05, method: c.method + "-part"})
		}
	}
	return out
}

// rng is a byte range of the target text.
type rng struct{ start, end int }

func overlaps(a rng, list []rng) bool {
	for _, b := range list {
		if a.start < b.end && b.start < a.end {
			return true
		}
	}
	return false
}

// findWords returns the first unclaimed place where the words of the target equal words.
func findWords(target string, toks []token, words []string, claimed []rng) (rng, bool) {
	k := len(words)
	if k == 0 {
		return rng{}, false
	}
outer:
	for i := 0; i+k <= len(toks); i++ {
		for j := 0; j < k; j++ {
			if toks[i+j].fold != words[j] || toks[i+j].addr || (j > 0 && !joined(target, toks[i+j-1], toks[i+j])) {
				continue outer
			}
		}
		r := rng{toks[i].start, toks[i+k-1].end}
		if !overlaps(r, claimed) {
			return r, true
		}
	}
	return rng{}, false
}

// fuzzyFind looks for the run of capitalised target words most like one of refs (folded forms),
// comparing plain and respelled spellings; it returns the run and its similarity.
func fuzzyFind(target string, toks []token, refs []string, k int, claimed []rng) (rng, float64) {
	var best rng
	bestSim := 0.0
	for i := range toks {
		if !toks[i].upper || toks[i].addr {
			continue
		}
		run := ""
		for n := 1; n <= k+1 && i+n <= len(toks); n++ {
			t := toks[i+n-1]
			if n > 1 && !joined(target, toks[i+n-2], t) {
				break
			}
			run = strings.TrimSpace(run + " " + t.fold)
			if n < k-1 {
				continue
			}
			r := rng{toks[i].start, t.end}
			if overlaps(r, claimed) {
				break
			}
			for _, ref := range refs {
				if lr, lj := utf8.RuneCountInString(ref), utf8.RuneCountInString(run); 10*abs(float64(lr-lj)) > 4*float64(max(lr, lj)) {
					continue
				}
				if s := nameSimilarity(ref, run); s > bestSim {
					best, bestSim = r, s
				}
			}
		}
	}
	return best, bestSim
}

// minFuzzy is the similarity a fuzzy match needs.
const minFuzzy = 0.7

// matchName finds the English of one source mention: an exact (case- and accent-insensitive) match of a
// candidate, else the most similar capitalised words.
func (p *projector) matchName(sp *annotate.Span, fr string, claimed []rng) (proposal, bool) {
	cands := p.candidates(sp, fr)
	if pr, ok := p.findCandidate(sp, cands, claimed); ok {
		return pr, true
	}
	composed := appendInitialisms(p.composed(fr, sp.Label), sp.Label) // only when needed: it looks names up
	if pr, ok := p.findCandidate(sp, composed, claimed); ok {
		return pr, true
	}
	refs := make([]string, 0, len(cands))
	for i := range cands {
		if cands[i].caps {
			continue
		}
		refs = append(refs, strings.Join(cands[i].folded(), " "))
	}
	r, sim := fuzzyFind(p.target, p.toks, refs, len(foldWords(fr)), claimed)
	if sim >= minFuzzy {
		return proposal{src: sp, start: r.start, end: r.end, conf: 0.9 * sim, method: "similar"}, true
	}
	if sp.Label == annotate.LabelPER {
		return proposal{}, false
	}
	if r, ok := wordsFind(p.target, p.toks, append(cands, composed...), claimed); ok {
		return proposal{src: sp, start: r.start, end: r.end, conf: 0.7, method: "words"}, true
	}
	return proposal{}, false
}

// wordsFind places a name whose English forms are not in the target as written but whose words are,
// reordered or in part ("Ministry of Foreign Affairs" → "Foreign Ministry", "foreign ministry"): the
// longest run of two target words or more that are all words of one candidate, most trusted first.
func wordsFind(target string, toks []token, cands []candidate, claimed []rng) (rng, bool) {
	for i := range cands {
		c := &cands[i]
		words := c.folded()
		if c.caps || len(words) < 2 {
			continue
		}
		in := func(w string) bool { return !isComplement(w) && slices.Contains(words, w) }
		var best rng
		for i := 0; i < len(toks); i++ {
			j := i
			for j < len(toks) && in(toks[j].fold) && (j == i || joined(target, toks[j-1], toks[j])) {
				j++
			}
			if j-i < 2 {
				continue
			}
			if r := (rng{toks[i].start, toks[j-1].end}); r.end-r.start > best.end-best.start && !overlaps(r, claimed) {
				best = r
			}
		}
		if best.end > best.start {
			return best, true
		}
	}
	return rng{}, false
}

// isComplement reports whether a folded word joins the words of a name (of, de...).
func isComplement(w string) bool {
	switch w {
	case "of", "the", "and", "for", "de", "des", "du", "la", "le", "les", "l", "d":
		return true
	}
	return false
}

// findCandidate returns the first place a candidate's words take in the target, as written.
func (p *projector) findCandidate(sp *annotate.Span, cands []candidate, claimed []rng) (proposal, bool) {
	for i := range cands {
		c := &cands[i]
		if r, ok := findWords(p.target, p.toks, c.folded(), claimed); ok && (!c.caps || allCaps(p.target[r.start:r.end])) {
			if tail := symbolTail(c.text); tail != "" && strings.HasPrefix(p.target[r.end:], tail) {
				r.end += len(tail) // "Face++"
			}
			return proposal{src: sp, start: r.start, end: r.end, conf: c.conf, method: c.method}, true
		}
	}
	return proposal{}, false
}

// allCaps reports whether s has no lower-case letter.
func allCaps(s string) bool { return !strings.ContainsFunc(s, unicode.IsLower) }

// notNames are capitalised English words that are not names by themselves: function words that start
// sentences, titles, days and months.
var notNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an in on at of for to from by with and but or if as so this that
		these those there here it its he she we they i you his her our their my your what when where who
		why how after before during while since however meanwhile also yet mr mrs ms dr president minister
		prime secretary general pm mp ceo chairman senator governor mayor judge rev reverend monday tuesday wednesday thursday friday saturday sunday january february
		march april may june july august september october november december`) {
		m[w] = true
	}
	return m
}()

// nameRuns returns the runs of capitalised target words inside [lo, hi) that could be a name: not a
// function word or title, not a lone word that only starts a sentence.
func nameRuns(target string, toks []token, lo, hi int, claimed []rng) []rng {
	var out []rng
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.upper || t.addr || notNames[t.fold] || t.start < lo || t.end > hi {
			continue
		}
		j := i
		for j+1 < len(toks) && toks[j+1].upper && toks[j+1].end <= hi && !notNames[toks[j+1].fold] &&
			joined(target, toks[j], toks[j+1]) {
			j++
		}
		r := rng{t.start, toks[j].end}
		if !(j == i && sentenceStart(target, t.start)) && !overlaps(r, claimed) {
			out = append(out, r)
		}
		i = j
	}
	return out
}

// sentenceStart reports whether the word at byte i begins a sentence or a quotation.
func sentenceStart(s string, i int) bool {
	t := strings.TrimRightFunc(s[:i], unicode.IsSpace)
	if t == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?:;“\"«—–(", r)
}
