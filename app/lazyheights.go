package app

import "time"

// A row's exact height needs every word of its texts measured, which Fyne does only on the UI
// goroutine (its font faces share a glyph cache without a lock): on a 4 MB article the 32,000 rows
// took 2–4 s, a frozen window. So a document is shown with its rows' heights estimated from their
// lengths (textview.Measurer.Estimate); the list has a row measured exactly before it shows it
// (segList.Exact), and the rest are measured in the background, on the UI goroutine, in chunks of a
// few milliseconds with the window's events and frames between them. The rows on screen stay where
// they are as the rows above them change height (segList.SetHeightsKeepingView), and in the end every
// height is the one measuring them all at once gives.

// Chunks of measuring in the background: how long one may take and the pause after it, during which
// the UI goroutine takes the window's events and draws its frames. The list is given the heights
// measured only every measurePush and at the end: each time, it redraws its bar and so the whole
// window, which under Xvfb's software renderer on a loaded machine took 100–300 ms, and given them
// every 300 ms the window kept stopping that long. The rows it shows have their exact heights anyway,
// through segList.Exact; what waits is the bar's exact length.
const (
	measureChunk = 8 * time.Millisecond
	measureGap   = 4 * time.Millisecond
	measurePush  = 2 * time.Second
)

// estimateRows gives every row its estimated height at ui.width, and starts measuring anew.
func (ui *UI) estimateRows() {
	c := &ui.cache
	for i, seg := range ui.doc.Segments {
		c.strip[i] = ui.hasTargetSpans(i)
		c.heights[i], c.measured[i] = ui.rowHeightBy(i, ui.width, ui.measurer.Estimate), heightKey(seg)
		c.exact[i] = false
	}
	c.left, c.next = len(ui.doc.Segments), 0
	ui.heights.measured = ui.heights.measured[:0]
}

// measureRow measures row i's height exactly at ui.width, for its texts now, and reports whether its
// height changed.
func (ui *UI) measureRow(i int) bool {
	c := &ui.cache
	c.measured[i], c.strip[i] = heightKey(ui.doc.Segments[i]), ui.hasTargetSpans(i)
	h := ui.rowHeight(i, ui.width)
	if !c.exact[i] {
		c.exact[i] = true
		c.left--
	}
	if h == c.heights[i] {
		return false
	}
	c.heights[i] = h
	return true
}

// exactHeight is the list's Exact: row i's height, measured now when it was an estimate. The list may
// not have it yet when the background measured it (see measureSome).
func (ui *UI) exactHeight(i int) (float32, bool) {
	c := &ui.cache
	if ui.width <= 0 || i >= len(c.exact) {
		return 0, false
	}
	if !c.exact[i] {
		ui.measureRow(i)
	}
	return c.heights[i], true
}

// measureSome measures estimated rows, in order, for about budget, gives the list their heights, and
// reports whether rows are left.
func (ui *UI) measureSome(budget time.Duration) bool {
	c := &ui.cache
	if ui.width <= 0 {
		return false
	}
	start := time.Now()
	rows := ui.heights.measured
	for ; c.next < len(c.exact) && c.left > 0; c.next++ {
		if c.exact[c.next] {
			continue
		}
		ui.measureRow(c.next)
		rows = append(rows, c.next)
		if len(rows)%8 == 0 && time.Since(start) >= budget {
			c.next++
			break
		}
	}
	more := c.left > 0 && c.next < len(c.exact)
	if !more || ui.heights.steps || time.Since(ui.heights.pushed) >= measurePush {
		ui.list.SetHeightsKeepingView(rows, c.heights)
		rows, ui.heights.pushed = rows[:0], time.Now()
	}
	ui.heights.measured = rows
	return more
}

// measureLater measures the estimated rows in the background, a chunk at a time, unless that is
// already under way. In synchronous mode (tests) it measures them all at once, or, when heightSteps is
// set, leaves the next chunk to heightsDue.
func (ui *UI) measureLater() {
	if ui.heights.queued || ui.cache.left == 0 {
		return
	}
	if ui.opts.Sync && !ui.heights.steps {
		for ui.measureSome(time.Hour) {
		}
		return
	}
	ui.heights.queued = true
	budget := measureChunk
	if ui.heights.steps {
		budget = 0 // as many chunks as can be: 8 rows each
	}
	run := func() {
		ui.heights.queued = false
		if ui.measureSome(budget) {
			ui.measureLater()
		}
	}
	if ui.opts.Sync {
		ui.heights.due = run
		return
	}
	time.AfterFunc(measureGap, func() { ui.do(run) })
}

// heightsDue measures the next chunk measureLater left in synchronous mode, and reports whether there
// was one.
func (ui *UI) heightsDue() bool {
	fn := ui.heights.due
	ui.heights.due = nil
	if fn != nil {
		fn()
	}
	return fn != nil
}

// lazyHeights is the state of the measuring in the background.
type lazyHeights struct {
	queued bool   // a chunk is scheduled
	steps  bool   // in synchronous mode, chunks wait for heightsDue (tests)
	due    func() // the chunk waiting, in steps
	// measured lists the rows measured since the list was last given their heights, at pushed.
	measured []int
	pushed   time.Time
}
