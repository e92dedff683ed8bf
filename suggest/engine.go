// Package suggest gathers translation suggestions for one source segment from every source Glose
// has (translation memory, glossary, dictionary, machine translation) and ranks them best first;
// it also pre-translates whole documents from memory or machine translation. The sources live in
// the subpackages tm, glossary, dict and mt; typo turns French typography into English.
package suggest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/glose-app/glose/suggest/dict"
	"github.com/glose-app/glose/suggest/glossary"
	"github.com/glose-app/glose/suggest/mt"
	"github.com/glose-app/glose/suggest/tm"
	"github.com/glose-app/glose/suggest/token"
	"github.com/glose-app/glose/suggest/typo"
)

// Kind is where a suggestion comes from.
type Kind string

// Suggestion sources.
const (
	KindTM       Kind = "tm"
	KindGlossary Kind = "glossary"
	KindMT       Kind = "mt"
	KindDict     Kind = "dict"
	KindNumbers  Kind = "numbers" // a segment of numbers only, its English localised (numerals.NonTranslatable)
)

// Suggestion is one proposed translation of a segment or of part of it.
type Suggestion struct {
	Kind   Kind
	Text   string     // the proposed target text
	Score  float64    // percent: the fuzzy score for memory matches, the Engine's fixed rank otherwise
	Source string     // what was matched: the memory's source segment, the glossary term, the headword
	Diff   []tm.Range // memory matches: byte ranges of Source that differ from the segment
	Start  int        // glossary and dictionary: byte range of the segment they translate
	End    int        // (end exclusive); 0, 0 for whole-segment suggestions
	Note   string     // e.g. "numbers differ: 4,5", a glossary note, the dictionary's grammar
}

// Engine holds the suggestion sources; any of them may be nil.
type Engine struct {
	TM         *tm.Memory
	Glossary   *glossary.Glossary
	Dict       *dict.Dict
	MT         mt.Translator
	SourceLang string // e.g. "fr"
	TargetLang string // e.g. "en"

	MinTMScore    float64 // lowest memory score offered; 50 if zero
	MaxTM         int     // memory matches offered; 5 if zero
	MTScore       float64 // rank of machine translation among memory matches; 70 if zero
	GlossaryScore float64 // rank of glossary terms; 60 if zero
	DictScore     float64 // rank of dictionary entries; 40 if zero
	DictMaxWords  int     // the dictionary is consulted for segments of at most this many words; 3 if zero
}

func orDefault[T int | float64](v, d T) T {
	if v == 0 {
		return d
	}
	return v
}

// Suggestions returns the suggestions for source, best first (by Score, then memory before
// machine translation before glossary before dictionary). When a source fails, the others'
// suggestions are still returned, with the error.
func (e *Engine) Suggestions(ctx context.Context, source string) ([]Suggestion, error) {
	var out []Suggestion
	var errs []error
	if e.TM != nil {
		s, err := e.tmSuggestions(ctx, source)
		out, errs = append(out, s...), appendErr(errs, err)
	}
	if e.MT != nil && strings.TrimSpace(source) != "" {
		s, err := e.mtSuggestion(ctx, source)
		out, errs = append(out, s...), appendErr(errs, err)
	}
	if e.Glossary != nil {
		out = append(out, e.glossarySuggestions(source)...)
	}
	if e.Dict != nil {
		s, err := e.dictSuggestions(source)
		out, errs = append(out, s...), appendErr(errs, err)
	}
	rank := map[Kind]int{KindTM: 0, KindMT: 1, KindGlossary: 2, KindDict: 3}
	slices.SortStableFunc(out, func(a, b Suggestion) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(rank[a.Kind], rank[b.Kind])
	})
	return out, errors.Join(errs...)
}

func appendErr(errs []error, err error) []error {
	if err != nil {
		return append(errs, err)
	}
	return errs
}

