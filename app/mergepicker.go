package app

import (
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// mergePicker chooses the entity the selected one is merged into. A Select listing every other
// entity of its type built a menu item for each on every opening (half a second with 1,500 people)
// and had to be scrolled through; the picker is a button that opens a pop-up with a search field and
// a virtualised list, built when it opens, never on selecting an entity. Typing filters by name,
// ignoring case and accents, as the Entities list's own filter does; Up and Down move in the list,
// Enter or a click merges, Escape closes.
type mergePicker struct {
	p      *entitiesPanel
	button *widget.Button
	title  *messageText // names the entity being merged, wrapped at ordinary spaces only
	query  *pickerEntry
	count  *widget.Label // how many entities the query finds
	list   *widget.List
	pop    *widget.PopUp
	labels []string // the candidates as the list names them, sorted as the interface's language sorts
	ids    []string // their entity IDs, in the same order
	folded []string // their labels folded (case and accents), for the query
	shown  []int    // the candidates the query keeps, indexes into labels
	cursor int      // the highlighted row of shown, -1 for none
	moving bool     // the list is being made to highlight the cursor, not clicked
	// move, when set, is the mention the picker files under the entity chosen, or under one of its
	// own (Edit › Move the mention to another entity, movemention.go), where it merges otherwise;
	// back is where the keyboard was, given it again when the picker closes.
	move string
	back fyne.Focusable
}

// The pop-up's size: as wide as the panel's detail where it has room, tall enough for a dozen rows.
const (
	mergePickerMinWidth = 360
	mergePickerHeight   = 360
)

func newMergePicker(p *entitiesPanel) *mergePicker {
	m := &mergePicker{p: p, cursor: -1}
	m.button = widget.NewButtonWithIcon(lang.L("Merge into…"), theme.ContentPasteIcon(), m.open)
	m.button.Alignment = widget.ButtonAlignLeading
	// a messageText, not a wrapping Label: Fyne's wrapping breaks at no-break spaces too, which put
	// the "»" or the ":" of "Fusionner « PER · … » avec :" alone at the start of a line
	m.title = newMessageText("", false).bold()
	m.query = newPickerEntry(m.key)
	m.query.SetPlaceHolder(lang.L("Type a name to find the entity to merge into"))
	m.query.OnChanged = func(string) { m.filter() }
	m.count = widget.NewLabel("")
	m.count.Importance = widget.LowImportance
	m.list = widget.NewList(
		func() int { return len(m.shown) },
		func() fyne.CanvasObject { return newPickerRow(m) },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			r := o.(*pickerRow)
			r.row = i
			r.SetText(m.labels[m.shown[i]])
		},
	)
	m.list.OnSelected = func(i widget.ListItemID) {
		if !m.moving {
			m.chooseRow(i)
		}
	}
	return m
}

// candidates lists the entities of e's type but e, named as the Entities list names them, namesakes
// told apart, sorted as the interface's language sorts.
func (m *mergePicker) candidates(e *annotate.Entity) { m.candidatesOf(e.Type, e, nameWords(e)) }

// candidatesOf lists the entities of type typ but not, those with a name word among words first.
func (m *mergePicker) candidatesOf(typ string, not *annotate.Entity, words map[string]bool) {
	p := m.p
	p.mergeIDs = map[string]string{}
	var others []*annotate.Entity
	seen := map[string]int{}
	for _, o := range p.ui.doc.Entities {
		if o != not && o.Type == typ {
			others = append(others, o)
			seen[p.describe(o)]++
		}
	}
	m.labels = m.labels[:0]
	for _, o := range others {
		label := p.describe(o)
		if seen[label] > 1 {
			label = p.disambiguate(label, o)
		}
		p.mergeIDs[label] = o.ID
		m.labels = append(m.labels, label)
	}
	p.order.sortLabels(m.labels)
	m.likeliestFirst(words)
	m.ids = make([]string, len(m.labels))
	m.folded = make([]string, len(m.labels))
	for i, l := range m.labels {
		m.ids[i] = p.mergeIDs[l]
		m.folded[i] = annotate.Fold(l)
	}
}

// likeliestFirst moves ahead, keeping their order, the candidates with a word of a name among words,
// those of the entity merged ("Penelope Fillon" for "Penelope"), so that Enter on the list as it
// opens merges into the likeliest one rather than the first in alphabetical order ("François Fillon").
func (m *mergePicker) likeliestFirst(words map[string]bool) {
	shares := func(label string) bool {
		o := m.p.ui.doc.Entity(m.p.mergeIDs[label])
		if o == nil {
			return false
		}
		for w := range nameWords(o) {
			if words[w] {
				return true
			}
		}
		return false
	}
	var first, rest []string
	for _, l := range m.labels {
		if shares(l) {
			first = append(first, l)
		} else {
			rest = append(rest, l)
		}
	}
	m.labels = append(append(m.labels[:0], first...), rest...)
}

// nameWords are the words of an entity's names, folded (case and accents), of three letters or
// more: not "de" or "la", which every other name of an organisation holds.
func nameWords(e *annotate.Entity) map[string]bool {
	out := map[string]bool{}
	for _, n := range e.Names {
		maps.Copy(out, textWords(n))
	}
	return out
}

// textWords are the words of text as nameWords takes them.
func textWords(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(annotate.Fold(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) >= 3 {
			out[w] = true
		}
	}
	return out
}

