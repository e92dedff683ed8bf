package app

import (
	"slices"

	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// entitiesPanel lists the document's entities with their names in both languages and their mentions.
// The selected entity can be renamed, given another type, merged into another, given the selected span
// as a mention, and each mention jumped to.
type entitiesPanel struct {
	ui       *UI
	ents     []*annotate.Entity // listed: sorted, filtered
	sel      string             // selected entity ID: the one the details show and the list highlights
	syncing  bool               // the list is being made to highlight sel
	lit      int                // the row the list highlights, -1 for none
	order    *entityOrder
	orderDoc *annotate.Document // the document order's caches are for
	listedAs entityListing      // what ents was made from
	detailAt detailKey          // what the details were filled from
	typedAt  uint64             // the row cache's count of typing the English mentions' texts are of
	filter   *pickerEntry
	list     *keyList
	nameSrc  *widget.Entry
	nameTgt  *widget.Entry
	shown    shownNames    // what the name fields were last given, to keep a name being typed
	kind     *choiceSelect // the entity's type: choosing another relabels its mentions
	merge    *mergePicker
	mergeIDs map[string]string // the merge picker's candidates: entity ID by label
	namesake map[string]bool   // IDs of the entities another of the same type and names shares a row name with
	mentions *mentionList      // the French mentions (source spans), one button each
	mentEN   *mentionList      // the English mentions (target spans)
	noneEN   *messageText      // says why there are no English mentions yet
	headFR   *widget.Label
	headEN   *widget.Label
	detail   *fyne.Container
	hint     *messageText      // how to see an entity's details, or how to make one when there are none
	newEnt   *dialogButton     // New entity from selected span
	addSpan  *dialogButton     // Add selected span (to the entity shown)
	scroll   *container.Scroll // holds the hint and the detail
	split    *entitySplit      // between the list and the details
	box      fyne.CanvasObject
}

func newEntitiesPanel(ui *UI) *entitiesPanel {
	p := &entitiesPanel{ui: ui, order: newEntityOrder(), lit: -1}
	// a keyList, as the Quotes and QA lists: Up, Down and Enter from the keyboard, with a focus frame
	p.list = newKeyList(ui,
		func() int { return len(p.ents) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			// the counts apart, where truncating a long name does not cut them off
			counts := widget.NewLabel("")
			return container.NewBorder(nil, nil, container.NewCenter(swatch(color.Transparent)), counts, l)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) { p.bind(id, o.(*fyne.Container)) },
		func(id widget.ListItemID) {
			p.lit = id
			if id < len(p.ents) && !p.syncing {
				next := p.ents[id].ID
				if p.keepTyped(next) {
					p.reveal(next) // the rename may have moved the rows: the list follows the entity
					return
				}
				p.sel = next
				p.showDetail()
			}
		},
	)
	p.list.entered = p.enterList
	p.list.OnUnselected = func(id widget.ListItemID) {
		if p.lit == id {
			p.lit = -1
		}
	}
	p.filter = newPickerEntry(p.filterKey)
	p.filter.SetPlaceHolder(lang.L("Filter by French or English name"))
	p.filter.OnChanged = func(string) { p.refresh() }
	p.nameSrc, p.nameTgt = widget.NewEntry(), widget.NewEntry()
	p.nameSrc.OnSubmitted = func(s string) { p.rename(ui.doc.SourceLang, s) }
	p.nameTgt.OnSubmitted = func(s string) { p.rename(ui.doc.TargetLang, s) }
	p.kind = newChoiceSelect(nil, p.setType)
	p.merge = newMergePicker(p)
	detailAt := func() fyne.Position { return p.detail.Position() }
	p.mentions, p.mentEN = newMentionList(ui, detailAt), newMentionList(ui, detailAt)
	// wrapped at ordinary spaces only: a Label's wrapping put the French's « : » at the start of a line
	p.noneEN = newFluidText(lang.L("None yet: translate the segments and confirm them (Ctrl+Enter)")).importance(widget.LowImportance)
	bold := fyne.TextStyle{Bold: true}
	p.headFR = widget.NewLabelWithStyle("", fyne.TextAlignLeading, bold)
	p.headEN = widget.NewLabelWithStyle("", fyne.TextAlignLeading, bold)
	apply := ui.newPanelButton(lang.L("Rename"), theme.DocumentSaveIcon(), func() {
		ui.run(func() error { return p.renameBoth() })
	})
	p.addSpan = ui.newPanelButton(lang.L("Add selected span"), theme.ContentAddIcon(), func() {
		ui.run(p.addSelected)
	})
	form := widget.NewForm(
		widget.NewFormItem(lang.L("French"), p.nameSrc),
		widget.NewFormItem(lang.L("English"), p.nameTgt),
		widget.NewFormItem(lang.L("Type"), p.kind),
	)
	p.detail = container.NewVBox(form, container.New(&flowLayout{}, apply, p.addSpan), p.merge.button,
		p.headFR, p.mentions, p.headEN, p.mentEN, p.noneEN)
	p.detail.Hide()
	p.hint = newFluidText(lang.L("Select an entity to rename it, change its type, merge it or see its mentions"))
	p.newEnt = ui.newPanelButton(lang.L("New entity from selected span"), theme.ContentAddIcon(), func() {
		ui.run(p.newFromSelected)
	})
	p.newEnt.Disable() // until a span is selected (palette.follow)
	p.addSpan.Disable()
	// a fluid box: the hint and the mentions wrap (fluidbox.go)
	p.scroll = container.NewVScroll(newFluidVBox(p.hint, p.detail))
	p.scroll.OnScrolled = func(fyne.Position) { p.mentionsMoved() }
	p.mentions.scroll, p.mentEN.scroll = p.scroll, p.scroll
	var split fyne.CanvasObject
	p.split, split = newEntitySplit(p.list, container.New(&resizeWatch{resized: p.mentionsMoved}, p.scroll), func() int { return len(p.ents) }, p.detail.Visible)
	// the top first among the objects: the Tab chain follows their order (filter, then list)
	top := container.NewVBox(p.newEnt, p.filter)
	p.box = container.New(layout.NewBorderLayout(top, nil, nil, nil), top, split)
	return p
}

func (p *entitiesPanel) title() string { return lang.L("Entities") }

func (p *entitiesPanel) content() fyne.CanvasObject { return p.box }

func (p *entitiesPanel) refresh() {
	d := p.ui.doc
	if p.orderDoc != d {
		p.orderDoc = d
		p.order.forget()
	}
	if at := (entityListing{d, p.ui.cache.gen, p.filter.Text}); at != p.listedAs {
		p.listedAs = at
		p.namesake = namesakes(d)
		p.ents = append(p.ents[:0], d.Entities...)
		p.ents = p.order.filter(p.ents, p.filter.Text, d.SourceLang, d.TargetLang)
		p.order.sort(p.ents, d.SourceLang, d.TargetLang, p.firstSegment)
		p.list.Refresh() // the rows' names, types and counts change with nothing else
		// a filter leaving a few rows gives the details their room
		p.split.fit(p.detail.Visible())
	}
	p.syncList()
	p.showDetail()
}

// entityListing is what the Entities list was made from: the document, the row cache's generation
// (see rowCache.gen) and the filter. The entities are filtered and sorted again, and the rows on
// screen given their texts, only when it changes: refreshPanels runs as the person types, which
// changes no entity, and sorting the entities of a 4 MB article took most of the 20 ms a keystroke
// cost with the tab shown (BenchmarkKeystrokeTabs4MB), filling the rows again most of the rest.
type entityListing struct {
	doc    *annotate.Document
	gen    uint64
	filter string
}

// syncList makes the list highlight the selected entity, wherever edits, undo and redo moved it in
// the order, and nothing when it is gone or filtered out.
func (p *entitiesPanel) syncList() {
	i := slices.IndexFunc(p.ents, func(e *annotate.Entity) bool { return e.ID == p.sel })
	p.syncing = true
	defer func() { p.syncing = false }()
	if i < 0 {
		p.list.UnselectAll()
		return
	}
	p.list.selectFromCode(i)
}

func (p *entitiesPanel) bind(id int, box *fyne.Container) {
	if id >= len(p.ents) {
		return
	}
	e := p.ents[id]
	name, counts := p.describeParts(e)
	if first := p.firstSegment(e); p.namesake[e.ID] && first >= 0 {
		counts = segmentShort(first+1) + " · " + counts // beside the counts, which a long name never cuts
	}
	setLabel(box.Objects[0].(*widget.Label), name)
	setLabel(box.Objects[2].(*widget.Label), counts)
	sw := box.Objects[1].(*fyne.Container).Objects[0].(*canvas.Rectangle)
	fill := p.ui.colors[e.Type]
	if fill == nil {
		fill = parseColor("")
	}
	if sw.FillColor != fill {
		sw.FillColor = fill
		sw.Refresh()
	}
}

// showDetail fills the lower half with the selected entity, again only when the entity selected or the
// document changed (see detailKey); typing only gives the English mentions their new texts.
func (p *entitiesPanel) showDetail() {
	sel := p.sel
	if p.filter.Text != "" && !slices.ContainsFunc(p.ents, func(e *annotate.Entity) bool { return e.ID == sel }) {
		sel = "" // filtered out: its buttons would act on an entity the list does not show (it comes back with it)
	}
	at := detailKey{p.ui.doc, p.ui.cache.gen, sel, ""}
	if p.filter.Text != "" && len(p.ents) == 0 {
		at.unmatched = p.filter.Text
	}
	if at != p.detailAt {
		p.detailAt, p.typedAt = at, p.ui.cache.typed
		p.fillDetail(sel)
		return
	}
	if p.typedAt != p.ui.cache.typed {
		p.typedAt = p.ui.cache.typed
		if p.mentEN.relabel() {
			p.mentEN.Refresh()
			p.scroll.Content.Refresh() // its width may be another
		}
	}
}

// detailKey is what the details were filled from: the document, the row cache's generation (which
// every edit but typing changes: names, types, mentions, merges, undo, redo) and the entity selected.
// Filling them again at each refresh cost some 10 ms a keystroke with the tab showing the entity of a
// 4 MB article with the most mentions (BenchmarkEntitiesRefreshBig), and closed the merge picker at
// each autosave.
type detailKey struct {
	doc *annotate.Document
	gen uint64
	sel string
	// unmatched is the filter when it leaves no entity listed, for the hint to say so
	unmatched string
}

// fillDetail fills the lower half with entity sel, or a hint when there is none.
func (p *entitiesPanel) fillDetail(sel string) {
	d := p.ui.doc
	e := d.Entity(sel)
	if e == nil {
		p.detail.Hide()
		switch {
		case len(d.Entities) == 0:
			p.hint.SetText(lang.L("No entities yet. Tag a name in the French (select it, press p, o, l or m), then New entity from selected span; or Tools › Pre-annotate the document."))
		case p.detailAt.unmatched != "":
			// an empty list said nothing: a typo, or a name tagged under no entity, which it never lists
			p.hint.SetText(lang.L("No entity has “{{.Filter}}” in its French or English name. A name tagged under no entity is not listed: select it in the text, then New entity from selected span.",
				map[string]any{"Filter": p.detailAt.unmatched}))
		default:
			p.hint.SetText(lang.L("Select an entity to rename it, change its type, merge it or see its mentions"))
		}
		p.hint.Show()
		p.scroll.Content.Refresh()
		p.split.fit(false)
		return
	}
	p.hint.Hide()
	p.shown.fill(d, e.ID, p.nameSrc, p.nameTgt, e.Names[d.SourceLang], e.Names[d.TargetLang])
	p.merge.close() // its candidates were another entity's
	p.showType(e)
	p.showMentions(e)
	p.detail.Show()
	p.scroll.Content.Refresh() // lay the detail out again: it was hidden, and its mentions changed
	p.scroll.Refresh()
	p.split.fit(true)
	if p.lit >= 0 { // the list may be shorter now: its selected row in view
		p.list.showRow(p.lit)
	}
}

// showMentions lists an entity's French mentions and English mentions, each a button jumping to it;
// an English mention shows its segment's number, as the same name comes back in many sentences.
func (p *entitiesPanel) showMentions(e *annotate.Entity) {
	d := p.ui.doc
	var srcs, tgts []*annotate.Span
	for _, id := range e.Mentions {
		if sp := d.Span(id); sp != nil && sp.Side == annotate.Target {
			tgts = append(tgts, sp)
		} else if sp != nil {
			srcs = append(srcs, sp)
		}
	}
	sortByStart(srcs)
	p.mentions.set(srcs, func(sp *annotate.Span) int { return d.SegmentAt(sp.Start) })
	p.mentEN.set(tgts, func(sp *annotate.Span) int { return d.SegmentIndex(sp.Segment) })
	p.headFR.SetText(lang.L("French mentions ({{.N}})", map[string]any{"N": len(srcs)}))
	p.headEN.SetText(lang.L("English mentions ({{.N}})", map[string]any{"N": len(tgts)}))
	p.mentEN.Hidden, p.noneEN.Hidden = len(tgts) == 0, len(tgts) > 0
}

// mentionsMoved shows the mentions the details' scroll now shows.
func (p *entitiesPanel) mentionsMoved() {
	p.mentions.Refresh()
	p.mentEN.Refresh()
}

// reveal selects entity id, in the list (scrolled to it, the filter emptied if it hides it) and in
// the details.
func (p *entitiesPanel) reveal(id string) {
	p.keepTyped(id)
	p.sel = id
	if e := p.ui.doc.Entity(id); e != nil && len(p.order.filter([]*annotate.Entity{e}, p.filter.Text,
		p.ui.doc.SourceLang, p.ui.doc.TargetLang)) == 0 {
		p.filter.SetText("") // refreshes
	} else {
		p.refresh()
	}
	if i := slices.IndexFunc(p.ents, func(e *annotate.Entity) bool { return e.ID == id }); i >= 0 {
		p.list.showRow(i)
	}
}

// shownNames remembers the entity and names the detail's name fields were last given. A refresh (after
// any edit, undo or autosave) fills them again, which must not throw away a name the person is typing
// and has not submitted yet.
type shownNames struct {
	doc      *annotate.Document // the document of entity id
	id       string
	src, tgt string
}

// fill gives the fields the names of entity id of doc, except a field whose text the person has
// changed since it was filled, while it still shows the same entity and its name has not changed
// meanwhile; an entity of another document with the same ID is another entity.
func (s *shownNames) fill(doc *annotate.Document, id string, src, tgt *widget.Entry, srcName, tgtName string) {
	set := func(e *widget.Entry, last *string, name string) {
		if s.doc == doc && s.id == id && e.Text != *last && name == *last {
			return // being typed
		}
		e.SetText(name)
		*last = name
	}
	set(src, &s.src, srcName)
	set(tgt, &s.tgt, tgtName)
	s.doc, s.id = doc, id
}
