package app

import (
	"strconv"
	"strings"
)

// A document opens again where the person left it: at the segment they were on, scrolled as it was
// (from the same segment at the top of the list), with the same side tab shown. The places are kept
// in the app's preferences, keyed by the document's file, most recent first, for placesKept files;
// nothing of it goes into the document.

// prefPlaces holds one place a line: path, current segment's ID, top segment's ID, side tab, tab-separated.
const prefPlaces = "document.places"

// placesKept is how many documents' places the preferences keep.
const placesKept = 100

// place is where the person was in a document.
type place struct {
	path, cur, top string
	tab            int
}

func (p place) String() string {
	return strings.Join([]string{p.path, p.cur, p.top, strconv.Itoa(p.tab)}, "\t")
}

// parsePlace reads a line of prefPlaces; ok is false for a line it cannot read.
func parsePlace(s string) (p place, ok bool) {
	f := strings.Split(s, "\t")
	if len(f) != 4 || f[0] == "" {
		return place{}, false
	}
	tab, err := strconv.Atoi(f[3])
	if err != nil {
		return place{}, false
	}
	return place{path: f[0], cur: f[1], top: f[2], tab: tab}, true
}

// rememberPlace keeps where the person is in the open document, if it has a file.
func (ui *UI) rememberPlace() {
	d := ui.doc
	if d == nil || d == ui.blank || ui.path == "" || len(d.Segments) == 0 || ui.tabs == nil {
		return
	}
	cur := min(max(ui.cur, 0), len(d.Segments)-1)
	top := max(ui.list.at(ui.list.GetScrollOffset()), 0)
	here := place{path: ui.path, cur: d.Segments[cur].ID, top: d.Segments[top].ID, tab: ui.tabs.SelectedIndex()}
	prefs := ui.app.Preferences()
	list := []string{here.String()}
	for _, s := range prefs.StringList(prefPlaces) {
		if p, ok := parsePlace(s); ok && p.path != ui.path && len(list) < placesKept {
			list = append(list, s)
		}
	}
	setStringList(prefs, prefPlaces, list)
}

// restorePlace goes back to where the person was in the document just opened, if they were in it.
func (ui *UI) restorePlace() {
	d := ui.doc
	if ui.path == "" || len(d.Segments) == 0 {
		return
	}
	for _, s := range ui.app.Preferences().StringList(prefPlaces) {
		p, ok := parsePlace(s)
		if !ok || p.path != ui.path {
			continue
		}
		if p.tab >= 0 && p.tab < len(ui.panels) {
			ui.selectPanel(ui.panels[p.tab])
		}
		cur := d.SegmentIndex(p.cur)
		if cur < 0 { // the segments changed meanwhile
			return
		}
		if top := d.SegmentIndex(p.top); top >= 0 && top <= cur {
			ui.list.ScrollToOffset(ui.list.top(top))
		}
		ui.list.ScrollTo(cur)
		ui.setCurrent(cur)
		return
	}
}
