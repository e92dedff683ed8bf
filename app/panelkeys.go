package app

import (
	"slices"

	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// The side panel's tabs are Fyne tab buttons, which never take the keyboard focus: Ctrl+Shift+1…4
// select a tab and put the focus in it (the Entities tab's filter, the Quotes and QA lists, the first
// suggestion's Insert button), and Ctrl+Shift+0 (or Escape in a list) goes back to the segment the
// person was on. Control is meant literally, also on macOS, where Command+Shift+3 and 4 take
// screenshots.

// panelFocus is a panel that says which of its widgets takes the focus when its tab is reached by the
// keyboard.
type panelFocus interface {
	// focusTarget returns the widget to focus, nil for none.
	focusTarget() fyne.Focusable
}

// focusPanel shows side tab i and puts the keyboard focus in it, saying on the status line how to
// come back. A tab with nothing to focus (no suggestion, machine translation off) leaves the focus
// where it was.
func (ui *UI) focusPanel(i int) {
	if i < 0 || i >= len(ui.panels) || i >= len(ui.tabs.Items) {
		return
	}
	ui.tabs.SelectIndex(i)
	p, ok := ui.panels[i].(panelFocus)
	if !ok {
		return
	}
	f := p.focusTarget()
	if f == nil {
		// the status line names this tab, not the one reached before (which it would still name)
		if ui.cur < len(ui.doc.Segments) {
			ui.setStatus(lang.L("{{.Tab}} tab: nothing to reach with the keyboard; the keyboard stays on segment {{.N}}",
				map[string]any{"Tab": ui.panels[i].title(), "N": ui.cur + 1}))
		}
		return
	}
	ui.win.Canvas().Focus(f)
	if ui.cur < len(ui.doc.Segments) {
		ui.setStatus(lang.L("{{.Tab}} tab: {{.Keys}} goes back to segment {{.N}}", map[string]any{
			"Tab": ui.panels[i].title(), "Keys": keyNames(backKeys), "N": ui.cur + 1}))
	}
}

// backKeys is how the help sheet writes the shortcut back to the segment.
const backKeys = "Ctrl+Shift+0"

// newPanelButton makes a button of a side panel or of the status bar that takes the keys it is
// reached with: Enter presses it, as Space does, and Escape goes back to the segment, as from the
// panels' lists. Fyne's Button knows Space alone: Ctrl+Shift+4 puts the focus on the first
// suggestion's Insert button, and Enter there, the key a translator presses, did nothing; nor did it
// on Fix all or a spelling suggestion reached with Tab from the QA list. icon may be nil.
func (ui *UI) newPanelButton(text string, icon fyne.Resource, tapped func()) *dialogButton {
	b := ui.newDialogButton(text, icon, tapped)
	b.keys = func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			ui.backToText()
		}
	}
	return b
}

// backToText gives the keyboard focus back to the current segment, on the side it last had.
func (ui *UI) backToText() {
	if ui.cur < len(ui.doc.Segments) {
		ui.focusSegment(ui.cur, ui.side)
	}
}

// panelActions are the View menu's actions reaching each side tab, and back.
func (ui *UI) panelActions() []*action {
	var out []*action
	for i, p := range ui.panels {
		key := fyne.KeyName(string(rune('1' + i)))
		out = append(out, &action{name: lang.L("Side tab: {{.Tab}}", map[string]any{"Tab": p.title()}),
			keys: "Ctrl+Shift+" + string(key), run: func() { ui.focusPanel(i) },
			short: []fyne.Shortcut{custom(key, fyne.KeyModifierControl|shift)}})
	}
	return append(out, &action{name: lang.L("Back to the segment"), keys: backKeys,
		run: ui.backToText, short: []fyne.Shortcut{custom(fyne.Key0, fyne.KeyModifierControl|shift)}})
}

func (p *entitiesPanel) focusTarget() fyne.Focusable { return p.filter }

