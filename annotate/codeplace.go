package annotate

import (
	"fmt"
	"slices"
	"unicode/utf8"
)

// A segment imported from a client's XLIFF file may hold inline codes in its French (bold, links,
// line breaks, placeholders), which Glose shows as plain text. Exporting back into the file places
// them in the English by estimate, unless the translator placed them by hand, as OmegaT's and memoQ's
// tag insertion lets them: each placed code is a marker beside the English, at a byte offset of the
// target, never a character in it, so that no export, memory, machine translation or quality check
// ever sees a placeholder in the text. A code that wraps words (<pc>, <g>, a <sc>/<ec> pair) has two
// markers, its opening and its closing; a code at one place (<ph/>, <x/>) has one.
//
// A marker behaves as a character the caret is always after: text typed at its place goes after it
// (inside a code just opened, after one just closed), an edit before it shifts it, and a deletion
// around it removes it (the code is unplaced again, as deleting a tag in memoQ deletes it).

// CodePlace is where the translator placed one marker of an inline code of the segment's French.
type CodePlace struct {
	// Code is the code's index among the inline codes of the segment's French in the client's file,
	// in their order, a pair (<sc>/<ec>, <bpt>/<ept>) counted once, as formats.SourceCodes lists them.
	Code int
	// Tag is the code's start tag, short (<pc id="1">), so that the export checks it is the same code.
	Tag string
	// Close is true for the closing marker of a code that wraps words.
	Close bool
	// At is the marker's byte offset in the segment's Target.
	At int
}

