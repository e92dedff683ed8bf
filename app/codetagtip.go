package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// A tag in the English field shows a bracket and a number, which say neither which code of the
// client's file it is nor, for a bracket, which words the code wraps. Hovering over it (its bar and
// its badge, a tipArea laid over them, which lets clicks through to the English) shows a tip that
// says both: the code as the status line writes it, the English between its two markers, and the
// client's tag as the code mark's tip names it.

// tagTipMax is how many characters of the wrapped English a tag's tip quotes.
const tagTipMax = 60

// tagTipReach is how far each side of a tag's bar the pointer finds its tip: the bar is thinner
// than the pointer's aim.
const tagTipReach = 3

// tip is the text of the tip of tag k, as the tags are now; "" for none.
func (t *codeTags) tip(k int) string {
	if k >= len(t.marks) {
		return ""
	}
	m := t.marks[k]
	code := markerName(m.n-1, m.wraps, m.close)
	if m.wraps {
		code = markerName(m.n-1, true, false) + " … " + markerName(m.n-1, true, true)
	}
	args := map[string]any{"Code": code, "Tag": t.clientTag(m.n - 1)}
	if m.wraps {
		args["What"] = t.wrapped(m)
		if args["Tag"] == "" {
			return lang.L("{{.Code}}: {{.What}}", args)
		}
		return lang.L("{{.Code}}: {{.What}} (tag of the file: {{.Tag}})", args)
	}
	if args["Tag"] == "" {
		return code
	}
	return lang.L("{{.Code}} (tag of the file: {{.Tag}})", args)
}

// clientTag is the start tag of code k in the client's file, "" when its codes are not read.
func (t *codeTags) clientTag(k int) string {
	ui, r := t.row.ui, t.row
	if r.seg < 0 || r.seg >= len(ui.doc.Segments) {
		return ""
	}
	if codes := ui.codesOf(ui.doc.Segments[r.seg]); k < len(codes) {
		return codes[k].Tag
	}
	return ""
}

// wrapped says the English between the two markers of m's code, quoted, or that the other marker is
// not placed yet.
func (t *codeTags) wrapped(m codeTag) string {
	a, b := -1, -1
	for _, o := range t.marks {
		if o.n == m.n && o.close {
			b = o.at
		} else if o.n == m.n {
			a = o.at
		}
	}
	switch rs := []rune(t.text); {
	case a < 0 || b < 0:
		return lang.L("{{.Marker}} not placed yet", map[string]any{"Marker": markerName(m.n-1, true, a >= 0)})
	case a >= b || b > len(rs):
		return lang.L("no words")
	default:
		return quoted(string(rs[a:b]), tagTipMax)
	}
}

// tipZone is where the pointer finds the tip of a tag at p with badge b: its bar, a little wider,
// and its badge.
func tipZone(p tagPlace, b tagBadge) (fyne.Position, fyne.Size) {
	x0, x1 := min(p.x-tagTipReach, b.pos.X), max(p.x+tagTipReach, b.pos.X+b.size.Width)
	y0, y1 := min(p.y, b.pos.Y), max(p.y+p.h, b.pos.Y+b.size.Height) // a closing's badge rises above the row
	return fyne.NewPos(x0, y0), fyne.NewSize(x1-x0, y1-y0)
}

// tipTag is the tag whose tip the pointer at "at" in the tip zone of tag k is to show: the zones of
// tags a character or two apart overlap, and the one Fyne finds first under the pointer is not
// always the tag the pointer is on (tagNearest).
func (t *codeTags) tipTag(k int, at fyne.Position) int {
	if k >= len(t.drawn) {
		return k
	}
	zp, _ := tipZone(t.drawn[k].place, t.drawn[k].badge)
	if n := tagNearest(t.drawn, zp.Add(at)); n >= 0 {
		return n
	}
	return k
}

// tagNearest is the tag of drawn that point pt of the field belongs to, -1 for none: the one whose
// badge holds it (the last drawn, on top, if badges meet), else, among those whose tip zone holds
// it, the one whose bar is nearest.
func tagNearest(drawn []tagDrawn, pt fyne.Position) int {
	best, bestDist := -1, float32(0)
	for k, d := range drawn {
		b := d.badge
		if inBox(pt, b.pos, b.size) {
			best, bestDist = k, -1
			continue
		}
		zp, zs := tipZone(d.place, b)
		if bestDist < 0 || !inBox(pt, zp, zs) {
			continue
		}
		dist := abs32(pt.X - d.place.x)
		if pt.Y < d.place.y || pt.Y > d.place.y+d.place.h { // beside a closing's risen badge
			dist += min(abs32(pt.Y-d.place.y), abs32(pt.Y-d.place.y-d.place.h))
		}
		if best < 0 || dist <= bestDist {
			best, bestDist = k, dist
		}
	}
	return best
}

// inBox reports whether pt is inside the box at pos of size s, its edges included.
func inBox(pt, pos fyne.Position, s fyne.Size) bool {
	return pt.X >= pos.X && pt.Y >= pos.Y && pt.X <= pos.X+s.Width && pt.Y <= pos.Y+s.Height
}

// abs32 is |x|.
func abs32(x float32) float32 { return max(x, -x) }
