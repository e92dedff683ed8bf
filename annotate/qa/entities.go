package qa

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
)

// The document's entities are its own glossary: each has a French and an English name (from
// pre-annotation, projection, or the translator's rename in the Entities tab), and every English
// mention of an entity should read its English name, in full or in part. entityNames checks that in
// every translated segment, where the English of a French mention is either a target span that is the
// entity's mention (or linked to one of its French mentions), or, where nothing is linked yet, the
// place projection would link: the same search by the entity's names, its English mentions elsewhere,
// the usual English name and a respelling, without the positional guess.
//
// A mention reads the name when it holds the whole name ("the White House", "Lavrov's") or a part of
// it ("Lavrov", "Trump"), or an adjective, plural, abbreviation or acronym of its words ("Russian",
// "the Clintons", "St", "US"); case, accents and a possessive do not count. It does not when a word
// of it is a near miss of a word of the name ("Sergei" for "Sergey", "Moscou" for "Moscow"), or a word
// of the name without the s it is spelt with ("Marseille" for "Marseilles", "United State": a plural
// of the name is fine, its singular is not the name), nor, for
// a mention a person confirmed, when it is a name sharing no word with the entity's ("Moskva" for
// "Moscow": on a suggestion, that is more often projection's mistake, which the suggestion's review
// is for). Anything else (a title, "President Trump"; a description, "the Russian diplomat") is left
// alone, and so are the French mentions that do not name the entity ("il", "le diplomate russe"), and
// the entities whose English name is only their French one copied (see decided).
//
// Measured on the 123 NTREX-128 articles (professional English news and their French translations,
// pre-annotated and projected): no issue on 2,593 English entity mentions, and when an English name is
// renamed (a letter changed), 442 of the 443 segments reading the old name are flagged (424 of 440 in
// documents not projected). See entities_measure_test.go.

// entityNames flags the English mentions of entities that do not read the entity's English name, and
// the English of French names not linked yet that does not read the glossary's (the linked ones are
// checked against the glossary by nameInconsistent).
func (r *run) entityNames() {
	c := newEntityCheck(r.d)
	if c == nil && r.cfg.Glossary == nil {
		return
	}
	groups := project.Overlapping(r.d)
	for i, s := range r.d.Segments {
		if !translated(s) {
			continue
		}
		if c != nil {
			r.linkedEntityMentions(c, s)
		}
		r.unlinkedNames(c, s, groups[i])
	}
}

// entityCheck holds what the check needs of the document's entities.
type entityCheck struct {
	d      *annotate.Document
	src    string                      // the source language's key in entity names
	tgt    string                      // the target language's
	byName map[string]*annotate.Entity // by label and folded French name, for French names no entity holds
}

