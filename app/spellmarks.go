package app

import (
	"slices"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate/qa"
)

// spellMarks draws a red line under each misspelt word of a row's English field, over the Entry. The
// words are those of the last run of the checks (the QA tab's spelling issues: the same words, the
// user's dictionary and the words ignored included), kept while the English still holds them where
// the check found them, so that no row spell-checks on a redraw. Fyne's Entry does not say where it
// draws a word, but it says where each of its wrapped rows starts (see rowStart), and it draws a row
// as one text from its inner padding, each row as high as its text measures: measuring the text of
// the row before a word with the theme's font gives the word's place, emoji, combining accents and
// words broken over rows included. When the text is taller than the field, the Entry scrolls it by an
// amount it does not tell: no line is drawn then rather than one under the wrong word. A locked
// segment's English shows no marks: nobody may change it (the QA tab's spelling check passes it by
// too), and its lock may be newer than the last run of the checks.
type spellMarks struct {
	widget.BaseWidget
	row    *row
	words  [][2]int   // the misspelt words, in code points of the Entry's text
	issues []qa.Issue // their issues, Start and End moved to where the words are in text
	text   string     // the text words are for
	seg    string     // the segment's ID
	run    int        // the run of the checks they come from
	locked bool       // the segment was locked: no words
}

func newSpellMarks(r *row) *spellMarks {
	m := &spellMarks{row: r}
	m.ExtendBaseWidget(m)
	return m
}

// update takes the misspelt words of the row's segment from the last run of the checks and redraws.
// Until the checks run again after an edit of the English, the words before and after the part that
// changed keep their marks, moved with the text; a word typed into loses its mark.
func (m *spellMarks) update() {
	ui, r := m.row.ui, m.row
	id, text, run, locked := "", r.entry.Text, 0, r.locked()
	if r.seg >= 0 && r.seg < len(ui.doc.Segments) {
		id = ui.doc.Segments[r.seg].ID
	}
	if ui.qa != nil {
		run = ui.qa.runs
	}
	if id == m.seg && run == m.run && text == m.text && locked == m.locked {
		return
	}
	var words [][2]int
	var issues []qa.Issue
	if ui.qa != nil && id != "" && !locked {
		words, issues = misspeltWords(ui.qa.spellingOf(id), text)
	}
	if id == m.seg && run == m.run && !locked {
		moved, kept := shiftWords(m.words, m.issues, []rune(m.text), []rune(text))
		for k, w := range moved {
			if !slices.Contains(words, w) {
				words, issues = append(words, w), append(issues, kept[k])
			}
		}
	}
	m.seg, m.run, m.text, m.words, m.issues, m.locked = id, run, text, words, issues, locked
	m.Refresh()
}

// shiftWords returns the words of old that an edit turning old into now left alone, where they are
// in now: those before the part that changed, and those after it, moved; and their issues, moved too.
func shiftWords(words [][2]int, issues []qa.Issue, old, now []rune) ([][2]int, []qa.Issue) {
	pre := 0
	for pre < len(old) && pre < len(now) && old[pre] == now[pre] {
		pre++
	}
	suf := 0
	for suf < len(old)-pre && suf < len(now)-pre && old[len(old)-1-suf] == now[len(now)-1-suf] {
		suf++
	}
	var out [][2]int
	var outIssues []qa.Issue
	for k, w := range words {
		switch {
		case w[1] < pre: // before the change, and not touching it
		case w[0] > len(old)-suf: // after it
			w = [2]int{w[0] + len(now) - len(old), w[1] + len(now) - len(old)}
		default:
			continue
		}
		is := issues[k]
		is.Start, is.End = len(string(now[:w[0]])), len(string(now[:w[1]]))
		out, outIssues = append(out, w), append(outIssues, is)
	}
	return out, outIssues
}

// misspeltWords returns the code-point ranges of the spelling issues' words that text still holds
// where the check found them, and those issues.
func misspeltWords(issues []qa.Issue, text string) ([][2]int, []qa.Issue) {
	var out [][2]int
	var kept []qa.Issue
	for _, is := range issues {
		if is.Start < 0 || is.End > len(text) || is.Start >= is.End || text[is.Start:is.End] != is.Args["word"] {
			continue
		}
		a := utf8.RuneCountInString(text[:is.Start])
		out, kept = append(out, [2]int{a, a + utf8.RuneCountInString(is.Args["word"])}), append(kept, is)
	}
	return out, kept
}

// spellingOf returns the spelling issues of segment id from the last run, indexed once a run.
func (p *qaPanel) spellingOf(id string) []qa.Issue {
	if p.spellIndexed != p.runs || p.spelling == nil {
		p.spelling = map[string][]qa.Issue{}
		for _, is := range p.issues {
			if is.Check == qa.Spelling {
				p.spelling[is.Segment] = append(p.spelling[is.Segment], is)
			}
		}
		p.spellIndexed = p.runs
	}
	return p.spelling[id]
}

