package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate/formats"
)

// exportForm is the export dialog's choices.
type exportForm struct {
	form       *widget.Form
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
	formatItem    = 0
	sideItem      = 1
	mentionsItem  = 2
	unitItem      = 3
	confirmedItem = 4
	plainItem     = 5
	parasItem     = 6
	untrItem      = 7
	excelItem     = 8
)

func newExportForm() *exportForm {
	f := &exportForm{kept: map[*formSelect]int{}}
	var titles []string
	for _, format := range formats.All() {
		if format.CanWrite() {
			f.fmts = append(f.fmts, format)
			titles = append(titles, formatTitle(format))
		}
	}
	f.side = newFormSelect([]string{lang.L("French (source)"), lang.L("English (target)"), bothSidesName()})
	f.side.SetSelectedIndex(0)
	f.mentions = newFormSelect([]string{namesOnlyName(), allMentionsName()})
	f.mentions.SetSelectedIndex(0)
	f.unit = newFormSelect([]string{codePointsName(), utf16Name()})
	f.unit.PlaceHolder = "—" // a disabled choice is greyed past reading: the form item's hint says why
	f.unit.OnChanged = func(string) {
		if i := f.unit.SelectedIndex(); i >= 0 {
			f.unitIndex = i
		}
	}
	f.format = newFormSelect(titles)
	f.format.OnChanged = func(string) { f.formatChosen() }
	f.confirmed = newFormCheck(confirmedOnlyName())
	f.plain = newFormCheck(noMarkersName())
	f.plain.OnChanged = func(bool) { f.spanChoices(); f.form.Refresh() }
	f.paras = newFormCheck(paragraphsName())
	f.untr = newUntranslatedSelect()
	f.excel = newExcelSelect()
	f.excelIndex = f.excel.SelectedIndex()
	f.excel.OnChanged = func(string) {
		if i := f.excel.SelectedIndex(); i >= 0 {
			f.excelIndex = i
		}
	}
	for _, s := range []*formSelect{f.side, f.mentions} {
		s.PlaceHolder = "—" // as the unit's, when the choice does not apply
	}
	f.form = widget.NewForm(
		widget.NewFormItem(lang.L("Format"), f.format), // formatItem
		widget.NewFormItem(lang.L("Text"), f.side),     // sideItem
		widget.NewFormItem(mentionsName(), f.mentions), // mentionsItem
		widget.NewFormItem(offsetsName(), f.unit),      // unitItem
		widget.NewFormItem("", f.confirmed),            // confirmedItem
		widget.NewFormItem("", f.plain),                // plainItem
		widget.NewFormItem("", f.paras),                // parasItem
		widget.NewFormItem(untranslatedName(), f.untr), // untrItem
		widget.NewFormItem(excelName(), f.excel),       // excelItem
	)
	// The form makes a hint's line only for items that have a hint when it first renders: those
	// whose choice a format may grey get one, blanked by formatChosen where it applies (see hint).
	for _, i := range []int{sideItem, mentionsItem, unitItem, confirmedItem, plainItem, parasItem, untrItem, excelItem} {
		f.form.Items[i].HintText = lang.L("Not used by this format")
	}
	f.form.Items[formatItem].HintText = noHint // a line for markdownOnly's note
	f.form.Refresh()
	f.format.SetSelectedIndex(0)
	return f
}

