// Package quotes finds direct quotations in French text, the reporting verb (cue) that introduces each,
// and the mention of its speaker as written next to it ("M. Lavrov", "il", "le diplomate russe").
//
// Constructions handled: « … » with any spaces inside, with nested “ … ” or " … "; in a text with no
// guillemets, top-level “ … ” and " … " read as « … », and in a text opening more quotations with “
// than with «, “ … ” (marks.go); em-dash dialogue (a line starting
// with —, – or --, or such a dash after a sentence end, runs to the line end or the next turn); a quotation cut by an incise ("« …, a-t-il dit, … »",
// "— Oh ! dit-elle ; …") gives one part per piece, sharing a group; a quotation continued over
// paragraphs (each new paragraph reopening with «, » or a dash) gives one part per paragraph; over
// lines of one sentence each (no reopening mark, its » on a later line), one part.
// Speakers come from an incise after the quote ("», a rajouté M. Trump", "dit-il", "», se défend le
// cabinet", "», complète pour sa part le ministre"), from a reporting verb before it in the sentence ("M.
// Lavrov a-t-il indiqué que « … »", "Elle me cria : « … »", "X, qui s'est engagé à « … »", "avant de
// préciser que « … »" taking the main subject), from "selon X", "d'après X", "pour X, « … »" (X may be
// a title in guillemets: « Quotidien »), from a quote of the same sentence joined by connectives ("« … »,
// mais « … », a dit X"), and, inferred, from the sentence's subject when it names a person, group or
// document, the subject of être when the quote is its predicate and the subject names someone
// ("X est « agréablement surpris »"), the previous quote of the paragraph or a reporting previous
// sentence (news), or
// turn-taking (dialogue). Also read: "« … », peut-on lire sur le site", "comme l'a indiqué X", "selon
// lequel", "appelle à « … »", "traite X de « … »", "a tenu à préciser", a medium between the subject
// and its verb ("X sur France Inter a dit"); a clause opened by tandis que, a causal clause, or a verb
// making the quoted thing ("lancera les « … »") is not governed by a reporting verb before it. Reporting verbs (a few hundred, lexicon.go and verbs.go) are conjugated by
// rule; a past participle counts only after avoir or a reflexive être, not in the passive. Dates never
// speak. Short capitalised « … » naming something (a newspaper, a programme) are not quotes, nor is a
// "— Name, role" signature line.
//
// Short « … » of fewer than five words without sentence punctuation and without a reporting verb in
// the sentence are taken as terms or scare quotes and get a low confidence; so are short "…" in a text
// that quotes in « ».
//
// All offsets are byte offsets into the text given to Find, half-open. Quote parts include their
// marks (« and », the opening dash) but not a comma before an incise.
package quotes

import (
	"sort"
	"strings"

	"github.com/glose-app/glose/internal/grapheme"
)

// Span is a byte range [Start, End) of the text.
type Span struct{ Start, End int }

// Empty reports whether the span covers nothing (no such mention was found).
func (s Span) Empty() bool { return s.End <= s.Start }

// SpeakerKind says what kind of words attribute a quote.
type SpeakerKind int

// Speaker kinds.
const (
	NoSpeaker   SpeakerKind = iota
	Name                    // a proper name, possibly with a title: "M. Lavrov", "Louisa"
	Pronoun                 // a subject pronoun: "il", "elle", "je"
	Description             // a noun phrase: "le diplomate russe", "la servante"
)

// Quote is one part of a direct quotation.
type Quote struct {
	Span
	// Group numbers quotations: parts of one quotation (cut by an incise or continued over paragraphs)
	// share it. Groups count from 0 in text order.
	Group int
	// Confidence is in [0,1].
	Confidence float64
	// Cue is the reporting verb ("relaté", "dit"), or empty.
	Cue Span
	// Speaker is the words naming the speaker where the text attributes the quote, or empty.
	Speaker Span
	// Kind says what Speaker is.
	Kind SpeakerKind
	// Inferred is true when the speaker was not written next to this quote but carried over from an
	// earlier quote or a previous sentence, or taken from the sentence's subject.
	Inferred bool
}

// Find returns the quote parts of text in text order. A text quoting in »…« is read as if it quoted
// in « » (reversed.go).
func Find(text string) []Quote {
	if reversedGuillemets(text) { // »…«: same offsets once swapped
		text = swapGuillemets(text)
	}
	text = closeSlips(text) // « … 2018« , a déclaré X: same offsets
	if g, back, ok := asGuillemets(text); ok {
		qs := find(g)
		mapBack(qs, back)
		return qs
	}
	return find(text)
}

