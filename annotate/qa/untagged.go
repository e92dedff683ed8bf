package qa

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
)

// A name confirmed in one place of a document and left untagged in another is a false negative in
// the training data exported from it, and the same name under two labels teaches a recogniser both:
// name-untagged and name-label find them, as Prodigy and INCEpTION users check before exporting. Each
// side and, in the English, each segment is read alone; names are matched as whole words (a hyphen
// or an apostrophe inside a word binds: "Jean" is not found in "Jean-Marc", "Alep" is in "d’Alep"),
// case and accents folded as casing allows (namefold.go).

// tagText is one text the name checks read: the French, or a segment's English, with its spans.
type tagText struct {
	text  string
	spans []*annotate.Span // on this text
	seg   func(off int) string
}

// namesTagged are the confirmed names of a text: each name's words with the label most of its
// spans carry and the segments of those spans.
type namesTagged struct {
	label    map[string]string   // name → its usual label
	segs     map[string][]string // name → segments tagging it so
	byFirst  map[string][]string // first word, folded → names, longest first
	labelled map[string]map[string]int
	lower    func(place string) bool // whether the name written lower case is no common word (namefold.go)
}

func (r *run) tagTexts() []tagText {
	var src []*annotate.Span
	for _, sp := range r.d.Spans {
		if sp.Side == annotate.Source {
			src = append(src, sp)
		}
	}
	out := []tagText{{r.d.Text, src, func(off int) string {
		if i := r.d.SegmentAt(off); i >= 0 {
			return r.d.Segments[i].ID
		}
		return ""
	}}}
	for _, s := range r.d.Segments {
		if spans := r.d.TargetSpans(s.ID); len(spans) > 0 {
			id := s.ID
			out = append(out, tagText{s.Target, spans, func(int) string { return id }})
		}
	}
	return out
}

// nameTagging runs name-untagged and name-label on each text.
// name-untagged then flags the persons' names typed in lower case in the English (lowerperson.go).
func (r *run) nameTagging(check string) {
	flagged := map[string]bool{} // lowerKey of the English names name-untagged flagged
	for _, t := range r.tagTexts() {
		names := r.collectNames(t)
		names.lower = r.lowerCaseName(t)
		if len(names.label) == 0 {
			continue
		}
		if check == NameLabel {
			r.otherLabels(t, names)
		} else {
			r.untagged(t, names, flagged)
		}
	}
	if check == NameUntagged {
		r.lowerPersons(flagged)
	}
}

// nameSpan reports whether a span is a confirmed name worth matching: a name (not a description or
// a pronoun) of the four labels a recogniser learns (PER, ORG, LOC, MISC; a SPEAKER label of a
// quotation corpus tags a name only where it speaks), starting with a capital, of two letters at least.
func nameSpan(sp *annotate.Span, text string) bool {
	if !confirmed(sp) || !nerLabel(sp.Label) || sp.Mention != "" && sp.Mention != annotate.MentionName {
		return false
	}
	first, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(first) && utf8.RuneCountInString(text) >= 2
}

func (r *run) collectNames(t tagText) namesTagged {
	n := namesTagged{label: map[string]string{}, segs: map[string][]string{}, byFirst: map[string][]string{},
		labelled: map[string]map[string]int{}}
	for _, sp := range t.spans {
		name := t.text[sp.Start:sp.End]
		if !nameSpan(sp, name) {
			continue
		}
		if n.labelled[name] == nil {
			n.labelled[name] = map[string]int{}
			first := annotate.Fold(firstWord(name))
			n.byFirst[first] = append(n.byFirst[first], name)
		}
		n.labelled[name][sp.Label]++
		if c := n.labelled[name]; n.label[name] == "" || c[sp.Label] > c[n.label[name]] {
			n.label[name] = sp.Label
		}
	}
	for _, sp := range t.spans {
		name := t.text[sp.Start:sp.End]
		if seg := t.seg(sp.Start); nameSpan(sp, name) && sp.Label == n.label[name] && seg != "" {
			n.segs[name] = append(n.segs[name], seg) // not "" for a span outside every segment
		}
	}
	for name, segs := range n.segs {
		n.segs[name] = slices.Compact(segs) // once: Compact clears the tail it leaves of the slice it is given
	}
	for k := range n.byFirst {
		sort.Slice(n.byFirst[k], func(i, j int) bool { return len(n.byFirst[k][i]) > len(n.byFirst[k][j]) })
	}
	return n
}

