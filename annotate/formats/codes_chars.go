package formats

import (
	"html"
	"unicode"
	"unicode/utf8"
)

// A placeholder standing for one character of the text: Phrase (Memsource) writes an apostrophe the
// original file escaped (&#39;) as <ph dataRef="d2"/> with <data id="d2">&amp;#39;</data>. Left a code,
// the character is missing from the French ("its up to you"), a silent change of the text. Glose reads
// it as that character, in the French and in the English, and merge-back writes the English's
// character as text: the original data is exactly that character, escaped, so the tool reads the same.

// dataChar is the character the original data v of a code stands for (its XML already decoded), when
// it is exactly one printable character once its escapes are undone (an HTML file inside another
// escapes twice: &amp;#39;).
func dataChar(v string) (string, bool) {
	for range 3 {
		u := html.UnescapeString(v)
		if u == v {
			break
		}
		v = u
	}
	r, n := utf8.DecodeRuneInString(v)
	if n == 0 || n != len(v) || r == utf8.RuneError || r == ' ' || !unicode.IsGraphic(r) {
		return "", false
	}
	return v, true
}

// inlineChars makes text of the codes at one place of in whose dataRef stands for one character in
// data, the raw <originalData> of their unit (XLIFF 2), as the readers read them (inline.read).
func (in *inlineCodes) inlineChars(data []byte) {
	if len(data) == 0 {
		return
	}
	for i := 0; i < len(in.codes); {
		c := in.codes[i]
		ch, ok := "", false
		if c.ref != "" && c.kind == "" && !c.wrapping() {
			if content, found := dataContent(data, c.ref); found {
				ch, ok = dataChar(dataText(content))
			}
		}
		if !ok {
			i++
			continue
		}
		in.text = in.text[:c.at] + ch + in.text[c.at:]
		in.dropCode(i, c, len(ch))
	}
}

// dropCode takes code i (c, at one place) out of in, the codes after its place moved on by n bytes,
// the character it became.
func (in *inlineCodes) dropCode(i int, c icode, n int) {
	for j := range in.codes {
		d := &in.codes[j]
		if j == i {
			continue
		}
		if d.at > c.at || d.at == c.at && d.first > c.first {
			d.at += n
		}
		if d.end > c.at || d.end == c.at && d.last > c.first {
			d.end += n
		}
		if d.pair > i {
			d.pair--
		}
		if d.parent > i {
			d.parent--
		}
	}
	in.codes = append(in.codes[:i], in.codes[i+1:]...)
}

// parseUnitCodes is parseCodes of raw, a content of a unit whose raw <originalData> is data (nil in
// XLIFF 1.2), its codes standing for a character made text and those standing for a line break marked.
func parseUnitCodes(raw, data []byte) (*inlineCodes, error) {
	in, err := parseCodes(raw)
	if err != nil {
		return nil, err
	}
	in.inlineChars(data)
	in.markBreaks(data)
	return in, nil
}
