package qa

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
)

func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

func (r *run) untranslated() {
	for _, s := range r.d.Segments {
		if !s.Locked && !translated(s) && hasLetterOrDigit(r.d.SourceText(s)) { // locked: nothing to translate there
			r.add(Untranslated, "qa.untranslated", s.ID, "", "Segment "+s.ID+" is not translated.", nil)
		}
	}
}

// linkedIn returns the target span of segment segID that source span srcID is linked to, or nil.
func linkedIn(d *annotate.Document, srcID, segID string) *annotate.Span {
	for _, l := range d.LinksOf(srcID) {
		if l.Type == annotate.LinkTranslation && l.From == srcID {
			if t := d.Span(l.To); t != nil && t.Side == annotate.Target && t.Segment == segID {
				return t
			}
		}
	}
	return nil
}

// quoteMissing flags the source quotations of translated segments that have no translation link into
// the segment, no quotation of the translation that projection would pair them with, and no other
// quotation of the translation left for them. Projection pairs a quotation only where it is sure (the
// counts agree, or the places do, and the words look alike), as a wrong tag costs the annotator a
// correction; the check asks less: whether the English still quotes, with its own marks (“ ” ‘ ’ " ")
// or any other, as many times as the French quotations left unpaired, which it does when a translator
// moved a quotation, quoted a title besides, or the English quotation was tagged and rejected. It is
// the quotations left over then, the last ones, that are flagged.
func (r *run) quoteMissing() {
	groups := project.Overlapping(r.d)
	opts := r.cfg.Project
	opts.Labels = []string{annotate.LabelQuote}
	for i, s := range r.d.Segments {
		if !translated(s) {
			continue
		}
		var unlinked []*annotate.Span
		for _, sp := range groups[i] {
			if sp.Label == annotate.LabelQuote && linkedIn(r.d, sp.ID, s.ID) == nil {
				unlinked = append(unlinked, sp)
			}
		}
		if len(unlinked) == 0 {
			continue
		}
		props, _ := project.ProposeFor(r.d, s.ID, groups[i], opts)
		unlinked = slices.DeleteFunc(unlinked, func(sp *annotate.Span) bool {
			return slices.ContainsFunc(props, func(p project.Proposal) bool { return p.Source == sp.ID })
		})
		free := r.freeQuotations(s, props)
		for _, sp := range unlinked[min(free, len(unlinked)):] {
			q := annotate.Shorten(r.d.SpanText(sp), 50)
			r.add(QuoteMissing, "qa.quote-missing", s.ID, sp.ID,
				fmt.Sprintf("The quotation %s has no counterpart in the translation of %s.", q, s.ID), map[string]string{"quote": q})
		}
	}
}

// freeQuotations counts the quotations of the segment's translation that no source quotation holds:
// none overlaps a quotation span of the translation linked from the source, nor a proposal of
// projection.
func (r *run) freeQuotations(s *annotate.Segment, props []project.Proposal) int {
	var held [][2]int
	for _, p := range props {
		held = append(held, [2]int{p.Start, p.End})
	}
	for _, sp := range r.d.TargetSpans(s.ID) {
		if sp.Label == annotate.LabelQuote && slices.ContainsFunc(r.d.LinksOf(sp.ID), func(l *annotate.Link) bool {
			return l.Type == annotate.LinkTranslation && l.To == sp.ID
		}) {
			held = append(held, [2]int{sp.Start, sp.End})
		}
	}
	n := 0
	for _, q := range quotations(s.Target) {
		if !slices.ContainsFunc(held, func(h [2]int) bool { return h[0] < q.end && q.start < h[1] }) {
			n++
		}
	}
	return n
}

// mention is a source name with the English it is linked to, or that projection would link, at
// start:end in the segment's English.
type mention struct {
	seg, span, src, en string
	start, end         int
}

// nameInconsistent compares the English of every name: each mention of an entity should read the
// entity's English name (see entityNames), one source name should keep one English form across the
// document, and the glossary's when the glossary has the name.
func (r *run) nameInconsistent() {
	r.entityNames()
	byName := map[string][]mention{}
	var order []string
	for _, sp := range r.d.Spans {
		if sp.Side != annotate.Target || sp.Label == annotate.LabelQuote || sp.Label == annotate.LabelCue {
			continue
		}
		for _, l := range r.d.LinksOf(sp.ID) {
			src := r.d.Span(l.From)
			if l.Type != annotate.LinkTranslation || l.To != sp.ID || src == nil {
				continue
			}
			m := mention{sp.Segment, sp.ID, r.d.SpanText(src), r.d.SpanText(sp), sp.Start, sp.End}
			key := src.Label + "\x00" + project.Fold(m.src)
			if byName[key] == nil {
				order = append(order, key)
			}
			byName[key] = append(byName[key], m)
			r.againstGlossary(m, r.entityExpects[m.span])
		}
	}
	for _, key := range order {
		r.inconsistent(byName[key])
	}
}

