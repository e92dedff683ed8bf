package app

import (
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/workspace"
)

// exportDialog asks for a format and options, then for the file (or folder, for formats that write
// one file per document) and exports there in the background. Return exports and Escape cancels
// wherever the focus is in the dialog.
func (ui *UI) exportDialog() {
	f := newExportForm()
	d := dialog.NewCustomConfirm(lang.L("Export"), lang.L("Export…"), lang.L("Cancel"), f.form, func(ok bool) {
		if format, opts, chosen := f.choice(); ok && chosen {
			ui.exportTo(format, opts)
		}
	}, ui.win)
	f.setKeys(d.Confirm, d.Dismiss)
	ui.present(d, d.Dismiss, d.Confirm)
}

// exportForm is the export dialog's choices.
type exportForm struct {
	form      *widget.Form
	fmts      []formats.Format
	format    *formSelect
	side      *formSelect
	mentions  *formSelect // names only, or all mentions: set to the format's default when it is chosen
	unit      *formSelect // for the formats whose offsets' unit can be chosen; disabled for the others
	confirmed *formCheck
	plain     *formCheck // XLIFF without span markers; disabled for the other formats
	unitIndex int        // the unit chosen, kept while a format without the choice is selected
	// kept is the side and mentions chosen, kept while they do not apply (a format that keeps no
	// spans, XLIFF as plain text): the choice shows none then.
	kept map[*formSelect]int
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
	sideItem      = 1
	mentionsItem  = 2
	unitItem      = 3
	confirmedItem = 4
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
	for _, s := range []*formSelect{f.side, f.mentions} {
		s.PlaceHolder = "—" // as the unit's, when the choice does not apply
	}
	f.form = widget.NewForm(
		widget.NewFormItem(lang.L("Format"), f.format),
		widget.NewFormItem(lang.L("Text"), f.side),     // sideItem
		widget.NewFormItem(mentionsName(), f.mentions), // mentionsItem
		widget.NewFormItem(offsetsName(), f.unit),      // unitItem
		widget.NewFormItem("", f.confirmed),            // confirmedItem
		widget.NewFormItem("", f.plain),
	)
	// The form makes a hint's line only for items that have a hint when it first renders: those
	// whose choice a format may grey get one, emptied (hidden) by formatChosen where it applies.
	for _, i := range []int{sideItem, mentionsItem, unitItem, confirmedItem} {
		f.form.Items[i].HintText = lang.L("Not used by this format")
	}
	f.form.Refresh()
	f.format.SetSelectedIndex(0)
	return f
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
		f.form.Items[unitItem].HintText = ""
	} else {
		f.form.Items[unitItem].HintText = lang.L("Not used by this format")
		unit := f.unitIndex
		f.unit.ClearSelected()
		f.unit.Disable()
		f.unitIndex = unit
	}
	if hasMarkers(f.fmts[i]) {
		f.plain.Enable()
	} else {
		f.plain.Disable()
	}
	f.spanChoices()
	f.form.Refresh() // the form greys the label of a disabled choice when it refreshes
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
	if opts.NoMarkers {
		hint = lang.L("Not used in plain text")
	}
	for _, c := range []struct {
		item int
		s    *formSelect
		opt  string
	}{{sideItem, f.side, formats.OptionSide}, {mentionsItem, f.mentions, formats.OptionMentions}} {
		if format.UsesWith(c.opt, opts) {
			f.form.Items[c.item].HintText = ""
			if c.s.Disabled() {
				c.s.Enable()
			}
			if c.s.SelectedIndex() < 0 {
				c.s.SetSelectedIndex(f.kept[c.s])
			}
			continue
		}
		f.form.Items[c.item].HintText = hint
		if i := c.s.SelectedIndex(); i >= 0 {
			f.kept[c.s] = i
		}
		c.s.ClearSelected()
		c.s.Disable()
	}
	if format.UsesWith(formats.OptionConfirmed, opts) {
		f.confirmed.Enable()
		f.form.Items[confirmedItem].HintText = ""
	} else {
		f.confirmed.Disable()
		f.form.Items[confirmedItem].HintText = hint
	}
}

// setKeys makes Return press the dialog's Export button and Escape its Cancel button while one of
// the choices has the focus: Fyne's Select and Check take those keys and do nothing with them.
func (f *exportForm) setKeys(enter, escape func()) {
	for _, s := range []*formSelect{f.format, f.side, f.mentions, f.unit} {
		s.enter, s.escape = enter, escape
	}
	f.confirmed.enter, f.confirmed.escape = enter, escape
	f.plain.enter, f.plain.escape = enter, escape
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
	opts = formats.WriteOptions{NoMarkers: hasMarkers(format) && f.plain.Checked}
	if format.Uses(formats.OptionUnit) && f.unitIndex == unitUTF16 {
		opts.Unit = "utf16"
	}
	if format.UsesWith(formats.OptionSide, opts) {
		opts.Side = sides[max(f.side.SelectedIndex(), 0)]
	}
	if format.UsesWith(formats.OptionMentions, opts) {
		opts.Mentions = mentionChoices[max(f.mentions.SelectedIndex(), 0)]
	}
	opts.Confirmed = f.confirmed.Checked && format.UsesWith(formats.OptionConfirmed, opts)
	return format, opts, true
}