// open shows the pop-up under the button, listing the other entities of the selected one's type,
// with the search field focused.
func (m *mergePicker) open() {
	ui := m.p.ui
	e := ui.doc.Entity(m.p.sel)
	if e == nil {
		return
	}
	m.move, m.back = "", nil
	m.query.SetPlaceHolder(lang.L("Type a name to find the entity to merge into"))
	m.candidates(e)
	name, _ := m.p.describeParts(e)
	m.show(m.button, lang.L("Merge “{{.Name}}” into:", map[string]any{"Name": name}))
}

// show opens the pop-up under anchor (above it when there is no room below), titled title, listing
// the candidates, with the search field focused.
func (m *mergePicker) show(anchor fyne.CanvasObject, title string) {
	ui := m.p.ui
	m.query.SetText("") // filters: every candidate
	m.filter()
	c := ui.win.Canvas()
	width := max(anchor.Size().Width, mergePickerMinWidth)
	m.title.SetText(title)
	m.title.fitWidth(width - theme.InnerPadding()) // the pop-up's content is as wide, less its padding
	content := container.NewBorder(container.NewVBox(m.title, m.query, m.count), nil, nil, nil, m.list)
	m.pop = widget.NewPopUp(content, c)
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(anchor)
	at.X = max(min(at.X, c.Size().Width-width), 0)
	at.Y += anchor.Size().Height
	height := min(mergePickerHeight, c.Size().Height-at.Y)
	if height < mergePickerHeight/2 { // no room below: above the anchor
		height = min(mergePickerHeight, at.Y-anchor.Size().Height)
		at.Y -= anchor.Size().Height + height
	}
	m.pop.ShowAtPosition(at)
	m.pop.Resize(fyne.NewSize(width, height))
	c.Focus(m.query)
}

// close hides the pop-up and gives the focus back to the button, or to where it was (back).
func (m *mergePicker) close() {
	if m.pop != nil {
		m.pop.Hide()
		m.pop = nil
		if c := m.p.ui.win.Canvas(); c != nil {
			if m.back != nil {
				c.Focus(m.back)
			} else {
				c.Focus(m.button)
			}
		}
	}
}

// isOpen reports whether the pop-up is shown.
func (m *mergePicker) isOpen() bool { return m.pop != nil && m.pop.Visible() }

// filter keeps the candidates whose label holds the query, ignoring case and accents, and
// highlights the first.
func (m *mergePicker) filter() {
	q := annotate.Fold(strings.TrimSpace(m.query.Text))
	m.shown = m.shown[:0]
	for i, f := range m.folded {
		if q == "" || strings.Contains(f, q) {
			m.shown = append(m.shown, i)
		}
	}
	m.count.SetText(lang.N("{{.N}} entities", len(m.shown), map[string]any{"N": len(m.shown)}))
	m.list.Refresh()
	m.moveTo(0)
}

// moveTo highlights row i of the list (clamped), without merging.
func (m *mergePicker) moveTo(i int) {
	if len(m.shown) == 0 {
		m.cursor = -1
		m.list.UnselectAll()
		return
	}
	m.cursor = max(0, min(i, len(m.shown)-1))
	m.moving = true
	m.list.Select(m.cursor)
	m.moving = false
}

// key handles the search field's keys that act on the list; it reports whether it took ev.
func (m *mergePicker) key(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyDown:
		m.moveTo(m.cursor + 1)
	case fyne.KeyUp:
		m.moveTo(m.cursor - 1)
	case fyne.KeyPageDown:
		m.moveTo(m.cursor + 10)
	case fyne.KeyPageUp:
		m.moveTo(m.cursor - 10)
	case fyne.KeyReturn, fyne.KeyEnter:
		if m.cursor >= 0 {
			m.chooseRow(m.cursor)
		}
	case fyne.KeyEscape:
		m.close()
	default:
		return false
	}
	return true
}

// chooseRow merges the selected entity into the one on row i of the list.
func (m *mergePicker) chooseRow(i int) {
	if i < 0 || i >= len(m.shown) {
		return
	}
	label, id, move := m.labels[m.shown[i]], m.ids[m.shown[i]], m.move
	m.close()
	if move != "" {
		m.p.moveChosen(move, id)
		return
	}
	m.p.mergeInto(label)
}

// pickerEntry is the picker's search field: it passes the keys that move in the list or choose in
// it to onKey before the Entry sees them.
type pickerEntry struct {
	widget.Entry
	onKey func(*fyne.KeyEvent) bool
}

func newPickerEntry(onKey func(*fyne.KeyEvent) bool) *pickerEntry {
	e := &pickerEntry{onKey: onKey}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey is part of fyne.Focusable.
func (e *pickerEntry) TypedKey(ev *fyne.KeyEvent) {
	if !e.onKey(ev) {
		e.Entry.TypedKey(ev)
	}
}

// pickerRow is a row of the picker's list. A click on it merges, on the highlighted row too: the List
// highlights the cursor by selecting it, and a click on a row already selected reaches no OnSelected,
// so clicking the one match of a name typed did nothing.
type pickerRow struct {
	widget.Label
	m   *mergePicker
	row int
}

func newPickerRow(m *mergePicker) *pickerRow {
	r := &pickerRow{m: m}
	r.Truncation = fyne.TextTruncateEllipsis
	r.ExtendBaseWidget(r)
	return r
}

// Tapped is part of fyne.Tappable.
func (r *pickerRow) Tapped(*fyne.PointEvent) { r.m.chooseRow(r.row) }

// titleText is the title's text, as it reads unbroken.
func (m *mergePicker) titleText() string { return m.title.Text }
