package quotes

import "strings"

// Cutting a quotation at its incises: « …, a-t-il dit, … » gives two parts of one group.

// splitIncises cuts a part where an incise interrupts it and records the incise's attribution.
func (f *finder) splitIncises(p part) []part {
	if p.kind == english {
		return []part{p}
	}
	var out []part
	grp := f.groups[p.group]
	start := p.Start
	i := p.Start
	for i < p.End {
		r, n := decode(f.text, i)
		i += n
		if !incisePunct(r) {
			continue
		}
		punct := i - n
		q := skipSpaces(f.text, i, p.End)
		if q == i || q >= p.End || f.text[q:min(q+2, p.End)] == "»" {
			continue
		}
		a, resume, narrative, ok := f.inciseN(q, p.End, true)
		if !ok || p.kind == guillemet && f.runsToClose(a, p.End) {
			continue
		}
		if !grp.attrib {
			grp.set(a)
		}
		if s, e := f.partSpan(start, inciseCut(r, punct, q)); e > s {
			out = append(out, part{Span{s, e}, p.group, p.kind})
		}
		start, i = resume, resume
		if p.kind == dash && f.turnNarrates(narrative, resume, p.End) {
			return out // the rest of the line is narration
		}
	}
	if s, e := f.partSpan(start, p.End); e > s && !onlyMarks(f.text[s:e]) {
		out = append(out, part{Span{s, e}, p.group, p.kind})
	}
	return out
}

// runsToClose reports whether the words after an incise's noun-phrase subject run, with no punctuation,
// to the closing » at end: "« Toute organisation de …, expose les auteurs à la rigueur
// de la loi »" is one sentence whose verb the incise reader took for an incise. A subject pronoun
// inverted on its verb ("dit-il à sa femme »") is an incise wherever it stands.
func (f *finder) runsToClose(a attribution, end int) bool {
	if a.kind == Pronoun || a.speaker.Empty() || a.speaker.End >= end || !strings.HasSuffix(f.text[:end], "»") {
		return false
	}
	rest := strings.TrimRight(f.text[a.speaker.End:end], "»\u00a0\u202f ")
	return strings.TrimSpace(rest) != "" && !strings.ContainsAny(rest, ".,;:!?…()")
}

// incisePunct reports whether r may close the words quoted before an incise: a comma, a semicolon, or
// ! ? … ending a sentence of them.
func incisePunct(r rune) bool {
	return r == ',' || r == '!' || r == '?' || r == '…' || r == ';'
}

// inciseCut returns where the quoted words end before an incise at q, after the punctuation r at punct:
// a comma or a semicolon belongs to neither side and is cut off, while ! ? or … stays with the words.
func inciseCut(r rune, punct, q int) int {
	if r == ',' || r == ';' {
		return punct
	}
	return q
}

// turnNarrates reports whether what follows an incise in a dialogue turn, from resume to end, is
// narration: the incise itself went on with it, or a quotation in guillemets comes later in the line.
func (f *finder) turnNarrates(narrative bool, resume, end int) bool {
	return narrative || strings.Contains(f.text[resume:end], "«")
}

func onlyMarks(s string) bool {
	return strings.Trim(s, "«»—–-.,;:!?… \u00a0\u202f") == ""
}
