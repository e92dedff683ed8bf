package textview

import (
	"sort"
	"sync"

	"fyne.io/fyne/v2"
)

// lineSpan is one displayed line: a byte range of the text, newline excluded.
type lineSpan struct{ start, end int }

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
		l.lines = append(l.lines, lineSpan{start, end})
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

// xAt returns the x coordinate of byte offset off on line li.
func (l *textLayout) xAt(li, off int) float32 {
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

// offsetAt returns the cluster boundary nearest to pos.
func (l *textLayout) offsetAt(pos fyne.Position) int {
	li := l.lineAtY(pos.Y)
	off := l.lines[li].end
	l.walk(li, func(tk token) bool {
		if pos.X >= tk.x+tk.w {
			return true
		}
		prevX, prev := tk.x, tk.start
		for k := nextCluster(l.text, tk.start); ; k = nextCluster(l.text, k) {
			x := tk.x + l.measure(tk, min(k, tk.end))
			if pos.X < (prevX+x)/2 {
				off = prev
				return false
			}
			if k >= tk.end {
				off = tk.end
				return false
			}
			prevX, prev = x, k
		}
	})
	return off
}

// clusterAt returns the byte offset of the cluster drawn under pos, or -1
// when pos is beside the text.
func (l *textLayout) clusterAt(pos fyne.Position) int {
	li := l.lineAtY(pos.Y)
	top := l.lineTop(li)
	if pos.Y < top || pos.Y >= top+l.wc.lineH+lineGap {
		return -1
	}
	found := -1
	l.walk(li, func(tk token) bool {
		if pos.X >= tk.x+tk.w {
			return true
		}
		if pos.X < tk.x {
			return false
		}
		prev := tk.start
		for k := nextCluster(l.text, tk.start); ; k = nextCluster(l.text, k) {
			if pos.X < tk.x+l.measure(tk, min(k, tk.end)) || k >= tk.end {
				found = prev
				return false
			}
			prev = k
		}
	})
	return found
}
