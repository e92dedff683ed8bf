package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ReplaceWhole puts text in place of a segment's whole English, as inserting a memory match or a
// machine translation does, through SetTarget (the smallest edit: the spans outside it keep their
// places). A span a person made or confirmed that the edit swallows because the new English says
// its words elsewhere ("“We refuse,” said Sergei Lavrov" replaced by "“We refuse,” Sergei Lavrov
// said") moves to them, with its ID, links (its French, a quotation's speaker) and entity, when the
// new English holds its text once, as whole words, where no span of its label is; it used to go,
// and projection then proposed a suggestion in its place, the person's confirmation and hand-made
// links lost unsaid. It returns the spans of a person's it could not keep (their words are not in
// the new English, or more than once), with the words they had; suggestions swallowed go, as with
// any edit, for projection to propose again. One undo step, or part of the caller's batch.
func (e *Editor) ReplaceWhole(segID, text string) (lost []LostSpan, err error) {
	d := e.Doc
	err = e.Batch("replace translation", func() error {
		links := map[string][]Link{}
		ents := map[string]string{}
		for _, sp := range d.TargetSpans(segID) {
			if sp.Origin == Human {
				for _, l := range d.LinksOf(sp.ID) {
					links[sp.ID] = append(links[sp.ID], *l)
				}
				if ent := d.EntityOf(sp.ID); ent != nil {
					ents[sp.ID] = ent.ID
				}
			}
		}
		seg := d.Segment(segID)
		var old string
		if seg != nil {
			old = seg.Target
		}
		removed, err := e.SetTarget(segID, text)
		if err != nil {
			return err
		}
		for _, sp := range removed {
			if sp.Origin != Human {
				continue
			}
			words := old[sp.Start:sp.End]
			if !e.keepAt(sp, words, links[sp.ID], ents[sp.ID]) {
				lost = append(lost, LostSpan{Label: sp.Label, Text: words})
			}
		}
		return nil
	})
	return lost, err
}

// LostSpan is a span of a person's that an edit removed, with the words it had.
type LostSpan struct {
	Label, Text string
}

// keepAt adds span sp, swallowed by an edit, again on the one place of the new English that reads
// words (whole words, not under a span of its label), with its links whose other end is still there
// and its entity; it reports false, changing nothing, when there is no such single place.
func (e *Editor) keepAt(sp *Span, words string, links []Link, entID string) bool {
	d := e.Doc
	at, ok := d.onePlace(sp.Segment, words, sp.Label)
	if !ok {
		return false
	}
	moved := *sp
	moved.Start, moved.End = at, at+len(words)
	if e.AddSpan(&moved) != nil {
		return false
	}
	for _, l := range links {
		if d.Span(l.From) != nil && d.Span(l.To) != nil && !d.hasLink(l.From, l.ID) {
			cp := l
			_ = e.AddLink(&cp) // both ends exist, the type is the link's own: no error
		}
	}
	if entID != "" && d.Entity(entID) != nil {
		_ = e.SetMentionEntity(moved.ID, entID) // both exist: no error
	}
	return true
}

// hasLink reports whether a link of span from has the ID id.
func (d *Document) hasLink(from, id string) bool {
	for _, l := range d.LinksOf(from) {
		if l.ID == id {
			return true
		}
	}
	return false
}

// onePlace returns the byte offset of words in segment segID's English when they occur there exactly
// once as whole words, outside every target span labelled label.
func (d *Document) onePlace(segID, words, label string) (int, bool) {
	seg := d.Segment(segID)
	if seg == nil || words == "" {
		return 0, false
	}
	found, at := 0, 0
	for i := 0; ; {
		j := strings.Index(seg.Target[i:], words)
		if j < 0 {
			break
		}
		a := i + j
		b := a + len(words)
		if wholeWords(seg.Target, a, b) && !d.labelledOver(segID, a, b, label) {
			found, at = found+1, a
		}
		_, size := utf8.DecodeRuneInString(seg.Target[a:])
		i = a + size
	}
	return at, found == 1
}

// wholeWords reports whether [a, b) of s begins and ends at word boundaries.
func wholeWords(s string, a, b int) bool {
	inWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) }
	if r, _ := utf8.DecodeLastRuneInString(s[:a]); a > 0 && inWord(r) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[b:])
	return b == len(s) || !inWord(r)
}

// labelledOver reports whether a target span of segment segID labelled label overlaps [a, b).
func (d *Document) labelledOver(segID string, a, b int, label string) bool {
	for _, sp := range d.TargetSpans(segID) {
		if sp.Label == label && sp.Start < b && a < sp.End {
			return true
		}
	}
	return false
}
