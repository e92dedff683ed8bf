package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
)

// The QA tab listed every segment not translated yet as an error, one row each: 43 of them while the
// translator was still at work, burying the warnings that needed a look. They are one row now, the
// first, which says how many and goes to the next one (after the current segment) when clicked or
// reached with Enter; its detail lists their numbers. The notes of the segments holding suggestions
// awaiting review did the same on a freshly pre-annotated job (15 of its 21 rows): they are one row
// too, where the notes begin, below the warnings. The issues themselves are unchanged, as glose-cli
// qa and its exports give them: the panel keeps them at the end of p.issues, and the other rows show
// the others, in order (issueOf, rowOf).

// foldedChecks are the checks whose issues one row stands for, in the order of their rows.
var foldedChecks = [...]string{qa.Untranslated, qa.PendingSuggestions}

// qaFold is the row standing for every issue of one check.
type qaFold struct {
	check    string
	start, n int // its issues: p.issues[start : start+n]
	before   int // the listed issue it comes before (listed() when after them all)
	row      int // its list row
}

// foldIndex is the place of check among foldedChecks, or -1.
func foldIndex(check string) int { return slices.Index(foldedChecks[:], check) }

// foldIssues orders issues for the panel: worst first, then in document order, the ignored ones after
// them, the folded checks' issues last, by check. It returns their rows.
func foldIssues(issues []qa.Issue) []qaFold {
	slices.SortStableFunc(issues, func(a, b qa.Issue) int {
		if fa, fb := foldIndex(a.Check), foldIndex(b.Check); fa != fb {
			return fa - fb // -1 (listed) first, then the folds in order
		}
		if a.Ignored != b.Ignored { // the ignored ones, when shown, after those still to look at
			if a.Ignored {
				return 1
			}
			return -1
		}
		return b.Severity.Rank() - a.Severity.Rank()
	})
	listed := slices.IndexFunc(issues, func(is qa.Issue) bool { return foldIndex(is.Check) >= 0 })
	if listed < 0 {
		return nil
	}
	var folds []qaFold
	for k := listed; k < len(issues); {
		f := qaFold{check: issues[k].Check, start: k}
		for k < len(issues) && issues[k].Check == f.check {
			k++
		}
		f.n = k - f.start
		// the untranslated segments' row first; the others where their severity puts them
		f.before = slices.IndexFunc(issues[:listed], func(is qa.Issue) bool {
			return f.check != qa.Untranslated && (is.Ignored || is.Severity.Rank() <= issues[f.start].Severity.Rank())
		})
		if f.check == qa.Untranslated {
			f.before = 0
		} else if f.before < 0 {
			f.before = listed
		}
		f.row = f.before + len(folds)
		folds = append(folds, f)
	}
	return folds
}

// listed is how many issues have a row of their own: all but the folded ones.
func (p *qaPanel) listed() int {
	if len(p.folds) > 0 {
		return p.folds[0].start
	}
	return len(p.issues)
}

// folded is how many issues of check the panel folds into one row.
func (p *qaPanel) folded(check string) int {
	if f := p.foldOf(check); f != nil {
		return f.n
	}
	return 0
}

// foldOf returns the row standing for check's issues, or nil.
func (p *qaPanel) foldOf(check string) *qaFold {
	for k := range p.folds {
		if p.folds[k].check == check {
			return &p.folds[k]
		}
	}
	return nil
}

// rows is the list's length: the issues listed, and the folded rows.
func (p *qaPanel) rows() int { return p.listed() + len(p.folds) }

// foldAt returns the folded row list row id is, or nil.
func (p *qaPanel) foldAt(id int) *qaFold {
	for k := range p.folds {
		if p.folds[k].row == id {
			return &p.folds[k]
		}
	}
	return nil
}

// isFold reports whether list row id is a folded row.
func (p *qaPanel) isFold(id int) bool { return p.foldAt(id) != nil }

// issueOf returns the index in p.issues of the issue list row id shows; false for a folded row and
// past the end.
func (p *qaPanel) issueOf(id int) (int, bool) {
	k := id
	for _, f := range p.folds {
		if f.row == id {
			return 0, false
		}
		if f.row < id {
			k--
		}
	}
	return k, k >= 0 && k < p.listed()
}

