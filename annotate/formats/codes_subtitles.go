package formats

import (
	"sort"
	"strings"
	"unicode"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
)

// The formatting tags of subtitles (<i>…</i>, <v Anne>, {\an8}), which the import takes out of the
// cues' text (annotate.Layout.Tags), are the inline codes of the segments they stand in, as a client's
// XLIFF file's are: the app shows them apart from the French and places them in the English (F9), and
// the export of the translation as text writes each where the translator placed it, or, for one not
// placed, at the place of the English most like the French's. A tag between segments (before a
// cue's first sentence is only a closing tag, or after its last an opening one) is written where it was.

// tagCodes are the inline codes of one segment made of its tags: code k is tag open[k] of the
// layout, and, for a code that wraps words, closes with tag shut[k] (-1 for a code at one place).
type tagCodes struct {
	codes      []Code
	open, shut []int
}

// tagOwners returns, for each tag of d's layout, the index of the segment whose code it is, or -1
// for a tag between segments: an opening tag or one at a place from a segment's start to before its
// end, a closing tag from after its start to its end. Tags at one place keep their order: one after
// a tag that a segment's end left between segments is between them too ("0<b></b>"), and one after a
// tag a segment's start took is that segment's ("<i></i>Oui").
func tagOwners(d *annotate.Document) []int {
	out := make([]int, len(d.Layout.Tags))
	j, prevAt, prevKey := 0, -1, -1
	for i, t := range d.Layout.Tags {
		for j < len(d.Segments) && d.Segments[j].End < t.At {
			j++
		}
		owner, key := -1, 2*j // between segments j-1 and j
		if j < len(d.Segments) && d.Segments[j].End == t.At {
			key = 2 * (j + 1)
		}
		for k := j; k < len(d.Segments) && k <= j+1; k++ {
			s := d.Segments[k]
			if closing(t.Text) && s.Start < t.At && t.At <= s.End || !closing(t.Text) && s.Start <= t.At && t.At < s.End {
				owner, key = k, 2*k+1
				break
			}
		}
		if t.At == prevAt && key < prevKey {
			owner, key = -1, prevKey
			if key%2 == 1 {
				owner = key / 2
			}
		}
		out[i], prevAt, prevKey = owner, t.At, key
	}
	return out
}

func closing(tag string) bool { return strings.HasPrefix(tag, "</") }

// subTagName is the element's name of an opening or closing tag ("i" of <i> and </I>, "c" of <c.red>),
// or "" for a tag that opens nothing (a timestamp, {\an8}).
func subTagName(tag string) string {
	t := strings.TrimPrefix(strings.TrimPrefix(tag, "<"), "/")
	if len(tag) == len(t) || t == "" || !unicode.IsLetter(rune(t[0])) {
		return ""
	}
	end := strings.IndexAny(t, ". \t>")
	if end < 0 {
		return ""
	}
	return strings.ToLower(t[:end])
}

// segmentTags returns the codes of segment k of d, whose tags are those owners gives it: an opening
// tag and the closing one of its name after it are a code that wraps words, any other tag a code at
// one place; in the order of their first tag.
func segmentTags(d *annotate.Document, owners []int, k int) tagCodes {
	s := d.Segments[k]
	fr := d.Text[s.Start:s.End]
	var tc tagCodes
	var stack []int // codes open, innermost last
	for i, t := range d.Layout.Tags {
		if owners[i] != k {
			continue
		}
		at := t.At - s.Start
		name := subTagName(t.Text)
		if closing(t.Text) {
			if n := len(stack); n > 0 && subTagName(d.Layout.Tags[tc.open[stack[n-1]]].Text) == name {
				c := &tc.codes[stack[n-1]]
				tc.shut[stack[n-1]], c.Wraps, c.End = i, true, at
				c.Words = strings.TrimFunc(fr[c.At:at], unicode.IsSpace)
				stack = stack[:n-1]
				continue
			}
		} else if name != "" {
			stack = append(stack, len(tc.codes))
		}
		w := wordBeside(fr, at)
		tc.codes = append(tc.codes, Code{Tag: t.Text, Words: fr[w[0]:w[1]], At: at, End: at})
		tc.open, tc.shut = append(tc.open, i), append(tc.shut, -1)
	}
	return tc
}