// newEntityCheck returns nil when no entity has an English name.
func newEntityCheck(d *annotate.Document) *entityCheck {
	c := &entityCheck{d: d, src: orDefault(d.SourceLang, "fr"), tgt: orDefault(d.TargetLang, "en"), byName: map[string]*annotate.Entity{}}
	for _, e := range d.Entities {
		if c.english(e) == "" {
			continue
		}
		if fr := strings.TrimSpace(e.Names[c.src]); fr != "" {
			c.byName[e.Type+"\x00"+project.Fold(fr)] = e
		}
	}
	if len(c.byName) == 0 && !slices.ContainsFunc(d.Entities, func(e *annotate.Entity) bool { return c.english(e) != "" }) {
		return nil
	}
	return c
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// english is an entity's English name, or "" when it has none (never its French one).
func (c *entityCheck) english(e *annotate.Entity) string {
	if n := strings.TrimSpace(e.Names[c.tgt]); n != "" {
		return n
	}
	base, _, _ := strings.Cut(c.tgt, "-")
	return strings.TrimSpace(e.Names[base])
}

// decided reports whether an entity's English name says more than its French one: pre-annotation
// gives a person the French name in English too unless it knows better, and English often spells
// such names its own way (Poutine, Putin; Daesh, ISIS), so an English mention that differs from a
// copied name is no sign of a mistake.
func (c *entityCheck) decided(e *annotate.Entity) bool {
	return project.Fold(c.english(e)) != project.Fold(e.Names[c.src])
}

// entityOf returns the entity a French mention names, with its English name: the entity it is a
// mention of, or else the one whose French name it is. It returns nil for a French mention that does
// not name its entity (a pronoun, a description) and for entities without an English name.
func (c *entityCheck) entityOf(src *annotate.Span) (*annotate.Entity, string) {
	if c == nil {
		return nil, ""
	}
	e := c.d.EntityOf(src.ID)
	fr := c.d.SpanText(src)
	if e == nil {
		e = c.byName[src.Label+"\x00"+project.Fold(fr)]
	}
	if e == nil {
		return nil, ""
	}
	en := c.english(e)
	if en == "" || !sharesWord(fr, e.Names[c.src]) && !sharesWord(fr, en) {
		return nil, ""
	}
	return e, en
}

// linkedEntityMentions checks the segment's English spans that are mentions of an entity.
func (r *run) linkedEntityMentions(c *entityCheck, s *annotate.Segment) {
	for _, t := range r.d.TargetSpans(s.ID) {
		if t.Label == annotate.LabelQuote || t.Label == annotate.LabelCue {
			continue
		}
		var e *annotate.Entity
		var en string
		if src := translationOf(r.d, t); src != nil {
			e, en = c.entityOf(src)
		} else if e = r.d.EntityOf(t.ID); e != nil {
			en = c.english(e)
		}
		if en == "" {
			continue
		}
		how := reading{spelling: c.decided(e), strict: c.decided(e) && t.Origin == annotate.Human}
		if found := r.d.SpanText(t); !readsName(found, en, how) {
			r.entityIssue(s.ID, t.ID, found, en, e, c)
		}
	}
}

// translationOf returns the source span a target span is the translation of, or nil.
func translationOf(d *annotate.Document, t *annotate.Span) *annotate.Span {
	for _, l := range d.LinksOf(t.ID) {
		if l.Type == annotate.LinkTranslation && l.To == t.ID {
			if src := d.Span(l.From); src != nil && src.Side == annotate.Source {
				return src
			}
		}
	}
	return nil
}

// unlinkedNames checks the English where projection would place the segment's French names that have
// no English span linked in this segment: against their entity's English name, and against the
// glossary. As reading is not strict here (a name that projection found but that shares no word is no
// sign), only the entities whose English name says more than the French can be misread, and only by
// a near miss. c may be nil (no entity has an English name).
func (r *run) unlinkedNames(c *entityCheck, s *annotate.Segment, spans []*annotate.Span) {
	var names []*annotate.Span
	var labels, suspects []string
	inGlossary := false
	for _, sp := range spans {
		if sp.Label == annotate.LabelQuote || sp.Label == annotate.LabelCue || sp.Start < s.Start || sp.End > s.End ||
			linkedIn(r.d, sp.ID, s.ID) != nil {
			continue
		}
		e, en := c.entityOf(sp)
		named := e != nil && c.decided(e)
		if named && !slices.Contains(suspects, en) {
			suspects = append(suspects, en)
		}
		glossed := r.cfg.Glossary != nil && len(r.cfg.Glossary.Lookup(r.d.SpanText(sp))) > 0
		inGlossary = inGlossary || glossed
		if named || glossed {
			names = append(names, sp)
			if !slices.Contains(labels, sp.Label) {
				labels = append(labels, sp.Label)
			}
		}
	}
	if len(names) == 0 || !inGlossary && !nearMissIn(s.Target, suspects) {
		return // nothing in the English is spelt nearly like these names: projection need not look
	}
	opts := r.cfg.Project
	opts.Labels, opts.NoAlign = labels, true
	props, _ := project.ProposeFor(r.d, s.ID, names, opts)
	for _, p := range props {
		src := r.d.Span(p.Source)
		found, expected := s.Target[p.Start:p.End], ""
		if e, en := c.entityOf(src); e != nil && c.decided(e) && !readsName(found, en, reading{spelling: true}) {
			r.entityIssue(s.ID, "", found, en, e, c)
			expected = en
		}
		r.againstGlossary(mention{s.ID, "", r.d.SpanText(src), found, p.Start, p.End}, expected)
	}
}

// nearMissIn reports whether a word of text is a near miss of a word of one of names, or one of their
// words without its final s ("Marseille" for "Marseilles"): only then can
// the English of an unlinked mention misread a name (see readsName without strict). Projecting every
// segment would cost more than all the other checks together on a long document.
func nearMissIn(text string, names []string) bool {
	words := nameWords(text)
	for _, n := range names {
		for _, y := range nameWords(n) {
			for _, x := range words {
				if nearMiss(x.fold, y.fold) && !sameWord(x.fold, y.fold) || droppedS(x, []string{y.fold}) {
					return true
				}
			}
		}
	}
	return false
}

func (r *run) entityIssue(seg, span, found, en string, e *annotate.Entity, c *entityCheck) {
	entity := strings.TrimSpace(e.Names[c.src])
	if entity == "" {
		entity = en
	}
	if span != "" {
		if r.entityExpects == nil {
			r.entityExpects = map[string]string{}
		}
		r.entityExpects[span] = en
	}
	r.add(NameInconsistent, "qa.name-inconsistent.entity", seg, span,
		fmt.Sprintf("The English reads %q, but the entity %q is %q in English.", found, entity, en),
		map[string]string{"target": found, "entity": entity, "expected": en})
}

// nameWord is a word of a name: folded (lower case, no accents) and whether it was capitalised.
type nameWord struct {
	text  string // as written
	fold  string
	upper bool // starts with a capital
	caps  bool // all capitals
}

// nameWords cuts s into words (letters, digits and marks; anything else separates them) and drops a
// final possessive: the s of "Lavrov's" and "Lavrov’s".
func nameWords(s string) []nameWord {
	var out []nameWord
	start := -1
	flush := func(end int) {
		w := s[start:end]
		r, _ := utf8.DecodeRuneInString(w)
		out = append(out, nameWord{w, project.Fold(w), unicode.IsUpper(r), strings.ToUpper(w) == w})
		start = -1
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			flush(i)
		}
	}
	if start >= 0 {
		flush(len(s))
	}
	if n := len(out); n > 1 && out[n-1].fold == "s" && possessive(s) {
		out = out[:n-1]
	}
	return out
}

