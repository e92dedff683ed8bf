package formats

import (
	"bytes"

	"github.com/glose-app/glose/annotate"
)

// Codes placed by hand: the translator placed markers of a segment's inline codes in its English
// (annotate.CodePlace), as OmegaT's and memoQ's tag insertion lets them. Merge-back writes each code
// whose markers are whole and in order exactly there, and estimates only the others, so that a unit
// whose codes were all placed by hand is named in no warning. A marker placed twice, a closing before
// its opening, a code left out while others are placed, or a marker naming no code of the French
// (the file changed since) are said to the quality checks (HandProblem), and that code is estimated.

// HandProblem says what is wrong with the markers of a code the translator placed by hand.
type HandProblem string

// The problems of codes placed by hand.
const (
	HandTwice    HandProblem = "twice"    // a marker of the code is placed twice
	HandReversed HandProblem = "reversed" // its closing marker stands before its opening one
	HandMissing  HandProblem = "missing"  // the code, or one of its markers, is not placed while others of the segment are
	HandUnknown  HandProblem = "unknown"  // the marker names no code of the segment's French in the client's file
	// HandMoved: the code cannot be written where it is placed, inside a code the French has it out
	// of, or crossing another code, so the export moved it.
	HandMoved HandProblem = "moved"
)

// handIssue is a problem of the markers of code i of a content (-1 for a marker naming no code, whose
// tag is tag).
type handIssue struct {
	i       int
	tag     string
	problem HandProblem
}

// listedCodes are the indexes in in.codes of the codes as a segment lists them (SourceCodes, the
// markers' Code): in order, the end of a pair left out, as it is named with its start.
func listedCodes(in *inlineCodes) []int {
	ends := map[int]bool{}
	for _, c := range in.codes {
		if c.pair >= 0 {
			ends[c.pair] = true
		}
	}
	var out []int
	for i := range in.codes {
		if !ends[i] {
			out = append(out, i)
		}
	}
	return out
}

// handPlaces reads the translator's markers marks against the codes of in: the places in the English
// of the codes placed whole and in order, by index into in.codes, and the problems of the others.
func handPlaces(in *inlineCodes, marks []annotate.CodePlace) (map[int][2]int, []handIssue) {
	listed := listedCodes(in)
	tags, wraps := make([]string, len(listed)), make([]bool, len(listed))
	for k, i := range listed {
		tags[k], wraps[k] = shortTag(in.codes[i].open), in.codes[i].wrapping()
	}
	byList, issues := markedPlaces(tags, wraps, marks)
	fixed := map[int][2]int{}
	for k, f := range byList {
		fixed[listed[k]] = f
	}
	for j, h := range issues {
		if h.i >= 0 {
			issues[j].i = listed[h.i]
		}
	}
	return fixed, issues
}

// markedPlaces reads the markers marks against a segment's codes as it lists them (code k has the
// start tag tags[k], and wraps words when wraps[k]), a client's file's or its subtitles' tags alike:
// the places in the English of the codes placed whole and in order, and the problems of the others,
// by k (-1 for a marker naming no code).
func markedPlaces(tags []string, wraps []bool, marks []annotate.CodePlace) (map[int][2]int, []handIssue) {
	opens, closes := map[int][]int{}, map[int][]int{}
	var issues []handIssue
	for _, m := range marks {
		if m.Code < 0 || m.Code >= len(tags) || tags[m.Code] != m.Tag || m.Close && !wraps[m.Code] {
			issues = append(issues, handIssue{i: -1, tag: m.Tag, problem: HandUnknown})
			continue
		}
		if m.Close {
			closes[m.Code] = append(closes[m.Code], m.At)
		} else {
			opens[m.Code] = append(opens[m.Code], m.At)
		}
	}
	fixed := map[int][2]int{}
	for k := range tags {
		o, c := opens[k], closes[k]
		var problem HandProblem
		switch {
		case len(o) > 1 || len(c) > 1:
			problem = HandTwice
		case len(o) == 0 || wraps[k] && len(c) == 0:
			problem = HandMissing
		case wraps[k] && c[0] < o[0]:
			problem = HandReversed
		}
		if problem != "" {
			issues = append(issues, handIssue{i: k, problem: problem})
			continue
		}
		end := o[0]
		if wraps[k] {
			end = c[0]
		}
		fixed[k] = [2]int{o[0], end}
	}
	return fixed, issues
}

// handPlaced reports whether the translator placed codes of segment s by hand in its English: its
// target is then written again, with them, even where its text is still the file's.
func handPlaced(s *annotate.Segment) bool { return len(s.Codes) > 0 && s.Target != "" }

// sameCoded reports whether content, a target merge-back wrote with its codes, says what old, the
// content of the file's target, says: the same text and the same codes (as written) at the same
// places. The file's own writing (its escapes, its spacing inside tags it did not change) then stays:
// codes placed by hand exactly where the file's target has them change nothing.
func sameCoded(old []byte, content string) bool {
	if bytes.Equal(old, []byte(content)) {
		return true
	}
	a, err := parseCodes(old)
	if err != nil {
		return false
	}
	b, err := parseCodes([]byte(content))
	if err != nil || a.text != b.text || a.unknown || b.unknown || len(a.codes) != len(b.codes) {
		return false
	}
	for i, c := range a.codes {
		d := b.codes[i]
		if c.open != d.open || c.close != d.close || c.at != d.at || c.end != d.end {
			return false
		}
	}
	return true
}
