package qa

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/numerals"
	"github.com/glose-app/glose/annotate/project"
	"github.com/glose-app/glose/annotate/spell"
)

// An English left in French (machine translation that echoed its source, a copy nobody translated)
// is one fault, which the spelling check turned into a warning for each of its words. The check
// same-as-source says it once, and the spelling check then leaves the segment alone.

// frenchShare is the part of an English's plain words that are its French's own words from which the
// English is still the French: a translation shares names and the odd cognate ("budget", "plan"),
// never most of its words.
const frenchShare = 0.6

// minPlain is how many plain words (neither names nor numbers) an English must hold for its words to
// tell its language; fewer, as in "Emmanuel Macron et Olaf Scholz" or "Paris, 12 mars 2024", are
// what any translation keeps.
const (
	minPlain     = 3
	minCopyPlain = 2 // an exact copy needs fewer: "Référence produit SKU 12345 « bleu »"
)

// sameAsSource flags the segments whose English is still their French: a copy of it, or mostly its
// words with one the English dictionary lacks, and keeps them in r.french for the spelling check. A
// locked segment (translate="no", or approved with its French kept), a name or a title tagged in the
// French (an entity: PER, ORG, LOC, MISC) and a segment of names and numbers are what a translator
// keeps: they are not flagged. What it finds of a segment is kept from one run to the next (Cache),
// by its texts, its names and the dictionary read.
func (r *run) sameAsSource() {
	v := Variety(r.d, r.cfg.English)
	var dict *spell.Checker
	if d, err := spell.English(v); err == nil {
		dict = spell.NewChecker(d, r.cfg.Words)
	}
	opt := string(v)
	if r.cfg.Words != nil {
		opt += fmt.Sprint(r.cfg.Words.Len())
	}
	cache := r.cfg.Cache.sameCache().start()
	defer cache.done()
	groups := project.Overlapping(r.d)
	for i, s := range r.d.Segments {
		if s.Locked || !translated(s) {
			continue
		}
		src := r.d.SourceText(s)
		names := entityWords(r.d, groups[i])
		is := cache.get(segKey{s.ID, src, s.Target, opt + "\x00" + strings.Join(slices.Sorted(maps.Keys(names)), " ")}, func() *Issue {
			return stillFrench(s, src, names, dict)
		})
		if is != nil {
			r.markFrench(s.ID)
			r.addFound(is)
		}
	}
}

// stillFrench returns the issue of segment s, of French src and names, when its English is still the
// French, else nil.
func stillFrench(s *annotate.Segment, src string, names map[string]bool, dict *spell.Checker) *Issue {
	if project.Fold(strings.TrimSpace(s.Target)) == project.Fold(strings.TrimSpace(src)) {
		if len(strings.Fields(src)) < 3 || len(plainWords(s.Target, names)) < minCopyPlain {
			return nil
		}
		return &Issue{Check: SameAsSource, Segment: s.ID, Key: "qa.same-as-source",
			Message: "The translation of " + s.ID + " is a copy of the source."}
	}
	share, ok := mostlyFrench(s.Target, src, names, dict)
	if !ok {
		return nil
	}
	pc := fmt.Sprintf("%.0f", 100*share)
	return &Issue{Check: SameAsSource, Segment: s.ID, Key: "qa.same-as-source.french", Args: map[string]string{"share": pc},
		Message: fmt.Sprintf("The English of %s is still the French: %s%% of its words are the French's.", s.ID, pc)}
}

// markFrench keeps segment seg as one whose English is still French, which the spelling check skips.
func (r *run) markFrench(seg string) {
	if r.french == nil {
		r.french = map[string]bool{}
	}
	r.french[seg] = true
}

// mostlyFrench reports whether the plain words of English en (neither names nor numbers) are mostly
// words of its French src, one of them at least no English word (so that an English of cognates, "a
// plan on six points", is English), and what share of them are. en nil (no dictionary) asks no such
// word. It runs on every segment after each pause in typing: it reads the words once, without maps.
func mostlyFrench(en, src string, names map[string]bool, dict *spell.Checker) (float64, bool) {
	fr := annotate.Fold(src)
	plain, shared, foreign := 0, 0, dict == nil
	numerals.EachWord(en, func(a, b int, w string) {
		if !plainWord(en[a:b], w, names) {
			return
		}
		plain++
		if holdsWord(fr, w) {
			shared++
			foreign = foreign || !dict.Known(en[a:b])
		}
	})
	if plain < minPlain {
		return 0, false
	}
	share := float64(shared) / float64(plain)
	return share, foreign && share >= frenchShare
}

// plainWord reports whether word (folded: w) tells its text's language: neither a name (capitalised,
// or a word of names), nor a number or a month, nor a letter alone (the c and l of "c’est", "l’État",
// the "a" of both languages).
func plainWord(word, w string, names map[string]bool) bool {
	first, n := utf8.DecodeRuneInString(word)
	return n < len(word) && !unicode.IsUpper(first) && !names[w] && !numerals.IsNumberWord(w)
}

// plainWords returns the plain words of s (see plainWord).
func plainWords(s string, names map[string]bool) []string {
	var out []string
	numerals.EachWord(s, func(a, b int, w string) {
		if plainWord(s[a:b], w, names) {
			out = append(out, s[a:b])
		}
	})
	return out
}

// holdsWord reports whether the folded text fr holds the folded word w as a whole word.
func holdsWord(fr, w string) bool {
	for from := 0; ; {
		i := strings.Index(fr[from:], w)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(fr[:i])
		after, _ := utf8.DecodeRuneInString(fr[i+len(w):])
		if !wordRune(before) && before != '-' && !wordRune(after) && after != '-' {
			return true
		}
		from = i + 1
	}
}

// entityWords returns the folded words of the French entities of a segment (its spans other than
// quotations and cues): names and titles, which a translation may keep as they are.
func entityWords(d *annotate.Document, spans []*annotate.Span) map[string]bool {
	out := map[string]bool{}
	for _, sp := range spans {
		if sp.Label == annotate.LabelQuote || sp.Label == annotate.LabelCue {
			continue
		}
		numerals.EachWord(d.SpanText(sp), func(_, _ int, w string) { out[w] = true })
	}
	return out
}
