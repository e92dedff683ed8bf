package textview

import (
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

const sentence = "Le président a été reçu à la Maison-Blanche Sergueï, aujourd'hui, pour parler « paix »."

// newView shows text in a TextView filling an unpadded window of the given width.
func newView(t *testing.T, text string, width float32) (*TextView, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	tv := New()
	tv.SetText(text)
	w := test.NewTempWindow(t, tv)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(width, 300))
	return tv, w
}

// boundaryPos is the position of the boundary before byte offset off.
func boundaryPos(tv *TextView, off int) fyne.Position {
	l, mu := tv.layoutFor(tv.Size().Width)
	defer mu.Unlock()
	li := l.lineOf(off)
	return fyne.NewPos(l.xAt(li, off), l.lineTop(li)+l.wc.lineH/2)
}

// glyphPos is the middle of the cluster at byte offset off.
func glyphPos(tv *TextView, off int) fyne.Position {
	a, b := boundaryPos(tv, off), boundaryPos(tv, nextCluster(tv.Text(), off))
	return fyne.NewPos((a.X+b.X)/2, a.Y)
}

// rangeOf returns the byte range of the first sub in s.
func rangeOf(t *testing.T, s, sub string) (int, int) {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, s)
	}
	return i, i + len(sub)
}

func lineCount(tv *TextView) int {
	l, mu := tv.layoutFor(tv.Size().Width)
	defer mu.Unlock()
	return len(l.lines)
}

func TestDragSelects(t *testing.T) {
	tests := []struct {
		name, from, to string // select from the start of from to the end of to
		width          float32
		backwards      bool
	}{
		{"one word", "président", "président", 800, false},
		{"accents and guillemets", "reçu", "« paix »", 800, false},
		{"backwards", "Maison", "Sergueï", 800, true},
		{"across lines", "président", "parler", 200, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tv, _ := newView(t, sentence, tt.width)
			var got [][2]int
			tv.OnSelect = func(s, e int) { got = append(got, [2]int{s, e}) }
			start, _ := rangeOf(t, sentence, tt.from)
			_, end := rangeOf(t, sentence, tt.to)
			a, b := boundaryPos(tv, start), boundaryPos(tv, end)
			if tt.backwards {
				a, b = b, a
			}
			mid := fyne.NewPos((a.X+b.X)/2, a.Y)
			tv.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: mid}, Dragged: fyne.NewDelta(mid.X-a.X, 0)})
			tv.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: b}, Dragged: fyne.NewDelta(b.X-mid.X, b.Y-mid.Y)})
			tv.DragEnd()
			if s, e := tv.Selection(); s != start || e != end {
				t.Errorf("selection = %q, want %q", sentence[s:e], sentence[start:end])
			}
			if len(got) != 1 || got[0] != [2]int{start, end} {
				t.Errorf("OnSelect calls = %v, want one with [%d %d]", got, start, end)
			}
		})
	}
}

func TestDragOnCanvas(t *testing.T) {
	tv, w := newView(t, sentence, 200)
	if lineCount(tv) < 3 {
		t.Fatalf("want the sentence wrapped at 200 px, got %d lines", lineCount(tv))
	}
	start, _ := rangeOf(t, sentence, "été")
	_, end := rangeOf(t, sentence, "Blanche")
	a, b := boundaryPos(tv, start), boundaryPos(tv, end)
	// A drag event is at the pointer, Dragged holding the move since the press.
	test.Drag(w.Canvas(), b, b.X-a.X, b.Y-a.Y)
	if s, e := tv.Selection(); s != start || e != end {
		t.Errorf("selection = %q, want %q", sentence[s:e], sentence[start:end])
	}
}

func TestDoubleTapSelectsWord(t *testing.T) {
	const text = "reçu à la Maison-Blanche Sergueï"
	tests := []struct{ at, want string }{
		{"Maison", "Maison-Blanche"},
		{"-", "Maison-Blanche"},
		{"nche", "Maison-Blanche"},
		{"ç", "reçu"},
		{"ï", "Sergueï"},
		{"à", "à"},
	}
	for _, tt := range tests {
		tv, _ := newView(t, text, 600)
		var got string
		tv.OnSelect = func(s, e int) { got = text[s:e] }
		i, _ := rangeOf(t, text, tt.at)
		tv.DoubleTapped(&fyne.PointEvent{Position: glyphPos(tv, i)})
		if s, e := tv.Selection(); text[s:e] != tt.want || got != tt.want {
			t.Errorf("double tap on %q selects %q (OnSelect %q), want %q", tt.at, text[s:e], got, tt.want)
		}
	}
}