// possessive reports whether s ends in 's or ’s.
func possessive(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") || strings.HasSuffix(s, "'S") || strings.HasSuffix(s, "’S")
}

func folds(ws []nameWord) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.fold
	}
	return out
}

// casedFolds returns the words' folds with their case (annotate.CaseShape): how the English of a
// glossary entry that matches case compares, accents aside, case not.
func casedFolds(ws []nameWord) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.fold + "\x00" + annotate.CaseShape(w.text)
	}
	return out
}

// connectors are the lower-case words a name may hold ("Ministry of Foreign Affairs", "Ursula von der
// Leyen"): they neither make a name nor stop one being a name.
var connectors = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "du": true,
	"des": true, "la": true, "le": true, "les": true, "von": true, "van": true, "der": true, "den": true,
	"al": true, "el": true, "bin": true, "ben": true, "da": true, "di": true, "y": true}

// reading says how strictly readsName compares a mention with a name.
type reading struct {
	spelling bool // a word spelt nearly like a word of the name is wrong ("Sergei" for "Sergey")
	strict   bool // and so is a name that shares no word with it ("Moskva" for "Moscow")
}

// readsName reports whether found, the English of a mention, reads the English name en: it holds the
// name or is a part of it, word for word, ignoring case, accents and a final possessive; or each of its
// words is a word of the name, a plural or an adjective of one ("Clintons", "Russian", "North Korean"),
// an abbreviation ("St" for Saint, "AZ") or an acronym ("US", "USA"), or is none of these but no near
// miss either ("President", "Mr"). See reading for what is wrong.
func readsName(found, en string, how reading) bool {
	m, w := nameWords(found), nameWords(en)
	fm, fw := folds(m), folds(w)
	if len(fm) == 0 || len(fw) == 0 || contains(fm, fw) || contains(fw, fm) {
		return true
	}
	shared := false
	for _, x := range m {
		if connectors[x.fold] && !x.upper {
			continue
		}
		if how.spelling && droppedS(x, fw) {
			return false // "Marseille" for "Marseilles": the name's own s is part of its spelling
		}
		if slices.ContainsFunc(fw, func(y string) bool { return sameWord(x.fold, y) }) || acronymOf(x, w) {
			shared = true
			continue
		}
		if how.spelling && slices.ContainsFunc(fw, func(y string) bool { return nearMiss(x.fold, y) }) {
			return false
		}
	}
	return shared || !how.strict || !nameLike(m)
}

// sameWord reports whether folded words x and y are one word of a name: equal, a plural or an
// adjective of the other ("russia", "russian"; "china", "chinese"; "europe", "european"), or an
// abbreviation of it ("st", "saint"; "la", "louisiana").
func sameWord(x, y string) bool {
	return x == y || derived(x, y) || derived(y, x) || abbreviation(x, y) || abbreviation(y, x)
}