// filterKey takes the Entities filter's Down and Enter, which go into the list, on the selected
// entity (or the first listed), and F1, which shows the help as it does in the list (an Entry keeps
// the keys it is given); it reports whether it took ev.
func (p *entitiesPanel) filterKey(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyF1:
		p.ui.showShortcuts()
		return true
	case fyne.KeyDown, fyne.KeyReturn, fyne.KeyEnter:
		if len(p.ents) == 0 {
			return false
		}
		p.ui.win.Canvas().Focus(p.list)
		return true
	}
	return false
}

// enterList puts the list's focused row on the selected entity, else keeps it in range: the list
// is about to take the focus, from the filter, Tab or a click.
func (p *entitiesPanel) enterList() {
	if i := slices.IndexFunc(p.ents, func(e *annotate.Entity) bool { return e.ID == p.sel }); i >= 0 {
		p.list.moveTo(i)
		return
	}
	p.list.moveTo(p.list.cursor)
}

// focusTarget is the list, on the marked quote when it is in the current segment (the one the
// analyst last went to, or the caret is in), else on the first quote from that segment on: entered on
// the segment's first quote, Down went back to the quote just reviewed rather than to the next one.
func (p *quotesPanel) focusTarget() fyne.Focusable {
	row := p.nearCurrent()
	if i := p.markedRowIndex(); i >= 0 {
		if first, last := quoteSegments(p.ui.doc, p.quotes[i]); first <= p.ui.cur && p.ui.cur <= last {
			row = i
		}
	}
	p.list.moveTo(row)
	return p.list
}

func (p *qaPanel) focusTarget() fyne.Focusable {
	p.list.moveTo(p.list.cursor) // back in range if the list got shorter
	return p.list
}

// focusTarget is the first suggestion's Insert button, else the machine translation button. The
// look-up the tab started when it was shown may still be running: it is made now, so that the key
// reaches this segment's suggestions rather than none, or those of the segment before.
func (p *suggestionsPanel) focusTarget() fyne.Focusable {
	p.lookUpNow()
	if f := firstFocusable(p.cards); f != nil {
		return f
	}
	if p.mtButton.Disabled() {
		return nil
	}
	return p.mtButton
}

// firstFocusable returns the first visible, enabled widget that takes the focus in the containers
// under o.
func firstFocusable(o fyne.CanvasObject) fyne.Focusable {
	if !o.Visible() {
		return nil
	}
	if d, ok := o.(fyne.Disableable); ok && d.Disabled() {
		return nil
	}
	switch o := o.(type) {
	case fyne.Focusable:
		return o
	case *fyne.Container:
		for _, c := range o.Objects {
			if f := firstFocusable(c); f != nil {
				return f
			}
		}
	case *container.Scroll:
		return firstFocusable(o.Content)
	}
	return nil
}

// keyList is a widget.List that the keyboard can use all the way. Fyne 2.7.1's List takes the focus
// (a click on a row, Tab), moves its focused row with Up and Down and selects it with Space, showing
// that row only with the faint hover shade. keyList also selects with Enter, goes back to the segment
// with Escape, shows the help with F1, and frames the focused row in the theme's primary colour.
// The focused row is private to List: keyList follows it (cursor) through the keys and taps that
// move it, which are all there are as long as Select is not called from code.
type keyList struct {
	widget.List
	ui       *UI
	cursor   int                        // the row List has the keyboard focus on
	focused  bool                       // the list has the keyboard focus
	fromCode bool                       // Select is being called from code, which does not move List's focused row
	entered  func()                     // called when the list gains the focus, before it shows its frame; may be nil
	moved    func(id widget.ListItemID) // called when Up or Down has moved the focused row; may be nil
	letter   func(r rune)               // takes the letters typed in the list; may be nil
	kept     int                        // the row showRow showed last, -1 for none
	keptAt   float32                    // the scroll offset it left
}