func TestShiftClickExtends(t *testing.T) {
	tv, w := newView(t, sentence, 800)
	var calls int
	tv.OnSelect = func(int, int) { calls++ }
	a, _ := rangeOf(t, sentence, "reçu")
	_, b := rangeOf(t, sentence, "Blanche")
	c, _ := rangeOf(t, sentence, "été")
	click := func(off int, mod fyne.KeyModifier) {
		ev := &desktop.MouseEvent{Button: desktop.MouseButtonPrimary, Modifier: mod}
		ev.Position = boundaryPos(tv, off)
		tv.MouseDown(ev)
		tv.MouseUp(ev)
		tv.Tapped(&ev.PointEvent) // the driver taps after the double-tap delay
	}
	click(a, 0)
	if s, e := tv.Selection(); s != a || e != a {
		t.Fatalf("click gives selection [%d %d], want the caret at %d", s, e, a)
	}
	if w.Canvas().Focused() != tv {
		t.Error("click did not focus the widget")
	}
	click(b, fyne.KeyModifierShift)
	if s, e := tv.Selection(); s != a || e != b {
		t.Errorf("shift-click gives %q, want %q", sentence[s:e], sentence[a:b])
	}
	click(c, fyne.KeyModifierShift) // before the anchor
	if s, e := tv.Selection(); s != c || e != a {
		t.Errorf("shift-click before the anchor gives %q, want %q", sentence[s:e], sentence[c:a])
	}
	if calls != 2 {
		t.Errorf("OnSelect called %d times, want 2", calls)
	}
	click(b, 0)
	if s, e := tv.Selection(); s != b || e != b || calls != 3 {
		t.Errorf("plain click gives [%d %d] after %d calls, want caret at %d and 3 calls", s, e, calls, b)
	}
}

func TestKeyboardSelection(t *testing.T) {
	const text = "Il a été reçu « hier » 😀 e\u0301t\u00e9."
	tv, w := newView(t, text, 800)
	focused := 0
	tv.OnFocus = func() { focused++ }
	w.Canvas().Focus(tv)
	if focused != 1 || w.Canvas().Focused() != tv {
		t.Fatalf("Focus: OnFocus called %d times, focused %v", focused, w.Canvas().Focused())
	}
	at, _ := rangeOf(t, text, "été")
	tv.SetSelection(at, at)
	key := func(k fyne.KeyName) { tv.TypedKey(&fyne.KeyEvent{Name: k}) }
	shortcut := func(k fyne.KeyName, m fyne.KeyModifier) {
		tv.TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: m})
	}
	want := func(step, sel string) {
		t.Helper()
		if s, e := tv.Selection(); text[s:e] != sel {
			t.Errorf("%s: selection %q, want %q", step, text[s:e], sel)
		}
	}
	tv.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	key(fyne.KeyRight)
	key(fyne.KeyRight)
	want("shift+right twice", "ét")
	key(fyne.KeyLeft)
	want("shift+left", "é")
	shortcut(fyne.KeyRight, fyne.KeyModifierControl|fyne.KeyModifierShift)
	want("ctrl+shift+right", "été")
	shortcut(fyne.KeyRight, fyne.KeyModifierControl|fyne.KeyModifierShift)
	want("ctrl+shift+right again", "été reçu")
	key(fyne.KeyEnd)
	want("shift+end", text[at:])
	key(fyne.KeyHome)
	want("shift+home", text[:at])
	tv.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	key(fyne.KeyRight)
	want("right collapses", "")
	if s, _ := tv.Selection(); s != at {
		t.Errorf("right collapsed to %d, want %d", s, at)
	}
	emoji, _ := rangeOf(t, text, "😀")
	tv.SetSelection(emoji, emoji)
	tv.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftRight})
	key(fyne.KeyRight)
	key(fyne.KeyRight)
	key(fyne.KeyRight)
	want("shift+right over emoji and combining", "😀 e\u0301")
	shortcut(fyne.KeyLeft, fyne.KeyModifierControl|fyne.KeyModifierShift)
	want("ctrl+shift+left", "😀 ")
	key(fyne.KeyEscape)
	want("escape", "")
	tv.TypedShortcut(&fyne.ShortcutSelectAll{})
	want("select all", text)
	clip := test.NewClipboard()
	tv.SetSelection(at, at+len("été"))
	tv.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip})
	if got := clip.Content(); got != "été" {
		t.Errorf("copy put %q on the clipboard", got)
	}
}