// choicesWidth is the width the form takes with every choice's longest option whole, and every note
// under a choice: Fyne's Select asks for no room for its options, and "All mentions (pronouns and
// descriptions too)" was cut once the check boxes, which made the dialog wider, said what they are
// for under them; the form draws a note as one line, which the dialog's edge cut ("…the client's
// file, without annotatio").
func (f *exportForm) choicesWidth() float32 {
	var label, option, note float32
	for _, it := range f.form.Items {
		label = max(label, fyne.MeasureText(it.Text, theme.TextSize(), fyne.TextStyle{Bold: true}).Width)
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
	return label + 2*i + p + max(option+2*p+2*i+theme.IconInlineSize()+i, note+i) + 2*p
}

// exportHints are the notes the form may show under a choice.
func exportHints() []string {
	return []string{lang.L("Not used by this format"), lang.L("Not used in plain text"), mergeHint(),
		confirmedSegmentsHint(), noMarkersUse(), paragraphsUse(), notMarkdownHint(), excelUse()}
}

// formatChosen adapts the other choices to the format: a bilingual format marks both texts unless the
// user narrows it, and the offsets' unit is a choice only where the format lets it be.
func (f *exportForm) formatChosen() {
	i := f.format.SelectedIndex()
	if i < 0 {
		return
	}
	f.side.SetSelectedIndex(sideIndex(f.fmts[i].DefaultSide()))
	f.mentions.SetSelectedIndex(mentionIndex(f.fmts[i].DefaultMentions()))
	if f.fmts[i].Uses(formats.OptionUnit) {
		f.unit.Enable()
		f.unit.SetSelectedIndex(f.unitIndex)
		f.hint(unitItem, "")
	} else {
		f.hint(unitItem, lang.L("Not used by this format"))
		unit := f.unitIndex
		f.unit.ClearSelected()
		f.unit.Disable()
		f.unitIndex = unit
	}
	f.onlyFor(plainItem, f.plain, hasMarkers(f.fmts[i]) && f.fmts[i].Name != f.merge, noMarkersUse())
	if f.fmts[i].Name == f.merge {
		f.hint(plainItem, mergeHint())
	}
	f.onlyFor(parasItem, f.paras, f.fmts[i].Uses(formats.OptionParagraphs), paragraphsUse())
	f.untranslatedChoice(f.fmts[i])
	f.excelChosen(f.fmts[i])
	f.spanChoices()
	f.markdownRefusal()
	f.form.Refresh() // the form greys the label of a disabled choice when it refreshes
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

// spanChoices greys the choices of which spans to export (text, mentions, confirmed only) where
// they do not apply: a format that keeps no spans (TMX), XLIFF as plain text. The command line
// refuses the same options, from the same Format.UsesWith.
func (f *exportForm) spanChoices() {
	i := f.format.SelectedIndex()
	if i < 0 {
		return
	}
	format := f.fmts[i]
	opts := formats.WriteOptions{NoMarkers: hasMarkers(format) && f.plain.Checked}
	hint := lang.L("Not used by this format")
	switch {
	case format.Name == f.merge:
		hint = mergeHint()
	case opts.NoMarkers:
		hint = lang.L("Not used in plain text")
	}
	for _, c := range []struct {
		item int
		s    *formSelect
		opt  string
	}{{sideItem, f.side, formats.OptionSide}, {mentionsItem, f.mentions, formats.OptionMentions}} {
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
		f.hint(c.item, hint)
		if i := c.s.SelectedIndex(); i >= 0 {
			f.kept[c.s] = i
		}
		c.s.ClearSelected()
		c.s.Disable()
	}
	if f.uses(format, formats.OptionConfirmed, opts) {
		f.confirmed.Enable()
		f.hint(confirmedItem, "")
		if format.Translation {
			f.hint(confirmedItem, confirmedSegmentsHint())
		}
	} else {
		f.confirmed.Disable()
		f.hint(confirmedItem, hint)
	}
}

// onlyFor enables check, form item i, where the format uses it, with the note use saying what for,
// and greys it with a note saying why elsewhere.
func (f *exportForm) onlyFor(i int, check *formCheck, uses bool, use string) {
	if uses {
		check.Enable()
		f.hint(i, use)
	} else {
		check.Disable()
		f.hint(i, lang.L("Not used by this format"))
	}
}

// noHint is the hint of a choice that applies: blank, not empty, for the form drops the line of an
// empty hint, and the dialog would change size from one format to the next.
const noHint = " "

// hint sets the note under form item i: why its choice is greyed, or none (its line kept, blank).
func (f *exportForm) hint(i int, text string) {
	if text == "" {
		text = noHint
	}
	f.form.Items[i].HintText = text
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
	f.spanChoices()
	f.form.Refresh()
}

// mergeHint says why a choice of the export dialog is greyed for the client's file's format.
func mergeHint() string {
	return lang.L("Not used: the translations go back into the client's file, without annotations")
}
