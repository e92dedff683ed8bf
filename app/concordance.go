package app

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
	"github.com/glose-app/glose/suggest/token"
)

// concordanceLimit is how many memory units the dialog shows at most.
const concordanceLimit = 50

// concordancePause is how long the query must rest before it is looked up: typing "sanctions" at
// 30 ms a key looks it up once, not nine times (showing 50 hits costs the UI goroutine tens of
// milliseconds, which keys typed meanwhile would wait for).
const concordancePause = 150 * time.Millisecond

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
	roll  *container.Scroll
	box   fyne.CanvasObject
	hide  func()
	gen   int               // of the last search asked for: an older answer is dropped
	hits  []*concordanceHit // shown, glossary entries first: the first cards of pool
	pool  []*concordanceHit // every card made so far, reused by the next searches

	// after runs fn on the UI goroutine once the typing pause d has passed, and returns what stops
	// it; off runs work off the UI goroutine and what it returns on it. Tests replace both, to
	// choose when a pause ends and when a search lands.
	after   func(d time.Duration, fn func()) (stop func())
	off     func(work func() func())
	waiting func()             // stops the pause before the next search, nil when none
	cancel  context.CancelFunc // the search running, nil when none
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
	v.query.keys = func(ev *fyne.KeyEvent) bool { return ev.Name == fyne.KeyDown && v.focusHit(0) }
	v.side = widget.NewRadioGroup([]string{lang.L("Both languages"), lang.L("In the source"), lang.L("In the translation")},
		func(string) { v.search() })
	v.side.Horizontal = true
	v.side.Required = true
	v.side.Selected = lang.L("Both languages")
	v.count = newFluidText("") // wrapped at ordinary spaces only: no « : » alone on a line
	v.cards = container.NewVBox()
	v.roll = container.NewVScroll(v.cards)
	top := container.NewVBox(v.query, v.side, v.count)
	v.box = container.NewBorder(top, nil, nil, nil, v.roll)
	v.after, v.off = ui.afterPause, ui.background
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

// search looks the query up once typing pauses (concordancePause), off the UI goroutine (another
// program may hold the database), so that keys never wait for a search or for its hits to be shown.
// Asking again stops the pause and cancels the search still running: only the answer for the
// text now in the field is ever shown.
func (v *concordanceView) search() {
	v.gen++
	v.stop()
	if strings.TrimSpace(v.query.Text) == "" {
		v.show(suggest.Concordance{}, tm.ErrNoWords)
		return
	}
	gen := v.gen
	v.waiting = v.after(concordancePause, func() { v.lookUp(gen) })
}

// stop lets go of the pause under way and cancels the search running.
func (v *concordanceView) stop() {
	if v.waiting != nil {
		v.waiting()
		v.waiting = nil
	}
	if v.cancel != nil {
		v.cancel()
		v.cancel = nil
	}
}

// lookUp searches for the query, unless it changed since search number gen was asked for.
func (v *concordanceView) lookUp(gen int) {
	if gen != v.gen {
		return
	}
	v.waiting = nil
	text, side := v.query.Text, v.sideChosen()
	ctx, cancel := context.WithCancel(context.Background())
	v.cancel = cancel
	v.off(func() func() {
		c, err := v.eng.Concordance(ctx, text, side, concordanceLimit)
		return func() {
			cancel()
			if gen == v.gen { // else a newer search is on its way, or has landed
				v.cancel = nil
				v.show(c, err)
			}
		}
	})
}

// afterPause runs fn on the UI goroutine after d, and returns what stops it; at once in synchronous
// mode (tests).
func (ui *UI) afterPause(d time.Duration, fn func()) (stop func()) {
	if ui.opts.Sync {
		fn()
		return func() {}
	}
	t := time.AfterFunc(d, func() { ui.do(fn) })
	return func() { t.Stop() }
}

// show lists what a search found, the glossary's entries first, in the cards of the last search
// (see concordanceHit): making 50 cards anew at each answer was most of its cost.
func (v *concordanceView) show(c suggest.Concordance, err error) {
	switch {
	case errors.Is(err, tm.ErrNoWords):
		v.count.SetText(lang.L("Type a word or phrase to see how the memory and the glossary translate it."))
	case err != nil:
		v.count.SetText(memoryProblem(err))
	case c.MemoryEmpty:
		v.count.SetText(concordanceCount(c) + "\n" + emptyMemoryHint() + "\n" + noHitsHint(v.query.Text, v.sideChosen()))
	case c.Memory.Total == 0 && len(c.Glossary) == 0:
		v.count.SetText(concordanceCount(c) + "\n" + noHitsHint(v.query.Text, v.sideChosen()))
	default:
		v.count.SetText(concordanceCount(c))
	}
	n := 0
	for _, h := range c.Glossary {
		v.card(n).set(true, termOrigin(h.Origin), h.Source, h.Target, h.SourceHits, h.TargetHits)
		n++
	}
	for _, h := range c.Memory.Hits {
		v.card(n).set(false, h.Origin, h.Source, h.Target, tmPairs(h.SourceHits), tmPairs(h.TargetHits))
		n++
	}
	for _, h := range v.pool[n:] {
		h.box.Hide()
	}
	v.hits = v.pool[:n]
	v.relayout()
	v.roll.ScrollToTop()
}

