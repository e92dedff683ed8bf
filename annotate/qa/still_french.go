package qa

import (
	"fmt"
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
// keeps: they are not flagged.
func (r *run) sameAsSource() {
	var en *spell.Checker
	if d, err := spell.English(Variety(r.d, r.cfg.English)); err == nil {
		en = spell.NewChecker(d, r.cfg.Words)
	}
	groups := project.Overlapping(r.d)
	for i, s := range r.d.Segments {
		if s.Locked || !translated(s) {
			continue
		}
		src := r.d.SourceText(s)
		names := entityWords(r.d, groups[i])
		plain := plainWords(s.Target, names)
		if project.Fold(strings.TrimSpace(s.Target)) == project.Fold(strings.TrimSpace(src)) {
			if len(strings.Fields(src)) >= 3 && len(plain) >= minCopyPlain {
				r.markFrench(s.ID)
				r.add(SameAsSource, "qa.same-as-source", s.ID, "", "The translation of "+s.ID+" is a copy of the source.", nil)
			}
			continue
		}
		if share, ok := mostlyFrench(plain, src, en); ok {
			r.markFrench(s.ID)
			pc := fmt.Sprintf("%.0f", 100*share)
			r.add(SameAsSource, "qa.same-as-source.french", s.ID, "",
				fmt.Sprintf("The English of %s is still the French: %s%% of its words are the French's.", s.ID, pc), map[string]string{"share": pc})
		}
	}
}

// markFrench keeps segment seg as one whose English is still French, which the spelling check skips.
func (r *run) markFrench(seg string) {
	if r.french == nil {
		r.french = map[string]bool{}
	}
	r.french[seg] = true
}

// mostlyFrench reports whether the plain words of an English are mostly words of its French src, one
// of them at least no English word (so that an English of cognates, "a plan on six points", is
// English), and what share of them are. en nil (no dictionary) asks no such word.
func mostlyFrench(plain []string, src string, en *spell.Checker) (float64, bool) {
	if len(plain) < minPlain {
		return 0, false
	}
	fr := map[string]bool{}
	numerals.EachWord(src, func(_, _ int, w string) { fr[w] = true })
	shared, foreign := 0, en == nil
	for _, w := range plain {
		if fr[annotate.Fold(w)] {
			shared++
			foreign = foreign || !en.Known(w)
		}
	}
	share := float64(shared) / float64(len(plain))
	return share, foreign && share >= frenchShare
}

// plainWords returns the words of s that tell its language: neither a name (capitalised, or a word of
// names) nor a number or a month.
func plainWords(s string, names map[string]bool) []string {
	var out []string
	for _, t := range spell.Words(s) {
		first, _ := utf8.DecodeRuneInString(t.Text)
		f := annotate.Fold(t.Text)
		if unicode.IsUpper(first) || names[f] || numerals.IsNumberWord(f) {
			continue
		}
		out = append(out, t.Text)
	}
	return out
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
