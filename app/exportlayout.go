package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate/formats"
)

// exportFormats are the formats the dialog offers, grouped by purpose (exportPurposes), in the
// order of formats.All within a purpose: the list reads as the purpose buttons above it.
func exportFormats() []formats.Format {
	var out []formats.Format
	for _, p := range exportPurposes {
		for _, format := range formats.All() {
			if format.CanWrite() && purposeOf(format) == p {
				out = append(out, format)
			}
		}
	}
	return out
}

// layOut makes the form again of the rows the format chosen uses: the others are left out, not
// greyed, which made nine rows of a dialog most of which did not apply. A choice the format uses
// but another choice rules out (the span choices of XLIFF as plain text) stays, greyed, its note
// saying why.
func (f *exportForm) layOut() {
	var items []*widget.FormItem
	for i, it := range f.items {
		if f.shown[i] {
			// Fyne's form lays a choice with a note under it out without moving it: one that the last
			// form placed elsewhere, as a row without a note, would be drawn there
			it.Widget.Move(fyne.NewPos(0, 0))
			items = append(items, it)
		}
	}
	f.form = widget.NewForm(items...)
	f.content.Objects[1] = f.form
	f.content.Refresh()
}

// labelColumn returns label (the format's, shown for every format) with spaces before it, so that it
// is as wide as the widest label of the form: Fyne's form makes its label column as wide as the widest
// label shown, which grew and moved every choice to the right when a format brought a longer one
// (« Segments non traduits », « Tableau pour »). The labels are aligned right: the spaces do not show.
func (f *exportForm) labelColumn(label string) string {
	width := func(s string) float32 {
		return fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{Bold: true}).Width
	}
	var widest float32
	for _, it := range f.items {
		widest = max(widest, width(it.Text))
	}
	for width(label) < widest {
		label = " " + label
	}
	return label
}

// tallestHeight is the height of the form with the most rows, among every format, with XLIFF's
// plain text box ticked or not; the form is left on the first format.
func (f *exportForm) tallestHeight() float32 {
	var h float32
	for i := range f.fmts {
		f.format.SetSelectedIndex(i)
		for _, plain := range []bool{false, true} {
			f.plain.SetChecked(plain)
			h = max(h, f.form.MinSize().Height)
		}
	}
	f.plain.SetChecked(false)
	clear(f.byPurpose) // none chosen by a person yet
	f.format.SetSelectedIndex(0)
	return h
}

// tallestLayout shows the purposes' row, then the export form, at the top of the room of the
// tallest form (exportForm.tallest), so that the dialog keeps its size from one format to the next:
// Fyne's dialog does not grow with its content, and one that shrank and grew at each choice would
// move its buttons under the pointer.
type tallestLayout struct{ f *exportForm }

// A third object, the preview of what the export would leave out, comes under the form and takes
// the rest of the room: what a shorter form leaves, and its own (previewHeight).
func (l tallestLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	var y float32
	for _, o := range objs[:min(len(objs), 2)] {
		o.Move(fyne.NewPos(0, y))
		h := o.MinSize().Height
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + theme.Padding()
	}
	if len(objs) > 2 {
		y += theme.Padding()
		objs[2].Move(fyne.NewPos(0, y))
		objs[2].Resize(fyne.NewSize(size.Width, max(size.Height-y, 0)))
	}
}

func (l tallestLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var width, form, preview float32
	for _, o := range objs {
		width = max(width, o.MinSize().Width)
	}
	if len(objs) > 1 {
		form = max(objs[1].MinSize().Height, l.f.tallest)
	}
	if len(objs) > 2 {
		preview = 2*theme.Padding() + objs[2].MinSize().Height
	}
	return fyne.NewSize(width, objs[0].MinSize().Height+theme.Padding()+form+preview)
}

// choicesWidth is the width the form takes with every choice's longest option whole, and every note
// under a choice: Fyne's Select asks for no room for its options, and "All mentions (pronouns and
// descriptions too)" was cut once the check boxes, which made the dialog wider, said what they are
// for under them; the form draws a note as one line, which the dialog's edge cut ("…the client's
// file, without annotatio").
func (f *exportForm) choicesWidth() float32 {
	var label, option, note float32
	for _, it := range f.items {
		label = max(label, fyne.MeasureText(it.Text, theme.TextSize(), fyne.TextStyle{Bold: true}).Width)
	}
	var row float32 // the purposes' buttons on one line, which the flow wraps only in a small window
	for _, o := range f.content.Objects[0].(*fyne.Container).Objects {
		row += o.MinSize().Width + theme.Padding()
	}
	for _, s := range []*formSelect{f.format, f.side, f.mentions, f.unit, f.excel} {
		for _, o := range s.Options {
			option = max(option, measure(o))
		}
	}
	for _, h := range exportHints() {
		note = max(note, fyne.MeasureText(h, theme.CaptionTextSize(), fyne.TextStyle{}).Width)
	}
	// the labels' column its inner paddings and a padding after it; a Select (Fyne 2.7.1's
	// selectRenderer) its text's inset and inner paddings, its arrow and the inner padding after it;
	// a note (formItemLayout) its inset; and a padding to spare, as truncation measures in whole
	// characters
	i, p := theme.InnerPadding(), theme.Padding()
	return max(label+2*i+p+max(option+2*p+2*i+theme.IconInlineSize()+i, note+i), row) + 2*p
}
