package app

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// Placing the client's inline codes by hand, as memoQ's F9 and OmegaT's tag insertion let a
// translator: F9 in the English puts the next code not yet placed at the cursor (its opening, then
// its closing, for a code that wraps words) or, over a selection, wraps it in the next such code; the
// code mark's menu places a chosen one. The places are markers beside the English (annotate.CodePlace)
// that the export writes exactly; the English field keeps plain text and draws a tag at each marker
// (codetags.go), and the status line, the mark's tip and its menu show the English with the codes in
// it, numbered as OmegaT numbers them: <1>…</1> around words, <2/> at one place.

// codeSel is where a code goes in the English: the selection [a, b) (bytes), or the cursor a == b.
type codeSel struct{ a, b int }

// englishSel is row r's selection or cursor in the English of seg, the end of the English when the
// field does not show it.
func englishSel(r *row, seg *annotate.Segment) codeSel {
	if r == nil || r.entry.Text != seg.Target {
		return codeSel{len(seg.Target), len(seg.Target)}
	}
	if a, b, ok := entrySelection(&r.entry.Entry); ok {
		return codeSel{a, b}
	}
	at := runeToByte(seg.Target, r.entry.caret())
	return codeSel{at, at}
}

// markerName is how the English with its codes writes marker close of code k.
func markerName(k int, wraps, close bool) string {
	n := strconv.Itoa(k + 1)
	switch {
	case close:
		return "</" + n + ">"
	case wraps:
		return "<" + n + ">"
	}
	return "<" + n + "/>"
}

// markedEnglish is the English of seg with the markers placed in it, at their places.
func markedEnglish(seg *annotate.Segment, codes []formats.Code) string {
	marks := slices.Clone(seg.Codes)
	slices.SortStableFunc(marks, func(x, y annotate.CodePlace) int { return x.At - y.At })
	var b strings.Builder
	at := 0
	for _, m := range marks {
		if m.At < at || m.At > len(seg.Target) {
			continue
		}
		b.WriteString(seg.Target[at:m.At])
		wraps := m.Code < len(codes) && codes[m.Code].Wraps
		b.WriteString(markerName(m.Code, wraps, m.Close))
		at = m.At
	}
	b.WriteString(seg.Target[at:])
	return b.String()
}

// nextMarker is the first marker of seg's codes not placed yet: a code's opening, then its closing.
func nextMarker(seg *annotate.Segment, codes []formats.Code) (k int, close, ok bool) {
	for k, c := range codes {
		if _, placed := seg.PlacedCode(k, false); !placed {
			return k, false, true
		}
		if _, placed := seg.PlacedCode(k, true); c.Wraps && !placed {
			return k, true, true
		}
	}
	return 0, false, false
}

// markersFor are the markers that place code k of codes at sel: around a selection both markers of
// a code that wraps words and has neither placed yet, else its next marker not placed at the start of
// the selection.
func markersFor(seg *annotate.Segment, codes []formats.Code, k int, sel codeSel) ([]annotate.CodePlace, error) {
	c := codes[k]
	_, open := seg.PlacedCode(k, false)
	_, shut := seg.PlacedCode(k, true)
	mark := func(close bool, at int) annotate.CodePlace {
		return annotate.CodePlace{Code: k, Tag: c.Tag, Close: close, At: at}
	}
	switch {
	case c.Wraps && sel.a < sel.b && !open && !shut:
		sel = wordsOf(seg.Target, sel, c.Words)
		return []annotate.CodePlace{mark(false, sel.a), mark(true, sel.b)}, nil
	case !open:
		return []annotate.CodePlace{mark(false, sel.a)}, nil
	case c.Wraps && !shut:
		return []annotate.CodePlace{mark(true, sel.a)}, nil
	}
	return nil, errors.New(lang.L("{{.Code}} is already placed in the English: remove it from the codes’ menu first",
		map[string]any{"Code": markerName(k, c.Wraps, false)}))
}