func find(text string) []Quote {
	return analyse(text).quotes()
}

// analyse finds the quotation parts of text and attributes them.
func analyse(text string) *finder {
	f := &finder{text: joinQuotedLines(text), guillemets: strings.Contains(text, "«")}
	f.scan()
	f.attribute()
	return f
}

// quotes returns the parts found, in text order, with their group's attribution.
func (f *finder) quotes() []Quote {
	out := make([]Quote, 0, len(f.parts))
	for _, p := range f.parts {
		g := f.groups[p.group]
		out = append(out, Quote{Span: p.Span, Group: p.group, Confidence: g.conf, Cue: g.cue,
			Speaker: g.speaker, Kind: g.skind, Inferred: g.inferred})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// part kinds
const (
	guillemet = iota
	dash
	english
)

type part struct {
	Span
	group int
	kind  int
}

type group struct {
	kind      int
	line      int // index of the line holding its first part
	lineStart bool
	conf      float64
	cue       Span
	speaker   Span
	skind     SpeakerKind
	inferred  bool
	attrib    bool // a cue or speaker was found next to the quote
	title     bool // a name in guillemets (« Quotidien »), not a quotation
	gloss     bool // after pour or comme: a quotation only when attributed
	sign      bool // written on a sign or a garment ("sa pancarte « … »"): a slogan, never a quotation
	// ruled is true when a rule read a construction that decides the group (a predicate of être, a
	// bracketed word, coordination, a si-clause, an intertitle): the learned scorer leaves it alone.
	ruled bool
}

type finder struct {
	text string
	// guillemets is true when the text quotes in « »: short "…" are then rather terms
	guillemets bool
	lines      []Span
	stray      map[int]bool // offsets of the « that no » closes (strayOpenings)
	parts      []part
	groups     []*group
	masks      []Span // quote parts, sorted: reporting clauses skip over them
	// once the parts are final (after incises and nesting): each group's parts, and the part ending at
	// each offset
	byGroup [][]part
	endsAt  map[int]part
}

func (f *finder) newGroup(kind, line int, lineStart bool) int {
	f.groups = append(f.groups, &group{kind: kind, line: line, lineStart: lineStart})
	return len(f.groups) - 1
}

func (f *finder) add(start, end, g, kind int) {
	if start, end = f.partSpan(start, end); end > start {
		f.parts = append(f.parts, part{Span: Span{start, end}, group: g, kind: kind})
	}
}

// partSpan trims [start, end) and widens it to whole grapheme clusters: the span a part takes.
func (f *finder) partSpan(start, end int) (int, int) {
	if start, end = trimSpan(f.text, start, end); end > start {
		return f.wholeClusters(start, end)
	}
	return start, end
}

// wholeClusters widens [start, end) to grapheme cluster boundaries (UAX #29), so that a part takes
// whole the marks, joiners or prepended signs that its quotation marks carry.
func (f *finder) wholeClusters(start, end int) (int, int) {
	k := sort.Search(len(f.lines), func(k int) bool { return f.lines[k].End >= start })
	start = grapheme.Start(f.text, f.lines[k].Start, start)
	return start, grapheme.End(f.text, start, end)
}

// trimSpan drops spaces (and a trailing comma) at both ends, but never one that shares a grapheme
// cluster with its neighbour: a space carrying a mark, or a space or comma after a prepended sign
// (U+06DD ARABIC END OF AYAH joins what follows it), so that a span on cluster boundaries stays on them.
func trimSpan(text string, start, end int) (int, int) {
	for start < end {
		r, n := decode(text, start)
		if !isSpace(r) || grapheme.End(text, start, start+n) != start+n {
			break
		}
		start += n
	}
	for end > start {
		r, n := decodeLast(text, end)
		if !isSpace(r) && r != ',' || grapheme.Snap(text, end-n) != end-n {
			break
		}
		end -= n
	}
	return start, end
}

// splitLines cuts the text into lines (paragraphs), without their newline.
func splitLines(text string) []Span {
	var out []Span
	start := 0
	for {
		i := strings.IndexByte(text[start:], '\n')
		if i < 0 {
			out = append(out, Span{start, len(text)})
			return out
		}
		out = append(out, Span{start, start + i})
		start += i + 1
	}
}