// againstGlossary flags a mention whose English does not hold the glossary's, case and accents aside
// (but for the case of an entry that matches case), unless the glossary says what the entity says and
// the mention was flagged against the entity already (entityExpected).
func (r *run) againstGlossary(m mention, entityExpected string) {
	if r.cfg.Glossary == nil {
		return
	}
	want := r.cfg.Glossary.Lookup(m.src)
	enWords := nameWords(m.en)
	var segWords []nameWord // the segment's English: the mention's span may hold less than the term around it
	if s := r.d.Segment(m.seg); s != nil {
		segWords = nameWords(s.Target)
	}
	cased, _ := r.cfg.Glossary.(project.CaseGlossary)
	if len(want) == 0 || slices.ContainsFunc(want, func(w string) bool {
		keys := folds // a term that matches case is to be written in its case (PAN, not pan), but in a headline in capitals
		if cased != nil && cased.MatchCase(m.src, w) && !r.inCapitals(m) {
			keys = casedFolds
		}
		term, en := keys(nameWords(w)), keys(enWords)
		return contains(en, term) || len(term) > len(en) && contains(keys(segWords), term) ||
			entityExpected != "" && project.Fold(w) == project.Fold(entityExpected)
	}) {
		return // the glossary's form, maybe with a possessive, or the span is part of it ("José Martínez" of
		// "José Martínez (Sr.)"); or the entity's name, flagged already
	}
	r.add(NameInconsistent, "qa.name-inconsistent.glossary", m.seg, m.span,
		fmt.Sprintf("%q is translated %q, but the glossary says %q.", m.src, m.en, strings.Join(want, " / ")),
		map[string]string{"source": m.src, "target": m.en, "expected": strings.Join(want, " / ")})
}

// inCapitals reports whether the English mention lies in a stretch of its segment's English written
// in capitals, as a headline is ("THE GREENS WIN IN PARIS", annotate.InCapitals): its case then says
// nothing, as the glossary finds a French term that matches case in such a stretch too.
func (r *run) inCapitals(m mention) bool {
	s := r.d.Segment(m.seg)
	if s == nil || m.start < 0 || m.end > len(s.Target) || m.start > m.end {
		return false
	}
	words := func(t string) []string {
		return strings.FieldsFunc(t, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) && !unicode.IsMark(c) })
	}
	all, from := words(s.Target), len(words(s.Target[:m.start]))
	return annotate.InCapitals(len(all), func(i int) string { return all[i] }, from, from+len(words(s.Target[m.start:m.end])))
}

// inconsistent flags the mentions of one source name whose English differs from the most frequent.
func (r *run) inconsistent(ms []mention) {
	count := map[string]int{}
	best := ""
	for _, m := range ms {
		f := project.Fold(m.en)
		count[f]++
		if count[f] > count[best] {
			best = f
		}
	}
	if len(count) < 2 {
		return
	}
	var usual string
	var where []string
	for _, m := range ms {
		if project.Fold(m.en) == best {
			usual = m.en
			where = append(where, m.seg)
		}
	}
	for _, m := range ms {
		if project.Fold(m.en) != best {
			segs := strings.Join(slices.Compact(where), ", ")
			r.add(NameInconsistent, "qa.name-inconsistent", m.seg, m.span,
				fmt.Sprintf("%q is translated %q here but %q in %s.", m.src, m.en, usual, segs),
				map[string]string{"source": m.src, "target": m.en, "usual": usual, "segments": segs})
		}
	}
}

// typography flags guillemets and spaces before ; : ! ? in the translation. The guillemets of an
// English the quotation style check reads are that check's, which can put them right: one issue each.
// A locked segment's English is left alone (leftAlone).
func (r *run) typography() {
	styled := !r.cfg.Disabled[QuotationStyle]
	for _, s := range r.d.Segments {
		if !translated(s) {
			continue
		}
		if strings.ContainsAny(s.Target, "«»") && !styled {
			r.add(FrenchTypography, "qa.french-typography.guillemets", s.ID, "",
				"The translation of "+s.ID+" uses French guillemets « »; English uses “ ”.", nil)
		}
		if mark, ok := spaceBeforeMark(s.Target); ok {
			r.add(FrenchTypography, "qa.french-typography.space", s.ID, "",
				fmt.Sprintf("The translation of %s has a space before %q, as in French.", s.ID, mark), map[string]string{"mark": mark})
		}
	}
}

func spaceBeforeMark(s string) (string, bool) {
	prev := 'x'
	for _, c := range s {
		if strings.ContainsRune(";:!?", c) && (prev == ' ' || prev == '\u00a0' || prev == '\u202f' || prev == '\u2009') {
			return string(c), true
		}
		prev = c
	}
	return "", false
}

// pending flags the segments holding spans still awaiting review, on either side.
func (r *run) pending() {
	counts := make([]int, len(r.d.Segments))
	for _, sp := range r.d.Spans {
		if sp.Origin != annotate.Auto {
			continue
		}
		i := -1
		if sp.Side == annotate.Source {
			i = r.d.SegmentAt(sp.Start)
		} else {
			i = r.d.SegmentIndex(sp.Segment)
		}
		if i >= 0 {
			counts[i]++
		}
	}
	for i, n := range counts {
		if n > 0 {
			id := r.d.Segments[i].ID
			r.add(PendingSuggestions, "qa.pending-suggestions", id, "",
				fmt.Sprintf("Segment %s holds %s awaiting review.", id, annotate.Plural(n, "suggestion", "suggestions")), map[string]string{"count": strconv.Itoa(n)})
		}
	}
}
