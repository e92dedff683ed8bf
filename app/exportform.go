package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate/formats"
)

// exportForm is the export dialog's choices.
type exportForm struct {
	form       *widget.Form // the rows shown, made again by layout each time they change
	items      []*widget.FormItem
	shown      []bool            // the items of the format chosen: the others are not in form
	content    *fyne.Container   // what the dialog shows: form, as tall as the tallest it can be
	tallest    float32           // the height of form with the most rows, which content keeps
	purposes   []*purposeButton  // the uses an export is for, each choosing its format (exportpurpose.go)
	byPurpose  map[string]string // the format last chosen for each purpose, which its button chooses again
	fmts       []formats.Format
	format     *formSelect
	side       *formSelect
	mentions   *formSelect // names only, or all mentions: set to the format's default when it is chosen
	unit       *formSelect // for the formats whose offsets' unit can be chosen; disabled for the others
	confirmed  *formCheck
	plain      *formCheck  // XLIFF without span markers; disabled for the other formats
	paras      *formCheck  // TMX units of whole paragraphs; disabled for the other formats
	untr       *formSelect // the translation as a text: what to do with untranslated segments; disabled for the other formats
	excel      *formSelect // a table for Excel (which settings) or for programs; disabled for the other formats
	excelIndex int         // the table's layout chosen (excelChoices), kept while a format without the choice is selected
	unitIndex  int         // the unit chosen, kept while a format without the choice is selected
	untrIndex  int         // the choice for untranslated segments (formats.Untranslated), kept likewise
	// kept is the side and mentions chosen, kept while they do not apply (a format that keeps no
	// spans, XLIFF as plain text): the choice shows none then.
	kept map[*formSelect]int
	// merge is the format of the client's file the document merges its translations back into
	// (formats.Format.Name, from annotate.Original), or "": exported to it, the spans stay out.
	merge string
	// noMarkdown is set when the document's French was not imported from Markdown, so that Markdown
	// is no format for it (translationRefusal): its option says so, and chosen, it says why under
	// the format and refused calls the dialog's Export button off.
	noMarkdown bool
	refused    func(bool)
	// preview lists what the export chosen would leave out (exportpreview.go); nil outside the dialog.
	preview *exportPreview
}

// sides are what exportForm.side offers, in its order.
var sides = []formats.Side{formats.SourceSide, formats.TargetSide, formats.BothSides}

// mentionChoices are what exportForm.mentions offers, in its order.
var mentionChoices = []formats.Mentions{formats.NameMentions, formats.AllMentions}

// mentionIndex is the place of m among exportForm.mentions's choices.
func mentionIndex(m formats.Mentions) int { return max(slices.Index(mentionChoices, m), 0) }

// sideIndex is the place of side among exportForm.side's choices.
func sideIndex(side formats.Side) int { return max(slices.Index(sides, side), 0) }

// The choices of exportForm.unit.
const (
	unitCodePoints = iota
	unitUTF16
)

// The places of the export form's items.
const (
	formatItem = iota
	sideItem
	mentionsItem
	unitItem
	confirmedItem
	plainItem
	parasItem
	untrItem
	excelItem
)

func newExportForm() *exportForm {
	f := &exportForm{kept: map[*formSelect]int{}, byPurpose: map[string]string{}}
	var titles []string
	for _, format := range exportFormats() {
		f.fmts = append(f.fmts, format)
		titles = append(titles, formatTitle(format))
	}
	f.side = newFormSelect([]string{lang.L("French (source)"), lang.L("English (target)"), bothSidesName()})
	f.side.SetSelectedIndex(0)
	f.mentions = newFormSelect([]string{namesOnlyName(), allMentionsName()})
	f.mentions.SetSelectedIndex(0)
	f.unit = newFormSelect([]string{codePointsName(), utf16Name()})
	f.unit.OnChanged = func(string) {
		if i := f.unit.SelectedIndex(); i >= 0 {
			f.unitIndex = i
		}
	}
	f.format = newFormSelect(titles)
	f.format.OnChanged = func(string) { f.formatChosen() }
	f.confirmed = newFormCheck(confirmedOnlyName())
	f.plain = newFormCheck(noMarkersName())
	f.plain.OnChanged = func(bool) { f.spanChoices(); f.layOut() }
	f.paras = newFormCheck(paragraphsName())
	f.untr = newUntranslatedSelect()
	f.untr.OnChanged = func(string) {
		if i := f.untr.SelectedIndex(); i >= 0 {
			f.untrIndex = i
		}
	}
	f.excel = newExcelSelect()
	f.excelIndex = f.excel.SelectedIndex()
	f.excel.OnChanged = func(string) {
		if i := f.excel.SelectedIndex(); i >= 0 {
			f.excelIndex = i
		}
	}
	for _, s := range []*formSelect{f.side, f.mentions} {
		s.PlaceHolder = "—" // greyed with no choice shown where XLIFF as plain text leaves the spans out
	}
	f.items = []*widget.FormItem{
		widget.NewFormItem(lang.L("Format"), f.format), // formatItem
		widget.NewFormItem(lang.L("Text"), f.side),     // sideItem
		widget.NewFormItem(mentionsName(), f.mentions), // mentionsItem
		widget.NewFormItem(offsetsName(), f.unit),      // unitItem
		widget.NewFormItem("", f.confirmed),            // confirmedItem
		widget.NewFormItem("", f.plain),                // plainItem
		widget.NewFormItem("", f.paras),                // parasItem
		widget.NewFormItem(untranslatedName(), f.untr), // untrItem
		widget.NewFormItem(excelName(), f.excel),       // excelItem
	}
	f.items[formatItem].Text = f.labelColumn(f.items[formatItem].Text)
	f.shown = make([]bool, len(f.items))
	f.form = widget.NewForm()
	// the purposes above the form, not in it: the form's label column is as wide as the widest
	// label shown, and the buttons moved under the pointer when a click brought a longer one
	f.content = container.New(tallestLayout{f}, f.newPurposeRow(), f.form)
	f.format.SetSelectedIndex(0)
	f.tallest = f.tallestHeight()
	return f
}