// wordsOf is the selection sel of english without the spaces at its ends that the French words a code
// wraps do not have there: selecting words with Ctrl+Shift+Right, as Fyne moves to a word's end,
// takes the space before them, and F9 wrapped " Elin Jones" where the French's <pc> wraps "Elin
// Jones". A selection of spaces alone stays as it is.
func wordsOf(english string, sel codeSel, words string) codeSel {
	text := english[sel.a:sel.b]
	if strings.TrimSpace(text) == "" {
		return sel
	}
	if !startsWithSpace(words) {
		sel.a += len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
	}
	if !endsWithSpace(words) {
		sel.b -= len(text) - len(strings.TrimRightFunc(text, unicode.IsSpace))
	}
	return sel
}

func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && unicode.IsSpace(r)
}

func endsWithSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return s != "" && unicode.IsSpace(r)
}

// currentCodes is the current segment, its row and the inline codes of its French; an error says why
// no code can be placed there.
func (ui *UI) currentCodes() (*annotate.Segment, *row, []formats.Code, error) {
	if ui.cur < 0 || ui.cur >= len(ui.doc.Segments) {
		return nil, nil, nil, errors.New(lang.L("There is no segment to place a code in"))
	}
	seg := ui.doc.Segments[ui.cur]
	codes := ui.codesOf(seg)
	if len(codes) == 0 {
		return nil, nil, nil, errors.New(lang.L("This segment’s French has no inline codes of the file"))
	}
	return seg, ui.rowFor(ui.cur), codes, nil
}

// currentHasCodes reports whether the current segment's French has inline codes to place (the
// Segment menu greys Place the next inline code otherwise).
func (ui *UI) currentHasCodes() bool {
	_, _, _, err := ui.currentCodes()
	return err == nil
}

// currentPlacedCodes reports whether the current segment has codes placed by hand.
func (ui *UI) currentPlacedCodes() bool {
	seg, _, _, err := ui.currentCodes()
	return err == nil && len(seg.Codes) > 0
}

// placeNextCode places, in the current segment's English, the next code not placed yet at the cursor,
// or wraps the selection in the first code that wraps words and is not placed yet (F9); with no such
// code, a selection takes the next code at its start.
func (ui *UI) placeNextCode() error {
	seg, r, codes, err := ui.currentCodes()
	if err != nil {
		return err
	}
	sel := englishSel(r, seg)
	k, _, ok := nextMarker(seg, codes)
	for j, c := range codes { // a selection takes the first code to wrap it, else the next at its start
		if _, open := seg.PlacedCode(j, false); sel.a < sel.b && c.Wraps && !open {
			k = j
			break
		}
	}
	if !ok {
		return errors.New(lang.L("Every inline code of this segment is placed"))
	}
	return ui.placeCode(seg, r, codes, k, sel)
}

// placeCode places code k of seg's codes at sel, then says so with the English as it now reads.
func (ui *UI) placeCode(seg *annotate.Segment, r *row, codes []formats.Code, k int, sel codeSel) error {
	marks, err := markersFor(seg, codes, k, sel)
	if err != nil {
		return err
	}
	if err := ui.ed.PlaceCodes(seg.ID, marks...); err != nil {
		return err
	}
	if r != nil && r.entry.Text == seg.Target { // the cursor after the code, as after a typed character
		r.entry.setCaret(utf8.RuneCountInString(seg.Target[:marks[len(marks)-1].At]))
	}
	ui.sayCodes(seg, codes)
	return nil
}

// sayCodes shows on the status line the English of seg with its codes, and the next one to place.
func (ui *UI) sayCodes(seg *annotate.Segment, codes []formats.Code) {
	args := map[string]any{"English": quoted(markedEnglish(seg, codes), 90)}
	if k, close, ok := nextMarker(seg, codes); ok {
		args["Next"] = markerName(k, codes[k].Wraps, close)
		ui.setStatus(lang.L("With its codes: {{.English}} — F9 places {{.Next}}", args))
		return
	}
	ui.setStatus(lang.L("With its codes, all placed: {{.English}}", args))
}

// unplaceCodes removes every code placed by hand in the current segment's English, as one undo step:
// the export places them by estimate again.
func (ui *UI) unplaceCodes() error {
	seg, _, codes, err := ui.currentCodes()
	if err != nil {
		return err
	}
	return ui.ed.Batch("remove inline code", func() error {
		for k := range codes {
			if err := ui.ed.UnplaceCode(seg.ID, k); err != nil {
				return err
			}
		}
		return nil
	})
}

