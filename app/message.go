package app

import (
	"math"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/rivo/uniseg"
)

// messageWidth is the widest a dialog's message grows before it wraps.
const messageWidth = 440

// dialogMarginX is the width Fyne 2.7.1's dialogs keep around their content (dialog/base.go's padWidth).
const dialogMarginX = 32

// messageText is a dialog's message, wrapped at ordinary spaces only. Fyne's word wrapping breaks at
// any Unicode space, the no-break space too, which left French's « ? » alone on its line; this widget
// breaks the lines itself and hands them to a label that does not wrap. It sizes itself to its text up
// to messageWidth, so that a dialog showing it needs no Resize; a fluid one (newFluidText) takes the
// width it is given instead, as a wrapping label in a resizable panel does.
type messageText struct {
	widget.BaseWidget
	// Text is the text shown: set it with SetText, or set it and Refresh, as a Label's.
	Text   string
	label  *widget.Label
	broken string  // the text the lines were broken from
	width  float32 // the width the lines were broken for
	widest float32 // the widest a line grows before it wraps: messageWidth, or as fitDialog says
	style  fyne.TextStyle
	fluid  bool // its minimum width is next to none, its lines are broken for the width it is given
}

var _ fyne.Widget = (*messageText)(nil)

// newMessageText returns a message showing text, centred as Fyne's dialogs centre theirs when centre
// is set.
func newMessageText(text string, centre bool) *messageText {
	m := &messageText{Text: text, label: widget.NewLabel(text), widest: messageWidth}
	if centre {
		m.label.Alignment = fyne.TextAlignCenter
	}
	m.ExtendBaseWidget(m)
	m.breakFor(m.naturalWidth())
	return m
}

// newFluidText returns text to show in a panel the user resizes, in place of a Label wrapping its
// words: as narrow as such a label can be, its lines broken again at each Resize for the width it
// is given, its minimum height that of those lines, so that its container gives it their room (the
// canvas lays the container out again when the height changes). Before its first layout its lines
// are its paragraphs.
func newFluidText(text string) *messageText {
	m := &messageText{Text: text, label: widget.NewLabel(text), widest: math.MaxFloat32, fluid: true}
	m.ExtendBaseWidget(m)
	m.breakFor(m.naturalWidth())
	return m
}

// importance draws m in the colour of imp, as a Label of that importance. It returns m.
func (m *messageText) importance(imp widget.Importance) *messageText {
	m.label.Importance = imp
	m.label.Refresh()
	return m
}

// naturalWidth is the width the message takes: its longest line, up to messageWidth.
func (m *messageText) naturalWidth() float32 {
	w := float32(0)
	for _, line := range strings.Split(m.Text, "\n") {
		w = max(w, measureStyled(line, m.style))
	}
	return min(w, m.widest) + 2*theme.InnerPadding()
}

// widestWord returns the width m needs to cut none of its words (the marks glued to theirs, see
// glueFrenchMarks): its widest word's, with the label's padding.
func (m *messageText) widestWord() float32 {
	w := float32(0)
	for _, para := range strings.Split(m.Text, "\n") {
		for _, word := range glueFrenchMarks(strings.Split(para, " ")) {
			w = max(w, measureStyled(word, m.style))
		}
	}
	return w + 2*theme.InnerPadding()
}

// fitDialog makes m's lines as wide as the content of a dialog width wide, which a dialog sized to
// the window shows: no wider, for a narrow window, nor narrower, so that its height is right from
// the first layout. It returns m.
func (m *messageText) fitDialog(width float32) *messageText {
	return m.fitWidth(width - dialogMarginX)
}

// fitWidth makes m as wide as width at most, its lines broken for that width, which is the one it
// will be laid out in: a container lays its objects out from their heights before they know their
// widths. It returns m.
func (m *messageText) fitWidth(width float32) *messageText {
	m.widest = max(width-2*theme.InnerPadding(), 1)
	m.breakFor(m.naturalWidth())
	return m
}

// breakFor breaks the text into lines that fit width.
func (m *messageText) breakFor(width float32) {
	if width == m.width && m.Text == m.broken {
		return
	}
	m.width, m.broken = width, m.Text
	m.label.SetText(strings.Join(wrapLinesStyled(m.Text, width-2*theme.InnerPadding(), m.style), "\n"))
}

// bold draws m in bold, its lines broken for bold's widths. It returns m.
func (m *messageText) bold() *messageText { return m.styled(fyne.TextStyle{Bold: true}) }

// styled draws m in style, its lines broken for that style's widths. It returns m.
func (m *messageText) styled(style fyne.TextStyle) *messageText {
	if style == m.style {
		return m
	}
	m.style = style
	m.label.TextStyle = m.style
	m.rebreak()
	return m
}

// aligned aligns m's lines as align says. It returns m.
func (m *messageText) aligned(align fyne.TextAlign) *messageText {
	m.label.Alignment = align
	m.label.Refresh()
	return m
}

// SetText shows text in place of m's, broken for the width m has (its natural one before its first
// layout).
func (m *messageText) SetText(text string) {
	m.Text = text
	m.Refresh()
}

// rebreak breaks the text again, for the width m was laid out in or else its natural width.
func (m *messageText) rebreak() {
	w := m.Size().Width
	if w <= 0 {
		w = m.naturalWidth()
	}
	m.width = -1
	m.breakFor(w)
}

