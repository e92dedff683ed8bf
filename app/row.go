package app

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"github.com/glose-app/glose/annotate"
)

// row is one segment of the list: status marker, French source, English entry and, when the English
// has spans, a strip showing them.
type row struct {
	ui     *UI
	seg    int // the segment shown, -1 before the first bind
	bg     *canvas.Rectangle
	marker *canvas.Rectangle
	num    *canvas.Text // the segment's number, in the gutter
	src    *sourceView
	entry  *targetEntry
	marks  *spellMarks // over the entry: a line under each misspelt word
	tags   *codeTags   // over the entry: a tag at each inline code placed by hand
	strip  *stripView
	notes  *noteMark         // shown when the segment has notes
	codes  *codeMark         // shown when the segment's French has inline codes of the client's file
	lock   *tipMark          // shown when the segment is locked
	veil   *canvas.Rectangle // over the English of a locked segment, greying it
	status *tipArea          // over the marker: its tip names the status its colour stands for
	box    *fyne.Container

	// changed is shown when the segment's English was changed since the translator's version, and
	// changes, under the English and its strip, shows how (changes.go)
	changed *tipMark
	changes *changesView
}

func newRow(ui *UI) *row {
	r := &row{ui: ui, seg: -1}
	r.bg = canvas.NewRectangle(color.Transparent)
	r.marker = canvas.NewRectangle(color.Transparent)
	r.num = canvas.NewText("", theme.Color(theme.ColorNamePlaceHolder))
	r.num.TextSize, r.num.Alignment = numberTextSize, fyne.TextAlignTrailing
	r.src = newSourceView(r)
	r.entry = newTargetEntry(r)
	r.marks = newSpellMarks(r)
	r.tags = newCodeTags(r)
	r.strip = newStripView(r)
	r.notes = newNoteMark(r)
	r.codes = newCodeMark(r)
	r.lock = newLockMark(r)
	r.changed = newChangesMark(r)
	r.changes = newChangesView(r)
	r.veil = canvas.NewRectangle(color.Transparent)
	r.veil.Hide()
	r.status = newTipArea(ui.tips, func(fyne.Position) string {
		if r.seg < 0 || r.seg >= len(ui.doc.Segments) {
			return ""
		}
		return lang.L("Status: {{.Status}}", map[string]any{"Status": statusName(ui.doc.Segments[r.seg].Status)})
	})
	r.box = newBox(&rowLayout{r: r}, r.bg, r.marker, r.num, r.status, r.src, r.entry, r.veil, r.marks, r.tags, r.strip, r.changes, r.notes, r.codes, r.lock, r.changed)
	return r
}

// newBox is a container with a custom layout.
func newBox(l fyne.Layout, objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: l, Objects: objs}
}

// bind shows segment i in the row.
func (r *row) bind(i int) {
	ui := r.ui
	if i < 0 || i >= len(ui.doc.Segments) {
		return
	}
	same := r.seg == i
	if !same {
		ui.claimRow(r, i)
	}
	// A redraw of the same segment keeps the French caret and selection: giving the TextView its text
	// again puts its caret at the start, and the caret is where a keyboard user points at a span.
	anchor, caret := r.src.Ends()
	same = same && r.src.Text() == ui.doc.SourceText(ui.doc.Segments[i])
	r.seg = i
	seg := ui.doc.Segments[i]
	r.src.Set(ui.doc.SourceText(seg), ui.withGlossary(i, ui.withSelection(ui.sourceHighlights(i), annotate.Source, seg, seg.Start)))
	if same && (anchor != 0 || caret != 0) {
		r.src.SetEnds(anchor, caret)
	}
	if r.entry.Text != seg.Target {
		r.entry.binding = true
		r.entry.SetText(seg.Target)
		r.entry.binding = false
	}
	if ths := ui.targetHighlights(i); len(ths) > 0 && ui.showsTagLine(i) {
		r.strip.Set(seg.Target, ui.withSelection(ths, annotate.Target, seg, 0))
		r.strip.Show()
	} else {
		r.strip.Hide()
	}
	r.marker.FillColor = statusColor(seg.Status)
	r.marker.Refresh()
	if num, c := strconv.Itoa(i+1), theme.Color(theme.ColorNamePlaceHolder); r.num.Text != num || r.num.Color != c {
		r.num.Text, r.num.Color = num, c // the colour follows a change of theme
		r.num.Refresh()
	}
	r.marks.update()
	r.tags.update()
	r.notes.show(seg)
	r.showCodes(seg)
	r.showLock(seg)
	r.showChanges(seg)
	r.paintCurrent()
	r.box.Refresh()
	ui.unpark(r)
	ui.showCross(r) // a selection over several segments shows on every row it covers, bound anew or not
}

