package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// tagAt finds the tag of code n (its closing one when close) among the row's tags and where it is drawn.
func tagAt(t *testing.T, r *row, n int, close bool) (codeTag, tagPlace) {
	t.Helper()
	places := r.tags.places(r.tags.Size())
	for k, m := range r.tags.marks {
		if m.n == n && m.close == close && k < len(places) {
			return m, places[k]
		}
	}
	t.Fatalf("no tag of code %d (close %v) among %+v, drawn at %+v", n, close, r.tags.marks, places)
	return codeTag{}, tagPlace{}
}

// TestCodeTagsShowPlacedCodes: a code placed by hand shows as a tag in the English field, drawn
// where Fyne's Entry puts the cursor at the marker (beside « » with no-break spaces, an emoji and
// e + U+0301), on the wrapped row holding it at several widths; typing before it moves it, undo of the
// placement takes it away, and a row without codes placed shows none.
func TestCodeTagsShowPlacedCodes(t *testing.T) {
	en := "Zoé 😀 said that according to «\u00a0Sergei Lavrov\u00a0» the cafe\u0301 stays shut, and that the ministers of the region will meet again next week."
	ui, r := typeCodedEnglish(t, 0, en)
	seg := ui.doc.Segments[0]
	if len(r.tags.marks) != 0 {
		t.Fatalf("tags before any code is placed: %+v", r.tags.marks)
	}
	open, shut := utf8.RuneCountInString(en[:strings.Index(en, "Sergei")]), utf8.RuneCountInString(en[:strings.Index(en, "\u00a0» the")])
	selectInEntry(r.entry, open, shut-open, false)
	pressF9(r)
	if len(seg.Codes) != 2 {
		t.Fatalf("F9 over the selection placed %+v", seg.Codes)
	}
	for _, width := range []float32{1000, 620, 460} {
		ui.win.Resize(fyne.NewSize(width, 700))
		ui.resizeRows(width)
		ui.list.Resize(fyne.NewSize(width, 600))
		r = visibleRow(t, ui, 0)
		r.box.Layout.Layout(r.box.Objects, r.box.Size())
		for _, c := range []struct {
			close bool
			at    int
		}{{false, open}, {true, shut}} {
			m, p := tagAt(t, r, 1, c.close)
			want := caretAt(r, c.at)
			if m.at != c.at || !m.wraps || !within1(p.x, want.X) || p.y > want.Y+1 || p.y+p.h < want.Y+theme.TextSize() {
				t.Errorf("width %v: tag %+v at %+v, the cursor at %d is drawn at %v", width, m, p, c.at, want)
			}
		}
	}
	r.entry.setCaret(0)
	test.Type(r.entry, "É. ")
	if m, _ := tagAt(t, r, 1, false); m.at != open+3 {
		t.Errorf("after typing before the code, its tag is at %d, want %d", m.at, open+3)
	}
	ui.undoStep() // the typing
	ui.undoStep() // the placement
	if len(seg.Codes) != 0 || len(r.tags.marks) != 0 {
		t.Errorf("after undoing the placement: codes %+v, tags %+v", seg.Codes, r.tags.marks)
	}
}

// TestCodeTagBadgesLeaveThePunctuation: a closing tag's number sits astride the row's upper edge, right
// of its bracket, so that the comma or full stop that mostly follows a code's words stays readable (at
// the foot, “Lavrov], Russia” showed no comma); an opening's and a bar's stay at the foot, on their left.
func TestCodeTagBadgesLeaveThePunctuation(t *testing.T) {
	p := tagPlace{x: 100, y: 30, h: 20}
	ns := fyne.NewSize(6, 12)
	for _, c := range []struct {
		name   string
		m      codeTag
		top    bool // astride the upper edge, else the lower
		toLeft bool
	}{
		{"opening", codeTag{n: 1, wraps: true}, false, true},
		{"closing", codeTag{n: 1, wraps: true, close: true}, true, false},
		{"at one place", codeTag{n: 2}, false, true},
	} {
		b := badgeAt(c.m, p, ns, 0)
		mid := b.pos.Y + b.size.Height/2
		if top := mid < p.y+p.h/2; top != c.top || b.pos.Y < p.y-b.size.Height || b.pos.Y+b.size.Height > p.y+p.h+b.size.Height {
			t.Errorf("%s: badge %+v of row %+v; want astride the row's %s edge", c.name, b, p, map[bool]string{true: "upper", false: "lower"}[c.top])
		}
		if left := b.pos.X+b.size.Width <= p.x; left != c.toLeft {
			t.Errorf("%s: badge at x %v, bar at %v; want it left of the bar: %v", c.name, b.pos.X, p.x, c.toLeft)
		}
	}
}

// TestOpeningBadgeBetweenRows: at the default text size an opening's badge (and a one-place code's)
// starts below its row's baseline, hiding no letter's body, and reaches into a wrapped row below no
// further than its capitals' tops (Noto Sans: ascent 1.069 em, capitals 0.714 em high), where a badge
// three quarters of its number's line high hid the É of "Égypte".
func TestOpeningBadgeBetweenRows(t *testing.T) {
	test.NewTempApp(t)
	size := theme.TextSize()
	h := fyne.MeasureText("Ég", size, fyne.TextStyle{}).Height
	ns := fyne.MeasureText("2", tagNumberSize*size, fyne.TextStyle{Bold: true})
	p := tagPlace{x: 40, y: 20, h: h}
	baseline := p.y + h*1.069/(1.069+0.293)
	capTop := p.y + h + (1.069-0.714)*size // on the row below
	for _, m := range []codeTag{{n: 1, wraps: true}, {n: 2}} {
		b := badgeAt(m, p, ns, 0)
		if b.pos.Y < baseline || b.pos.Y+b.size.Height > capTop {
			t.Errorf("code %+v: badge over [%.1f, %.1f]; want it within the baseline %.1f and the capitals below %.1f",
				m, b.pos.Y, b.pos.Y+b.size.Height, baseline, capTop)
		}
		if b.size.Height < ns.Height/2 {
			t.Errorf("code %+v: badge %.1f high, its number %.1f: the digits overflow it", m, b.size.Height, ns.Height)
		}
	}
}
