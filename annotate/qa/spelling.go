package qa

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
	"github.com/glose-app/glose/annotate/spell"
)

// suggestions is how many corrections a spelling issue offers.
const suggestions = 5

// spelling flags the words of English translations that the dictionary of the English variety in
// use (Config.English, else the one the target language names, else both) and the user's words
// (Config.Words) do not hold, leaving alone the words of the segment's names: the English names of the
// document's entities, the capitalised words of the segment's English spans (names), the words of its
// French names, and the English the glossary and the names' usual English (Config.Project.Names) give
// the French names of the segment. A document whose target language is not English is not checked,
// nor a locked segment, whose English nobody may change, nor one whose English is still the French
// (same-as-source says so once).
// Each issue carries the word's byte offsets in the segment's English (Start, End) and up to five
// suggestions, in the variety's spelling.
func (r *run) spelling() {
	if lang := r.d.TargetLang; lang != "" && !strings.HasPrefix(strings.ToLower(lang), "en") {
		return
	}
	d, err := spell.English(Variety(r.d, r.cfg.English))
	if err != nil {
		return
	}
	c := spell.NewChecker(d, r.cfg.Words)
	docNames := spell.Names{}
	for _, e := range r.d.Entities {
		if n := e.Name("en"); n != "" && !r.projectedOnly(e, n) {
			docNames.Add(n)
		}
	}
	groups := project.Overlapping(r.d)
	offered := map[string]string{} // the suggestions of each word, found once
	for i, s := range r.d.Segments {
		if !translated(s) || s.Locked || r.french[s.ID] { // a locked English is not to be changed (translate="no": the French)
			continue // an English still French is one issue of same-as-source, not one a word
		}
		for _, m := range c.Check(s.Target, docNames, r.segmentNames(s, groups[i])) {
			if r.cfg.IgnoreWords[m.Word] {
				continue
			}
			sugg, ok := offered[m.Word]
			if !ok {
				sugg = strings.Join(c.Suggest(m.Word, suggestions), ", ")
				offered[m.Word] = sugg
			}
			r.addWord(s.ID, m, sugg)
		}
	}
}

// Variety is the English spelling the spelling check reads in d: v, else the one d's target language
// names (spell.VarietyOf), else either (spell.AnyEnglish).
func Variety(d *annotate.Document, v spell.Variety) spell.Variety {
	if v == "" {
		v = spell.VarietyOf(d.TargetLang)
	}
	if v == "" {
		v = spell.AnyEnglish
	}
	return v
}

func (r *run) addWord(seg string, m spell.Misspelling, sugg string) {
	msg := fmt.Sprintf("%q may be misspelt (no suggestion).", m.Word)
	key := "qa.spelling.none"
	if sugg != "" {
		msg = fmt.Sprintf("%q may be misspelt: %s?", m.Word, sugg)
		key = "qa.spelling"
	}
	r.issues = append(r.issues, Issue{Check: Spelling, Severity: r.sev, Segment: seg, Message: msg, Key: key,
		Args: map[string]string{"word": m.Word, "suggestions": sugg}, Start: m.Start, End: m.End})
}

// segmentNames returns the words of a segment's own names: the capitalised words of its French, which
// a translation keeps as they are when they are names whether or not anyone tagged them (Sinjar,
// Kyaukphyu), the capitalised words of its English spans other than quotations and cues, the words of
// its French names, and the English of those that the glossary and the namer give.
func (r *run) segmentNames(s *annotate.Segment, sources []*annotate.Span) spell.Names {
	names := spell.Names{}
	for _, t := range spell.Words(r.d.SourceText(s)) {
		if first, _ := utf8.DecodeRuneInString(t.Text); unicode.IsUpper(first) {
			names.Add(t.Text)
		}
	}
	for _, sp := range r.d.TargetSpans(s.ID) {
		if sp.Label == annotate.LabelQuote || sp.Label == annotate.LabelCue || sp.Origin == annotate.Auto {
			continue // an unconfirmed span is projection's guess, which a misspelt name can fool
		}
		for _, w := range strings.Fields(r.d.SpanText(sp)) {
			if first, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(first) {
				names.Add(w)
			}
		}
	}
	for _, sp := range sources {
		if sp.Label == annotate.LabelQuote || sp.Label == annotate.LabelCue {
			continue
		}
		fr := r.d.SpanText(sp)
		names.Add(fr) // a name often keeps its words in English (Lavrov, Macron)
		if g := r.cfg.Project.Glossary; g != nil {
			for _, en := range g.Lookup(fr) {
				names.Add(en)
			}
		}
		if n := r.cfg.Project.Names; n != nil {
			if en, ok := n.EnglishName(fr, sp.Label); ok {
				names.Add(en)
			}
		}
	}
	return names
}

// projectedOnly reports whether an entity's English name is only what projection read in the
// English: a name no confirmed English mention reads, while an unconfirmed one does. Projection
// finds a name by its likeness to the French and the glossary, so a misspelt name ("Rusia" for
// Russie, "The ministr") becomes the entity's English name: it is no proof of its spelling.
func (r *run) projectedOnly(e *annotate.Entity, name string) bool {
	guessed := false
	for _, id := range e.Mentions {
		sp := r.d.Span(id)
		if sp == nil || sp.Side != annotate.Target || r.d.SpanText(sp) != name {
			continue
		}
		if sp.Origin != annotate.Auto {
			return false
		}
		guessed = true
	}
	return guessed
}
