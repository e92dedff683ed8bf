package textview

import (
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// wrapped returns the lines of text wrapped at maxW.
func wrapped(wc *widthCache, text string, maxW float32) []string {
	var lines []string
	wc.wrap(text, maxW, func(s, e int) { lines = append(lines, text[s:e]) })
	return lines
}

// runWidth is the width the wrapper gives to a run of words and spaces.
func runWidth(wc *widthCache, s string) float32 {
	var w float32
	for i := 0; i < len(s); {
		if j := spaceRunEnd(s, i); j > i {
			w += wc.spaceWidth(s[i:j])
			i = j
			continue
		}
		j := wordEnd(s, i)
		w += wc.width(s[i:j])
		i = j
	}
	return w
}

func TestWrap(t *testing.T) {
	test.NewTempApp(t)
	wc := NewMeasurer(0).cacheFor(14)
	below := func(s string) float32 { return runWidth(wc, s) - 0.5 }
	tests := []struct {
		name string
		text string
		maxW float32
		want []string
	}{
		{"fits", "alpha beta", 1000, []string{"alpha beta"}},
		{"breaks before the word that overflows", "alpha beta gamma delta", below("alpha beta gamma"),
			[]string{"alpha beta ", "gamma delta"}},
		{"exact fit", "alpha beta gamma", runWidth(wc, "alpha beta"), []string{"alpha beta ", "gamma"}},
		{"trailing spaces stay", "alpha   beta", below("alpha   beta"), []string{"alpha   ", "beta"}},
		{"newlines", "a b\n\nc", 1000, []string{"a b", "", "c"}},
		{"no-break spaces hold", "dit «\u00a0bonjour\u00a0» 10\u202f000 fois", below("dit «\u00a0bonjour"),
			[]string{"dit ", "«\u00a0bonjour\u00a0» ", "10\u202f000 fois"}},
		{"leading spaces", "   mot", 1000, []string{"   mot"}},
		{"empty", "", 100, []string{""}},
		{"clusters one per line", "😀e\u0301👩\u200d💻", 1, []string{"😀", "e\u0301", "👩\u200d💻"}},
		{"unwrapped", "alpha beta\ngamma", float32(math.Inf(1)), []string{"alpha beta", "gamma"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := wrapped(wc, tt.text, tt.maxW)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("wrap(%q, %.1f) = %q, want %q", tt.text, tt.maxW, got, tt.want)
			}
		})
	}
}

func TestWrapLongWord(t *testing.T) {
	test.NewTempApp(t)
	wc := NewMeasurer(0).cacheFor(14)
	const word = "anticonstitutionnellement😀e\u0301"
	text := "Un " + word + " mot"
	maxW := wc.width("anticonsti")
	lines := wrapped(wc, text, maxW)
	if len(lines) < 4 {
		t.Fatalf("got %d lines %q, want the long word broken over several", len(lines), lines)
	}
	if strings.Join(lines, "") != text {
		t.Errorf("lines %q do not rebuild the text", lines)
	}
	off := 0
	for _, ln := range lines {
		if w := runWidth(wc, strings.TrimRight(ln, " ")); w > maxW {
			t.Errorf("line %q is %.1f wide, more than %.1f", ln, w, maxW)
		}
		off += len(ln)
		if snapCluster(text, off) != off {
			t.Errorf("line break at %d splits a cluster", off)
		}
	}
}

func TestNoBreakAtNoBreakSpace(t *testing.T) {
	test.NewTempApp(t)
	wc := NewMeasurer(0).cacheFor(14)
	const text = "Il a dit «\u00a0non\u00a0» à 10\u202f000 personnes, «\u00a0jamais\u00a0»."
	var widest float32 // below it, words break anywhere
	for _, w := range strings.Fields(text) {
		widest = max(widest, wc.width(w))
	}
	for maxW := widest; maxW < 400; maxW += 7 {
		off := 0
		for _, ln := range wrapped(wc, text, maxW) {
			off += len(ln)
			next := runeAt(text, off)
			prev, _ := runeBefore(text, off)
			if next == '\u00a0' || next == '\u202f' || prev == '\u00a0' || prev == '\u202f' {
				t.Errorf("width %.0f: line %q breaks at a no-break space", maxW, ln)
			}
		}
	}
}

// TestNoBreakAroundGuillemetsTypedWithSpaces: a text typed with ordinary spaces inside « » (most
// pasted news) never ends a line with « nor begins one with », ; : ! or ?, at any width.
func TestNoBreakAroundGuillemetsTypedWithSpaces(t *testing.T) {
	test.NewTempApp(t)
	wc := NewMeasurer(0).cacheFor(14)
	const text = "Il a qualifié de « professionnels » ses hôtes : « Viendrez-vous ? » Oui ; « non » !"
	var widest float32 // the widest run kept whole; narrower, it breaks at its spaces
	for i := 0; i < len(text); {
		if j := spaceRunEnd(text, i); j > i {
			i = j
			continue
		}
		j, w := wc.unit(text, i)
		widest = max(widest, w)
		i = j
	}
	breaks := 0
	for maxW := widest; maxW < 600; maxW += 5 {
		lines := wrapped(wc, text, maxW)
		if strings.Join(lines, "") != text {
			t.Fatalf("width %.0f: lines %q do not rebuild the text", maxW, lines)
		}
		for i, ln := range lines {
			if strings.HasSuffix(strings.TrimRight(ln, " "), "«") {
				t.Errorf("width %.0f: line %q ends with «", maxW, ln)
			}
			if i > 0 && closesFrench(ln) {
				t.Errorf("width %.0f: line %q begins with a closing mark", maxW, ln)
			}
		}
		breaks += len(lines) - 1
	}
	if breaks == 0 {
		t.Fatal("the text never wrapped: the test checked nothing")
	}
	// The lines the layout draws are as wide as the wrapper counted them.
	lines := wrapped(wc, text, widest*2)
	for _, ln := range lines {
		if w := runWidth(wc, strings.TrimRight(ln, " ")); w > widest*2 {
			t.Errorf("line %q is %.1f wide, more than %.1f", ln, w, widest*2)
		}
	}
}