func (e *Engine) tmSuggestions(ctx context.Context, source string) ([]Suggestion, error) {
	matches, err := e.TM.Lookup(ctx, tm.Query{Text: source, SourceLang: e.SourceLang, TargetLang: e.TargetLang,
		Top: orDefault(e.MaxTM, 5), MinScore: orDefault(e.MinTMScore, 50)})
	if err != nil {
		return nil, fmt.Errorf("translation memory: %w", err)
	}
	out := make([]Suggestion, len(matches))
	for i, m := range matches {
		out[i] = Suggestion{Kind: KindTM, Text: m.Target, Score: m.Score, Source: m.Source, Diff: m.SourceDiff}
		if m.NumbersDiffer {
			out[i].Note = "numbers differ"
			if len(m.MissingNumbers) > 0 {
				out[i].Note += ": " + strings.Join(m.MissingNumbers, ", ") + " not in the memory's source"
			}
		}
	}
	return out, nil
}

func (e *Engine) mtSuggestion(ctx context.Context, source string) ([]Suggestion, error) {
	texts, err := e.MT.Translate(ctx, []string{source}, e.SourceLang, e.TargetLang)
	if err != nil {
		return nil, fmt.Errorf("machine translation: %w", err)
	}
	return []Suggestion{{Kind: KindMT, Text: typo.English(texts[0]), Score: orDefault(e.MTScore, 70), Note: e.MT.Name()}}, nil
}

// glossarySuggestions offers every translation the glossary has of the terms in source, the best of
// each term's first: a term the user imported or confirmed is offered even where the document's
// automatic name for the same words comes first or after it. A term written twice in source is
// offered once, at its first place: each offer takes one of the app's Ctrl+1…5 keys.
func (e *Engine) glossarySuggestions(source string) []Suggestion {
	var out []Suggestion
	type term struct{ source, target string }
	seen := map[term]bool{}
	for _, h := range e.Glossary.Find(source) {
		for _, en := range append([]glossary.Entry{h.Entry}, h.Others...) {
			k := term{en.Source, en.Target}
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, Suggestion{Kind: KindGlossary, Text: en.Target, Score: orDefault(e.GlossaryScore, 60),
				Source: en.Source, Start: h.Start, End: h.End, Note: en.Note})
		}
	}
	return out
}

// dictSuggestions looks up the words of a short segment (a selection, typically), the longest run of
// words the dictionary holds as one headword first: "États-Unis" is "United States", not "état" and
// "uni"; "pomme de terre" is "potato".
func (e *Engine) dictSuggestions(source string) ([]Suggestion, error) {
	words := wordTokens(source)
	if !e.looksUpWords(len(words)) {
		return nil, nil
	}
	var out []Suggestion
	for i := 0; i < len(words); {
		entries, n, err := e.longestEntry(source, words[i:])
		if err != nil {
			return out, fmt.Errorf("dictionary: %w", err)
		}
		out = e.dictOffers(out, entries, words[i].Start, words[i+n-1].End)
		i += n
	}
	return out, nil
}

// LooksUp reports whether the dictionary is consulted for selection, a selection of a segment's
// source, as DictionaryAt consults it: it holds a word, and no more words than DictMaxWords. A
// quotation selected whole (to tag it, or by going to it) is none: the app would say that the
// dictionary has no entry for a look-up it never made.
func (e *Engine) LooksUp(selection string) bool {
	return e.looksUpWords(len(wordTokens(selection)))
}

func (e *Engine) looksUpWords(n int) bool { return n > 0 && n <= orDefault(e.DictMaxWords, 3) }

// wordTokens are the words of s, punctuation and spaces left out.
func wordTokens(s string) []token.Token {
	var words []token.Token
	for _, t := range token.Tokenize(s) {
		if t.Kind == token.Word {
			words = append(words, t)
		}
	}
	return words
}

// maxCompoundWords is how many words a headword found from a single selected word may have ("pomme
// de terre", "c'est-à-dire": four words, the apostrophe parting two).
const maxCompoundWords = 4