// derived reports whether x is y with a plural or adjective ending, y's last vowel dropped or not.
func derived(x, y string) bool {
	if len(y) < 3 {
		return false
	}
	for _, stem := range []string{y, strings.TrimRight(y, "aeoy")} {
		if rest, ok := strings.CutPrefix(x, stem); ok && len(stem) >= 3 {
			switch rest {
			case "s", "es", "n", "ns", "an", "ans", "ian", "ians", "ean", "eans", "ese", "i", "is", "ish":
				return true
			}
		}
	}
	return false
}

// plural reports whether x is y with a plural ending, s or es, y's last vowel dropped or not. It is
// how readsName tells "the Clintons" for "Clinton", a plural of the name, from "Marseille" for
// "Marseilles", the name without the s it is spelt with, which a translator must not write.
func plural(x, y string) bool {
	if len(y) < 3 {
		return false
	}
	for _, stem := range []string{y, strings.TrimRight(y, "aeoy")} {
		if rest, ok := strings.CutPrefix(x, stem); ok && len(stem) >= 3 && (rest == "s" || rest == "es") {
			return true
		}
	}
	return false
}

// droppedS reports whether the word x is a word of the name fw without the s it ends in ("Marseille"
// for "Marseilles"), and not an acronym, whose plural a name may be ("MWP" for "MWPs").
func droppedS(x nameWord, fw []string) bool {
	if x.caps && utf8.RuneCountInString(x.fold) <= 5 || slices.Contains(fw, x.fold) {
		return false
	}
	return slices.ContainsFunc(fw, func(y string) bool { return plural(y, x.fold) })
}

// abbreviation reports whether x, of two to four letters, abbreviates y: y's first letter, then
// letters of y in order ("st" for "saint", "az" for "arizona", "calif" is too long).
func abbreviation(x, y string) bool {
	rx := []rune(x)
	if len(rx) < 2 || len(rx) > 4 || len(y) <= len(x) || !strings.HasPrefix(y, string(rx[0])) {
		return false
	}
	k := 0
	for _, r := range y {
		if k < len(rx) && r == rx[k] {
			k++
		}
	}
	return k == len(rx)
}

// contains reports whether the words sub appear, in a row, in words.
func contains(words, sub []string) bool {
	for i := 0; i+len(sub) <= len(words); i++ {
		if slices.Equal(words[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// acronymOf reports whether the word x, in capitals, is an acronym of the name's words: "US" (or the
// "U" of "U.S.") or "USA" for "United States", "EU" for "European Union": its letters and the
// initials of the name's words, connectors left out, agree from the first, one running out.
func acronymOf(x nameWord, name []nameWord) bool {
	if !x.upper || !x.caps {
		return false
	}
	var initials []rune
	for _, w := range name {
		if !connectors[w.fold] {
			r, _ := utf8.DecodeRuneInString(w.fold)
			initials = append(initials, r)
		}
	}
	letters := []rune(x.fold)
	if len(initials) < 2 {
		return false
	}
	n := min(len(letters), len(initials))
	return slices.Equal(letters[:n], initials[:n])
}

// nameLike reports whether words are a name: a capitalised word, and no lower-case one but connectors.
func nameLike(words []nameWord) bool {
	upper := false
	for _, w := range words {
		switch {
		case w.upper:
			upper = true
		case !connectors[w.fold]:
			return false
		}
	}
	return upper
}

// nearMiss reports whether two different folded words are spellings of one (Sergei and Sergey, Moscou
// and Moscow, Lavrov and Lavroff): the same first letter, and one edit apart (two for words of more
// than five letters). A plural is not a near miss.
func nearMiss(a, b string) bool {
	if a == b || a+"s" == b || b+"s" == a {
		return false
	}
	ra, rb := []rune(a), []rune(b)
	n := max(len(ra), len(rb))
	if min(len(ra), len(rb)) < 3 || ra[0] != rb[0] {
		return false
	}
	limit := 1
	if n > 5 {
		limit = 2
	}
	return annotate.EditDistance(ra, rb) <= limit
}

// sharesWord reports whether two names have a word in common, ignoring case and accents.
func sharesWord(a, b string) bool {
	fb := folds(nameWords(b))
	for _, w := range nameWords(a) {
		if !connectors[w.fold] && slices.Contains(fb, w.fold) {
			return true
		}
	}
	return false
}