// adjustCodes maps the markers of a target through the replacement of [a, b) by n bytes: those at
// or before a stay, those at or after b shift, those strictly inside the replaced text are removed.
// It returns a new slice (nil when none is left), so that undo can keep the old one.
func adjustCodes(codes []CodePlace, a, b, n int) []CodePlace {
	if len(codes) == 0 {
		return codes
	}
	out := make([]CodePlace, 0, len(codes))
	for _, c := range codes {
		switch {
		case c.At <= a:
		case c.At >= b:
			c.At += n - (b - a)
		default:
			continue
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// PlacedCode returns the marker of code (its closing one when close) placed in the segment, if any.
func (s *Segment) PlacedCode(code int, close bool) (CodePlace, bool) {
	i := slices.IndexFunc(s.Codes, func(c CodePlace) bool { return c.Code == code && c.Close == close })
	if i < 0 {
		return CodePlace{}, false
	}
	return s.Codes[i], true
}

// PlaceCodes adds markers of inline codes to a segment's English, as one undo step named "place
// inline code": a code's opening (and closing) at the caret, or a code's two markers around a
// selection. It refuses a locked segment, a place outside the English or inside a character, and a
// marker already placed (the translator removes it first, or undoes).
func (e *Editor) PlaceCodes(segID string, marks ...CodePlace) error {
	seg := e.Doc.Segment(segID)
	if seg == nil {
		return fmt.Errorf("no segment %q", segID)
	}
	if seg.Locked {
		return lockedError(segID)
	}
	list := slices.Clone(seg.Codes)
	for _, m := range marks {
		if err := checkCodePlace(seg, m); err != nil {
			return err
		}
		if _, ok := (&Segment{Codes: list}).PlacedCode(m.Code, m.Close); ok {
			return &EditError{segID, fmt.Sprintf("inline code %s is already placed", m.Tag)}
		}
		list = append(list, m)
	}
	if len(marks) == 0 {
		return nil
	}
	e.apply("place inline code", setVal(&seg.Codes, list))
	return nil
}

// UnplaceCode removes the markers of code from a segment's English, as one undo step named "remove
// inline code": the code is to be placed again, or left to the export's estimate.
func (e *Editor) UnplaceCode(segID string, code int) error {
	seg := e.Doc.Segment(segID)
	if seg == nil {
		return fmt.Errorf("no segment %q", segID)
	}
	if seg.Locked {
		return lockedError(segID)
	}
	list := slices.DeleteFunc(slices.Clone(seg.Codes), func(c CodePlace) bool { return c.Code == code })
	if len(list) == len(seg.Codes) {
		return nil
	}
	if len(list) == 0 {
		list = nil
	}
	e.apply("remove inline code", setVal(&seg.Codes, list))
	return nil
}

// checkCodePlace checks one marker: a code index, a tag, and a place on a character boundary of the
// segment's English.
func checkCodePlace(seg *Segment, m CodePlace) error {
	switch {
	case m.Code < 0:
		return &EditError{seg.ID, fmt.Sprintf("inline code %d: expected an index from 0", m.Code)}
	case m.Tag == "":
		return &EditError{seg.ID, fmt.Sprintf("inline code %d has no tag", m.Code)}
	case m.At < 0 || m.At > len(seg.Target):
		return &EditError{seg.ID, fmt.Sprintf("inline code %s at %d is outside the target text (%s)", m.Tag, m.At, Plural(len(seg.Target), "byte", "bytes"))}
	case m.At < len(seg.Target) && !utf8.RuneStart(seg.Target[m.At]):
		return &EditError{seg.ID, fmt.Sprintf("inline code %s at %d splits a character", m.Tag, m.At)}
	}
	return nil
}

// validateCodes checks the markers of segment s, at path: each names a code and stands inside its
// English, on a character boundary.
func validateCodes(path string, s *Segment) error {
	for i, c := range s.Codes {
		p := fmt.Sprintf("%s.codes[%d]", path, i)
		switch {
		case c.Code < 0:
			return coded(p+".code", InvalidChoice, map[string]any{"Value": fmt.Sprint(c.Code), "Allowed": "0, 1, 2…"},
				fmt.Sprintf("%d: expected the index of a code of the segment's French, from 0", c.Code))
		case c.Tag == "":
			return verr(p+".tag", InvalidEmpty, nil, "empty: expected the code's start tag")
		case checkCodePlace(s, c) != nil:
			return coded(p+".at", InvalidRange, map[string]any{"Start": c.At, "End": c.At, "Len": len(s.Target), "Segment": s.ID},
				checkCodePlace(s, c).(*EditError).Msg)
		}
	}
	return nil
}

// wireCodePlace is a CodePlace in Glose JSON, its place in code points of the segment's target.
type wireCodePlace struct {
	Code  int    `json:"code"`
	Tag   string `json:"tag"`
	Close bool   `json:"close,omitempty"`
	At    int    `json:"at"`
}

// codesToWire converts a segment's markers for Glose JSON.
func codesToWire(seg *Segment) ([]wireCodePlace, error) {
	if len(seg.Codes) == 0 {
		return nil, nil
	}
	off := NewOffsets(seg.Target)
	out := make([]wireCodePlace, len(seg.Codes))
	for i, c := range seg.Codes {
		at, err := off.Convert(c.At, Bytes, CodePoints)
		if err != nil {
			return nil, &ValidationError{Path: fmt.Sprintf("segment %s codes[%d]", seg.ID, i), Msg: err.Error()}
		}
		out[i] = wireCodePlace{c.Code, c.Tag, c.Close, at}
	}
	return out, nil
}

// codesFromWire converts the markers of the segment seg at path, read from Glose JSON, to bytes,
// checking each is inside its English and names a code.
func codesFromWire(path string, seg *Segment, list []wireCodePlace) ([]CodePlace, error) {
	if len(list) == 0 {
		return nil, nil
	}
	off := NewOffsets(seg.Target)
	out := make([]CodePlace, len(list))
	for i, w := range list {
		p := fmt.Sprintf("%s.codes[%d]", path, i)
		switch {
		case w.Code < 0:
			return nil, coded(p+".code", InvalidChoice, map[string]any{"Value": fmt.Sprint(w.Code), "Allowed": "0, 1, 2…"},
				fmt.Sprintf("%d: expected the index of a code of the segment's French, from 0", w.Code))
		case w.Tag == "":
			return nil, verr(p+".tag", InvalidEmpty, nil, "empty: expected the code's start tag")
		}
		at, _, err := convertRange(off, w.At, w.At, p, seg)
		if err != nil {
			return nil, err
		}
		out[i] = CodePlace{w.Code, w.Tag, w.Close, at}
	}
	return out, nil
}