// DictionaryAt looks up the selection source[start:end] of a segment's source in the dictionary, as
// Suggestions does a selection, offsets in source. A selection of a single word (a double click) is
// also the start of the longest headword that it and the words following it in source make ("pommes"
// in "pommes de terre" is the start of "pomme de terre"): that compound's senses are offered first,
// then the word's own.
func (e *Engine) DictionaryAt(source string, start, end int) ([]Suggestion, error) {
	if e.Dict == nil || start < 0 || end > len(source) || start >= end {
		return nil, nil
	}
	var words []token.Token
	for _, t := range token.Tokenize(source) {
		if t.Kind == token.Word && t.End > start {
			words = append(words, t)
		}
	}
	single := len(words) > 1 && words[0].Start >= start && words[0].End <= end && words[1].Start >= end
	if !single { // several words (their own longest headwords first), or no word after this one
		out, err := e.dictSuggestions(source[start:end])
		for i := range out {
			out[i].Start, out[i].End = out[i].Start+start, out[i].End+start
		}
		return out, err
	}
	entries, n, err := e.longestEntry(source, words[:min(len(words), maxCompoundWords)])
	if err != nil {
		return nil, fmt.Errorf("dictionary: %w", err)
	}
	out := e.dictOffers(nil, entries, words[0].Start, words[n-1].End)
	if n > 1 {
		if entries, err = e.Dict.Lookup(words[0].Text); err != nil {
			return out, fmt.Errorf("dictionary: %w", err)
		}
		out = e.dictOffers(out, entries, words[0].Start, words[0].End)
	}
	return out, nil
}

// dictOffers appends the senses of entries, found for source[start:end], to out.
func (e *Engine) dictOffers(out []Suggestion, entries []dict.Entry, start, end int) []Suggestion {
	for _, en := range entries {
		for _, sense := range en.Senses {
			out = append(out, Suggestion{Kind: KindDict, Text: sense, Score: orDefault(e.DictScore, 40),
				Source: en.Headword, Start: start, End: end, Note: en.Grammar})
		}
	}
	return out
}

// longestEntry returns the dictionary's articles for the longest run of words at the start of words
// that it holds as one headword (words joined by spaces, hyphens or apostrophes only), and how many
// words that run has: 1, with the first word's articles or none, when no longer run is a headword.
func (e *Engine) longestEntry(source string, words []token.Token) ([]dict.Entry, int, error) {
	for n := len(words); n > 1; n-- {
		if !joinedWords(source, words[:n]) {
			continue
		}
		entries, err := e.Dict.Lookup(source[words[0].Start:words[n-1].End])
		if err != nil || len(entries) > 0 {
			return entries, n, err
		}
	}
	entries, err := e.Dict.Lookup(words[0].Text)
	return entries, 1, err
}

// joinedWords reports whether only spaces, hyphens and apostrophes stand between the words.
func joinedWords(source string, words []token.Token) bool {
	for i := 1; i < len(words); i++ {
		gap := source[words[i-1].End:words[i].Start]
		if strings.Trim(gap, " \u00a0\u202f-‐'’") != "" || strings.Count(gap, "-")+strings.Count(gap, "'")+strings.Count(gap, "’") > 1 {
			return false
		}
	}
	return true
}

// Confirm stores a confirmed translation in the memory (a no-op without one, or for an empty
// English): it replaces the English stored before from the same segment (see tm.Place).
func (e *Engine) Confirm(ctx context.Context, source, target string, at tm.Place) error {
	if e.TM == nil || strings.TrimSpace(source) == "" || strings.TrimSpace(target) == "" {
		return nil
	}
	return e.TM.Add(ctx, tm.Unit{SourceLang: e.SourceLang, TargetLang: e.TargetLang, Source: source, Target: target,
		Origin: at.Origin, Segment: at.Segment, Context: at.Context})
}
