package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
)

// The QA tab listed every segment not translated yet as an error, one row each: 43 of them while the
// translator was still at work, burying the warnings that needed a look. They are one row now, the
// first, which says how many and goes to the next one (after the current segment) when clicked or
// reached with Enter; its detail lists their numbers. The issues themselves are unchanged, as
// glose-cli qa and its exports give them: the panel keeps them at the end of p.issues, and the rows
// after the folded one show the others, in order (issueOf, rowOf).

// foldIssues orders issues for the panel: worst first, then in document order, the ignored ones after
// them, the untranslated segments' issues last. It returns how many of those there are.
func foldIssues(issues []qa.Issue) int {
	slices.SortStableFunc(issues, func(a, b qa.Issue) int {
		if fa, fb := a.Check == qa.Untranslated, b.Check == qa.Untranslated; fa != fb {
			if fa {
				return 1
			}
			return -1
		}
		if a.Ignored != b.Ignored { // the ignored ones, when shown, after those still to look at
			if a.Ignored {
				return 1
			}
			return -1
		}
		return b.Severity.Rank() - a.Severity.Rank()
	})
	n := 0
	for _, is := range issues {
		if is.Check == qa.Untranslated {
			n++
		}
	}
	return n
}

// listed is how many issues have a row of their own: all but the untranslated segments'.
func (p *qaPanel) listed() int { return len(p.issues) - p.folded }

// rows is the list's length: the issues listed, and the folded row when there is one.
func (p *qaPanel) rows() int {
	if p.folded > 0 {
		return p.listed() + 1
	}
	return p.listed()
}

// isFold reports whether list row id is the folded row of the untranslated segments.
func (p *qaPanel) isFold(id int) bool { return p.folded > 0 && id == 0 }

// issueOf returns the index in p.issues of the issue list row id shows; false for the folded row
// and past the end.
func (p *qaPanel) issueOf(id int) (int, bool) {
	if p.folded > 0 {
		id--
	}
	return id, id >= 0 && id < p.listed()
}

// rowOf returns the list row showing issue k, one listed (not folded).
func (p *qaPanel) rowOf(k int) int {
	if p.folded > 0 {
		return k + 1
	}
	return k
}

// foldText is the folded row's message.
func foldText(n int) string {
	return lang.N("{{.N}} not translated yet: go to the next", n, map[string]any{"N": n})
}

// bindFold shows the folded row: the error icon, no segment, how many segments are not translated.
func (p *qaPanel) bindFold(box *fyne.Container) {
	left := box.Objects[1].(*fyne.Container)
	if icon, res := left.Objects[0].(*widget.Icon), severityIcon(qa.Error); icon.Resource == nil || icon.Resource.Name() != res.Name() {
		icon.SetResource(res)
	}
	setLabel(left.Objects[1].(*fyne.Container).Objects[0].(*widget.Label), "")
	setLabel(box.Objects[0].(*widget.Label), foldText(p.folded))
}

// untranslatedSegments returns the indexes of the segments the folded issues are about, in order.
func (p *qaPanel) untranslatedSegments() []int {
	var out []int
	for _, is := range p.issues[p.listed():] {
		if i := p.ui.doc.SegmentIndex(is.Segment); i >= 0 {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return out
}

// showFoldDetail shows, under the list, the numbers of the segments not translated and how to reach
// them.
func (p *qaPanel) showFoldDetail() {
	p.showDetail(nil) // no issue opened, no spelling buttons
	p.foldOpen = true
	segs := p.untranslatedSegments()
	nums := make([]int, len(segs))
	for k, i := range segs {
		nums[k] = i + 1
	}
	text := lang.N("{{.N}} segments not translated: {{.List}}. Enter or a click here goes to the next one after the current segment.",
		len(segs), map[string]any{"N": len(segs), "List": numberList(nums)})
	p.detail.styled(fyne.TextStyle{}).SetText(text)
}

// openFold goes to the first segment not translated after the current one, wrapping around, and
// shows the detail.
func (p *qaPanel) openFold() {
	p.showFoldDetail()
	p.box.Refresh()
	p.list.ScrollTo(0)
	segs := p.untranslatedSegments()
	if len(segs) == 0 {
		return
	}
	next := segs[0]
	if k, _ := slices.BinarySearch(segs, p.ui.cur+1); k < len(segs) {
		next = segs[k]
	}
	p.ui.focusSegment(next, annotate.Target)
	p.ui.setStatus(segmentName(next+1) + " · " + issueMessage(p.issues[p.listed()]))
}
