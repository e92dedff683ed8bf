package qa

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
)

// A person's name typed in lower case in the English ("macron" for Emmanuel Macron) is an error a
// reviewer wants flagged, though the spelling dictionary knows the word (a macron is a diacritic) and
// so keeps name-untagged from flagging it as the name of the English (namefold.go). The document says
// more: the persons the French of the segment tags. name-untagged flags, in a segment's English, a
// word in lower case and untagged that is the family name of such a person (the last word of the
// French mention or of the person's English name: "macron", "lavrov" for "Sergueï Lavrov"), even a
// dictionary word. It stays quiet where the French of the segment names no such person (a macron in a
// text about typography), and where the English writes the name with its capital as often as the
// French tags the person: the word in lower case is then the common word ("Mrs May said she may go").

// linkedPerson is a person the French of a segment tags, under one family name.
type linkedPerson struct {
	name     string // the person's English name, else the French mention
	mentions int    // in the segment's French
}

// lowerPersons flags, as said above, the family names of the persons the French of each segment tags
// written in lower case and untagged in its English, once per name and segment; flagged holds the
// segment and folded name of those name-untagged flagged already (lowerKey).
func (r *run) lowerPersons(flagged map[string]bool) {
	for _, s := range r.d.Segments {
		if strings.TrimSpace(s.Target) == "" {
			continue
		}
		persons := r.segmentPersons(s.ID)
		if len(persons) == 0 {
			continue
		}
		for _, w := range lowerWithout(s.Target, persons, r.d.TargetSpans(s.ID)) {
			p, key := persons[w.fold], lowerKey(s.ID, w.fold)
			if flagged[key] {
				continue
			}
			flagged[key] = true
			word := s.Target[w.start:w.end]
			r.add(NameUntagged, "qa."+NameUntagged+".lower", s.ID, "",
				fmt.Sprintf("“%s” is in lower case and untagged, but the French of %s tags the person “%s”.", word, s.ID, p.name),
				map[string]string{"word": word, "name": p.name, "label": annotate.LabelPER})
		}
	}
}

// lowerKey is what lowerPersons knows a flagged name by: its segment and its last word, folded.
func lowerKey(seg, name string) string {
	return seg + "\x00" + annotate.Fold(lastWord(name))
}

// segmentPersons returns the persons the French of segment seg tags (confirmed PER names), by the
// folded family name of the mention and of the person's English name.
func (r *run) segmentPersons(seg string) map[string]*linkedPerson {
	out := map[string]*linkedPerson{}
	for _, sp := range r.segmentSpans(seg, annotate.Source) {
		text := r.d.Text[sp.Start:sp.End]
		if sp.Label != annotate.LabelPER || !nameSpan(sp, text) {
			continue
		}
		name, forms := text, []string{text}
		if e := r.d.EntityOf(sp.ID); e != nil && e.Names["en"] != "" {
			name = e.Names["en"]
			forms = append(forms, name)
		}
		seen := map[string]bool{}
		for _, f := range forms {
			fam := annotate.Fold(lastWord(f))
			if utf8.RuneCountInString(fam) < 2 || seen[fam] {
				continue
			}
			seen[fam] = true
			if out[fam] == nil {
				out[fam] = &linkedPerson{name: name}
			}
			out[fam].mentions++
		}
	}
	return out
}

// place is a word of a text at [start, end), folded.
type place struct {
	fold       string
	start, end int
}

// lowerWithout returns the words of en (words) that fold as a person's family
// name, are written in lower case and lie outside the spans of names (spans, the caller's), for the persons en writes with a capital
// fewer times than their French mentions.
func lowerWithout(en string, persons map[string]*linkedPerson, spans []*annotate.Span) []place {
	capital := map[string]int{}
	var lower []place
	for _, w := range words(en) {
		fold := annotate.Fold(en[w.start:w.end])
		if persons[fold] == nil {
			continue
		}
		if strings.IndexFunc(en[w.start:w.end], unicode.IsUpper) >= 0 {
			capital[fold]++
			continue
		}
		w.fold = fold
		lower = append(lower, w)
	}
	covered := coverage(slices.DeleteFunc(spans, func(sp *annotate.Span) bool { return !entityLabel(sp.Label) }))
	out := lower[:0]
	for _, w := range lower {
		if capital[w.fold] < persons[w.fold].mentions && !covered(w.start, w.end) {
			out = append(out, w)
		}
	}
	return out
}

// words returns the words of s: runs of letters and digits, a hyphen binding two ("berners-lee").
func words(s string) []place {
	var out []place
	for i := 0; i < len(s); {
		c, size := utf8.DecodeRuneInString(s[i:])
		if !wordRune(c) {
			i += size
			continue
		}
		j := compoundEnd(s, i)
		out = append(out, place{start: i, end: j})
		i = j
	}
	return out
}

// compoundEnd returns where the word at i of s ends, over the hyphens inside it.
func compoundEnd(s string, i int) int {
	for i < len(s) {
		c, size := utf8.DecodeRuneInString(s[i:])
		if hyphen(c) {
			if next, _ := utf8.DecodeRuneInString(s[i+size:]); i+size < len(s) && wordRune(next) {
				i += size
				continue
			}
		}
		if !wordRune(c) {
			break
		}
		i += size
	}
	return i
}

// lastWord returns the last word of a name, as words reads it: "Lavrov" of "Sergueï Lavrov",
// "Berners-Lee" of "Tim Berners-Lee".
func lastWord(name string) string {
	ws := words(name)
	if len(ws) == 0 {
		return ""
	}
	return name[ws[len(ws)-1].start:ws[len(ws)-1].end]
}