// rowOf returns the list row showing issue k, one listed (not folded).
func (p *qaPanel) rowOf(k int) int {
	row := k
	for _, f := range p.folds {
		if f.before <= k {
			row++
		}
	}
	return row
}

// foldText is the message of the row folding n issues of check.
func foldText(check string, n int) string {
	if check == qa.PendingSuggestions {
		return lang.N("{{.N}} with suggestions to review: go to the next", n, map[string]any{"N": n})
	}
	return lang.N("{{.N}} not translated yet: go to the next", n, map[string]any{"N": n})
}

// foldIcon is the icon of a folded row: its own, not its issues' severity, as the summary counts
// them apart from the errors, warnings and notes. The untranslated segments' red error icon beside
// "0 errors" read as a contradiction; a pencil says there is English to write, a question mark that
// there are suggestions to confirm.
func foldIcon(check string) fyne.Resource {
	if check == qa.Untranslated {
		return theme.DocumentCreateIcon()
	}
	return theme.NewPrimaryThemedResource(theme.QuestionIcon())
}

// bindFold shows a folded row: its check's icon, no segment, how many segments it stands for. The
// text takes the segment column's room, beside the icon: after the empty column it stood apart.
func (p *qaPanel) bindFold(f *qaFold, box *fyne.Container) {
	left := box.Objects[1].(*fyne.Container)
	if icon, res := left.Objects[0].(*widget.Icon), foldIcon(f.check); icon.Resource == nil || icon.Resource.Name() != res.Name() {
		icon.SetResource(res)
	}
	showSegmentColumn(box, false)
	setLabel(left.Objects[1].(*fyne.Container).Objects[0].(*widget.Label), "") // hidden, but a reused row kept an issue's number
	setLabel(box.Objects[0].(*widget.Label), foldText(f.check, f.n))
	greyIgnored(box.Objects[0].(*widget.Label), false)
}

// foldSegments returns the indexes of the segments a fold's issues are about, in order, each with
// its issue.
func (p *qaPanel) foldSegments(f *qaFold) ([]int, map[int]qa.Issue) {
	var out []int
	of := map[int]qa.Issue{}
	for _, is := range p.issues[f.start : f.start+f.n] {
		if i := p.ui.doc.SegmentIndex(is.Segment); i >= 0 {
			out = append(out, i)
			of[i] = is
		}
	}
	slices.Sort(out)
	return out, of
}

// showFoldDetail shows, under the list, the numbers of the segments a fold stands for and how to
// reach them.
func (p *qaPanel) showFoldDetail(f *qaFold) {
	p.showDetail(nil) // no issue opened, no spelling buttons
	p.foldOpen = f.check
	segs, _ := p.foldSegments(f)
	nums := make([]int, len(segs))
	for k, i := range segs {
		nums[k] = i + 1
	}
	args := map[string]any{"N": len(segs), "List": numberList(nums)}
	text := lang.N("{{.N}} segments not translated: {{.List}}. Enter or a click here goes to the next one after the current segment.", len(segs), args)
	if f.check == qa.PendingSuggestions {
		text = lang.N("{{.N}} segments hold suggestions awaiting review: {{.List}}. Enter or a click here goes to the next one after the current segment.", len(segs), args)
	}
	p.detail.styled(fyne.TextStyle{}).SetText(text)
}

// openFold goes to the first segment of a fold after the current one, wrapping around, and shows
// the detail.
func (p *qaPanel) openFold(f *qaFold) {
	p.showFoldDetail(f)
	p.box.Refresh()
	p.list.showRow(f.row)
	segs, of := p.foldSegments(f)
	if len(segs) == 0 {
		return
	}
	next := segs[0]
	if k, _ := slices.BinarySearch(segs, p.ui.cur+1); k < len(segs) {
		next = segs[k]
	}
	p.ui.focusSegment(next, annotate.Target)
	p.ui.setStatus(segmentName(next+1) + " · " + issueMessage(of[next]))
}

// showSegmentColumn shows or hides the segment column of a QA row (a fold has none), laying the row
// out again when that changes: the list reuses rows for folds and issues alike.
func showSegmentColumn(box *fyne.Container, on bool) {
	left := box.Objects[1].(*fyne.Container)
	col := left.Objects[1]
	if col.Visible() == on {
		return
	}
	if on {
		col.Show()
	} else {
		col.Hide()
	}
	left.Refresh()
	box.Refresh()
}
