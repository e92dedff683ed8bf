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

// pullQuoteWords is how many words at its start or its end a heading shares with the text below it.
const pullQuoteWords = 5

// pullQuote reports whether the group's only part is a paragraph of its own, in « » or " ", holding no
// punctuation but commas ("\"Il y avait du feu partout, les gens criaient\"": a heading has no stop),
// whose first or last pullQuoteWords words come again later in the text: a heading that
// pulls out words quoted below ("\"Les propos de X nous énervent plus qu'autre chose\"" above "« Les
// propos du président X nous énervent plus qu'autre chose. Plutôt … »"). Words said once and quoted
// again are not written as a bare line.
func (f *finder) pullQuote(parts []part, grp *group) bool {
	if len(parts) != 1 {
		return false
	}
	p, ln := parts[0], f.lines[grp.line]
	if p.Start < ln.Start || p.End > ln.End || strings.TrimSpace(f.text[ln.Start:p.Start]) != "" || strings.TrimSpace(f.text[p.End:ln.End]) != "" {
		return false
	}
	inner := strings.Trim(f.text[p.Start:p.End], "«»\"“” \u00a0\u202f")
	words := strings.Fields(inner)
	if len(words) < pullQuoteWords || strings.ContainsAny(inner, ".;:!?…()[]«»\"“”") {
		return false
	}
	rest := f.text[ln.End:]
	return strings.Contains(rest, strings.Join(words[:pullQuoteWords], " ")) ||
		strings.Contains(rest, strings.Join(words[len(words)-pullQuoteWords:], " "))
}
