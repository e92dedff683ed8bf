package textview

import (
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// maxCachedWords bounds a width cache; past it the cache starts afresh, so a
// long session cannot grow it without limit.
const maxCachedWords = 200_000

// lineGap is the vertical space between two wrapped lines: highlight bands on
// consecutive lines stay apart, and underlines of outer spans go there.
const lineGap = 4

// Measurer computes the height of wrapped text, caching the width of every
// word it has measured, per text size. One Measurer shared by all rows of a
// list (see TextView.SetMeasurer) keeps its cache warm. It is safe for
// concurrent use, and its zero value is ready to use. After a theme or font
// change call Reset.
type Measurer struct {
	// TextSize is the text size used by Height; 0 means the theme's text size.
	TextSize float32

	mu     sync.Mutex
	caches map[float32]*widthCache
}

// NewMeasurer returns a Measurer for text of the given size (0 = theme size).
func NewMeasurer(textSize float32) *Measurer {
	return &Measurer{TextSize: textSize}
}

// Height returns the height a TextView with this Measurer's text size needs
// to show text wrapped at the given total width (padding included).
func (m *Measurer) Height(text string, width float32) float32 {
	m.mu.Lock()
	defer m.mu.Unlock()
	wc := m.cacheFor(resolveSize(m.TextSize))
	return wc.height(wc.countLines(text, width-2*wc.pad))
}

// Estimate returns about the height Height returns, without measuring a word: each line of text is
// taken as its characters times an average advance, measured once per text size, and a little room
// is left for the ends of lines that a word did not fill. It is for rows not on screen yet, whose
// exact height can wait: measuring every word of a long document takes seconds, and Fyne measures
// only on the UI goroutine.
func (m *Measurer) Estimate(text string, width float32) float32 {
	m.mu.Lock()
	defer m.mu.Unlock()
	wc := m.cacheFor(resolveSize(m.TextSize))
	return wc.height(wc.estimateLines(text, width-2*wc.pad))
}

// Reset forgets every cached width (call it after the theme or font changes).
func (m *Measurer) Reset() {
	m.mu.Lock()
	m.caches = nil
	m.mu.Unlock()
}

// Measure returns the height needed to show text at the given width and text
// size (0 = theme size), like TextView.HeightFor. It caches nothing between
// calls: to measure many rows, keep a Measurer instead.
func Measure(text string, width, textSize float32) float32 {
	return NewMeasurer(textSize).Height(text, width)
}

// cacheFor returns the width cache for size; m.mu must be held.
func (m *Measurer) cacheFor(size float32) *widthCache {
	if wc := m.caches[size]; wc != nil {
		if len(wc.words) < maxCachedWords {
			return wc
		}
	}
	if m.caches == nil {
		m.caches = make(map[float32]*widthCache)
	}
	wc := newWidthCache(size)
	m.caches[size] = wc
	return wc
}

func resolveSize(size float32) float32 {
	if size > 0 {
		return size
	}
	return theme.TextSize()
}

// widthCache holds the measured widths of words for one text size, and the
// metrics that turn a number of lines into a height.
type widthCache struct {
	size  float32
	words map[string]float32
	space float32 // width of one U+0020
	avg   float32 // average advance of a character of French news text, for estimates
	lineH float32 // height of one line of text
	pad   float32 // padding around the text, each side
}

func newWidthCache(size float32) *widthCache {
	sp := fyne.MeasureText(" ", size, fyne.TextStyle{})
	m := fyne.MeasureText("M", size, fyne.TextStyle{})
	return &widthCache{
		size:  size,
		words: make(map[string]float32, 1024),
		space: sp.Width,
		avg:   fyne.MeasureText(avgSample, size, fyne.TextStyle{}).Width / float32(utf8.RuneCountInString(avgSample)),
		lineH: m.Height,
		pad:   theme.InnerPadding() / 2,
	}
}

// width returns the rendered width of s, measuring it once.
func (wc *widthCache) width(s string) float32 {
	if s == "" {
		return 0
	}
	if w, ok := wc.words[s]; ok {
		return w
	}
	w := fyne.MeasureText(s, wc.size, fyne.TextStyle{}).Width
	// Clone: s usually points into a whole segment's text, which the key
	// would otherwise keep alive.
	wc.words[strings.Clone(s)] = w
	return w
}

// spaceWidth returns the width of a run of breakable spaces.
func (wc *widthCache) spaceWidth(run string) float32 {
	for i := 0; i < len(run); i++ {
		if run[i] >= 0x80 {
			return wc.width(displaySpaces(run))
		}
	}
	return float32(len(run)) * wc.space
}

// height turns a number of lines into a widget height.
func (wc *widthCache) height(lines int) float32 {
	if lines < 1 {
		lines = 1
	}
	return 2*wc.pad + float32(lines)*wc.lineH + float32(lines-1)*lineGap
}

// lineStep is the distance between the tops of two consecutive lines.
func (wc *widthCache) lineStep() float32 {
	return wc.lineH + lineGap
}

// avgSample is French news text whose characters' average advance stands for any text's in estimates.
const avgSample = "Le président a annoncé mardi, à l’issue du conseil des ministres, « une réforme ambitieuse » des retraites."

// fill is the share of a line that wrapped text fills on average, the rest left by words that did
// not fit: estimates count lines as that much narrower.
const fill = 0.92

// estimateLines returns about how many lines text takes when wrapped at maxW, from its paragraphs'
// lengths in characters.
func (wc *widthCache) estimateLines(text string, maxW float32) int {
	n := 0
	for para := range strings.SplitSeq(text, "\n") {
		w := float32(utf8.RuneCountInString(para)) * wc.avg
		if maxW <= 0 || w <= maxW {
			n++
			continue
		}
		n += int(math.Ceil(float64(w / (maxW * fill))))
	}
	return n
}

// countLines returns how many lines text takes when wrapped at maxW.
func (wc *widthCache) countLines(text string, maxW float32) int {
	n := 0
	wc.wrap(text, maxW, func(int, int) { n++ })
	return n
}

// wrap breaks text into lines no wider than maxW (a width of +Inf, or of 0
// or less, breaks only at newlines) and calls emit with each line's byte range, newline excluded.
// Lines break at breakable spaces, which stay at the end of the line they
// follow; a word wider than maxW is broken between clusters.
func (wc *widthCache) wrap(text string, maxW float32, emit func(start, end int)) {
	if maxW <= 0 { // no width yet (a widget not laid out): do not wrap
		maxW = float32(math.Inf(1))
	}
	lineStart, x, hasWord := 0, float32(0), false
	for i := 0; i < len(text); {
		if text[i] == '\n' {
			emit(lineStart, i)
			i++
			lineStart, x, hasWord = i, 0, false
			continue
		}
		if j := spaceRunEnd(text, i); j > i {
			x += wc.spaceWidth(text[i:j])
			i = j
			continue
		}
		j, w := wc.unit(text, i)
		if x+w > maxW && (hasWord || (x > 0 && w <= maxW)) {
			emit(lineStart, i)
			lineStart, x = i, 0
		}
		if x+w > maxW && !math.IsInf(float64(maxW), 1) {
			// Too wide even for a line of its own: break at its spaces, else between clusters, where
			// no French mark is left alone (cutUnit).
			for x+w > maxW {
				k := i + wc.cutUnit(text[i:j], maxW-x, x == 0)
				if k == i { // nothing fits after the leading spaces
					emit(lineStart, i)
					lineStart, x = i, 0
					continue
				}
				if k == j { // a lone cluster wider than the line
					break
				}
				emit(lineStart, k)
				lineStart, x, i = k, 0, k
				w = wc.runWidth(text[i:j])
			}
		}
		x += w
		hasWord = true
		i = j
	}
	emit(lineStart, len(text))
}

// unit returns the end and width of the run starting at i (not a space) that a line keeps whole: a
// word, joined over ordinary spaces to the next one where French typography forbids a break, after
// an opening « and before a closing » or a high punctuation mark (; : ! ?). Texts typed or pasted
// with ordinary spaces where no-break ones belong would otherwise end a line with « or begin one
// with ». The width adds up the words and spaces as the layout does (textLayout.walk).
func (wc *widthCache) unit(text string, i int) (end int, w float32) {
	j := wordEnd(text, i)
	w = wc.width(text[i:j])
	for {
		k := spaceRunEnd(text, j)
		if k == j || k == len(text) || !(strings.HasSuffix(text[:j], "«") || closesFrench(text[k:])) {
			return j, w
		}
		next := wordEnd(text, k)
		if next == k { // a newline
			return j, w
		}
		w += wc.spaceWidth(text[j:k]) + wc.width(text[k:next])
		j = next
	}
}

// closesFrench reports whether s starts with a mark that French sets after a (no-break) space and
// that must not begin a line.
func closesFrench(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '»', ';', ':', '!', '?':
		return true
	}
	return false
}
