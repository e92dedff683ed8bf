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
	switch {
	case grp.title:
		grp.conf = 0.1
		return
	}
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
