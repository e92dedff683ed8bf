package annotate

import (
	"fmt"
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
// the new English, or more than once), with the words they had, and those of a person's name it
// kept on the shorter name the new English says instead (LostSpan.Now); suggestions swallowed go,
// as with any edit, for projection to propose again. One undo step, or part of the caller's batch.
func (e *Editor) ReplaceWhole(segID, text string) (lost []LostSpan, err error) {
	err = e.Batch("replace translation", func() (err error) {
		_, lost, err = e.keepSwallowed(segID, func() ([]*Span, error) { return e.SetTarget(segID, text) }, nil)
		return err
	})
	return lost, err
}

// TypeTargetKeeping is TypeTarget for what a translator types or pastes in the English field, with
// ReplaceWhole's care for the spans of a person's the edit swallows: one the typed or pasted text
// says once, as whole words (the whole English replaced by a paste that says "Moscow" elsewhere),
// moves there with its links and entity; a place outside the new text never takes one, so that a
// deletion removes the tag with its words. It returns the spans swallowed (moved ones included) and
// those of a person's it could not keep, with their words. An edit that swallows a person's span
// starts an undo step of its own, which the keystrokes typed on after it join (a tagged word
// selected and typed over is one Ctrl+Z, which gives the word and its tag back); other keystrokes
// join the typing as TypeTarget's do.
func (e *Editor) TypeTargetKeeping(segID, text string) (removed []*Span, lost []LostSpan, err error) {
	seg := e.Doc.Segment(segID)
	if seg == nil {
		return nil, nil, fmt.Errorf("no segment %q", segID)
	}
	a, b, c := Diff(seg.Target, text)
	if !e.Doc.swallowsHumanTarget(segID, a, b, c-a) {
		removed, err = e.TypeTarget(segID, text)
		return removed, nil, err
	}
	in := func(x, y int) bool { return a < c && x < c && a < y } // overlaps the new text
	outer := e.batch != nil
	err = e.Batch("typing", func() (err error) {
		removed, lost, err = e.keepSwallowed(segID, func() ([]*Span, error) { return e.TypeTarget(segID, text) }, in)
		return err
	})
	if s := e.top(); err == nil && !outer && s != nil && s != e.saved { // the typing that follows joins it
		s.typing, s.typedTo = segID, c
	}
	return removed, lost, err
}

// Step returns a token of the step Undo would revert (nil with none), equal for as long as the
// keystrokes that follow join that step: the app says what a typing run removed while it goes on.
func (e *Editor) Step() any {
	if s := e.top(); s != nil {
		return s
	}
	return nil
}

// swallowsHumanTarget reports whether replacing bytes [a, b) of segment segID's English by n bytes
// removes a target span of a person's.
func (d *Document) swallowsHumanTarget(segID string, a, b, n int) bool {
	for _, sp := range d.TargetSpans(segID) {
		if _, _, keep := Adjust(sp.Start, sp.End, a, b, n); !keep && sp.Origin == Human {
			return true
		}
	}
	return false
}

// keepSwallowed runs edit, a change of segment segID's English, inside the caller's batch, and puts
// each span of a person's it swallows again where the new English says its words once (keepAt), a
// place within allows (nil: any). It returns the spans the edit swallowed and the lost ones.
func (e *Editor) keepSwallowed(segID string, edit func() ([]*Span, error), within func(a, b int) bool) (removed []*Span, lost []LostSpan, err error) {
	d := e.Doc
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
	var old string
	if seg := d.Segment(segID); seg != nil {
		old = seg.Target
	}
	if removed, err = edit(); err != nil {
		return nil, nil, err
	}
	for _, sp := range removed {
		if sp.Origin != Human {
			continue
		}
		words := old[sp.Start:sp.End]
		if e.keepAt(sp, words, links[sp.ID], ents[sp.ID], within) {
			continue
		}
		l := LostSpan{Label: sp.Label, Text: words, span: *sp, links: links[sp.ID], entity: ents[sp.ID]}
		l.Now = e.keepShortened(sp, words, l.links, l.entity, within)
		lost = append(lost, l)
	}
	return removed, lost, nil
}

// LostSpan is a span of a person's that an edit removed, with the words it had; or, Now not empty,
// a person's name that the new English shortens, kept on the words Now ("Lavrov" for "Sergei
// Lavrov").
type LostSpan struct {
	Label, Text string
	Now         string // the shorter words the span was kept on (keepShortened); empty: lost
	span        Span   // as it was, to put back (KeepRetyped)
	links       []Link // its links then
	entity      string // its entity then
}

// keepAt adds span sp, swallowed by an edit, again on the one place of the new English that reads
// words (whole words, not under a span of its label), with its links whose other end is still there
// and its entity; it reports false, changing nothing, when there is no such single place, or within
// (when not nil) refuses it.
func (e *Editor) keepAt(sp *Span, words string, links []Link, entID string, within func(a, b int) bool) bool {
	d := e.Doc
	at, ok := d.onePlace(sp.Segment, words, sp.Label)
	if !ok || within != nil && !within(at, at+len(words)) {
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

// keepShortened keeps a person's name sp, whose words the new English does not say, on the longest
// end of them it says once as whole words, the family name at least ("Lavrov" of "Sergei Lavrov",
// "de Gaulle" of "Charles de Gaulle"), as keepAt does; it returns those words, or "" when there is
// none (other labels keep their words whole: "New York" is not "York").
func (e *Editor) keepShortened(sp *Span, words string, links []Link, entID string, within func(a, b int) bool) string {
	if sp.Label != LabelPER {
		return ""
	}
	for i, r := range words {
		if !unicode.IsSpace(r) {
			continue
		}
		end := strings.TrimLeftFunc(words[i:], unicode.IsSpace)
		if end != "" && e.keepAt(sp, end, links, entID, within) {
			return end
		}
	}
	return ""
}