func TestTapSpanGivesInnermost(t *testing.T) {
	const text = "Il a dit « Sergueï Lavrov viendra » hier."
	tv, _ := newView(t, text, 800)
	qs, qe := rangeOf(t, text, "« Sergueï Lavrov viendra »")
	ps, pe := rangeOf(t, text, "Sergueï Lavrov")
	tv.SetHighlights([]Highlight{
		{Start: ps, End: pe, Color: color.NRGBA{R: 0xff, A: 0xff}, ID: "per"}, // inner first: order must not matter
		{Start: qs, End: qe, Color: color.NRGBA{B: 0xff, A: 0xff}, ID: "quote"},
		{Start: ps, End: ps + len("Sergueï"), Style: Pending, ID: "first-name"},
	})
	tests := []struct{ at, want string }{
		{"Lavrov", "per"},
		{"ï", "first-name"},
		{"viendra", "quote"},
		{"«", "quote"},
		{"hier", ""},
		{"dit", ""},
	}
	for _, tt := range tests {
		var got string
		tv.OnTapSpan = func(id string) { got = id }
		i, _ := rangeOf(t, text, tt.at)
		test.TapAt(tv, glyphPos(tv, i))
		if got != tt.want {
			t.Errorf("tap on %q gives span %q, want %q", tt.at, got, tt.want)
		}
	}
	var got string
	tv.OnTapSpan = func(id string) { got = id }
	test.TapAt(tv, fyne.NewPos(790, boundaryPos(tv, 0).Y)) // right of the text
	if got != "" {
		t.Errorf("tap beside the text gives span %q", got)
	}
}

func TestHighlightsOnClusters(t *testing.T) {
	const text = "Salut 😀 e\u0301te\u0301 👩\u200d💻 fin."
	tv, w := newView(t, text, 400)
	es, ee := rangeOf(t, text, "😀")
	cs, ce := rangeOf(t, text, "e\u0301te\u0301")
	zs, ze := rangeOf(t, text, "👩\u200d💻")
	tv.SetHighlights([]Highlight{
		{Start: es + 1, End: es + 2, Color: color.Black, ID: "inside-emoji"}, // both ends inside the rune
		{Start: cs + 1, End: ce - 1, Color: color.White, ID: "inside-marks"}, // ends on combining marks
		{Start: zs + 4, End: ze + 100, ID: "past-the-end"},                   // inside a ZWJ sequence, End beyond the text
		{Start: 5, End: 2, ID: "reversed"},
		{Start: -3, End: 0, ID: "empty"},
	})
	w.Canvas().Capture() // draws without panicking
	spans := normalizeSpans(nil, text, tv.highlights, color.Black)
	want := [][2]int{{es, ee}, {cs, ce}, {zs, len(text)}, {2, 5}}
	if len(spans) != len(want) {
		t.Fatalf("got %d spans, want %d", len(spans), len(want))
	}
	for i, sp := range spans {
		if [2]int{sp.start, sp.end} != want[i] {
			t.Errorf("span %s = %q, want %q", sp.id, text[sp.start:sp.end], text[want[i][0]:want[i][1]])
		}
	}
	l, mu := tv.layoutFor(tv.Size().Width)
	defer mu.Unlock()
	var x0, x1 float32
	segments(l, es, ee, func(_ int, a, b float32) { x0, x1 = a, b })
	if wantW := l.wc.width("😀"); x0 != l.xAt(0, es) || x1-x0 != wantW {
		t.Errorf("emoji band [%v %v], want from %v, %v wide", x0, x1, l.xAt(0, es), wantW)
	}
}

func TestSetTextResets(t *testing.T) {
	tv, w := newView(t, sentence, 300)
	w.Canvas().Focus(tv)
	tv.SetHighlights([]Highlight{{Start: 0, End: 2, ID: "a"}})
	tv.SetSelection(3, 12)
	tv.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(50, 10)}})
	h := tv.HeightFor(300)
	tv.SetText("Court.")
	if s, e := tv.Selection(); s != 0 || e != 0 {
		t.Errorf("selection after SetText = [%d %d]", s, e)
	}
	if tv.pointer.dragging {
		t.Error("drag survived SetText")
	}
	if got := tv.HeightFor(300); got >= h {
		t.Errorf("HeightFor after a shorter text = %v, was %v", got, h)
	}
	if n := lineCount(tv); n != 1 {
		t.Errorf("new text laid out in %d lines", n)
	}
	tv.Set("Autre texte plus long encore.", nil)
	if tv.Text() != "Autre texte plus long encore." || len(tv.Highlights()) != 0 {
		t.Errorf("Set gave text %q and %d highlights", tv.Text(), len(tv.Highlights()))
	}
}

