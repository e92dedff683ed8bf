package app

import (
	"cmp"
	"slices"
	"strconv"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// codeTags draws, over a row's English field, a tag at each inline code placed by hand, so that the
// translator sees where the codes sit while typing, as memoQ and OmegaT show theirs in the text: a
// thin bracket in the accent colour at the marker's place, opening [ before the words a code wraps,
// closing ] after them, a bar | for a code at one place, and the code's number as the status line
// and the code mark's menu number it (<1>, </1>, <2/>), on a small badge on the side away from the
// code's words, at the foot of an opening or a bar and the top of a closing (badgeAt). The markers are
// beside the English, not characters in it, so a tag stands between two characters, where the cursor
// would: it is placed as spellMarks places its lines, from the Entry's wrapped rows and the theme's
// font, and follows wrapping. A text taller than the field (scrolled by an amount Fyne
// keeps to itself) shows no tags rather than misplaced ones; the status line still says the codes.
type codeTags struct {
	widget.BaseWidget
	row   *row
	marks []codeTag // the markers to draw, in code points of text
	text  string    // the English the marks are for
	// drawn are where the last layout drew each mark's bar and badge, for the tip zones to tell
	// which tag the pointer is nearest (tagNearest); UI goroutine only.
	drawn []tagDrawn
}

// tagDrawn is where a tag was drawn: its place and its badge.
type tagDrawn struct {
	place tagPlace
	badge tagBadge
}

// codeTag is one marker to draw: at code point at of the English, code number n (1-based), opening,
// closing, or at one place.
type codeTag struct {
	at, n        int
	wraps, close bool
}

func newCodeTags(r *row) *codeTags {
	t := &codeTags{row: r}
	t.ExtendBaseWidget(t)
	return t
}

// update takes the markers of the row's segment and redraws, when they or its English changed.
func (t *codeTags) update() {
	ui, r := t.row.ui, t.row
	var marks []codeTag
	if r.seg >= 0 && r.seg < len(ui.doc.Segments) {
		seg := ui.doc.Segments[r.seg]
		if len(seg.Codes) > 0 && seg.Target == r.entry.Text {
			marks = tagsOf(seg, ui.codesOf(seg))
		}
	}
	if r.entry.Text == t.text && slices.Equal(marks, t.marks) {
		return
	}
	was := len(t.marks)
	t.marks, t.text = marks, r.entry.Text
	if was > 0 || len(marks) > 0 { // a field without codes, typed in, has nothing to redraw
		t.Refresh()
	}
}

// tagsOf are the tags of seg's markers, in code points of its English, in text order (a closing
// before an opening at the same place, as the English with its codes writes them).
func tagsOf(seg *annotate.Segment, codes []formats.Code) []codeTag {
	var out []codeTag
	for _, m := range seg.Codes {
		if m.At > len(seg.Target) {
			continue
		}
		wraps := m.Code < len(codes) && codes[m.Code].Wraps
		out = append(out, codeTag{at: utf8.RuneCountInString(seg.Target[:m.At]), n: m.Code + 1, wraps: wraps, close: m.Close})
	}
	slices.SortStableFunc(out, func(x, y codeTag) int {
		if x.at != y.at {
			return x.at - y.at
		}
		return boolOrder(!x.close, !y.close)
	})
	return out
}

// boolOrder orders false before true.
func boolOrder(x, y bool) int {
	switch {
	case x == y:
		return 0
	case x:
		return 1
	}
	return -1
}

// tagPlace is where a tag goes in the field: x of the place between two characters, the top and
// height of the wrapped row holding it.
type tagPlace struct{ x, y, h float32 }

// places returns where each tag goes in a field of the given size, or nil when the text is taller
// than the field or is not the one the tags are for.
func (t *codeTags) places(size fyne.Size) []tagPlace {
	e := &t.row.entry.Entry
	if len(t.marks) == 0 || e.Text != t.text || size.Width <= 0 {
		return nil
	}
	rs := []rune(e.Text)
	rows, bottom := wrappedRows(e, rs)
	if bottom+theme.InnerPadding() > size.Height {
		return nil
	}
	out := make([]tagPlace, len(t.marks))
	for i, rw := range rows {
		last := i+1 == len(rows)
		for k, m := range t.marks {
			if m.at >= rw.a && (m.at < rw.b || last && m.at == rw.b) {
				x := fyne.MeasureText(string(rs[rw.a:m.at]), theme.TextSize(), fyne.TextStyle{}).Width
				out[k] = tagPlace{theme.InnerPadding() + x, rw.y, rw.h}
			}
		}
	}
	return out
}

// CreateRenderer is part of fyne.Widget.
func (t *codeTags) CreateRenderer() fyne.WidgetRenderer { return &codeTagsRenderer{t: t} }

type codeTagsRenderer struct {
	t    *codeTags
	objs []fyne.CanvasObject // per tag: bar, top foot, bottom foot, badge, number, tip zone
}

func (r *codeTagsRenderer) Destroy()                     {}
func (r *codeTagsRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (r *codeTagsRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *codeTagsRenderer) Refresh()                     { r.Layout(r.t.Size()) }

// tagBar is the width of a tag's bar and feet; tagFoot the length of a foot; tagNumberSize the
// number's text size, against the theme's text size.
const (
	tagBar        = 2
	tagFoot       = 4
	tagNumberSize = 0.65
	tagParts      = 6   // the objects of a tag
	tagBadgeRise  = 2.5 // how far an opening badge's top is above its row's lower edge: below its baseline
	// tagBadgeHeight is a badge's height against its number's line height: the digits' own height
	// and a little more, so that an opening's badge reaches into the wrapped row below no further
	// than the tops of its capitals ("Égypte": three quarters of the line hid the É).
	tagBadgeHeight = 0.52
)

// Layout is part of fyne.WidgetRenderer: it draws each tag at its place, or none.
func (r *codeTagsRenderer) Layout(fyne.Size) {
	places := r.t.places(r.t.Size())
	for len(r.objs) < tagParts*len(places) {
		n := canvas.NewText("", nil)
		n.TextStyle = fyne.TextStyle{Bold: true}
		k := len(r.objs) / tagParts
		zone := newTipArea(r.t.row.ui.tips, func(at fyne.Position) string { return r.t.tip(r.t.tipTag(k, at)) })
		r.objs = append(r.objs, canvas.NewRectangle(nil), canvas.NewRectangle(nil), canvas.NewRectangle(nil), canvas.NewRectangle(nil), n, zone)
	}
	r.objs = r.objs[:tagParts*len(places)]
	badges := make([]tagBadge, len(places))
	for k, p := range places {
		num := r.objs[tagParts*k+4].(*canvas.Text)
		num.Text, num.TextSize = strconv.Itoa(r.t.marks[k].n), tagNumberSize*theme.TextSize()
		badges[k] = badgeAt(r.t.marks[k], p, num.MinSize(), badgeSlot(r.t.marks, k))
	}
	spreadBadges(r.t.marks, badges)
	r.t.drawn = r.t.drawn[:0]
	for k, p := range places {
		r.t.drawn = append(r.t.drawn, tagDrawn{p, badges[k]})
		r.layoutTag(r.objs[tagParts*k:tagParts*(k+1)], r.t.marks[k], p, badges[k])
	}
}

// tagBadge is where a tag's number goes: its badge's place and size, and the number's size.
type tagBadge struct {
	pos        fyne.Position
	size, text fyne.Size
}

// badgeSlot is how far from its bar the badge of tag k of marks goes, in badges: codes opening (or
// closing) at one place show their numbers side by side, the innermost code's nearest the bar, as
// the English with its codes writes them (<1><2>, </2></1>).
func badgeSlot(marks []codeTag, k int) int {
	n := 0
	for _, m := range marks {
		if m.at == marks[k].at && m.close == marks[k].close && m.n > marks[k].n {
			n++
		}
	}
	return n
}

// badgeAt is the badge of tag m at p, its number measuring ns, on the side away from the code's words
// (where a space mostly is). An opening's or a one-place code's sits at the bar's foot, its top
// tagBadgeRise above the row's lower edge: below the letters' bodies and the foot of «, over the end of
// a descender alone (a badge astride the edge hid the hook of the g before it, "quippinq"); no taller
// than its digits (tagBadgeHeight), it stops above the capitals and ascenders of a wrapped row below,
// touching only the top of an accent right under it. A closing's sits astride the row's upper edge, because what
// follows a code's words is mostly a comma or a full stop, which a badge at the foot hid ("Lavrov],
// Russia" read "Lavrov] Russia"). Slot badges of other codes at that place come between it and the bar.
func badgeAt(m codeTag, p tagPlace, ns fyne.Size, slot int) tagBadge {
	bs := fyne.NewSize(ns.Width+2, ns.Height*tagBadgeHeight)
	x := p.x - tagBar/2
	step := float32(slot) * (bs.Width + 1)
	bx, by := x-bs.Width-step, p.y+p.h-tagBadgeRise // left of an opening or a code at one place
	if m.close {
		bx, by = x+tagBar+step, p.y-bs.Height/2+1
	}
	return tagBadge{fyne.NewPos(bx, by), bs, ns}
}

// spreadBadges moves the badges of marks to the right where they would cover one another on a row
// (codes a character apart), in the order the English with its codes writes them, so that every
// number stays readable.
func spreadBadges(marks []codeTag, badges []tagBadge) {
	order := make([]int, len(badges))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { // marks are in text order
		if a, b := badges[i].pos, badges[j].pos; a.Y != b.Y || marks[i].at == marks[j].at && marks[i].close == marks[j].close {
			return cmp.Or(cmp.Compare(a.Y, b.Y), cmp.Compare(a.X, b.X))
		}
		return cmp.Compare(i, j)
	})
	for n := 1; n < len(order); n++ {
		prev, cur := &badges[order[n-1]], &badges[order[n]]
		if cur.pos.Y == prev.pos.Y && cur.pos.X < prev.pos.X+prev.size.Width+1 {
			cur.pos.X = prev.pos.X + prev.size.Width + 1
		}
	}
}

// layoutTag places the objects of tag m at p: a bar between the two characters, feet at its ends
// pointing into the code's words for a code that wraps some, its number on badge b, and the zone
// that shows its tip over them.
func (r *codeTagsRenderer) layoutTag(objs []fyne.CanvasObject, m codeTag, p tagPlace, b tagBadge) {
	c := theme.Color(theme.ColorNamePrimary)
	bar, top, foot, badge, num := objs[0].(*canvas.Rectangle), objs[1].(*canvas.Rectangle), objs[2].(*canvas.Rectangle), objs[3].(*canvas.Rectangle), objs[4].(*canvas.Text)
	x := p.x - tagBar/2
	bar.Move(fyne.NewPos(x, p.y+1))
	bar.Resize(fyne.NewSize(tagBar, p.h-2))
	fx := x // right of an opening, left of a closing
	if m.close {
		fx = x + tagBar - tagFoot
	}
	for _, f := range []*canvas.Rectangle{top, foot} {
		f.Resize(fyne.NewSize(tagFoot, tagBar))
		if m.wraps {
			f.Show()
		} else {
			f.Hide()
		}
	}
	top.Move(fyne.NewPos(fx, p.y+1))
	foot.Move(fyne.NewPos(fx, p.y+p.h-1-tagBar))
	badge.Move(b.pos)
	badge.Resize(b.size)
	badge.CornerRadius = 2
	num.Color = theme.Color(theme.ColorNameForegroundOnPrimary)
	num.Move(fyne.NewPos(b.pos.X+1, b.pos.Y-(b.text.Height-b.size.Height)/2))
	num.Resize(b.text)
	zone := objs[5]
	zp, zs := tipZone(p, b)
	zone.Move(zp)
	zone.Resize(zs)
	for _, o := range []*canvas.Rectangle{bar, top, foot, badge} {
		o.FillColor = c
	}
	for _, o := range objs {
		o.Refresh()
	}
}