// relayout places the cards after their texts changed. Refreshing the box would also refresh every
// widget in it, each label and button shaping its text and recolouring its icon again: two thirds
// of the time show took, for nothing, as set has refreshed what changed.
func (v *concordanceView) relayout() {
	v.roll.Refresh() // fits the box to its new height
	for _, h := range v.hits {
		h.box.Layout.Layout(h.box.Objects, h.box.Size())
	}
	v.cards.Layout.Layout(v.cards.Objects, v.cards.Size())
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

// focusHit puts the keyboard focus on hit i's Insert button, scrolled into view, and reports whether
// there is such a hit: Down in the search field goes to the first, and Down and Up on a hit go from
// one to the next, so that a hit is inserted with Down and Enter rather than five Tabs, past the
// choices of language and Copy.
func (v *concordanceView) focusHit(i int) bool {
	if i < 0 || i >= len(v.hits) {
		return false
	}
	box := v.hits[i].box
	top, bottom := box.Position().Y, box.Position().Y+box.Size().Height
	if off := v.roll.Offset.Y; top < off {
		v.roll.ScrollToOffset(fyne.NewPos(0, top))
	} else if h := v.roll.Size().Height; bottom > off+h {
		v.roll.ScrollToOffset(fyne.NewPos(0, min(top, bottom-h)))
	}
	v.ui.win.Canvas().Focus(v.hits[i].insert)
	return true
}

// hitKeys are the keys of hit h's buttons: Down and Up go to the next and previous hit (Up on the
// first back to the search field), the others where a dialog's button sends them.
func (v *concordanceView) hitKeys(h *concordanceHit) func(*fyne.KeyEvent) {
	return func(ev *fyne.KeyEvent) {
		i := slices.Index(v.hits, h)
		switch {
		case ev.Name == fyne.KeyDown && i >= 0:
			v.focusHit(i + 1)
		case ev.Name == fyne.KeyUp && i > 0:
			v.focusHit(i - 1)
		case ev.Name == fyne.KeyUp && i == 0:
			v.ui.win.Canvas().Focus(v.query)
		default:
			v.ui.onTypedKey(ev)
		}
	}
}

// chosen is what Copy and Insert take from a hit: the part of its English selected, else the whole.
func chosen(h *concordanceHit) string {
	if a, b := h.tgt.Selection(); a < b {
		return h.tgt.Text()[a:b]
	}
	return h.tgt.Text()
}

// copyHit puts the hit's English (or the part selected) on the clipboard.
func (v *concordanceView) copyHit(h *concordanceHit) {
	text := chosen(h)
	v.ui.app.Clipboard().SetContent(text)
	v.ui.setStatus(lang.L("Copied: {{.Text}}", map[string]any{"Text": quoted(text, 80)}))
}

// insertHit closes the dialog and puts the hit's English (or the part selected) at the cursor of the
// current segment's English, as a glossary term goes in.
func (v *concordanceView) insertHit(h *concordanceHit) {
	text := chosen(h)
	if v.hide != nil {
		v.hide()
	}
	v.ui.run(func() error { return v.ui.insertText(stepInsertMemory, text, false) })
	if r := v.ui.rowFor(v.ui.cur); r != nil {
		v.ui.win.Canvas().Focus(r.entry)
	}
}

// deleteHit asks whether to delete a memory hit's pair from the memory, then searches again.
func (v *concordanceView) deleteHit(h *concordanceHit) {
	if h.glossary {
		return
	}
	v.ui.askDeleteFromMemory(h.src.Text(), h.tgt.Text(), v.search)
}

// emptyMemoryHint says, when a search found nothing in a memory that holds nothing, how the memory
// fills: "0 units in the memory" and other words to try read as though the words were the trouble.
func emptyMemoryHint() string {
	return lang.L("The translation memory is empty: it fills as you confirm segments (Ctrl+Enter), or from a TMX file (Tools › Import a translation memory (TMX)…).")
}

// noHitsHint says what to try when a search found nothing ("0 units · 0 entries" said no more): fewer
// words, as a phrase is found with its words side by side, in order; the start of its last word and a
// star, which finds that word's other forms ("parlementaires" is not "parlementaire"); both languages.
// Only what the search did not do already is offered.
func noHitsHint(text string, side tm.Side) string {
	p := token.ParsePhrase(text)
	var tries []string
	if len(p.Words) > 1 {
		tries = append(tries, lang.L("fewer words (they are found side by side, in this order)"))
	}
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) })
	if n := len(words); n > 0 && !p.Prefix {
		if last := []rune(words[n-1]); len(last) >= 5 { // "gallois": gall*, "parlementaires": parlementai*
			stem := string(last[:max(4, len(last)-3)]) + "*"
			tries = append(tries, lang.L("the start of the word and a star, for its other forms: {{.Word}}", map[string]any{"Word": stem}))
		}
	}
	if side != tm.BothSides {
		tries = append(tries, lang.L("both languages"))
	}
	if len(tries) == 0 {
		return lang.L("Neither the memory nor the glossary holds it.")
	}
	return lang.L("Nothing found; try:") + "\n· " + strings.Join(tries, "\n· ")
}
