package app

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// finder is the Find bar (Ctrl+F) above the segments: Enter goes to the next place where the French
// or the English contains what was typed, ignoring case and accents, wrapping around at the end. It
// searches the document's text, not the list's rows, which exist only for the segments on screen.
type finder struct {
	ui    *UI
	bar   *fyne.Container
	entry *findEntry
	last  findPos       // the match shown last; the next search starts after it
	query string        // the folded query last searched
	from  annotate.Side // the column the user was in when the bar opened
	rep   *replacer     // the replace mode's widgets (Ctrl+H)
	// nav holds the Next and Close buttons.
	nav *fyne.Container
	// replacing says the bar is in replace mode: it searches the English only, under the options.
	replacing bool
	// relaid lays out again the bars the bar is among, and the segments under them: Fyne's Show
	// and Hide do not.
	relaid func()
}

// findPos is a place in the document: a segment, a side, a byte range of that side's text.
type findPos struct {
	seg        int
	side       annotate.Side
	start, end int
}

// findEntry is the Find bar's field: Escape closes the bar. A key hides the tip of the bar's
// buttons.
type findEntry struct {
	widget.Entry
	onEscape     func()
	tips         *tipLayer
	onReplaceAll func() // Ctrl+Alt+Enter, in replace mode
	// selectOnFocus selects the text when the field gets the focus (Tab into Replace with), so that
	// typing replaces the last replacement instead of adding to it, as in the Find field.
	selectOnFocus bool
}

// FocusGained is part of fyne.Focusable.
func (e *findEntry) FocusGained() {
	e.Entry.FocusGained()
	if e.selectOnFocus {
		e.Entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	}
}

// TypedShortcut is part of fyne.Shortcutable: Ctrl+Alt+Enter replaces every match. (Ctrl+Enter, a
// menu's shortcut, which the driver gives the menu first, replaces one: see replacingOr.)
func (e *findEntry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && (cs.KeyName == fyne.KeyReturn || cs.KeyName == fyne.KeyEnter) &&
		cs.Modifier == ctrl|alt && e.onReplaceAll != nil {
		e.onReplaceAll()
		return
	}
	e.Entry.TypedShortcut(s)
}

// TypedRune is part of fyne.Focusable.
func (e *findEntry) TypedRune(r rune) {
	e.tips.hide()
	e.Entry.TypedRune(r)
}