// SubtitleCodes returns the inline codes of segment seg of d made of its subtitles' tags (see
// annotate.Layout.Tags): none for a document that has none.
func SubtitleCodes(d *annotate.Document, seg *annotate.Segment) []Code {
	if len(d.Layout.Tags) == 0 {
		return nil
	}
	for k, s := range d.Segments {
		if s == seg {
			return segmentTags(d, tagOwners(d), k).codes
		}
	}
	return nil
}

// taggedEnglish is pl.english (the segment's Target from byte from on, trimmed) with the tags of its
// codes written in: each where the translator placed it (seg.Codes), else where pl places it.
func taggedEnglish(d *annotate.Document, seg *annotate.Segment, tc tagCodes, pl tagPlacer, from int) string {
	english := pl.english
	var ins []tagInsert
	for k, c := range tc.codes {
		a, b := handPlace(seg, k, c, from, len(english))
		if a < 0 {
			a, b = pl.estimate(c)
		}
		ins = append(ins, tagInsert{a, tc.open[k], c.Tag})
		if tc.shut[k] >= 0 {
			ins = append(ins, tagInsert{b, tc.shut[k], d.Layout.Tags[tc.shut[k]].Text})
		}
	}
	return insertTags(english, ins)
}

// taggedFrench is the segment's French with its tags where they were.
func taggedFrench(d *annotate.Document, seg *annotate.Segment, owners []int, k int) string {
	var ins []tagInsert
	for i, t := range d.Layout.Tags {
		if owners[i] == k {
			ins = append(ins, tagInsert{t.At - seg.Start, i, t.Text})
		}
	}
	return insertTags(d.Text[seg.Start:seg.End], ins)
}

// betweenTags is the text [a, b) of d with the tags between segments that stand in [a, b] written in.
func betweenTags(d *annotate.Document, owners []int, a, b int) string {
	var ins []tagInsert
	for i, t := range d.Layout.Tags {
		if owners[i] < 0 && a <= t.At && t.At <= b {
			ins = append(ins, tagInsert{t.At - a, i, t.Text})
		}
	}
	return insertTags(d.Text[a:b], ins)
}

// tagInsert is a tag to write at byte at of a text; order is its place among the layout's tags, which
// orders tags at one place as the French had them.
type tagInsert struct {
	at, order int
	tag       string
}

func insertTags(text string, ins []tagInsert) string {
	if len(ins) == 0 {
		return text
	}
	sort.SliceStable(ins, func(i, j int) bool {
		return ins[i].at < ins[j].at || ins[i].at == ins[j].at && ins[i].order < ins[j].order
	})
	var b strings.Builder
	last := 0
	for _, t := range ins {
		b.WriteString(text[last:t.at])
		b.WriteString(t.tag)
		last = t.at
	}
	b.WriteString(text[last:])
	return b.String()
}

// tagTexts writes the tags of d's layout into texts, the segments' texts the export writes (kept), and
// returns the text between segments with theirs: a segment's English with its codes (placed, else
// estimated), its French kept (opts.Untranslated) with its tags where they were.
func tagTexts(d *annotate.Document, opts WriteOptions, texts []string, kept []bool) func(a, b int) string {
	owners, overlap := tagOwners(d), project.Overlapping(d)
	for k, s := range d.Segments {
		switch {
		case !kept[k]:
		case hasEnglish(s, opts.Confirmed):
			from := max(0, strings.Index(s.Target, texts[k])) // texts[k] is the Target trimmed
			if tc := segmentTags(d, owners, k); len(tc.codes) > 0 {
				texts[k] = taggedEnglish(d, s, tc, newTagPlacer(d, s, overlap[k], texts[k], from), from)
			}
		default:
			texts[k] = taggedFrench(d, s, owners, k)
		}
	}
	return func(a, b int) string { return betweenTags(d, owners, a, b) }
}