// CreateRenderer implements fyne.Widget.
func (m *messageText) CreateRenderer() fyne.WidgetRenderer { return &messageRenderer{m: m} }

type messageRenderer struct{ m *messageText }

// Layout breaks the lines for the width given, but not for none: a container lays out what it holds as
// soon as something is added to it, before it has a size, and lines broken for no width are one
// character each, which made a message thousands of pixels high until the next layout.
func (r *messageRenderer) Layout(size fyne.Size) {
	if size.Width > 0 {
		r.m.breakFor(size.Width)
	}
	r.m.label.Resize(size)
}

// MinSize is the message's natural width, or a fluid text's padding, and the height of its lines.
func (r *messageRenderer) MinSize() fyne.Size {
	if r.m.fluid {
		return fyne.NewSize(2*theme.InnerPadding(), r.m.label.MinSize().Height)
	}
	return fyne.NewSize(r.m.naturalWidth(), r.m.label.MinSize().Height)
}

// Refresh breaks the lines again if the text changed (SetText, or Text set then Refresh).
func (r *messageRenderer) Refresh() {
	if r.m.Text != r.m.broken {
		r.m.rebreak()
	}
	r.m.label.Refresh()
}

func (r *messageRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.m.label} }
func (r *messageRenderer) Destroy()                     {}

// measure returns the width of s in the theme's text style.
func measure(s string) float32 { return measureStyled(s, fyne.TextStyle{}) }

// measureStyled returns the width of s at the theme's text size in style.
func measureStyled(s string, style fyne.TextStyle) float32 {
	return fyne.MeasureText(s, theme.TextSize(), style).Width
}

// glueFrenchMarks joins to their neighbour the French marks a text may hold with ordinary spaces
// (a note from a client's file, text the user typed): « to the word after it, and » ; : ! ? to the
// word before, so that no line ends with « nor starts with one of the others. The › of a menu path
// ("Tools › Settings") joins both: a path cut after its › read as a sentence left unfinished.
func glueFrenchMarks(words []string) []string {
	out := make([]string, 0, len(words))
	glueNext := false
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case glueNext && len(out) > 0:
			out[len(out)-1] += " " + w
		case len(out) > 0 && w != "" && strings.ContainsRune("»;:!?›", r):
			out[len(out)-1] += " " + w
		default:
			out = append(out, w)
		}
		glueNext = w == "«" || w == "›"
	}
	return out
}

// wrapLines breaks text into lines no wider than width, at ordinary spaces and line feeds only, so
// that a no-break space keeps its neighbours together; a word wider than width is cut where it must.
func wrapLines(text string, width float32) []string {
	return wrapLinesStyled(text, width, fyne.TextStyle{})
}

// wrapLinesStyled is wrapLines for text drawn in style.
func wrapLinesStyled(text string, width float32, style fyne.TextStyle) []string {
	return wrapLinesSized(text, width, theme.TextSize(), style)
}

// wrapLinesSized is wrapLines for text drawn in style at size (a tip's caption size).
func wrapLinesSized(text string, width, size float32, style fyne.TextStyle) []string {
	measure := func(s string) float32 { return fyne.MeasureText(s, size, style).Width }
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		line := ""
		for _, word := range glueFrenchMarks(strings.Split(para, " ")) {
			switch {
			case line == "":
				line = word
			case measure(line+" "+word) <= width:
				line += " " + word
				continue
			default:
				lines = append(lines, line)
				line = word
			}
			for measure(line) > width && utf8.RuneCountInString(line) > 1 { // cut a long word (a path)
				cut := cutAtSized(line, width, size, style)
				lines = append(lines, line[:cut])
				line = line[cut:]
			}
		}
		lines = append(lines, line)
	}
	return lines
}

// cutAt returns the byte offset of the longest prefix of s (one character at least) that fits width,
// short of a French mark: a word that does not fit is cut, but not at the no-break space that binds a
// mark to it (« automatique : » cut as « automatique » and « : »), which a narrow panel showed, and
// never inside a character a reader sees as one (e + U+0301, 👏🏽).
func cutAt(s string, width float32, style fyne.TextStyle) int {
	return cutAtSized(s, width, theme.TextSize(), style)
}

// cutAtSized is cutAt for text drawn at size.
func cutAtSized(s string, width, size float32, style fyne.TextStyle) int {
	var ends []int // the ends of the characters that fit
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		_, end := g.Positions()
		if len(ends) > 0 && fyne.MeasureText(s[:end], size, style).Width > width {
			break
		}
		ends = append(ends, end)
	}
	for i := len(ends) - 1; i >= 0; i-- {
		if !strandsMark(s[:ends[i]], s[ends[i]:]) {
			return ends[i]
		}
	}
	if len(ends) == 0 {
		return 0
	}
	return ends[len(ends)-1] // all marks and spaces: cut where it fits
}

// strandsMark says whether cutting a word into head and rest leaves « at the end of a line or a
// closing mark at the start of one.
func strandsMark(head, rest string) bool {
	head, rest = strings.TrimRight(head, " \u00a0\u202f"), strings.TrimLeft(rest, " \u00a0\u202f")
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.HasSuffix(head, "«") || rest != "" && strings.ContainsRune("»;:!?", r)
}
