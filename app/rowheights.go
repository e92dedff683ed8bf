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
}

// reset sizes the table for n rows, keeping the heights given to the first of them, with def as the
// height of the others and pad the gap between rows: O(n).
func (h *rowHeights) reset(n int, def, pad float32) {
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
		h.tree[k] += float64(h.height(k-1) + h.pad)
		if p := k + k&-k; p <= n {
			h.tree[p] += h.tree[k]
		}
	}
}

// len returns the number of rows.
func (h *rowHeights) len() int { return len(h.set) }

// height returns row i's height.
func (h *rowHeights) height(i int) float32 {
	if v := h.set[i]; v > 0 {
		return v
	}
	return h.def
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
	if len(h.set) == 0 {
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
	return min(pos, n-1) // pos rows end at or above y
}

// highBit returns the highest power of two not above n (n > 0).
func highBit(n int) int {
	b := 1
	for b<<1 <= n {
		b <<= 1
	}
	return b
}