// exportHints are the notes the form may show under a choice.
func exportHints() []string {
	return []string{lang.L("Not used in plain text"), mergeHint(),
		confirmedSegmentsHint(), noMarkersUse(), paragraphsUse(), notMarkdownHint(), excelUse()}
}

// formatChosen adapts the other choices to the format: a bilingual format marks both texts unless the
// user narrows it, the rows it does not use go (the command line refuses the same options, from
// the same Format.Uses), and its purpose's button shows chosen.
func (f *exportForm) formatChosen() {
	i := f.format.SelectedIndex()
	if i < 0 {
		return
	}
	format := f.fmts[i]
	f.side.SetSelectedIndex(sideIndex(format.DefaultSide()))
	f.mentions.SetSelectedIndex(mentionIndex(format.DefaultMentions()))
	f.shown[formatItem] = true
	f.shown[unitItem] = format.Uses(formats.OptionUnit)
	if f.shown[unitItem] {
		f.unit.SetSelectedIndex(f.unitIndex)
	}
	f.shown[plainItem] = hasMarkers(format)
	f.hint(plainItem, noMarkersUse())
	f.plain.Enable()
	if format.Name == f.merge {
		f.plain.Disable()
		f.hint(plainItem, mergeHint())
	}
	f.shown[parasItem] = format.Uses(formats.OptionParagraphs)
	f.hint(parasItem, paragraphsUse())
	f.untranslatedChoice(format)
	f.excelChosen(format)
	f.spanChoices()
	f.markdownRefusal()
	f.purposeChosen(purposeOf(format), format.Name)
	f.layOut()
}

// markdownOnly marks Markdown as a format for the documents imported from Markdown only, the
// document exported not being one: its option says so, and chosen, the note under the format says
// why and f.refused(true) greys the Export button. Refused only once the dialog was filled in and
// confirmed, the choice cost the whole form for nothing.
func (f *exportForm) markdownOnly() {
	f.noMarkdown = true
	sel := f.format.SelectedIndex()
	for i, format := range f.fmts {
		if format.Name == "markdown" {
			f.format.Options[i] = lang.L("{{.Format}} — of a Markdown article only", map[string]any{"Format": formatTitle(format)})
			if sel == i {
				f.format.Selected = f.format.Options[i] // the same choice: formatChosen need not run again
			}
		}
	}
	f.format.Refresh()
	f.markdownRefusal()
	f.layOut() // the note under the format, if Markdown is chosen
}

// markdownRefusal says under the format, and to f.refused, whether the format chosen is Markdown
// refused to the document (markdownOnly).
func (f *exportForm) markdownRefusal() {
	i := f.format.SelectedIndex()
	refused := f.noMarkdown && i >= 0 && f.fmts[i].Name == "markdown"
	f.hint(formatItem, "")
	if refused {
		f.hint(formatItem, notMarkdownHint())
	}
	if f.refused != nil {
		f.refused(refused)
	}
}

// notMarkdownHint is the note under the format when Markdown is chosen for a document whose French
// was not imported from Markdown.
func notMarkdownHint() string {
	return lang.L("This document was not imported from Markdown: export it as plain text")
}

// spanChoices shows the choices of which spans to export (text, mentions, confirmed only) for the
// formats that keep spans, but for the client's file the translations merge back into, and greys
// them for XLIFF as plain text, which leaves every span out. The command line refuses the same
// options, from the same Format.UsesWith.
func (f *exportForm) spanChoices() {
	i := f.format.SelectedIndex()
	if i < 0 {
		return
	}
	format := f.fmts[i]
	opts := formats.WriteOptions{NoMarkers: hasMarkers(format) && f.plain.Checked}
	plain := lang.L("Not used in plain text")
	for _, c := range []struct {
		item int
		s    *formSelect
		opt  string
	}{{sideItem, f.side, formats.OptionSide}, {mentionsItem, f.mentions, formats.OptionMentions}} {
		f.shown[c.item] = format.Uses(c.opt) && format.Name != f.merge
		if f.uses(format, c.opt, opts) {
			f.hint(c.item, "")
			if c.s.Disabled() {
				c.s.Enable()
			}
			if c.s.SelectedIndex() < 0 {
				c.s.SetSelectedIndex(f.kept[c.s])
			}
			continue
		}
		f.hint(c.item, plain)
		if i := c.s.SelectedIndex(); i >= 0 {
			f.kept[c.s] = i
		}
		c.s.ClearSelected()
		c.s.Disable()
	}
	f.confirmedChoice(format, opts)
}

