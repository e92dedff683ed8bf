package formats

import (
	"bytes"
	"maps"
	"slices"
	"sort"

	"github.com/glose-app/glose/annotate"
)

func conllFormat() Format {
	return Format{
		Name: "conll", Title: "CoNLL-2003 (IOB2, token<TAB>tag)", Extensions: []string{".conll"},
		NER:         true,
		Offsets:     "none (tokens)",
		Description: "non-overlapping names as IOB2 tags, one sentence per segment; no links, quotes unless asked (--labels), mention kinds, spacing, entities or translations",
		write:       writeCoNLL,
	}
}

func writeCoNLL(docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error) {
	if err := prepare(docs); err != nil {
		return nil, nil, err
	}
	var w warnings
	var buf bytes.Buffer
	for _, d := range docs {
		translationWarning(d, "CoNLL", opts, &w)
		entityWarning(d, "CoNLL", opts, &w)
		docLossWarnings(d, "CoNLL", false, &w)
		for _, v := range views(d, opts, &w) {
			buf.WriteString(docStartLine(v.ID))
			writeCoNLLView(&buf, v, opts, &w)
		}
	}
	return []File{{Name: "corpus.conll", Main: true, Data: buf.Bytes()}}, w, nil
}

func writeCoNLLView(buf *bytes.Buffer, v *view, opts WriteOptions, w *warnings) {
	var only func(string) bool
	if len(opts.Labels) == 0 {
		only = isEntityLabel
	}
	kept, dropped := flatten(v.Spans, only)
	alignInversions(v, kept)
	if len(dropped) > 0 {
		args := spanArgs(v, dropped[0], 30)
		args["N"] = len(dropped)
		w.say(v.ID, WarnOneLabelPerToken, args, "CoNLL holds one label per token: %s left out (e.g. %s %s)",
			plural(len(dropped), "overlapping span, quote or cue", "overlapping spans, quotes or cues"), dropped[0].Label, quoteSnippet(annotate.Shorten(v.text(dropped[0]), 30)))
	}
	originWarning(v.ID, kept, "CoNLL", w)
	spanNoteWarning(v.ID, kept, "CoNLL", w)
	mentionKindWarning(v.ID, kept, "CoNLL", w)
	sentencesWarning(v, kept, w)
	if len(v.Links) > 0 {
		w.say(v.ID, WarnNoLinks, map[string]any{"Format": "CoNLL", "N": len(v.Links)}, "CoNLL keeps no links: %s left out", plural(len(v.Links), "link", "links"))
	}
	cuts := make(map[int]bool, 2*len(kept))
	for _, s := range kept {
		cuts[s.Start], cuts[s.End] = true, true
	}
	// The cuts that fall inside a word or a character, over the whole view: a span is looked up in
	// them once, after the last segment (looking every span up for every segment made a long article
	// quadratic: 17 s for 1 MB).
	split, whole := map[int]bool{}, map[int]bool{}
	for _, seg := range v.Segs {
		toks := tokenize(v.Text[seg.Start:seg.End], v.Lang)
		for i := range toks {
			toks[i].Start += seg.Start
			toks[i].End += seg.Start
		}
		toks, segSplit, segWhole := splitAt(v.Text, toks, cuts)
		maps.Copy(split, segSplit)
		maps.Copy(whole, segWhole)
		if len(toks) == 0 {
			continue
		}
		for i, t := range toks {
			buf.WriteString(v.Text[t.Start:t.End])
			buf.WriteByte('\t')
			prevEnd := -1 // the end of the token before t in its sentence
			if i > 0 {
				prevEnd = toks[i-1].End
			}
			buf.WriteString(iobTag(kept, t, prevEnd))
			buf.WriteByte('\n')
		}
		buf.WriteByte('\n')
	}
	for _, s := range kept {
		if split[s.Start] || split[s.End] {
			w.say(v.ID, WarnWordCut, spanArgs(v, s, 30), "span %s %s %s starts or ends inside a word: the word was cut into two tokens", s.ID, s.Label, quoteSnippet(annotate.Shorten(v.text(s), 30)))
		}
		if whole[s.Start] || whole[s.End] {
			w.say(v.ID, WarnCharacterKept, spanArgs(v, s, 30), "span %s %s %s starts or ends inside a character (an emoji, or a letter and its marks): the character was kept as one token, tagged as part of the span", s.ID, s.Label, quoteSnippet(annotate.Shorten(v.text(s), 30)))
		}
	}
}

// sentencesWarning says how many spans cross a sentence break: CoNLL writes a sentence per segment,
// so such a span (a quotation of two sentences, or a name the segmenter cut) comes out as one span
// per sentence, which a reader counts as that many entities.
func sentencesWarning(v *view, kept []vspan, w *warnings) {
	var crossing []vspan
	for _, s := range kept {
		if slices.ContainsFunc(v.Segs, func(g vseg) bool { return g.Start > s.Start && g.Start < s.End }) {
			crossing = append(crossing, s)
		}
	}
	if len(crossing) == 0 {
		return
	}
	args := spanArgs(v, crossing[0], 30)
	args["N"] = len(crossing)
	w.say(v.ID, WarnSplitBySentences, args, "CoNLL has one sentence per segment: %s a sentence break, written as one span per sentence (e.g. %s %s)",
		plural(len(crossing), "span crosses", "spans cross"), crossing[0].Label, quoteSnippet(annotate.Shorten(v.text(crossing[0]), 30)))
}

// iobTag is the IOB2 tag of token t among non-overlapping spans sorted by start, prevEnd the end of
// the token before it in its sentence (-1 for none). A token begins its span (B-) when no token
// before it in the sentence is in it: a span that starts with a space, as a selection in doccano's
// browser may, begins at its first token all the same, where an I- after an O was no IOB2.
func iobTag(kept []vspan, t token, prevEnd int) string {
	k := sort.Search(len(kept), func(i int) bool { return kept[i].End > t.Start })
	if k == len(kept) || kept[k].Start >= t.End {
		return "O"
	}
	s := kept[k]
	if t.Start <= s.Start || prevEnd <= s.Start {
		return "B-" + s.Label
	}
	return "I-" + s.Label
}
