package quotes

import "strings"

// An intertitle: a paragraph made of a short « … » holding no punctuation at all, maybe after a few
// words ("« Nous sommes trop peu nombreux »", "Être « plus compétitif que les autres »"). News sets
// such lines between paragraphs as headings, which repeat or sum up words quoted in the text below;
// a quotation standing as a paragraph of its own ends with a full stop, or is long, or is introduced by
// a colon ("Nicolas Hulot : « Je prends la décision … »"). On the fresh news, four such lines, all
// headings; on the development pool and the novels, none (the pool's unpunctuated quotation
// paragraphs run to twenty words and more).

// intertitleWords bounds the words of an intertitle's quotation.
const intertitleWords = 8

// intertitle reports whether the group's only part is a heading: alone on its line but for at most
// three words before it with no punctuation, holding at most intertitleWords words and no
// punctuation.
func (f *finder) intertitle(parts []part, grp *group) bool {
	if len(parts) != 1 || grp.kind != guillemet {
		return false
	}
	p, ln := parts[0], f.lines[grp.line]
	if p.Start < ln.Start || p.End > ln.End || strings.TrimSpace(f.text[p.End:ln.End]) != "" {
		return false
	}
	inner := strings.Trim(f.text[p.Start:p.End], "«» \u00a0\u202f")
	if n := wordCount(inner, intertitleWords+1); n == 0 || n > intertitleWords || strings.ContainsAny(inner, ".,;:!?…()[]«»\"“”") {
		return false
	}
	before := tokenize(f.text, ln.Start, p.Start)
	if len(before) > 3 {
		return false
	}
	for _, t := range before {
		if !t.word {
			return false
		}
	}
	return true
}
