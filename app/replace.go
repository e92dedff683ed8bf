package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// Undo steps of Find and Replace.
const (
	stepReplace    = "replace"
	stepReplaceAll = "replace all"
)

// replacer is the Find bar's replace mode (Ctrl+H): a field for the new words, Replace and Replace
// all, and the options of the search. It searches and replaces the English only (the French is the
// source, never edited), through the editor as typing does (see replaceIn).
type replacer struct {
	f       *finder
	with    *findEntry
	buttons *fyne.Container // Replace, Replace all
	options *fyne.Container // the checks

	matchCase, wholeWords, accents, unconfirmed *barCheck
	// shownOnly keeps Next, Replace and Replace all to the segments the filter shows; it is there
	// only while a filter is on (replace_scope.go).
	shownOnly *barCheck
}

// barCheck is a check of the Find bar: Escape there closes the bar, as in its fields.
type barCheck struct {
	widget.Check
	escape func()
}

// TypedKey is part of fyne.Focusable.
func (c *barCheck) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		c.escape()
		return
	}
	c.Check.TypedKey(ev)
}

func newBarCheck(label string, escape func()) *barCheck {
	c := &barCheck{escape: escape}
	c.Text = label
	c.ExtendBaseWidget(c)
	return c
}

func newReplacer(f *finder) *replacer {
	ui := f.ui
	r := &replacer{f: f}
	r.with = &findEntry{onEscape: f.hide, tips: ui.tips, onReplaceAll: r.replaceAll, selectOnFocus: true}
	r.with.ExtendBaseWidget(r.with)
	r.with.SetPlaceHolder(lang.L("Replace with (Ctrl+Enter: replace)"))
	r.with.OnSubmitted = func(string) { f.next() }
	one := newTipButton(ui.tips, lang.L("Replace this match and go to the next (Ctrl+Enter)"), nil, r.replaceOne)
	one.Text = lang.L("Replace")
	all := newTipButton(ui.tips, lang.L("Replace every match in the English, in one step that Ctrl+Z undoes (Ctrl+Alt+Enter)"), nil, r.replaceAll)
	all.Text = lang.L("Replace all")
	one.escape, all.escape = f.hide, f.hide
	r.buttons = container.NewHBox(one, all)
	r.matchCase = newBarCheck(lang.L("Match case"), f.hide)
	r.wholeWords = newBarCheck(lang.L("Whole words"), f.hide)
	r.accents = newBarCheck(lang.L("Match accents"), f.hide)
	r.unconfirmed = newBarCheck(lang.L("Unconfirmed segments only"), f.hide)
	r.shownOnly = newBarCheck(lang.L("Only the shown segments"), f.hide)
	r.shownOnly.Hide()
	// On as many lines as the segments' column needs: in one row, the French labels need 715 pixels,
	// more than the column of a 1000-pixel window; two by two, 480, more than in a 667-unit one,
	// which the bar widened past the screen.
	r.options = container.New(&flowLayout{}, r.matchCase, r.accents, r.wholeWords, r.unconfirmed, r.shownOnly)
	r.show(false)
	return r
}

// show shows or hides the replace mode's widgets.
func (r *replacer) show(on bool) {
	for _, o := range []fyne.CanvasObject{r.with, r.buttons, r.options} {
		if on {
			o.Show()
		} else {
			o.Hide()
		}
	}
}

// owns says whether o is one of the bar's widgets (fields, buttons, options).
func (r *replacer) owns(o fyne.Focusable) bool {
	if o == nil {
		return false
	}
	var in func(objs []fyne.CanvasObject) bool
	in = func(objs []fyne.CanvasObject) bool {
		for _, c := range objs {
			if w, ok := c.(fyne.Focusable); ok && w == o {
				return true
			}
			if box, ok := c.(*fyne.Container); ok && in(box.Objects) {
				return true
			}
		}
		return false
	}
	return in(r.f.bar.Objects)
}

// settings are the options checked in the bar (Replace all adds the scope: replaceAll).
func (r *replacer) settings() annotate.ReplaceOptions {
	return annotate.ReplaceOptions{UnconfirmedOnly: r.unconfirmed.Checked, SearchOptions: annotate.SearchOptions{
		MatchCase: r.matchCase.Checked, MatchAccents: r.accents.Checked, WholeWords: r.wholeWords.Checked}}
}

// searcher returns the searcher for the Find field under the options, nil when the field is empty.
func (r *replacer) searcher() *annotate.Searcher {
	return annotate.NewSearcher(r.f.entry.Text, r.settings().SearchOptions)
}

// key identifies the search: the query and the options. A search that changed starts again from the
// current segment.
func (r *replacer) key() string {
	flag := func(c *barCheck) string {
		if c.Checked {
			return "1"
		}
		return "0"
	}
	return "replace\x00" + r.f.entry.Text + "\x00" + flag(r.matchCase) + flag(r.accents) + flag(r.wholeWords) + flag(r.unconfirmed) + flag(r.shownOnly)
}

// skips says whether the search leaves segment i alone: one the filter hides, under "Only the shown
// segments", and those annotate.ReplaceOptions.Skips names.
func (r *replacer) skips(i int) bool {
	return r.scoped() && r.f.ui.list.hidden(i) || r.settings().Skips(r.f.ui.doc.Segments[i])
}

// next goes to the next match in the English after the one shown (or from the current segment's
// start), wrapping around, and says where on the status line; it returns false when there is none.
func (r *replacer) next() bool {
	f, ui := r.f, r.f.ui
	s := r.searcher()
	if s == nil {
		return false
	}
	from := findPos{seg: ui.cur, side: annotate.Target}
	if k := r.key(); k == f.query && f.last.seg >= 0 && f.last.seg < len(ui.doc.Segments) {
		from = f.last
		from.start = from.end
	} else {
		f.query = k
	}
	at, wrapped, ok := r.findFrom(s, from)
	if !ok {
		f.last = findPos{seg: -1}
		ui.setStatus(r.nowhere(s))
		return false
	}
	f.last = at
	f.showMatch(at)
	msg := lang.L("Found in segment {{.N}} ({{.Side}})", map[string]any{"N": at.seg + 1, "Side": lang.X("find.in-english", "English")})
	if wrapped {
		msg += " — " + lang.L("continued from the top")
	}
	ui.setStatus(msg + ui.filter.note(at.seg))
	return true
}

// findFrom returns the first match in the English at or after from, wrapping around once.
func (r *replacer) findFrom(s *annotate.Searcher, from findPos) (at findPos, wrapped, ok bool) {
	segs := r.f.ui.doc.Segments
	if len(segs) == 0 {
		return findPos{}, false, false
	}
	for j := 0; j <= len(segs); j++ {
		i := (from.seg + j) % len(segs)
		if r.skips(i) {
			continue
		}
		after := 0
		if j == 0 {
			after = from.start
		}
		a, b, found := s.Find(segs[i].Target, after)
		if found && (j < len(segs) || a < from.start) {
			return findPos{seg: i, side: annotate.Target, start: a, end: b}, from.seg+j >= len(segs), true
		}
	}
	return findPos{}, false, false
}