// TestSameTextKeepsThePress: the same text given again between a click's press and its tap (a list
// row redrawn as the bars above the list open) keeps the press, so that a tap arriving after the
// focus went elsewhere (Ctrl+F within the double-click delay) is still known stale and leaves the
// focus where it went; other text forgets it.
func TestSameTextKeepsThePress(t *testing.T) {
	tv, w := newView(t, sentence, 300)
	other := widget.NewEntry()
	w.SetContent(container.NewVBox(tv, other))
	press := &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(5, 5)}, Button: desktop.MouseButtonPrimary}
	tv.MouseDown(press)
	tv.MouseUp(press)
	tv.Set(sentence, nil)
	w.Canvas().Focus(other)
	if !tv.StaleTap() {
		t.Fatal("the press was forgotten when the same text was given again")
	}
	tv.Tapped(&press.PointEvent)
	if w.Canvas().Focused() != other {
		t.Errorf("the late tap took the focus: %T", w.Canvas().Focused())
	}
	tv.MouseDown(press)
	tv.MouseUp(press)
	tv.Set("Autre texte.", nil)
	w.Canvas().Focus(other)
	if tv.StaleTap() {
		t.Error("a press on other words survived Set")
	}
}

func TestHeightFor(t *testing.T) {
	test.NewTempApp(t)
	tv := New()
	prev := float32(0)
	for _, n := range []int{1, 3, 10, 30} {
		text := strings.Repeat("Le président a reçu le ministre. ", n)
		tv.SetText(text)
		h := tv.HeightFor(300)
		if h <= prev {
			t.Errorf("%d sentences: height %v, not more than %v", n, h, prev)
		}
		if m := Measure(text, 300, 0); m != h {
			t.Errorf("%d sentences: Measure = %v, HeightFor = %v", n, m, h)
		}
		prev = h
	}
	normal := tv.HeightFor(300)
	tv.TextSize = 24
	if big := tv.HeightFor(300); big <= normal {
		t.Errorf("TextSize 24: height %v, not more than %v", big, normal)
	}
	tv.TextSize = 0
	tv.Wrap = false
	tv.SetText("une ligne très longue qui ne sera pas coupée du tout\net une autre")
	if got, want := tv.HeightFor(50), NewMeasurer(0).cacheFor(resolveSize(0)).height(2); got != want {
		t.Errorf("unwrapped height = %v, want two lines: %v", got, want)
	}
}

// TestInList recycles rows of a widget.List whose heights come from a shared
// Measurer, the way the app's source pane uses the widget.
func TestInList(t *testing.T) {
	test.NewTempApp(t)
	rows := make([]string, 400)
	for i := range rows {
		rows[i] = strings.Repeat(sentence+" ", i%4+1)
	}
	m := NewMeasurer(0)
	shown := map[widget.ListItemID]*TextView{} // the view each row was last given to
	list := widget.NewList(func() int { return len(rows) },
		func() fyne.CanvasObject {
			tv := New()
			tv.SetMeasurer(m)
			return tv
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			o.(*TextView).Set(rows[id], nil)
			shown[id] = o.(*TextView)
		})
	const width = 500
	for i, r := range rows { // before the list is shown: SetItemHeight then costs no refresh
		list.SetItemHeight(i, m.Height(r, width))
	}
	w := test.NewTempWindow(t, list)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(width, 400))
	for _, to := range []int{0, 150, 397, 20} {
		list.ScrollTo(to)
		if tv := shown[to]; tv == nil || tv.Text() != rows[to] {
			t.Fatalf("after ScrollTo(%d): row not shown", to)
		}
		for id, tv := range shown {
			if tv.Text() != rows[id] {
				continue // recycled since
			}
			if got, want := tv.Size().Height, m.Height(rows[id], width); got != want || tv.Size().Width != width {
				t.Errorf("after ScrollTo(%d): row %d is %v, want %v high and %v wide", to, id, tv.Size(), want, width)
			}
		}
	}
}

// TestSetEndsKeepsDirection: a selection set backwards keeps its caret at the start, so that
// Shift+Left grows it; its ends snap outwards to whole clusters (the emoji with its skin tone), and
// OffsetAt lands where a click does.
func TestSetEndsKeepsDirection(t *testing.T) {
	text := "Vu 👍🏽 à Besançon « paix »"
	tv, _ := newView(t, text, 600)
	thumb := strings.Index(text, "👍🏽")
	tv.SetEnds(len(text), thumb+2) // inside the emoji
	if a, c := tv.Ends(); a != len(text) || c != thumb {
		t.Fatalf("ends (%d, %d), want (%d, %d)", a, c, len(text), thumb)
	}
	tv.FocusGained()
	tv.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if !tv.Extending() {
		t.Errorf("Shift down, but not extending")
	}
	tv.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if s, e := tv.Selection(); text[s:e] != " 👍🏽 à Besançon « paix »" {
		t.Errorf("Shift+Left selects %q", text[s:e])
	}
	b := strings.Index(text, "Besançon")
	if off := tv.OffsetAt(boundaryPos(tv, b)); off != b {
		t.Errorf("OffsetAt the boundary before Besançon = %d, want %d", off, b)
	}
}