// spellingShown redraws the marks of the rows bound, after a run of the checks.
func (ui *UI) spellingShown() {
	for _, r := range ui.rows {
		if r.marks != nil && r.seg >= 0 {
			r.marks.update()
		}
	}
}

// CreateRenderer is part of fyne.Widget.
func (m *spellMarks) CreateRenderer() fyne.WidgetRenderer {
	return &spellMarksRenderer{m: m}
}

type spellMarksRenderer struct {
	m     *spellMarks
	lines []fyne.CanvasObject
}

func (r *spellMarksRenderer) Destroy()                     {}
func (r *spellMarksRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (r *spellMarksRenderer) Objects() []fyne.CanvasObject { return r.lines }
func (r *spellMarksRenderer) Refresh()                     { r.Layout(r.m.Size()) }

// Layout is part of fyne.WidgetRenderer: it places a line under each word, or none.
func (r *spellMarksRenderer) Layout(size fyne.Size) {
	rects := r.m.underlines(size)
	for len(r.lines) < len(rects) {
		r.lines = append(r.lines, canvas.NewRectangle(theme.Color(theme.ColorNameError)))
	}
	r.lines = r.lines[:len(rects)]
	for i, rc := range rects {
		l := r.lines[i].(*canvas.Rectangle)
		l.FillColor = theme.Color(theme.ColorNameError)
		l.Move(rc.pos)
		l.Resize(rc.size)
		l.Refresh()
	}
}

// markRect is where a line goes: under word (an index of words) on the row starting at top.
type markRect struct {
	pos  fyne.Position
	size fyne.Size
	word int
	top  float32
}

// markThickness is the height of the line under a misspelt word.
const markThickness = 1.5

// underlines returns where the lines go in a field of the given size: under each part of each word,
// on the wrapped rows the Entry shows it on.
func (m *spellMarks) underlines(size fyne.Size) []markRect {
	e := &m.row.entry.Entry
	if len(m.words) == 0 || e.Text != m.text || size.Width <= 0 {
		return nil
	}
	rs := []rune(e.Text)
	rows, bottom := wrappedRows(e, rs)
	if bottom+theme.InnerPadding() > size.Height { // the Entry scrolls its text, by an offset it keeps to itself
		return nil
	}
	textSize, pad := theme.TextSize(), theme.InnerPadding()
	var out []markRect
	for _, rw := range rows {
		for k, w := range m.words {
			s, t := max(w[0], rw.a), min(w[1], rw.b)
			if s >= t {
				continue
			}
			x0 := fyne.MeasureText(string(rs[rw.a:s]), textSize, fyne.TextStyle{}).Width
			x1 := fyne.MeasureText(string(rs[rw.a:t]), textSize, fyne.TextStyle{}).Width
			out = append(out, markRect{fyne.NewPos(pad+x0, rw.y+rw.h-markThickness), fyne.NewSize(x1-x0, markThickness), k, rw.y})
		}
	}
	return out
}

// wrappedRow is a wrapped row of an Entry's text: its code points [a, b), its top and its height.
type wrappedRow struct {
	a, b int
	y, h float32
}

// wrappedRows returns the wrapped rows of e's text rs as the Entry draws them, each as one text from
// its inner padding, as high as that text measures with the theme's font, and the bottom of the last.
func wrappedRows(e *widget.Entry, rs []rune) ([]wrappedRow, float32) {
	starts := rowStarts(e, len(rs))
	textSize := theme.TextSize()
	rows := make([]wrappedRow, 0, len(starts)-1)
	y := theme.InnerPadding()
	for i := 0; i+1 < len(starts); i++ {
		a, b := starts[i], starts[i+1]
		h := fyne.MeasureText(string(rs[a:b]), textSize, fyne.TextStyle{}).Height
		if a == b {
			h = fyne.MeasureText("M", textSize, fyne.TextStyle{}).Height
		}
		rows = append(rows, wrappedRow{a, b, y, h})
		y += h
	}
	return rows, y
}

// issueAt returns the spelling issue of the word drawn at pos, in the field's coordinates.
func (m *spellMarks) issueAt(pos fyne.Position) (qa.Issue, bool) {
	for _, l := range m.underlines(m.Size()) {
		if pos.X >= l.pos.X && pos.X <= l.pos.X+l.size.Width && pos.Y >= l.top && pos.Y <= l.pos.Y+l.size.Height {
			return m.issues[l.word], true
		}
	}
	return qa.Issue{}, false
}

// rowStarts returns the code-point offsets at which the Entry's wrapped rows start, then n.
func rowStarts(e *widget.Entry, n int) []int {
	starts := []int{0}
	for i := 1; ; i++ {
		s := rowStart(e, i)
		if s <= starts[len(starts)-1] || s > n {
			break
		}
		starts = append(starts, s)
	}
	return append(starts, n)
}