// TestNarrowLinesKeepFrenchMarks: narrower than a run kept whole (« la réponse », a word and its
// mark), the run was cut at its first space, which ended a line with «, or between clusters right
// before the no-break space of a mark, which began the next with « : » or « ? ». Down to a width that
// cuts the words themselves, no line ends with « nor begins with a closing mark, and the lines
// rebuild the text.
func TestNarrowLinesKeepFrenchMarks(t *testing.T) {
	test.NewTempApp(t)
	wc := NewMeasurer(0).cacheFor(14)
	const text = "Il a déclaré\u00a0: « la réponse » anticonstitutionnellement ! Et «\u00a0l’intergouvernementalité\u00a0»\u202f?"
	for maxW := float32(50); maxW < 300; maxW += 5 {
		lines := wrapped(wc, text, maxW)
		if strings.Join(lines, "") != text {
			t.Fatalf("width %.0f: lines %q do not rebuild the text", maxW, lines)
		}
		for i, ln := range lines {
			if strings.HasSuffix(strings.TrimRight(ln, " \u00a0"), "«") {
				t.Errorf("width %.0f: line %q ends with «", maxW, ln)
			}
			if i > 0 && closesFrench(strings.TrimLeft(ln, "\u00a0\u202f")) {
				t.Errorf("width %.0f: line %q begins with a closing mark", maxW, ln)
			}
		}
	}
}

func TestMeasurerHeight(t *testing.T) {
	test.NewTempApp(t)
	m := NewMeasurer(0)
	short := "Un mot."
	long := strings.Repeat("Le président a reçu à la Maison-Blanche le ministre. ", 6)
	h1, h2 := m.Height(short, 300), m.Height(long, 300)
	if h2 <= h1 {
		t.Errorf("Height(long) = %v, not more than Height(short) = %v", h2, h1)
	}
	if narrow := m.Height(long, 150); narrow <= h2 {
		t.Errorf("Height at 150 = %v, not more than at 300 = %v", narrow, h2)
	}
	if got := Measure(long, 300, 0); got != h2 {
		t.Errorf("Measure = %v, Measurer.Height = %v", got, h2)
	}
	wc := m.cacheFor(resolveSize(0))
	if got, want := h1, wc.height(1); got != want {
		t.Errorf("one line is %v high, want %v", got, want)
	}
	if n := len(wc.words); n == 0 {
		t.Error("Measurer cached no word widths")
	}
	m.Reset()
	if len(m.caches) != 0 {
		t.Error("Reset kept the cache")
	}
	big := NewMeasurer(24)
	if big.Height(short, 300) <= h1 {
		t.Error("a larger text size is not taller")
	}
}

// TestPositionsMatchRenderer: every cluster boundary is placed where the
// renderer, drawing the line as one text, puts the next cluster (the width
// fyne.MeasureText gives the line up to it), and a point over a cluster maps
// back to it. Emoji are drawn with another font than the text, and so is the
// space after one: measured apart, each 😀 or 🤝 used to push what followed
// about a pixel to the right.
func TestPositionsMatchRenderer(t *testing.T) {
	for _, line := range []string{
		"Il a visité Paris 🤝 Lyon 🤝 Lille 🤝 Marseille 🤝 Toulouse 🤝 Bordeaux.",
		"Il a visité Paris 😀 Lyon 😀 Lille 😀 Marseille 😀 Toulouse 😀 Bordeaux.",
		"Il a visité Paris 👨\u200d👩\u200d👧 Lyon 👨\u200d👩\u200d👧 Lille 👨\u200d👩\u200d👧 Marseille 👨\u200d👩\u200d👧 Bordeaux.",
		"Salut 😀 e\u0301te\u0301 👩\u200d💻 fin, «\u00a0non\u00a0» à 10\u202f000 ❤\ufe0f ✓ € l’été — fin…",
		"Il a visité Paris et Lyon et Lille et Marseille et Toulouse et Bordeaux.",
	} {
		tv, _ := newView(t, line, 2000)
		l, mu := tv.layoutFor(tv.Size().Width)
		if len(l.lines) != 1 {
			mu.Unlock()
			t.Fatalf("%q takes %d lines, want 1", line, len(l.lines))
		}
		b := []int{0}
		for k := 0; k < len(line); {
			k = nextCluster(line, k)
			b = append(b, k)
		}
		want := make([]float32, len(b))
		for i, k := range b {
			want[i] = l.wc.pad + fyne.MeasureText(line[:k], l.size, fyne.TextStyle{}).Width
			if got := l.xAt(0, k); got < want[i]-0.5 || got > want[i]+0.5 {
				t.Errorf("%q: x before %q is %.2f, the renderer puts it at %.2f", line, line[k:], got, want[i])
				break
			}
		}
		y := l.lineTop(0) + l.wc.lineH/2
		for i := 0; i+1 < len(b); i++ {
			mid := fyne.NewPos((want[i]+want[i+1])/2, y)
			if got := l.clusterAt(mid); got != b[i] {
				t.Errorf("%q: the point over %q hits %q", line, line[b[i]:b[i+1]], line[max(got, 0):])
				break
			}
		}
		mu.Unlock()
	}
}