// newKeyList returns a list of length items made by create and filled by update, as widget.NewList,
// whose items also hold the focus frame; onSelected is called when an item is chosen.
func newKeyList(ui *UI, length func() int, create func() fyne.CanvasObject,
	update func(widget.ListItemID, fyne.CanvasObject), onSelected func(widget.ListItemID)) *keyList {
	l := &keyList{ui: ui, kept: -1}
	l.Length = length
	l.CreateItem = func() fyne.CanvasObject { return withFrame(create()) }
	l.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		if c, ok := o.(*fyne.Container); ok {
			if f, ok := c.Layout.(*frameLayout); ok {
				f.show(c, l.focused && id == l.cursor)
			}
		}
		update(id, o)
	}
	l.OnSelected = func(id widget.ListItemID) {
		if !l.fromCode {
			l.cursor = id // a tap moves List's focused row there
		}
		onSelected(id)
	}
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey is part of fyne.Focusable.
func (l *keyList) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		l.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	case fyne.KeyEscape:
		l.ui.backToText()
	case fyne.KeyF1:
		l.ui.showShortcuts()
	case fyne.KeyDown:
		if l.cursor < l.Length()-1 {
			l.cursor++
		}
		l.List.TypedKey(ev)
		l.alignRow(l.cursor)
		l.hasMoved()
	case fyne.KeyUp:
		if l.cursor > 0 {
			l.cursor--
		}
		l.List.TypedKey(ev)
		l.alignRow(l.cursor)
		l.hasMoved()
	default:
		l.List.TypedKey(ev)
	}
}

// TypedRune is part of fyne.Focusable: a letter goes to letter, when set.
func (l *keyList) TypedRune(r rune) {
	if l.letter != nil {
		l.letter(r)
		return
	}
	l.List.TypedRune(r)
}

// hasMoved tells moved where the focused row is now.
func (l *keyList) hasMoved() {
	if l.moved != nil && l.cursor < l.Length() {
		l.moved(l.cursor)
	}
}

// FocusGained is part of fyne.Focusable.
func (l *keyList) FocusGained() {
	if l.entered != nil {
		l.entered()
	}
	l.focused = true
	l.List.FocusGained()
}

// selectFromCode selects row id as List.Select does, keeping the focused row where it is (List's
// Select from code does not move it, a tap does).
func (l *keyList) selectFromCode(id widget.ListItemID) {
	l.fromCode = true
	defer func() { l.fromCode = false }()
	l.Select(id)
}

// FocusLost is part of fyne.Focusable.
func (l *keyList) FocusLost() {
	l.focused = false
	l.List.FocusLost()
}

// moveTo puts the list's focused row on row id (or the nearest there is), the way the arrows do.
func (l *keyList) moveTo(id int) {
	id = min(id, l.Length()-1)
	for l.cursor > max(id, 0) {
		l.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	}
	for l.cursor < id {
		l.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	}
}

// withFrame adds the focus frame to an item: its layout lays the item out as before and the frame,
// kept last among its objects, over the whole of it.
func withFrame(o fyne.CanvasObject) fyne.CanvasObject {
	frame := canvas.NewRectangle(color.Transparent)
	frame.StrokeWidth = 2
	frame.CornerRadius = theme.SelectionRadiusSize()
	frame.Hide()
	c, ok := o.(*fyne.Container)
	if !ok {
		c = container.NewStack(o)
	}
	c.Layout = &frameLayout{inner: c.Layout}
	c.Objects = append(c.Objects, frame)
	return c
}

// frameLayout lays out an item's objects but the last with inner, and the last, the focus frame,
// over the whole item.
type frameLayout struct{ inner fyne.Layout }

// Layout is part of fyne.Layout.
func (f *frameLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	n := len(objs) - 1
	f.inner.Layout(objs[:n], size)
	objs[n].Move(fyne.NewPos(0, 0))
	objs[n].Resize(size)
}

// MinSize is part of fyne.Layout.
func (f *frameLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return f.inner.MinSize(objs[:len(objs)-1])
}

// show shows or hides the frame of item c.
func (f *frameLayout) show(c *fyne.Container, on bool) {
	frame := c.Objects[len(c.Objects)-1].(*canvas.Rectangle)
	if on == frame.Visible() {
		return
	}
	frame.StrokeColor = theme.Color(theme.ColorNamePrimary)
	frame.Hidden = !on
	frame.Refresh()
}
