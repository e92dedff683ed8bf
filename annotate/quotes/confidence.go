package quotes

import "strings"

// confidence scores a group from its kind, its length and whether a reporting verb attributes it.
func (f *finder) confidence(parts []part, grp *group) {
	words, punct := 0, false
	for _, p := range parts {
		s := strings.Trim(f.text[p.Start:p.End], "«»“”\"—–- \u00a0\u202f")
		words += len(strings.Fields(s))
		punct = punct || strings.ContainsAny(s, ".!?…;:")
	}
	long := words >= 5 || punct
	switch grp.kind {
	case dash:
		grp.conf = 0.85
		if grp.attrib {
			grp.conf = 0.9
		}
	case guillemet:
		grp.conf = pick(long, grp.attrib, 0.95, 0.85, 0.6, 0.2)
	default:
		grp.conf = pick(long, grp.attrib, 0.85, 0.6, 0.5, 0.15)
	}
}

func pick(long, attrib bool, la, l, sa, s float64) float64 {
	switch {
	case long && attrib:
		return la
	case long:
		return l
	case attrib:
		return sa
	}
	return s
}

// carryOver gives speakers to quotes that have none written next to them: a paragraph that is only a
// quotation continues the previous quotation's speaker (news), and in a run of dialogue turns the
// speaker of the turn before last speaks again (turn-taking).
func (f *finder) carryOver() {
	first := map[int]bool{}
	var order []int
	for _, p := range f.parts {
		if !first[p.group] {
			first[p.group] = true
			order = append(order, p.group)
		}
	}
	for n, g := range order {
		grp := f.groups[g]
		if !grp.speaker.Empty() || !grp.lineStart || n == 0 {
			continue
		}
		prev := f.groups[order[n-1]]
		switch {
		case grp.kind == dash && n >= 2:
			prev2 := f.groups[order[n-2]]
			if prev.kind == dash && prev2.kind == dash && prev.lineStart && prev2.lineStart &&
				grp.line-prev.line <= 2 && prev.line-prev2.line <= 2 && !prev2.speaker.Empty() {
				grp.speaker, grp.skind, grp.inferred = prev2.speaker, prev2.skind, true
			}
		case grp.kind != dash && grp.line-prev.line <= 2 && !prev.speaker.Empty() && prev.conf >= 0.5:
			grp.speaker, grp.skind, grp.inferred = prev.speaker, prev.skind, true
		}
	}
}
