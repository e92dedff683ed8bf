package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// docPicker lets the user choose which document of a file of several (a JSON Lines corpus from
// glose-cli annotate, a doccano export) to open, rather than open the first one silently. Each row
// names a document by its ID and title with its spans and how many are left to confirm; typing
// filters by ID or title, Up and Down move, Enter opens, Escape cancels.
type docPicker struct {
	rows   []string // each choice as its row says it
	folded []string // rows folded (case and accents), for the filter
	places []int    // each row's place in the file
	shown  []int    // the rows the filter keeps, indexes into rows
	cursor int      // the highlighted row of shown, -1 for none
	query  *pickerEntry
	list   *widget.List
	count  *widget.Label
	open   func(place int)
	dlg    dialog.Dialog
	modal  *modal
}

// chooseDocument shows the picker for l, a file of several documents; the one chosen is opened
// (imported) behind the progress dialog that says what.
func (ui *UI) chooseDocument(what, origin string, l *loaded) {
	p := newDocPicker(l.docs, l.places)
	ui.picker = p
	p.open = func(place int) {
		p.dlg.Hide()
		ui.loadNow(what, origin, func() (*loaded, error) { return l.choose(place), nil })
	}
	title := lang.L("Which document of {{.Name}}?", map[string]any{"Name": filepath.Base(origin)})
	p.dlg = ui.newConfirm(title, lang.L("Open"), lang.L("Cancel"), p.box(), func(ok bool) {
		if ok {
			p.openCursor()
		}
	})
	room := ui.win.Canvas().Size()
	p.dlg.Resize(fyne.NewSize(min(640, room.Width-warningsMarginX), min(520, room.Height-warningsMarginX)))
	p.modal = ui.present(p.dlg, p.dlg.Hide, p.openCursor)
	ui.win.Canvas().Focus(p.query)
}

func newDocPicker(docs []*annotate.Document, places []int) *docPicker {
	p := &docPicker{places: places, cursor: 0}
	for _, i := range places {
		row := docRow(docs[i])
		p.rows = append(p.rows, row)
		p.folded = append(p.folded, annotate.Fold(row))
	}
	p.query = newPickerEntry(p.key)
	p.query.SetPlaceHolder(lang.L("Filter by ID or title"))
	p.query.OnChanged = func(string) { p.filter() }
	p.count = widget.NewLabel("")
	p.list = widget.NewList(func() int { return len(p.shown) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(p.rows[p.shown[id]]) })
	p.list.OnSelected = func(id widget.ListItemID) { p.cursor = id }
	p.filter()
	return p
}

func (p *docPicker) box() fyne.CanvasObject {
	return container.NewBorder(container.NewVBox(p.query, p.count), nil, nil, nil, p.list)
}

// docRow names a document for the picker: "ID · 12 spans, 5 to confirm — title", the counts before
// the title, which the row shortens when it is long.
func docRow(d *annotate.Document) string {
	title := ""
	if t := strings.TrimSpace(d.Title); t != "" && t != d.ID {
		title = " — " + annotate.Shorten(t, 80)
	}
	spans := len(d.Spans)
	pending := len(d.Pending())
	counts := lang.XN("picker.spans", "{{.N}} spans", spans, map[string]any{"N": spans})
	if pending > 0 {
		counts += ", " + lang.XN("picker.pending", "{{.N}} to confirm", pending, map[string]any{"N": pending})
	}
	return fmt.Sprintf("%s · %s%s", d.ID, counts, title)
}

// filter keeps the rows holding every word of the query, highlighting the first.
func (p *docPicker) filter() {
	words := strings.Fields(annotate.Fold(p.query.Text))
	p.shown = p.shown[:0]
	for i, f := range p.folded {
		if containsAll(f, words) {
			p.shown = append(p.shown, i)
		}
	}
	p.count.SetText(lang.XN("picker.documents", "{{.N}} documents", len(p.shown), map[string]any{"N": len(p.shown)}))
	p.list.Refresh()
	p.cursor = -1
	if len(p.shown) > 0 {
		p.move(0)
	}
}

func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// move highlights row i of the rows shown.
func (p *docPicker) move(i int) {
	if i < 0 || i >= len(p.shown) {
		return
	}
	p.cursor = i
	p.list.Select(i)
	p.list.ScrollTo(i)
}

// key takes Up, Down and Enter from the filter field.
func (p *docPicker) key(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyDown:
		p.move(p.cursor + 1)
	case fyne.KeyUp:
		p.move(p.cursor - 1)
	case fyne.KeyReturn, fyne.KeyEnter:
		p.openCursor()
	case fyne.KeyEscape:
		p.dlg.Hide()
	default:
		return false
	}
	return true
}

// openCursor opens the highlighted document; nothing when the filter keeps none.
func (p *docPicker) openCursor() {
	if p.cursor < 0 || p.cursor >= len(p.shown) {
		return
	}
	p.open(p.places[p.shown[p.cursor]])
}