// placeCopiedCodes places the codes of seg's French in text, the French inserted at byte a of its
// English (perhaps with a space added before or after it), where the French has them, as copying the
// source in OmegaT and memoQ copies its tags. A segment with codes placed already keeps those alone
// (two of each would be wrong), and a French cleaned on the way (control characters) gets none.
func (ui *UI) placeCopiedCodes(seg *annotate.Segment, a int, text string) error {
	codes := ui.codesOf(seg)
	french := ui.doc.SourceText(seg)
	if len(codes) == 0 || len(seg.Codes) > 0 {
		return nil
	}
	lead := strings.Index(text, french)
	if lead < 0 {
		return nil
	}
	var marks []annotate.CodePlace
	for k, c := range codes {
		marks = append(marks, annotate.CodePlace{Code: k, Tag: c.Tag, At: a + lead + c.At})
		if c.Wraps {
			marks = append(marks, annotate.CodePlace{Code: k, Tag: c.Tag, Close: true, At: a + lead + c.End})
		}
	}
	return ui.ed.PlaceCodes(seg.ID, marks...)
}

// showCodeMenu shows at pos the menu of seg's codes (codeMenu).
func (ui *UI) showCodeMenu(seg *annotate.Segment, sel codeSel, pos fyne.Position) {
	widget.ShowPopUpMenuAtPosition(ui.codeMenu(seg, sel), ui.win.Canvas(), pos)
}

// codeMenu is the menu of seg's codes, numbered as the English with its codes shows them, each with
// what it wraps and checked when placed: choosing one places it at sel (around it, for a code that
// wraps words). Then an item removes each code placed, and the last one every code placed by hand.
func (ui *UI) codeMenu(seg *annotate.Segment, sel codeSel) *fyne.Menu {
	codes := ui.codesOf(seg)
	var items []*fyne.MenuItem
	for k, c := range codes {
		label := markerName(k, c.Wraps, false) + "  " + ownQuotes(codeLabel(c), map[string]string{"w": annotate.Shorten(c.Words, 30)})
		_, open := seg.PlacedCode(k, false)
		_, shut := seg.PlacedCode(k, true)
		it := fyne.NewMenuItem(label, func() {
			ui.run(func() error {
				cur, r, codes, err := ui.currentCodes()
				if err != nil || cur != seg {
					return err
				}
				return ui.placeCode(seg, r, codes, k, sel)
			})
		})
		it.Checked = open && (shut || !c.Wraps)
		items = append(items, it)
	}
	items = append(items, fyne.NewMenuItemSeparator())
	for k, c := range codes {
		if !slices.ContainsFunc(seg.Codes, func(m annotate.CodePlace) bool { return m.Code == k }) {
			continue
		}
		it := fyne.NewMenuItem(lang.L("Remove {{.Code}}", map[string]any{"Code": markerName(k, c.Wraps, false)}), func() {
			ui.run(func() error { return ui.unplaceCode(seg, k) })
		})
		items = append(items, it)
	}
	remove := fyne.NewMenuItem(lang.L("Remove the inline codes placed by hand"), func() { ui.run(ui.unplaceCodes) })
	remove.Disabled = len(seg.Codes) == 0
	items = append(items, remove)
	return fyne.NewMenu("", items...)
}

// unplaceCode removes the markers of code k from seg's English, as one undo step, and says the
// English with the codes left: the code is to place again, or the export places it by estimate.
func (ui *UI) unplaceCode(seg *annotate.Segment, k int) error {
	cur, _, codes, err := ui.currentCodes()
	if err != nil || cur != seg {
		return err
	}
	if err := ui.ed.UnplaceCode(seg.ID, k); err != nil {
		return err
	}
	ui.sayCodes(seg, codes)
	return nil
}

// codeLabel names code c with what it wraps or stands by, as the mark's tip does.
func codeLabel(c formats.Code) string {
	args := map[string]any{"Code": c.Tag, "Words": annotate.Shorten(c.Words, 30)}
	switch {
	case c.Words == "":
		return c.Tag
	case c.Wraps:
		return lang.L("{{.Code}} around “{{.Words}}”", args)
	}
	return lang.L("{{.Code}} by “{{.Words}}”", args)
}
