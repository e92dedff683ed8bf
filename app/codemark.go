package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// A document from a client's XLIFF file keeps the file, whose French may hold inline codes (bold,
// links, line breaks, placeholders) that Glose shows as plain text and the export writes into the
// English (docs/formats.md, Merge-back). A row whose French has some shows a code mark, under the place
// of the note mark, whose tip names them and what they wrap, so that the translator keeps those
// words recognisable in the English (the QA check codes-placed names the codes the export could only
// place by estimate). The codes are read from the file once per document, in the background
// (codeCache), so that binding a row costs a map lookup.

// codeMarkIcon is Material Design's "code" icon (Apache License 2.0), as Fyne's theme icons are.
var codeMarkIcon = theme.NewThemedResource(fyne.NewStaticResource("codes.svg", []byte(
	`<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M9.4 16.6 4.8 12l4.6-4.6L8 6l-6 6 6 6 1.4-1.4zm5.2 0 4.6-4.6-4.6-4.6L16 6l6 6-6 6-1.4-1.4z"/></svg>`)))

// codeMarkPlaced is the mark of a row whose codes are all placed by hand.
var codeMarkPlaced = theme.NewSuccessThemedResource(codeMarkIcon)

// codeTipMax is how many codes a tip names; it counts the others.
const codeTipMax = 4

// codeCache holds the inline codes of each segment's French, read from the client's file orig.
type codeCache struct {
	orig  *annotate.Original
	codes map[string]formats.FrenchCodes // by segment ID; nil while they are being read
}

// codesOf returns the codes of the open document's segment seg: those of the client's file, whose
// first time reads the file in the background (its rows show their marks once it is read), or those
// of the tags of subtitles.
func (ui *UI) codesOf(seg *annotate.Segment) []formats.Code {
	o := ui.doc.Meta.Original
	if o == nil { // subtitles: their tags, taken out of the French, are its codes
		return formats.SubtitleCodes(ui.doc, seg)
	}
	if c := &ui.codes; c.orig != o {
		c.orig, c.codes = o, nil
		if ui.opts.Sync {
			c.codes = readCodes(o)
		} else {
			go func() {
				codes := readCodes(o)
				ui.do(func() {
					if c.orig == o {
						c.codes = codes
						ui.list.Refresh()
					}
				})
			}()
		}
	}
	return formats.SegmentCodes(ui.codes.codes, ui.doc, seg)
}

// readCodes reads the codes of the French of the client's file o: none when it cannot be read
// (its export says why).
func readCodes(o *annotate.Original) map[string]formats.FrenchCodes {
	codes, err := formats.SourceCodes(o)
	if err != nil {
		fyne.LogError("reading the inline codes of the client's file", err)
	}
	if codes == nil {
		codes = map[string]formats.FrenchCodes{}
	}
	return codes
}

// codeMark is the mark of a row whose French has inline codes: its tip names them, a click opens the
// menu that places them in the English (codeplace.go).
type codeMark struct {
	widget.Icon
	row *row
}

var (
	_ fyne.Tappable     = (*codeMark)(nil)
	_ desktop.Hoverable = (*codeMark)(nil)
)

// newCodeMark returns the hidden code mark of row r.
func newCodeMark(r *row) *codeMark {
	m := &codeMark{row: r}
	m.Resource = codeMarkIcon
	m.ExtendBaseWidget(m)
	m.Hide()
	return m
}

// MouseIn is part of desktop.Hoverable: the tip names the codes, and the English with those placed.
func (m *codeMark) MouseIn(ev *desktop.MouseEvent) {
	m.row.ui.tips.enter(m, ev, func() string {
		ui := m.row.ui
		if m.row.seg < 0 || m.row.seg >= len(ui.doc.Segments) {
			return ""
		}
		seg := ui.doc.Segments[m.row.seg]
		codes := ui.codesOf(seg)
		tip := codesTip(codes)
		if len(seg.Codes) > 0 {
			return tip + "\n" + lang.L("Placed by hand: {{.English}}", map[string]any{"English": quoted(markedEnglish(seg, codes), 90)})
		}
		return tip + "\n" + lang.L("Click to place them in the English, or press F9 there")
	})
}

// MouseMoved is part of desktop.Hoverable.
func (m *codeMark) MouseMoved(*desktop.MouseEvent) {}

// MouseOut is part of desktop.Hoverable.
func (m *codeMark) MouseOut() { m.row.ui.tips.leave(m) }

// Tapped opens the menu of the row's codes: the segment becomes the current one, its English focused,
// and a code chosen goes at its cursor or around its selection as they were.
func (m *codeMark) Tapped(ev *fyne.PointEvent) {
	ui, r := m.row.ui, m.row
	ui.tips.hide()
	if r.seg < 0 || r.seg >= len(ui.doc.Segments) {
		return
	}
	seg := ui.doc.Segments[r.seg]
	sel := englishSel(r, seg) // before the focus moves, which may drop the selection
	ui.focusSegment(r.seg, annotate.Target)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(m).Add(ev.Position)
	ui.showCodeMenu(seg, sel, pos)
}

// showCodes shows the codes mark when the segment's French has inline codes, in the colour of success
// once the translator has placed every one by hand.
func (r *row) showCodes(seg *annotate.Segment) {
	codes := r.ui.codesOf(seg)
	if len(codes) == 0 {
		r.codes.Hide()
		return
	}
	icon := fyne.Resource(codeMarkIcon)
	if _, _, left := nextMarker(seg, codes); !left {
		icon = codeMarkPlaced
	}
	if r.codes.Resource != icon {
		r.codes.SetResource(icon)
	}
	r.codes.Show()
}

// codesTip says a segment's codes on one line: each with what it wraps or stands by, the first
// codeTipMax, then how many more.
func codesTip(codes []formats.Code) string {
	if len(codes) == 0 {
		return ""
	}
	var parts []string
	words := map[string]string{}
	for i, c := range codes[:min(len(codes), codeTipMax)] {
		words[strconv.Itoa(i)] = annotate.Shorten(c.Words, 30)
		parts = append(parts, codeLabel(c))
	}
	if n := len(codes) - codeTipMax; n > 0 {
		parts = append(parts, lang.N("{{.N}} more", n, map[string]any{"N": n}))
	}
	return ownQuotes(lang.L("Inline codes of the file, which the export puts into the English: {{.Codes}}",
		map[string]any{"Codes": strings.Join(parts, ", ")}), words) // a quotation keeps its own marks
}