// paintCurrent shades the row of the current segment.
func (r *row) paintCurrent() {
	c := color.Color(color.Transparent)
	if r.seg == r.ui.cur {
		c = theme.Color(theme.ColorNameHover)
	}
	if r.bg.FillColor != c {
		r.bg.FillColor = c
		r.bg.Refresh()
	}
}

// statusColor is the colour of a segment status's marker.
func statusColor(s annotate.Status) color.Color {
	switch s {
	case annotate.StatusDraft:
		return color.NRGBA{R: 0xf2, G: 0x8e, B: 0x2b, A: 0xff}
	case annotate.StatusTranslated:
		return color.NRGBA{R: 0x59, G: 0xa1, B: 0x4f, A: 0xff}
	case annotate.StatusReviewed:
		return color.NRGBA{R: 0x4e, G: 0x79, B: 0xa7, A: 0xff}
	}
	return color.NRGBA{R: 0x9e, G: 0x9e, B: 0x9e, A: 0x80}
}

// statusName is a status for people.
func statusName(s annotate.Status) string {
	switch s {
	case annotate.StatusDraft:
		return lang.L("draft")
	case annotate.StatusTranslated:
		return lang.L("translated")
	case annotate.StatusReviewed:
		return lang.L("reviewed")
	}
	return lang.L("new")
}

// rowLayout places the marker, the source column and the target column (entry above strip).
type rowLayout struct{ r *row }

// Layout is part of fyne.Layout.
func (l *rowLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	r, pad := l.r, theme.Padding()
	r.bg.Move(fyne.NewPos(0, 0))
	r.bg.Resize(size)
	r.marker.Move(fyne.NewPos(0, 0))
	r.marker.Resize(fyne.NewSize(markerWidth, size.Height))
	r.status.Move(fyne.NewPos(0, 0))
	r.status.Resize(fyne.NewSize(markerWidth, size.Height))
	srcW, tgtW := columns(size.Width)
	// on the French's first line, on its baseline: the ascent grows with the size, some 0.9 of it
	r.num.Move(fyne.NewPos(markerWidth, pad+0.9*(theme.TextSize()-numberTextSize)))
	r.num.Resize(fyne.NewSize(numberWidth, r.num.MinSize().Height))
	left := markerWidth + numberWidth + pad
	r.src.Move(fyne.NewPos(left, 0))
	r.src.Resize(fyne.NewSize(srcW, size.Height))
	x := left + pad + srcW
	text := ""
	if r.seg >= 0 && r.seg < len(r.ui.doc.Segments) {
		text = r.ui.doc.Segments[r.seg].Target
	}
	eh := entryHeight(text, tgtW, r.ui.measurer.Height)
	if !r.strip.Visible() && !r.changes.Visible() {
		eh = max(eh, size.Height)
	}
	r.entry.Move(fyne.NewPos(x, 0))
	r.entry.Resize(fyne.NewSize(tgtW, eh))
	r.marks.Move(fyne.NewPos(x, 0))
	r.marks.Resize(fyne.NewSize(tgtW, eh))
	r.tags.Move(fyne.NewPos(x, 0))
	r.tags.Resize(fyne.NewSize(tgtW, eh))
	r.veil.Move(fyne.NewPos(x, 0))
	r.veil.Resize(fyne.NewSize(tgtW, eh))
	y := eh + pad
	if r.strip.Visible() {
		sh := size.Height - y // the rest, unless the line of changes follows
		if r.changes.Visible() {
			sh = r.strip.HeightFor(tgtW)
		}
		r.strip.Move(fyne.NewPos(x, y))
		r.strip.Resize(fyne.NewSize(tgtW, max(sh, 0)))
		y += sh + pad
	}
	r.changes.Move(fyne.NewPos(x, y))
	r.changes.Resize(fyne.NewSize(tgtW, max(size.Height-y, 0)))
	y = pad // the marks shown go over the gap between the columns, from the first line down
	for _, m := range []fyne.CanvasObject{r.lock, r.notes, r.codes, r.changed} {
		m.Move(fyne.NewPos(x-pad-noteMarkSize/2, y))
		m.Resize(fyne.NewSize(noteMarkSize, noteMarkSize))
		if m.Visible() {
			y += pad + noteMarkSize
		}
	}
}

// MinSize is part of fyne.Layout: rows get their heights from the list.
func (l *rowLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(200, entryHeight("", 200, l.r.ui.measurer.Height))
}