// confirmedChoice shows the confirmed box for the formats that use it, named for what it does with
// the format: it leaves the suggestions out of the formats that keep spans, and takes the English
// of confirmed segments only for the translation as a text, which keeps no annotation.
func (f *exportForm) confirmedChoice(format formats.Format, opts formats.WriteOptions) {
	f.shown[confirmedItem] = format.Uses(formats.OptionConfirmed) && format.Name != f.merge
	f.confirmed.SetText(confirmedOnlyName())
	f.confirmed.Enable()
	f.hint(confirmedItem, "")
	switch {
	case !f.uses(format, formats.OptionConfirmed, opts):
		f.confirmed.Disable()
		f.hint(confirmedItem, lang.L("Not used in plain text"))
	case format.Translation:
		f.confirmed.SetText(confirmedSegmentsName())
		f.hint(confirmedItem, confirmedSegmentsHint())
	}
}

// noHint is the hint of a choice that applies where the note's line is kept blank, not empty, for
// the form drops the line of an empty hint (Document properties).
const noHint = " "

// hint sets the note under form item i, or none; layOut shows it.
func (f *exportForm) hint(i int, text string) {
	f.items[i].HintText = text
}

// setKeys makes Return press the dialog's Export button and Escape its Cancel button while one of
// the choices has the focus: Fyne's Select and Check take those keys and do nothing with them.
func (f *exportForm) setKeys(enter, escape func()) {
	for _, s := range []*formSelect{f.format, f.side, f.mentions, f.unit, f.untr, f.excel} {
		s.enter, s.escape = enter, escape
	}
	f.confirmed.enter, f.confirmed.escape = enter, escape
	f.plain.enter, f.plain.escape = enter, escape
	f.paras.enter, f.paras.escape = enter, escape
	for _, b := range f.purposes {
		b.enter, b.escape = enter, escape
	}
}

// hasMarkers reports whether a format marks spans inline, which WriteOptions.NoMarkers leaves out (XLIFF).
func hasMarkers(f formats.Format) bool { return f.Uses(formats.OptionNoMarkers) }

// choice returns the format and options chosen; chosen is false when no format is.
func (f *exportForm) choice() (format formats.Format, opts formats.WriteOptions, chosen bool) {
	i := f.format.SelectedIndex()
	if i < 0 {
		return format, opts, false
	}
	format = f.fmts[i]
	opts = formats.WriteOptions{NoMarkers: hasMarkers(format) && f.plain.Checked && format.Name != f.merge,
		Paragraphs: f.paras.Checked && format.Uses(formats.OptionParagraphs)}
	opts.Excel = f.excelOption(format)
	if format.Uses(formats.OptionUnit) && f.unitIndex == unitUTF16 {
		opts.Unit = "utf16"
	}
	if f.uses(format, formats.OptionSide, opts) {
		opts.Side = sides[max(f.side.SelectedIndex(), 0)]
	}
	if f.uses(format, formats.OptionMentions, opts) {
		opts.Mentions = mentionChoices[max(f.mentions.SelectedIndex(), 0)]
	}
	opts.Confirmed = f.confirmed.Checked && f.uses(format, formats.OptionConfirmed, opts)
	if format.Translation {
		opts.Untranslated = formats.Untranslated(max(f.untr.SelectedIndex(), 0))
	}
	return format, opts, true
}

// uses says whether the format uses a choice of which spans to export, with opts: none when the
// document's translations merge back into the client's file in that format (its spans stay out).
func (f *exportForm) uses(format formats.Format, opt string, opts formats.WriteOptions) bool {
	return format.Name != f.merge && format.UsesWith(opt, opts)
}

// mergesInto tells the form that the document merges back into a client's file of format name
// (annotate.Original.Format), and chooses that format unless the person chose another before.
func (f *exportForm) mergesInto(name string, keepChoice bool) {
	f.merge = name
	for i, format := range f.fmts {
		if format.Name == name && !keepChoice {
			f.format.SetSelectedIndex(i) // formatChosen
		}
	}
	if i := f.format.SelectedIndex(); i >= 0 && f.fmts[i].Name == name {
		f.plain.Disable()
		f.hint(plainItem, mergeHint())
	}
	f.spanChoices() // not formatChosen, which would set the text and mentions kept to the format's
	f.layOut()
}

// mergeHint says why a choice of the export dialog is greyed for the client's file's format.
func mergeHint() string {
	return lang.L("Not used: the translations go back into the client's file, without annotations")
}
