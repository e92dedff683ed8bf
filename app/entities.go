package app

import (
	"fmt"
	"sort"

	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// entitiesPanel lists the document's entities with their names in both languages and their mentions.
// The selected entity can be renamed, merged into another, given the selected span as a mention, and
// each mention jumped to.
type entitiesPanel struct {
	ui       *UI
	ents     []*annotate.Entity
	sel      string // selected entity ID
	list     *widget.List
	nameSrc  *widget.Entry
	nameTgt  *widget.Entry
	merge    *widget.Select
	mergeIDs map[string]string
	mentions *fyne.Container
	detail   *fyne.Container
	hint     *widget.Label
	box      fyne.CanvasObject
}

func newEntitiesPanel(ui *UI) *entitiesPanel {
	p := &entitiesPanel{ui: ui}
	p.list = widget.NewList(
		func() int { return len(p.ents) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, container.NewCenter(swatch(color.Transparent)), nil, l)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) { p.bind(id, o.(*fyne.Container)) },
	)
	p.list.OnSelected = func(id widget.ListItemID) {
		if id < len(p.ents) {
			p.sel = p.ents[id].ID
			p.showDetail()
		}
	}
	p.nameSrc, p.nameTgt = widget.NewEntry(), widget.NewEntry()
	p.nameSrc.OnSubmitted = func(s string) { p.rename(ui.doc.SourceLang, s) }
	p.nameTgt.OnSubmitted = func(s string) { p.rename(ui.doc.TargetLang, s) }
	p.merge = widget.NewSelect(nil, p.mergeInto)
	p.merge.PlaceHolder = lang.L("Merge into…")
	p.mentions = container.NewVBox()
	apply := widget.NewButtonWithIcon(lang.L("Rename"), theme.DocumentSaveIcon(), func() {
		ui.run(func() error { return p.renameBoth() })
	})
	addMention := widget.NewButtonWithIcon(lang.L("Add selected span"), theme.ContentAddIcon(), func() {
		ui.run(p.addSelected)
	})
	form := widget.NewForm(
		widget.NewFormItem(lang.L("French"), p.nameSrc),
		widget.NewFormItem(lang.L("English"), p.nameTgt),
	)
	p.detail = container.NewVBox(form, container.NewHBox(apply, addMention), p.merge,
		widget.NewLabelWithStyle(lang.L("Mentions"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), p.mentions)
	p.detail.Hide()
	p.hint = widget.NewLabel(lang.L("Select an entity to rename it, merge it or see its mentions"))
	p.hint.Wrapping = fyne.TextWrapWord
	newEnt := widget.NewButtonWithIcon(lang.L("New entity from selected span"), theme.ContentAddIcon(), func() {
		ui.run(p.newFromSelected)
	})
	split := container.NewVSplit(p.list, container.NewVScroll(container.NewVBox(p.hint, p.detail)))
	split.Offset = 0.45
	p.box = container.NewBorder(newEnt, nil, nil, nil, split)
	return p
}

func (p *entitiesPanel) title() string { return lang.L("Entities") }

func (p *entitiesPanel) content() fyne.CanvasObject { return p.box }

func (p *entitiesPanel) refresh() {
	p.ents = append(p.ents[:0], p.ui.doc.Entities...)
	sort.SliceStable(p.ents, func(i, j int) bool {
		if p.ents[i].Type != p.ents[j].Type {
			return p.ents[i].Type < p.ents[j].Type
		}
		return p.ents[i].Name(p.ui.doc.SourceLang) < p.ents[j].Name(p.ui.doc.SourceLang)
	})
	p.list.Refresh()
	p.showDetail()
}

func (p *entitiesPanel) bind(id int, box *fyne.Container) {
	if id >= len(p.ents) {
		return
	}
	e, d := p.ents[id], p.ui.doc
	text := fmt.Sprintf("%s · %s / %s (%d)", e.Type, orDash(e.Names[d.SourceLang]), orDash(e.Names[d.TargetLang]), len(e.Mentions))
	box.Objects[0].(*widget.Label).SetText(text)
	sw := box.Objects[1].(*fyne.Container).Objects[0].(*canvas.Rectangle)
	sw.FillColor = p.ui.colors[e.Type]
	if sw.FillColor == nil {
		sw.FillColor = parseColor("")
	}
	sw.Refresh()
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// showDetail fills the lower half with the selected entity.
func (p *entitiesPanel) showDetail() {
	d := p.ui.doc
	e := d.Entity(p.sel)
	if e == nil {
		p.detail.Hide()
		p.hint = widget.NewLabel(lang.L("Select an entity to rename it, merge it or see its mentions"))
		p.hint.Wrapping = fyne.TextWrapWord
		return
	}
	p.nameSrc.SetText(e.Names[d.SourceLang])
	p.nameTgt.SetText(e.Names[d.TargetLang])
	p.mergeIDs = map[string]string{}
	var opts []string
	for _, o := range d.Entities {
		if o != e && o.Type == e.Type {
			label := fmt.Sprintf("%s (%s)", o.Name(d.SourceLang), o.ID)
			p.mergeIDs[label] = o.ID
			opts = append(opts, label)
		}
	}
	sort.Strings(opts)
	p.merge.OnChanged = nil
	p.merge.Options = opts
	p.merge.ClearSelected()
	p.merge.OnChanged = p.mergeInto
	p.mentions.RemoveAll()
	for _, id := range e.Mentions {
		sp := d.Span(id)
		if sp == nil {
			continue
		}
		id := id
		side := lang.L("FR")
		if sp.Side == annotate.Target {
			side = lang.L("EN")
		}
		b := widget.NewButton(side+" · "+annotate.Shorten(d.SpanText(sp), 40), func() { p.ui.jumpToSpan(id) })
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		p.mentions.Add(b)
	}
	p.detail.Show()
	p.detail.Refresh()
}

func (p *entitiesPanel) rename(langTag, name string) {
	if p.sel == "" {
		return
	}
	p.ui.run(func() error { return p.ui.ed.RenameEntity(p.sel, langTag, name) })
}

// renameBoth applies both name fields as one undo step.
func (p *entitiesPanel) renameBoth() error {
	if p.sel == "" {
		return nil
	}
	d, id := p.ui.doc, p.sel
	src, tgt := p.nameSrc.Text, p.nameTgt.Text
	return p.ui.ed.Batch("rename entity", func() error {
		if err := p.ui.ed.RenameEntity(id, d.SourceLang, src); err != nil {
			return err
		}
		return p.ui.ed.RenameEntity(id, d.TargetLang, tgt)
	})
}

// mergeInto merges the selected entity into the chosen one, which stays selected.
func (p *entitiesPanel) mergeInto(label string) {
	keep, ok := p.mergeIDs[label]
	if !ok || p.sel == "" {
		return
	}
	drop := p.sel
	p.sel = keep
	p.ui.run(func() error { return p.ui.ed.MergeEntities(keep, drop) })
}

// addSelected makes the selected span a mention of the selected entity.
func (p *entitiesPanel) addSelected() error {
	if p.ui.selSpan == "" || p.sel == "" {
		return errNoSpan()
	}
	return p.ui.ed.SetMentionEntity(p.ui.selSpan, p.sel)
}

// newFromSelected creates an entity whose first mention is the selected span.
func (p *entitiesPanel) newFromSelected() error {
	d := p.ui.doc
	sp := d.Span(p.ui.selSpan)
	if sp == nil {
		return errNoSpan()
	}
	tag := d.SourceLang
	if sp.Side == annotate.Target {
		tag = d.TargetLang
	}
	e := &annotate.Entity{Type: sp.Label, Names: map[string]string{tag: d.SpanText(sp)}, Mentions: []string{sp.ID}}
	if err := p.ui.ed.AddEntity(e); err != nil {
		return err
	}
	p.sel = e.ID
	return nil
}
