package app

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/app/textview"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
)

// concordanceLimit is how many memory units the dialog shows at most.
const concordanceLimit = 50

// concordanceView is the Tools › Concordance… dialog (Ctrl+K): a word or phrase looked up in the
// memory and the glossary, in the source, the translation or both, each hit with the phrase
// highlighted, to copy from (select part of it, or the whole English) or insert at the cursor of
// the current segment's English.
type concordanceView struct {
	ui    *UI
	eng   *suggest.Engine
	query *nameEntry // Escape closes the dialog, as elsewhere
	side  *widget.RadioGroup
	count *messageText
	cards *fyne.Container
	box   fyne.CanvasObject
	hide  func()
	gen   int              // of the last search asked for: an older answer is dropped
	hits  []concordanceHit // shown, glossary entries first
}

// concordanceHit is one hit shown: its texts, with views the user may select in.
type concordanceHit struct {
	glossary         bool
	origin           string
	src, tgt         *textview.TextView
	insert, copyText *dialogButton
}

// concordanceAction is the Tools menu's entry and shortcut.
func (ui *UI) concordanceAction() *action {
	return &action{name: lang.L("Concordance…"), keys: "Ctrl+K", run: ui.concordanceDialog,
		short: []fyne.Shortcut{custom(fyne.KeyK, ctrl)}}
}

// concordanceDialog opens the Concordance dialog.
func (ui *UI) concordanceDialog() { ui.showConcordance() }

// showConcordance opens the dialog, searching for the text selected in the French or the English
// (or the selected span's), and returns it; nil when the memory is unavailable.
func (ui *UI) showConcordance() *concordanceView {
	p := ui.sugg
	if err := p.unavailable(); err != nil {
		ui.showError(err)
		return nil
	}
	v := newConcordanceView(ui, p.src.eng)
	d := ui.newCloseDialog(lang.L("Concordance"), lang.L("Close"), v.box)
	room := ui.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(760, room.Width-warningsMarginX), min(600, room.Height-warningsMarginX)))
	v.hide = d.Hide
	ui.conc = v
	v.query.escape = d.Hide
	ui.present(d, d.Hide, nil)
	v.query.SetText(ui.selectedText()) // searches
	ui.win.Canvas().Focus(v.query)
	return v
}

func newConcordanceView(ui *UI, eng *suggest.Engine) *concordanceView {
	v := &concordanceView{ui: ui, eng: eng}
	v.query = newNameEntry(nil)
	v.query.SetPlaceHolder(lang.L("A word or phrase, in either language"))
	v.query.OnChanged = func(string) { v.search() }
	v.side = widget.NewRadioGroup([]string{lang.L("Both languages"), lang.L("In the source"), lang.L("In the translation")},
		func(string) { v.search() })
	v.side.Horizontal = true
	v.side.Required = true
	v.side.Selected = lang.L("Both languages")
	v.count = newFluidText("") // wrapped at ordinary spaces only: no « : » alone on a line
	v.cards = container.NewVBox()
	top := container.NewVBox(v.query, v.side, v.count)
	v.box = container.NewBorder(top, nil, nil, nil, container.NewVScroll(v.cards))
	v.show(suggest.Concordance{}, tm.ErrNoWords) // until a word is typed
	return v
}

// selectedText is the text selected in the current segment's French or English (or over several
// segments in the French), else the selected span's, trimmed; "" when there is none.
func (ui *UI) selectedText() string {
	if sp, ok := ui.selection(); ok {
		return strings.TrimSpace(ui.doc.SpanText(sp))
	}
	if sp := ui.doc.Span(ui.selSpan); sp != nil {
		return strings.TrimSpace(ui.doc.SpanText(sp))
	}
	return ""
}

// sideChosen is the side the radio buttons name.
func (v *concordanceView) sideChosen() tm.Side {
	switch v.side.Selected {
	case lang.L("In the source"):
		return tm.SourceSide
	case lang.L("In the translation"):
		return tm.TargetSide
	}
	return tm.BothSides
}

// search looks the query up off the UI goroutine (another program may hold the database) and shows
// the answer unless a newer search was asked for meanwhile.
func (v *concordanceView) search() {
	v.gen++
	gen, text, side := v.gen, v.query.Text, v.sideChosen()
	if strings.TrimSpace(text) == "" {
		v.show(suggest.Concordance{}, tm.ErrNoWords)
		return
	}
	v.ui.background(func() func() {
		c, err := v.eng.Concordance(context.Background(), text, side, concordanceLimit)
		return func() {
			if gen == v.gen {
				v.show(c, err)
			}
		}
	})
}

