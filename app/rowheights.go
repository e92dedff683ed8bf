package app

// rowHeights holds the heights of a list's rows and answers, in O(log n), where a row starts and which
// row is at a given offset: a Fenwick tree of the rows' heights, each with the gap that follows it.
// widget.List keeps its heights in a map that it walks whole to answer either question, and the
// driver asks before every frame (Canvas.EnsureMinSize), so that a blinking caret cost work in
// proportion to the document's length.
type rowHeights struct {
	set  []float32 // the heights given, 0 for a row that takes the default
	tree []float64 // tree[k] (1-based) sums the padded heights of rows k-(k&-k) to k-1
	def  float32   // the height of a row whose height was not given
	pad  float32   // the gap after every row
	// hide marks the rows the segment filter leaves out (segfilter.go), nil when none is: such a row
	// takes no height and no gap, so that every question above is answered over the rows shown,
	// by segment index, and the index space stays the document's (see segList.SetHidden).
	hide  []bool
	shown int // the rows not hidden, when hide is set
}

// reset sizes the table for n rows, keeping the heights given to the first of them, with def as the
// height of the others and pad the gap between rows: O(n).
func (h *rowHeights) reset(n int, def, pad float32) {
	if n != len(h.set) {
		h.hide = nil // the filter was of another document
	}
	if n < len(h.set) {
		h.set = h.set[:n]
	} else {
		h.set = append(h.set, make([]float32, n-len(h.set))...)
	}
	h.def, h.pad = def, pad
	h.build()
}

// setAll gives every row its height from hs (0: the default), sizing the table to len(hs): O(n).
func (h *rowHeights) setAll(hs []float32) {
	if len(hs) != len(h.set) {
		h.hide = nil
	}
	h.set = append(h.set[:0], hs...)
	h.build()
}

// build computes the tree from the heights in linear time.
func (h *rowHeights) build() {
	n := len(h.set)
	if cap(h.tree) >= n+1 {
		h.tree = h.tree[:n+1]
		clear(h.tree)
	} else {
		h.tree = make([]float64, n+1)
	}
	for k := 1; k <= n; k++ {
		h.tree[k] += float64(h.padded(k - 1))
		if p := k + k&-k; p <= n {
			h.tree[p] += h.tree[k]
		}
	}
}

// len returns the number of rows.
func (h *rowHeights) len() int { return len(h.set) }

// height returns row i's height, 0 for a hidden row.
func (h *rowHeights) height(i int) float32 {
	if h.hide != nil && h.hide[i] {
		return 0
	}
	if v := h.set[i]; v > 0 {
		return v
	}
	return h.def
}

// padded returns row i's height with the gap after it, 0 for a hidden row.
func (h *rowHeights) padded(i int) float32 {
	if h.hide != nil && h.hide[i] {
		return 0
	}
	return h.height(i) + h.pad
}

// setHeight gives row i the height v (0: the default), and reports whether that changed it.
func (h *rowHeights) setHeight(i int, v float32) bool {
	old := h.height(i)
	h.set[i] = v
	d := float64(h.height(i) - old)
	if d == 0 {
		return false
	}
	for k := i + 1; k < len(h.tree); k += k & -k {
		h.tree[k] += d
	}
	return true
}

// top returns where row i starts: the heights of the rows before it and their gaps. top(len()) is
// the end of the last row's gap.
func (h *rowHeights) top(i int) float32 {
	var s float64
	for k := i; k > 0; k -= k & -k {
		s += h.tree[k]
	}
	return float32(s)
}

// total returns the height of all rows and the gaps between them.
func (h *rowHeights) total() float32 {
	if h.count() == 0 {
		return 0
	}
	return h.top(len(h.set)) - h.pad
}

// at returns the row at offset y, counting the gap after a row as part of it: the last row whose top
// is at or above y, 0 when y is above the first row, the last row when y is below the end.
func (h *rowHeights) at(y float32) int {
	n := len(h.set)
	if n == 0 {
		return -1
	}
	pos, rest := 0, float64(y)
	for step := highBit(n); step > 0; step >>= 1 {
		if next := pos + step; next <= n && h.tree[next] <= rest {
			pos, rest = next, rest-h.tree[next]
		}
	}
	r := min(pos, n-1) // pos rows end at or above y
	// A row shown has a height: a hidden one is found only above the first row shown or below the last.
	if h.hidden(r) {
		if h.shown == 0 {
			return -1
		}
		if pos == 0 {
			return h.nextShown(-1)
		}
		return h.prevShown(n)
	}
	return r
}

// highBit returns the highest power of two not above n (n > 0).
func highBit(n int) int {
	b := 1
	for b<<1 <= n {
		b <<= 1
	}
	return b
}

// setHidden leaves out the rows hide marks (nil: none), which must have a mark for every row: O(n).
func (h *rowHeights) setHidden(hide []bool) {
	h.hide, h.shown = hide, 0
	for _, x := range hide {
		if !x {
			h.shown++
		}
	}
	h.build()
}

// reveal shows row i again, if it was hidden, in O(log n), and reports whether it was.
func (h *rowHeights) reveal(i int) bool {
	if !h.hidden(i) {
		return false
	}
	h.hide[i] = false
	h.shown++
	d := float64(h.padded(i))
	for k := i + 1; k < len(h.tree); k += k & -k {
		h.tree[k] += d
	}
	return true
}

// hidden reports whether the filter leaves row i out.
func (h *rowHeights) hidden(i int) bool {
	return h.hide != nil && i >= 0 && i < len(h.hide) && h.hide[i]
}

// count returns the number of rows shown.
func (h *rowHeights) count() int {
	if h.hide == nil {
		return len(h.set)
	}
	return h.shown
}

// nextShown returns the first row after i that is shown, len() when none is: i+1 without a filter.
func (h *rowHeights) nextShown(i int) int {
	i++
	for h.hidden(i) {
		i++
	}
	return i
}

// prevShown returns the last row before i that is shown, -1 when none is.
func (h *rowHeights) prevShown(i int) int {
	i--
	for h.hidden(i) {
		i--
	}
	return i
}
