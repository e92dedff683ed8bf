package app

import (
	"strconv"
	"strings"
)

// A document opens again where the person left it: at the segment they were on, its English's caret
// where it was, scrolled as it was (from the same segment at the top of the list). Its side tab is
// the one last chosen (lasttab.go); the place's tab counts only until a first choice. The places are
// kept in the app's preferences, keyed by the document's file, most recent first, for placesKept
// files; nothing of it goes into the document.

// prefPlaces holds one place a line: path, current segment's ID, top segment's ID, side tab and the
// caret in the current segment's English (code points; kept by versions since the caret was, so a line
// may lack it), tab-separated.
const prefPlaces = "document.places"

// placesKept is how many documents' places the preferences keep.
const placesKept = 100

// place is where the person was in a document.
type place struct {
	path, cur, top string
	tab            int
	caret          int // in the current segment's English, in code points; -1 when not known
}

func (p place) String() string {
	return strings.Join([]string{p.path, p.cur, p.top, strconv.Itoa(p.tab), strconv.Itoa(p.caret)}, "\t")
}

// caretPlace is the English caret a document opened again is to get, in segment seg, once its
// English takes the focus: the rows are bound and wrapped only when the window lays them out.
type caretPlace struct {
	seg string // "" for none
	off int    // code points
}

// parsePlace reads a line of prefPlaces; ok is false for a line it cannot read.
func parsePlace(s string) (p place, ok bool) {
	f := strings.Split(s, "\t")
	if len(f) < 4 || len(f) > 5 || f[0] == "" {
		return place{}, false
	}
	tab, err := strconv.Atoi(f[3])
	if err != nil {
		return place{}, false
	}
	caret := -1
	if len(f) == 5 {
		if caret, err = strconv.Atoi(f[4]); err != nil {
			return place{}, false
		}
	}
	return place{path: f[0], cur: f[1], top: f[2], tab: tab, caret: caret}, true
}

// rememberPlace keeps where the person is in the open document, if it has a file.
func (ui *UI) rememberPlace() {
	d := ui.doc
	if d == nil || d == ui.blank || ui.path == "" || len(d.Segments) == 0 || ui.tabs == nil {
		return
	}
	cur := min(max(ui.cur, 0), len(d.Segments)-1)
	top := max(ui.list.at(ui.list.GetScrollOffset()), 0)
	here := place{path: ui.path, cur: d.Segments[cur].ID, top: d.Segments[top].ID, tab: ui.tabs.SelectedIndex(), caret: ui.caretToKeep(cur)}
	prefs := ui.app.Preferences()
	list := []string{here.String()}
	for _, s := range prefs.StringList(prefPlaces) {
		if p, ok := parsePlace(s); ok && p.path != ui.path && len(list) < placesKept {
			list = append(list, s)
		}
	}
	setStringList(prefs, prefPlaces, list)
}

// restorePlace goes back to where the person was in the document just opened, if they were in it,
// and returns the side tab it was left on, -1 for none (showOpeningTab chooses the tab).
func (ui *UI) restorePlace() (tab int) {
	d := ui.doc
	if ui.path == "" || len(d.Segments) == 0 {
		return -1
	}
	for _, s := range ui.app.Preferences().StringList(prefPlaces) {
		p, ok := parsePlace(s)
		if !ok || p.path != ui.path {
			continue
		}
		cur := d.SegmentIndex(p.cur)
		if cur < 0 { // the segments changed meanwhile
			return p.tab
		}
		if top := d.SegmentIndex(p.top); top >= 0 && top <= cur {
			ui.list.ScrollToOffset(ui.list.top(top))
		}
		ui.list.ScrollTo(cur)
		ui.setCurrent(cur)
		if p.caret >= 0 {
			ui.placeCaret = caretPlace{seg: p.cur, off: p.caret}
		}
		return p.tab
	}
	return -1
}

// caretToKeep returns the caret of segment i's English, or -1 when its row is not bound to it: the
// caret a document opened again has not given its field yet, else the field's.
func (ui *UI) caretToKeep(i int) int {
	seg := ui.doc.Segments[i]
	if ui.placeCaret.seg == seg.ID {
		return ui.placeCaret.off
	}
	if r := ui.rowFor(i); r != nil && r.entry.Text == seg.Target {
		return r.entry.caret()
	}
	return -1
}

// takePlaceCaret gives the English field of row r, segment i, just focused, the caret the document
// had when it was left, the first time a field is focused after opening it: typing then goes on where
// it stopped, not before the first word. Any other field focused first drops it.
func (ui *UI) takePlaceCaret(i int, r *row) {
	pc := ui.placeCaret
	if pc.seg == "" {
		return
	}
	ui.placeCaret = caretPlace{}
	if seg := ui.doc.Segments[i]; pc.seg == seg.ID && r.entry.Text == seg.Target {
		r.entry.setCaret(pc.off)
	}
}