// show lists what a search found, the glossary's entries first.
func (v *concordanceView) show(c suggest.Concordance, err error) {
	v.hits = nil
	v.cards.RemoveAll()
	switch {
	case errors.Is(err, tm.ErrNoWords):
		v.count.SetText(lang.L("Type a word or phrase to see how the memory and the glossary translate it."))
	case err != nil:
		v.count.SetText(memoryProblem(err))
	default:
		v.count.SetText(concordanceCount(c))
	}
	for _, h := range c.Glossary {
		v.add(concordanceHit{glossary: true, origin: termOrigin(h.Origin)}, h.Source, h.Target, h.SourceHits, h.TargetHits)
	}
	for _, h := range c.Memory.Hits {
		v.add(concordanceHit{origin: h.Origin}, h.Source, h.Target, tmPairs(h.SourceHits), tmPairs(h.TargetHits))
	}
	v.cards.Refresh()
}

// concordanceCount says how many units and entries hold the phrase, and how many units are shown.
func concordanceCount(c suggest.Concordance) string {
	m := c.Memory
	units := lang.N("{{.N}} units in the memory", m.Total, map[string]any{"N": m.Total})
	if m.More {
		units = lang.L("more than {{.N}} units in the memory", map[string]any{"N": fmt.Sprint(m.Total)})
	}
	if len(m.Hits) < m.Total {
		units += " " + lang.N("(the first {{.N}} shown)", len(m.Hits), map[string]any{"N": len(m.Hits)})
	}
	n := len(c.Glossary)
	return units + " · " + lang.N("{{.N}} glossary entries", n, map[string]any{"N": n})
}

func tmPairs(rs []tm.Range) [][2]int {
	out := make([][2]int, len(rs))
	for i, r := range rs {
		out[i] = [2]int{r.Start, r.End}
	}
	return out
}

// concordanceColor marks the phrase in the hits: the theme's primary colour's tint, as a found
// word is in Find.
func concordanceColor() color.Color { return theme.Color(theme.ColorNamePrimary) }

// add shows one hit: where it comes from, its two texts with the phrase marked, Insert and Copy.
func (v *concordanceView) add(h concordanceHit, source, target string, inSource, inTarget [][2]int) {
	width := v.cards.Size().Width
	view := func(text string, rs [][2]int) (*textview.TextView, fyne.CanvasObject) {
		tv := textview.New()
		hs := make([]textview.Highlight, len(rs))
		for i, r := range rs {
			hs[i] = textview.Highlight{Start: r[0], End: r[1], Color: concordanceColor(), Style: textview.Solid}
		}
		tv.Set(text, hs)
		return tv, newBox(&fitHeight{tv: tv, width: width}, tv)
	}
	var srcBox, tgtBox fyne.CanvasObject
	h.src, srcBox = view(source, inSource)
	h.tgt, tgtBox = view(target, inTarget)
	title := lang.L("Translation memory")
	if h.glossary {
		title = lang.L("Glossary")
	}
	if h.origin != "" {
		title += " · " + h.origin
	}
	head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Truncation = fyne.TextTruncateEllipsis
	h.insert = v.ui.newDialogButton(lang.L("Insert"), theme.ContentPasteIcon(), func() { v.insertHit(h) })
	h.copyText = v.ui.newDialogButton(lang.L("Copy"), theme.ContentCopyIcon(), func() { v.copyHit(h) })
	h.insert.Importance, h.copyText.Importance = widget.LowImportance, widget.LowImportance
	v.hits = append(v.hits, h)
	v.cards.Add(container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(h.copyText, h.insert), head),
		srcBox, tgtBox, widget.NewSeparator()))
}

// chosen is what Copy and Insert take from a hit: the part of its English selected, else the whole.
func chosen(h concordanceHit) string {
	if a, b := h.tgt.Selection(); a < b {
		return h.tgt.Text()[a:b]
	}
	return h.tgt.Text()
}

// copyHit puts the hit's English (or the part selected) on the clipboard.
func (v *concordanceView) copyHit(h concordanceHit) {
	text := chosen(h)
	v.ui.app.Clipboard().SetContent(text)
	v.ui.setStatus(lang.L("Copied: {{.Text}}", map[string]any{"Text": annotate.Shorten(text, 80)}))
}

// insertHit closes the dialog and puts the hit's English (or the part selected) at the cursor of the
// current segment's English, as a glossary term goes in.
func (v *concordanceView) insertHit(h concordanceHit) {
	text := chosen(h)
	if v.hide != nil {
		v.hide()
	}
	v.ui.run(func() error { return v.ui.insertText(stepInsertMemory, text, false) })
	if r := v.ui.rowFor(v.ui.cur); r != nil {
		v.ui.win.Canvas().Focus(r.entry)
	}
}