// otherLabels flags the spans of a name whose label is not the one most of its spans carry.
func (r *run) otherLabels(t tagText, n namesTagged) {
	for _, sp := range t.spans {
		name := t.text[sp.Start:sp.End]
		if !nameSpan(sp, name) || sp.Label == n.label[name] {
			continue
		}
		seg, segs := t.seg(sp.Start), strings.Join(n.segs[name], ", ")
		r.add(NameLabel, "qa."+NameLabel, seg, sp.ID,
			fmt.Sprintf("“%s” is tagged %s in %s but %s in %s.", name, sp.Label, seg, n.label[name], segs),
			map[string]string{"name": name, "label": sp.Label, "usual": n.label[name], "segments": segs})
	}
}

// untagged flags the places where a confirmed name is written and no span tags it (nor a longer
// name around it), once per name and segment, unless a person rejected a suggestion there; flagged
// gets the lowerKey of those in the English.
func (r *run) untagged(t tagText, n namesTagged, flagged map[string]bool) {
	ents := slices.DeleteFunc(slices.Clone(t.spans), func(sp *annotate.Span) bool { return !entityLabel(sp.Label) })
	covered := coverage(ents)
	done := map[string]bool{}
	for i := 0; i < len(t.text); {
		name, end := nameAt(t.text, i, n)
		if name == "" {
			i = nextWord(t.text, i)
			continue
		}
		seg := t.seg(i)
		if seg != "" && !covered(i, end) && !done[seg+"\x00"+name] && !r.rejectedAt(t, i, end) {
			done[seg+"\x00"+name] = true
			if t.text != r.d.Text {
				flagged[lowerKey(seg, name)] = true
			}
			segs := strings.Join(n.segs[name], ", ")
			r.add(NameUntagged, "qa."+NameUntagged, seg, "",
				fmt.Sprintf("“%s” is tagged %s in %s but left untagged in %s.", name, n.label[name], segs, seg),
				map[string]string{"name": name, "label": n.label[name], "segments": segs})
		}
		i = end
	}
}

// rejectedAt reports whether a person rejected a suggested name at [a, b) of the French.
func (r *run) rejectedAt(t tagText, a, b int) bool {
	if t.text != r.d.Text {
		return false
	}
	return slices.ContainsFunc(r.d.Rejected, func(rj *annotate.Rejection) bool {
		return rj.Side == annotate.Source && rj.Start < b && a < rj.End
	})
}

// nameAt returns the longest name of n written at i as whole words, case and accents folded as
// casing allows (writtenAs), and where its place ends; "" when there is none.
func nameAt(text string, i int, n namesTagged) (string, int) {
	if i > 0 {
		if prev, _ := utf8.DecodeLastRuneInString(text[:i]); wordRune(prev) || hyphen(prev) {
			return "", 0
		}
	}
	for _, name := range n.withFirst(firstWord(text[i:])) {
		end := runesAfter(text, i, utf8.RuneCountInString(name))
		if end < 0 {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(text[end:]); wordRune(next) || hyphen(next) {
			continue
		}
		if place := text[i:end]; writtenAs(place, name, n.label[name], n.lower) {
			return name, end
		}
	}
	return "", 0
}

func nerLabel(l string) bool {
	return l == annotate.LabelPER || l == annotate.LabelORG || l == annotate.LabelLOC || l == annotate.LabelMISC
}

func hyphen(c rune) bool { return c == '-' || c == '\u2010' || c == '\u2011' }

// firstWord returns the letters and digits s starts with ("Jean" of "Jean-Marc Ayrault").
func firstWord(s string) string {
	if i := strings.IndexFunc(s, func(c rune) bool { return !wordRune(c) }); i >= 0 {
		return s[:i]
	}
	return s
}

// nextWord returns the offset of the next rune after i that starts a word.
func nextWord(text string, i int) int {
	prev, size := utf8.DecodeRuneInString(text[i:])
	i += size
	for i < len(text) {
		c, size := utf8.DecodeRuneInString(text[i:])
		if wordRune(c) && !wordRune(prev) && !hyphen(prev) {
			return i
		}
		prev = c
		i += size
	}
	return i
}

// coverage returns a function telling whether [a, b) overlaps one of the spans.
func coverage(spans []*annotate.Span) func(a, b int) bool {
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	maxEnd := make([]int, len(spans))
	for i, sp := range spans {
		maxEnd[i] = sp.End
		if i > 0 {
			maxEnd[i] = max(maxEnd[i], maxEnd[i-1])
		}
	}
	return func(a, b int) bool {
		k := sort.Search(len(spans), func(i int) bool { return spans[i].Start >= b })
		return k > 0 && maxEnd[k-1] > a
	}
}
