package quotes

import "strings"

// Features tried by the twenty-third session's protocol (TestScorerPoolOnly), off unless a run asks
// for them (trainOpts extra and conj): they did not help (docs/quality.md).

// extraFeatures are the twenty-third session's combinations of what single rules could not separate
// (each prefixed x:, so that a run can leave them out): a clause inside the marks (a subject pronoun,
// être or avoir: a finite verb), a reporting verb anywhere in the sentence before the quotation, an
// infinitive between the cue and the quotation ("a promis de mener une « … »"), and how many other
// quotations the rules keep in the paragraph.
func (f *finder) extraFeatures(g int, ctx *featureContext, p0, pl part, buf []string) []string {
	grp := f.groups[g]
	for _, t := range tokenize(f.text, p0.Start, pl.End) {
		if t.word && (subjectPronouns[t.low] || etre[t.low] || auxiliaries[t.low]) {
			buf = append(buf, "x:clause")
			break
		}
	}
	prev := f.lastTokensOutside(ctx.sentence[g], p0.Start)
	for _, t := range prev {
		if _, ok := cueForm(t.low); ok && t.word {
			buf = append(buf, "x:sentrv")
			break
		}
	}
	if !grp.cue.Empty() && grp.cue.End <= p0.Start {
		for _, t := range f.tokensOutside(grp.cue.End, p0.Start) {
			if t.word && wordClass(t.low) == "inf" {
				buf = append(buf, "x:cueinf")
				break
			}
		}
	}
	kept := 0
	for h, o := range f.groups {
		if h != g && o.line == grp.line && o.conf >= 0.5 && !o.title && len(f.byGroup[h]) > 0 {
			kept++
		}
	}
	buf = append(buf, "x:lineq="+bucket(kept, 0, 1))
	if p1 := prev; len(p1) > 0 && (p1[len(p1)-1].low == "ce" || p1[len(p1)-1].low == "cette" || p1[len(p1)-1].low == "ces" || p1[len(p1)-1].low == "cet") {
		buf = append(buf, "x:demonstr")
	}
	return buf
}

// conjunctions adds pairs of the features a single rule could not decide by (c:, so that a run can
// leave them out): the rules' level, the length, attribution and the classes of the words on either
// side, two at a time, so that a linear scorer can weigh "a determiner before a one-word quotation"
// otherwise than either alone.
func conjunctions(buf []string) []string {
	pick := map[string]string{}
	attrib := "noattrib"
	for _, x := range buf {
		for _, p := range []string{"lvl=", "n=", "p1c=", "n1c=", "spk="} {
			if strings.HasPrefix(x, p) {
				pick[p] = x
			}
		}
		if x == "attrib" {
			attrib = x
		}
	}
	pick["attrib"] = attrib
	keys := []string{"lvl=", "n=", "p1c=", "n1c=", "attrib", "spk="}
	for i, a := range keys {
		for _, b := range keys[i+1:] {
			if pick[a] != "" && pick[b] != "" {
				buf = append(buf, "c:"+pick[a]+"&"+pick[b])
			}
		}
	}
	return buf
}