// TypedKey is part of fyne.Focusable.
func (e *findEntry) TypedKey(ev *fyne.KeyEvent) {
	e.tips.hide()
	if ev.Name == fyne.KeyEscape {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(ev)
}

func newFinder(ui *UI) *finder {
	f := &finder{ui: ui, last: findPos{seg: -1}}
	f.entry = &findEntry{onEscape: f.hide, tips: ui.tips}
	f.entry.ExtendBaseWidget(f.entry)
	f.entry.SetPlaceHolder(lang.L("Find in the French and the English (Enter: next)"))
	f.entry.OnSubmitted = func(string) { f.next() }
	next := newTipButton(ui.tips, lang.L("Next match (Enter)"), theme.MoveDownIcon(), f.next)
	closeBtn := newTipButton(ui.tips, lang.L("Close the Find bar (Escape)"), theme.CancelIcon(), f.hide)
	next.escape, closeBtn.escape = f.hide, f.hide // Tab reaches them: Escape closes the bar there too
	f.rep = newReplacer(f)
	f.entry.onReplaceAll = func() {
		if f.replacing {
			f.rep.replaceAll()
		}
	}
	// The fields first, in the order Tab takes: Find, Replace with, then the buttons and options.
	f.nav = container.NewHBox(next, closeBtn)
	buttons := container.NewVBox(f.nav, f.rep.buttons)
	f.bar = container.NewBorder(nil, f.rep.options, nil, buttons, container.NewVBox(f.entry, f.rep.with))
	f.bar.Hide()
	return f
}

// showFind opens the bar in find mode (Ctrl+F).
func (f *finder) showFind() {
	f.setMode(false)
	f.show()
}

// showReplace opens the bar in replace mode (Ctrl+H), the focus in the Find field.
func (f *finder) showReplace() {
	f.setMode(true)
	f.show()
}

// setMode puts the bar in replace mode or in find mode; a search in the other mode starts afresh.
func (f *finder) setMode(replacing bool) {
	if replacing != f.replacing {
		f.query, f.last = "", findPos{seg: -1}
	}
	f.replacing = replacing
	f.rep.show(replacing)
	if replacing {
		f.entry.SetPlaceHolder(lang.L("Find in the English (Enter: next)"))
	} else {
		f.entry.SetPlaceHolder(lang.L("Find in the French and the English (Enter: next)"))
	}
}

// show opens the bar and puts the focus in it, with the last search selected.
func (f *finder) show() {
	if from := f.ui.focusedSide(); from != "" {
		f.from = from
	} else if !f.bar.Visible() {
		f.from = f.ui.side
	}
	f.bar.Show()
	f.relayout()
	f.ui.win.Canvas().Focus(f.entry)
	// The last search, selected: typing replaces it, Enter searches it again (as in browsers and
	// editors; typing used to add to it).
	f.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// relayout lays the bars out again around the Find bar just shown, hidden, or switched between find
// and replace. Until then it kept its former height: opened with nothing focused (just after a
// document opened), it stayed 0 units high, the letters typed in its field out of sight, until a
// dialog made the window lay out.
func (f *finder) relayout() {
	if f.relaid != nil {
		f.relaid()
	}
}

// hide closes the bar and gives the focus back to the current segment: to its English, unless the
// user came from the French and the match shown is there. A translator who searched from the English
// goes on typing: in the French, where a French match would have put the focus, letters are
// commands, and "Lavrov said" relabelled the match LOC, accepted and rejected spans.
func (f *finder) hide() {
	f.bar.Hide()
	f.relayout()
	side := annotate.Target
	if f.from == annotate.Source && f.ui.side == annotate.Source {
		side = annotate.Source
	}
	f.ui.focusSegment(f.ui.cur, side)
}

// next goes to the next match after the last one (or from the current segment), wrapping around.
func (f *finder) next() {
	if f.replacing {
		f.rep.next()
		return
	}
	ui := f.ui
	q := annotate.Fold(strings.TrimSpace(f.entry.Text))
	if q == "" {
		return
	}
	from := findPos{seg: ui.cur, side: annotate.Source}
	if q == f.query && f.last.seg >= 0 && f.last.seg < len(ui.doc.Segments) {
		from = f.last
		from.start = from.end // after the match shown
	}
	f.query = q
	at, wrapped, ok := findFrom(ui.doc, q, from)
	if !ok {
		f.last = findPos{seg: -1}
		ui.setStatus(lang.L("“{{.Text}}” is nowhere in the document", map[string]any{"Text": f.entry.Text}))
		return
	}
	f.last = at
	f.showMatch(at)
	where := lang.X("find.in-french", "French")
	if at.side == annotate.Target {
		where = lang.X("find.in-english", "English")
	}
	msg := lang.L("Found in segment {{.N}} ({{.Side}})", map[string]any{"N": at.seg + 1, "Side": where})
	if nth, total := matchOrdinal(ui.doc, q, at); total > 0 {
		msg += " — " + lang.L("match {{.N}} of {{.Total}}", map[string]any{"N": nth, "Total": total})
	}
	if wrapped {
		msg += " — " + lang.L("continued from the top")
	}
	ui.setStatus(msg + ui.filter.note(at.seg))
}

// showMatch scrolls to a match and selects it, in the French or the English, leaving the focus in the
// Find bar for the next Enter. Fyne (2.7) draws an Entry's selection only while the Entry has the
// focus, so an English match shows selected once Escape closes the bar and gives the field the focus;
// the status line says where it is until then.
func (f *finder) showMatch(at findPos) {
	ui := f.ui
	back := fyne.Focusable(f.entry) // or the field or option of the bar that had the focus
	if o := ui.win.Canvas().Focused(); o != nil && f.rep.owns(o) {
		back = o
	}
	ui.focusSegment(at.seg, at.side)
	if r := ui.rowFor(at.seg); r != nil {
		seg := ui.doc.Segments[at.seg]
		if at.side == annotate.Source {
			r.src.SetSelection(at.start, at.end)
			ui.letGoOutside(at.side, seg.Start+at.start, seg.Start+at.end)
		} else {
			r.entry.selectRange(utf8.RuneCountInString(seg.Target[:at.start]), utf8.RuneCountInString(seg.Target[:at.end]))
			ui.letGoOutside(at.side, at.start, at.end)
		}
	}
	ui.updateMenus()
	ui.win.Canvas().Focus(back)
}

// findFrom returns the first match of the folded query q at or after from, in document order (a
// segment's French before its English), wrapping around once; wrapped says it went past the end.
func findFrom(d *annotate.Document, q string, from findPos) (at findPos, wrapped, ok bool) {
	slots := 2 * len(d.Segments) // each segment's French, then its English
	if slots == 0 {
		return findPos{}, false, false
	}
	first := 2 * from.seg
	if from.side == annotate.Target {
		first++
	}
	for j := 0; j <= slots; j++ {
		slot := (first + j) % slots
		i, side := slot/2, annotate.Source
		text := d.SourceText(d.Segments[i])
		if slot%2 == 1 {
			side, text = annotate.Target, d.Segments[i].Target
		}
		after := 0
		if j == 0 {
			after = from.start
		}
		a, b, found := foldedIndex(text, q, after)
		if found && (j < slots || a < from.start) { // back where it started: only what lies before
			return findPos{seg: i, side: side, start: a, end: b}, first+j >= slots, true
		}
	}
	return findPos{}, false, false
}

// foldedIndex finds the folded query q in text at or after byte after, comparing text folded as
// annotate.Fold does, and returns the byte range of the match in text.
func foldedIndex(text, q string, after int) (start, end int, ok bool) {
	if !strings.Contains(annotate.Fold(text[after:]), q) {
		return 0, 0, false // most segments: no need to map the folded text back
	}
	var folded strings.Builder
	var starts, ends []int // for each byte of folded, the range of the rune of text it comes from
	for i, r := range text {
		if i < after {
			continue
		}
		size := utf8.RuneLen(r)
		var f string
		if r < utf8.RuneSelf {
			f = strings.ToLower(string(r))
		} else {
			f = annotate.Fold(string(r))
		}
		folded.WriteString(f)
		for range len(f) {
			starts, ends = append(starts, i), append(ends, i+size)
		}
	}
	k := strings.Index(folded.String(), q)
	if k < 0 {
		return 0, 0, false
	}
	return starts[k], ends[k+len(q)-1], true
}