// exportTo asks where to write f and writes it.
func (ui *UI) exportTo(f formats.Format, opts formats.WriteOptions) {
	if f.MultiFile {
		d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
			if err != nil || dir == nil {
				ui.showError(err)
				return
			}
			ui.export(f, opts, dir.Path(), true)
		}, ui.win)
		ui.showFileDialogIn(d, exportDialogTitle(f), ui.lastExportDir)
		return
	}
	ext := ".txt"
	if len(f.Extensions) > 0 {
		ext = f.Extensions[0]
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if path := ui.chosenPath(w, err); path != "" {
			ui.export(f, opts, path, false)
		}
	}, ui.win)
	d.SetFileName(ui.exportName(ext, opts))
	d.SetFilter(storage.NewExtensionFileFilter(f.Extensions))
	ui.showFileDialogIn(d, exportDialogTitle(f), ui.lastExportDir)
}

// exportDialogTitle is the title of the dialog asking where to export in format f.
func exportDialogTitle(f formats.Format) string {
	return lang.L("Export to {{.Format}}", map[string]any{"Format": formatTitle(f)})
}

// exportName is the file name the save dialog proposes for an export: the document's name with the
// format's extension, marked ".confirmed" for an export of the confirmed annotations only, and never
// the name of the document's own file or of the file it was imported from, which Enter would replace
// with the export (Glose JSON and Label Studio share .json with documents, XLIFF .xlf with an imported
// XLIFF): such a name gets ".export" before its extension.
func (ui *UI) exportName(ext string, opts formats.WriteOptions) string {
	name := ui.suggestedName(ext)
	if opts.Confirmed {
		name = strings.TrimSuffix(name, ext) + ".confirmed" + ext
	}
	taken := func(name string) bool {
		for _, p := range []string{ui.path, ui.origin} {
			if p != "" && strings.EqualFold(filepath.Base(p), name) { // as on a case-insensitive disk
				return true
			}
		}
		return false
	}
	for taken(name) {
		name = strings.TrimSuffix(name, ext) + ".export" + ext
	}
	return name
}

// export writes a copy of the document (so that editing can go on meanwhile) in the background.
func (ui *UI) export(f formats.Format, opts formats.WriteOptions, dest string, isDir bool) {
	data, err := annotate.Marshal(ui.doc)
	if err != nil {
		ui.showError(err)
		return
	}
	ui.progress.run(lang.L("Exporting…"), func() func() {
		warns, beside, err := writeExport(f.Name, data, opts, dest, isDir)
		return func() {
			if err != nil {
				ui.showError(err)
				return
			}
			ui.lastExportDir = dest // the next export's dialog starts there
			if !isDir {
				ui.lastExportDir = filepath.Dir(dest)
			}
			if len(beside) == 0 {
				ui.exportedStatus(dest, isDir, warns)
				return
			}
			args := map[string]any{"Name": dest, "Others": quoteNames(beside)}
			ui.setStatus(lang.L("Exported to {{.Name}}, with {{.Others}} beside it", args))
			if len(warns) > 0 {
				args["Name"] = quoteName(dest)
				ui.showWarningList(lang.L("Exported to {{.Name}}, with {{.Others}} beside it, but the files do not hold everything:", args), warns)
			}
		}
	})
}

// exportedStatus says where the export went, and lists its warnings: a file, or a folder of files (brat
// writes a .txt and an .ann file per document).
func (ui *UI) exportedStatus(dest string, isDir bool, warns []string) {
	status, intro := lang.L("Exported to {{.Name}}", map[string]any{"Name": dest}),
		lang.L("Exported to {{.Name}}, but the file does not hold everything:", map[string]any{"Name": quoteName(dest)})
	if isDir {
		status, intro = lang.L("Exported to the folder {{.Name}}", map[string]any{"Name": dest}),
			lang.L("Exported to the folder {{.Name}}, but its files do not hold everything:", map[string]any{"Name": quoteName(dest)})
	}
	ui.setStatus(status)
	if len(warns) > 0 {
		ui.showWarningList(intro, warns)
	}
}

// writeExport decodes the snapshot and writes the export files, each as a save is written: atomically,
// keeping a file it replaces as a backup, for the user may have chosen a file of their own work. It
// returns the warnings, and the paths of the files written beside dest (such as Label Studio's
// labeling config, named after dest as the CLI names it).
func writeExport(format string, data []byte, opts formats.WriteOptions, dest string, isDir bool) (msgs, beside []string, err error) {
	d, err := annotate.Unmarshal(data, "export")
	if err != nil {
		return nil, nil, err
	}
	files, warns, err := formats.Write(format, []*annotate.Document{d}, opts)
	if err != nil {
		return nil, nil, err
	}
	for _, w := range mergeCounts(warns) {
		msgs = append(msgs, sentence(warningText(w)))
	}
	for _, f := range files {
		path := dest
		if isDir {
			path = filepath.Join(dest, f.Name)
		} else if !f.Main {
			path = formats.CompanionPath(dest, f)
			beside = append(beside, path)
		}
		if err := workspace.WriteAtomic(path, f.Data); err != nil {
			return msgs, beside, failed(lang.L("Could not export to {{.Name}}.", map[string]any{"Name": quoteName(path)}), err)
		}
	}
	return msgs, beside, nil
}

// quoteNames quotes the names of paths, as quoteName does, joined by commas.
func quoteNames(paths []string) string {
	q := make([]string, len(paths))
	for i, p := range paths {
		q[i] = quoteName(p)
	}
	return strings.Join(q, ", ")
}
