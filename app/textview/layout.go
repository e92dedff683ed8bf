package textview

import (
	"sort"
	"sync"

	"fyne.io/fyne/v2"
)

// lineSpan is one displayed line: a byte range of the text, newline excluded.
// exact lines are measured by prefixes of the whole line (see xAt).
type lineSpan struct {
	start, end int
	exact      bool
}

// textLayout is the text broken into lines for one width. Its methods use the
// width cache, so callers hold the Measurer's lock (see TextView.layoutFor).
type textLayout struct {
	valid bool
	width float32 // widget width the lines were broken for
	size  float32
	wrap  bool
	wc    *widthCache
	text  string // display text
	lines []lineSpan
}

// layoutFor returns the layout for a widget of the given width, recomputing
// it when the text, width or size changed. It returns with mu, the
// Measurer's lock, held: unlock it when done with the layout.
func (t *TextView) layoutFor(width float32) (l *textLayout, mu *sync.Mutex) {
	wc, mu := t.widths()
	l = &t.lay
	if l.valid && l.width == width && l.wc == wc && l.wrap == t.Wrap && l.text == t.display {
		return l, mu
	}
	l.valid, l.width, l.size, l.wrap, l.wc, l.text = true, width, wc.size, t.Wrap, wc, t.display
	l.lines = l.lines[:0]
	wc.wrap(t.display, t.wrapWidth(width, wc), func(start, end int) {
		l.lines = append(l.lines, lineSpan{start, end, needsExact(t.display[start:end])})
	})
	return l, mu
}

// lineOf returns the index of the line holding byte offset off; an offset
// where a wrapped line ends belongs to the next line.
func (l *textLayout) lineOf(off int) int {
	i := sort.Search(len(l.lines), func(i int) bool { return l.lines[i].start > off })
	return max(i-1, 0)
}

// lineAtY returns the line under a y coordinate, clamped to the lines.
func (l *textLayout) lineAtY(y float32) int {
	i := int((y - l.wc.pad + lineGap/2) / l.wc.lineStep())
	return min(max(i, 0), len(l.lines)-1)
}

// lineTop returns the y coordinate of the top of line li.
func (l *textLayout) lineTop(li int) float32 {
	return l.wc.pad + float32(li)*l.wc.lineStep()
}

// token is a run of breakable spaces or a piece of a word on one line.
type token struct {
	start, end int
	x, w       float32 // x from the widget's left edge
	space      bool
}

// walk calls fn with the tokens of line li, left to right, until fn returns
// false.
func (l *textLayout) walk(li int, fn func(tk token) bool) {
	ln := l.lines[li]
	x := l.wc.pad
	for i := ln.start; i < ln.end; {
		tk := token{start: i, x: x}
		if j := spaceRunEnd(l.text[:ln.end], i); j > i {
			tk.end, tk.space = j, true
		} else {
			tk.end = wordEnd(l.text[:ln.end], i)
		}
		tk.w = l.measure(tk, tk.end)
		if !fn(tk) {
			return
		}
		x += tk.w
		i = tk.end
	}
}

// measure returns the width of the part of tk before offset end.
func (l *textLayout) measure(tk token, end int) float32 {
	if tk.space {
		return l.wc.spaceWidth(l.text[tk.start:end])
	}
	return l.wc.width(l.text[tk.start:end])
}

// needsExact reports whether a line must be measured by prefixes: whether it
// holds a rune that the theme's text font may not have (emoji, symbols, other
// scripts). Such runes are drawn with another font, and the spaces after them
// too (the shaper keeps a space in the run before it), so the sum of the
// widths of words and spaces measured apart is not where the renderer puts the
// next character. Latin, Greek and Cyrillic text, with the usual punctuation
// and currency signs, stays in the text font, where sums are exact.
func needsExact(line string) bool {
	for _, r := range line {
		if r >= 0x2100 {
			return true
		}
	}
	return false
}

// xAt returns the x coordinate of byte offset off on line li: where the
// renderer, drawing the line as one text, puts the cluster starting at off.
func (l *textLayout) xAt(li, off int) float32 {
	ln := l.lines[li]
	if ln.exact {
		off = min(max(snapCluster(l.text, off), ln.start), ln.end)
		return l.wc.pad + l.wc.width(l.text[ln.start:off])
	}
	x := l.wc.pad
	l.walk(li, func(tk token) bool {
		switch {
		case off >= tk.end:
			x = tk.x + tk.w
			return true
		case off > tk.start:
			x = tk.x + l.measure(tk, snapCluster(l.text, off))
		default:
			x = tk.x
		}
		return false
	})
	return x
}

// boundaries returns the cluster boundaries of line li, its start and end
// included.
func (l *textLayout) boundaries(li int) []int {
	ln := l.lines[li]
	b := []int{ln.start}
	for k := ln.start; k < ln.end; {
		k = min(nextCluster(l.text, k), ln.end)
		b = append(b, k)
	}
	return b
}

// firstPast returns the index of the first boundary in b (of line li) drawn
// right of x, len(b) when there is none.
func (l *textLayout) firstPast(li int, b []int, x float32) int {
	return sort.Search(len(b), func(i int) bool { return l.xAt(li, b[i]) > x })
}

// offsetAt returns the cluster boundary nearest to pos.
func (l *textLayout) offsetAt(pos fyne.Position) int {
	li := l.lineAtY(pos.Y)
	b := l.boundaries(li)
	i := l.firstPast(li, b, pos.X)
	switch {
	case i == 0:
		return b[0]
	case i == len(b):
		return b[len(b)-1]
	case pos.X < (l.xAt(li, b[i-1])+l.xAt(li, b[i]))/2:
		return b[i-1]
	}
	return b[i]
}

// clusterAt returns the byte offset of the cluster drawn under pos, or -1
// when pos is beside the text.
func (l *textLayout) clusterAt(pos fyne.Position) int {
	li := l.lineAtY(pos.Y)
	top := l.lineTop(li)
	if pos.Y < top || pos.Y >= top+l.wc.lineH+lineGap {
		return -1
	}
	b := l.boundaries(li)
	i := l.firstPast(li, b, pos.X)
	if i == 0 || i == len(b) {
		return -1
	}
	return b[i-1]
}
