package formats

import (
	"bytes"
	"encoding/xml"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A line break (<ph/> or <x/> standing for <br/>) stands where the French breaks its line, which is
// white space in the running text: where the English has white space at its place, the break goes at
// the end of the words before it ("said:<br/> « We"), not after the space the translator typed, unless
// the French too has white space before its break.

// lineBreakCode matches the start tag (or the whole element) of a code that stands for a line break:
// XLIFF 1.2's ctype="lb" (or "x-lb"), XLIFF 2's subType="xlf:lb", an equiv of a line feed, or the
// HTML <br> it holds (1.2's <ph>&lt;br/&gt;</ph>).
var lineBreakCode = regexp.MustCompile(`(?i)\bctype="(?:x-)?lb"|\bsubType="xlf:lb"|\bequiv="(?:&#10;|&#xa;|\n)"|^<ph\b[^>]*>\s*&lt;br\b`)

// isLineBreak reports whether the code c is a line break standing at one place.
func isLineBreak(c icode) bool {
	return !c.wrapping() && c.pair < 0 && (c.brk || lineBreakCode.MatchString(c.open))
}

// brData matches what an XLIFF 2 <data> holds for a line break: an HTML <br>, or white space with a
// line feed in it.
var brData = regexp.MustCompile(`(?i)^\s*(?:<br\b[^>]*>\s*|[ \t]*(?:\r?\n|\x{2028})\s*)$`)

// dataBreaks are the IDs of the <data> of an XLIFF 2 <originalData> (raw, or empty) that stand for a
// line break: a code written only as <ph dataRef="d3"/> says it is one there. An originalData that does
// not parse gives none: its codes are placed as the other codes.
func dataBreaks(raw []byte) map[string]bool {
	if len(raw) == 0 {
		return nil
	}
	out := map[string]bool{}
	dec := xml.NewDecoder(bytes.NewReader(raw))
	dec.Strict = false
	id, in := "", false
	var text strings.Builder
	for {
		tok, err := dec.RawToken()
		if err != nil { // io.EOF, or data that does not parse: the breaks found so far
			return out
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case t.Name.Local == "data":
				id, in = rawAttr(t, "id"), true
				text.Reset()
			case t.Name.Local == "cp" && in:
				if r, err := strconv.ParseInt(rawAttr(t, "hex"), 16, 32); err == nil {
					text.WriteRune(rune(r))
				}
			}
		case xml.EndElement:
			if t.Name.Local == "data" && in {
				if id != "" && brData.MatchString(text.String()) {
					out[id] = true
				}
				in = false
			}
		case xml.CharData:
			if in {
				text.Write(t)
			}
		}
	}
}

// markBreaks marks the codes of in whose dataRef is one of breaks.
func (in *inlineCodes) markBreaks(breaks map[string]bool) {
	if len(breaks) == 0 {
		return
	}
	for i := range in.codes {
		c := &in.codes[i]
		if ref, ok := startAttr(c.open, "dataRef"); ok && breaks[ref] {
			c.brk = true
		}
	}
}

// startAttr is the unprefixed attribute local of the start tag that raw starts with.
func startAttr(raw, local string) (string, bool) {
	dec := xml.NewDecoder(strings.NewReader(raw))
	dec.Strict = false
	tok, err := dec.RawToken()
	if t, ok := tok.(xml.StartElement); err == nil && ok {
		v := rawAttr(t, local)
		return v, v != ""
	}
	return "", false
}

// breakPlace is the place of a line break placed at t in tgt, its place in text at: moved back over
// the white space before t when text has none right before the break.
func breakPlace(text string, at int, tgt string, t int) int {
	if r, _ := utf8.DecodeLastRuneInString(text[:at]); at == 0 || unicode.IsSpace(r) {
		return t
	}
	for t > 0 {
		r, n := utf8.DecodeLastRuneInString(tgt[:t])
		if !unicode.IsSpace(r) {
			break
		}
		t -= n
	}
	return t
}
