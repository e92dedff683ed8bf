package app

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/workspace"
)

// exportDialog asks for a format and options, then for the file (or folder, for formats that write
// one file per document) and exports there in the background. Return exports and Escape cancels
// wherever the focus is in the dialog, which opens on the format. It starts from the choices the last one was
// left with, exported or cancelled, in this session or an earlier one (see prefExport), as the file
// dialog starts in the last export's folder.
func (ui *UI) exportDialog() {
	f := newExportForm()
	ui.exportForm = f
	if !ui.doc.Layout.Markdown {
		f.markdownOnly()
	}
	last := ui.exportChoiceFor(f)
	if last != nil {
		f.restore(*last)
	}
	if o := ui.doc.Meta.Original; o != nil {
		// a client's file opens on its format, unless another was chosen in this session: one kept from
		// another document's export is no choice about this one
		f.mergesInto(o.Format, ui.lastExport != nil)
	}
	p := ui.newExportPreview()
	f.preview = p
	f.content.Add(p.box)
	d := ui.newConfirm(lang.L("Export"), lang.L("Export…"), lang.L("Cancel"), fitDialogContent(ui.win, f.content), func(ok bool) {
		ui.keepExportChoice(f.remembered())
		if format, opts, chosen := f.choice(); ok && chosen {
			if msg := translationRefusal(ui.doc, format, opts); msg != "" {
				ui.showError(errors.New(msg))
				return
			}
			ui.exportTo(format, opts)
		}
	})
	markdown := false // refused by markdownRefusal, which says why under the format
	grey := func() {
		if markdown || p.refused {
			d.ok.Disable()
		} else {
			d.ok.Enable()
		}
	}
	f.refused = func(refused bool) { markdown = refused; grey() }
	p.onRefused = grey
	f.markdownRefusal()
	f.watch(func() { p.update(f) })
	p.update(f)
	f.setKeys(d.Confirm, d.Dismiss)
	d.Resize(fyne.NewSize(f.choicesWidth()+dialogFrame().Width, 0)) // no wider than the window
	ui.present(d, d.Dismiss, d.Confirm)
	// The format first, as the first field of other dialogs: Space, Up or Down then chooses it at
	// once, where the dialog opened with nothing focused and took them only after a Tab (Return
	// exports all the same).
	ui.win.Canvas().Focus(f.format)
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
		// Fyne's folder dialog says Open, which read as opening something rather than exporting.
		d.SetConfirmText(lang.L("Export here"))
		ui.showFileDialogIn(d, exportDialogTitle(f), ui.lastExportDir)
		return
	}
	ext := ".txt"
	if len(f.Extensions) > 0 {
		ext = f.Extensions[0]
	}
	if f.Name == "text" && plaintext.IsSubtitles(ui.doc.Meta.Origin) { // the text of subtitles is subtitles
		ext = strings.ToLower(filepath.Ext(ui.doc.Meta.Origin))
	}
	d := ui.newFileSave(func(w fyne.URIWriteCloser, err error) {
		if path := ui.chosenPath(w, err); path != "" {
			ui.export(f, opts, path, false)
		}
	})
	name := ui.exportName(formatTag(f, ext)+ext, opts)
	if f.Translation {
		name = ui.exportNameFrom(ui.translationStem(), ext, opts)
	}
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter(f.Extensions))
	ui.showSaveDialog(d, exportDialogTitle(f), ui.lastExportDir)
}

// exportDialogTitle is the title of the dialog asking where to export in format f.
func exportDialogTitle(f formats.Format) string {
	return lang.L("Export to {{.Format}}", map[string]any{"Format": formatTitle(f)})
}

// formatTag is what a name proposed for an export of f has before its extension ext, when f is a
// format of annotation tools (doccano, spaCy, Label Studio) whose extension another format writes
// too: ".doccano" for "article.doccano.jsonl". A team exports one document to each of them in turn,
// and the same name for all would have each replace the one before (spaCy's "article.jsonl" over
// doccano's). Glose's own formats and the others keep the plain name.
func formatTag(f formats.Format, ext string) string {
	if !f.NER {
		return ""
	}
	for _, o := range formats.All() {
		if o.Name != f.Name && o.CanWrite() && slices.Contains(o.Extensions, ext) {
			return "." + f.Name
		}
	}
	return ""
}

// exportName is the file name the save dialog proposes for an export: the document's name with the
// format's extension, marked ".confirmed" for an export of the confirmed annotations only, and never
// the name of the document's own file or of the file it was imported from, which Enter would replace
// with the export (Glose JSON and Label Studio share .json with documents, XLIFF .xlf with an imported
// XLIFF, also once saved and opened again as Glose JSON: the client's file it keeps for merge-back):
// such a name gets ".export" before its extension.
func (ui *UI) exportName(ext string, opts formats.WriteOptions) string {
	return ui.exportNameFrom(strings.TrimSuffix(ui.suggestedName(ext), ext), ext, opts)
}

// exportNameFrom is exportName for a name made of stem and ext.
func (ui *UI) exportNameFrom(stem, ext string, opts formats.WriteOptions) string {
	name := stem + ext
	if opts.Confirmed {
		name = strings.TrimSuffix(name, ext) + ".confirmed" + ext
	}
	avoid := []string{ui.path, ui.origin}
	if o := ui.doc.Meta.Original; o != nil {
		avoid = append(avoid, o.Name)
	}
	taken := func(name string) bool {
		for _, p := range avoid {
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

// exportKeeps are the files a folder export must not replace: the document's file, the file it was
// imported from in this window, and the text a Glose file was imported from beside it (meta.origin:
// article.txt beside article.json), which brat's article.txt replaced once the .json was opened again.
func (ui *UI) exportKeeps() []string {
	keep := []string{ui.path, ui.origin}
	if o := ui.doc.Meta.Origin; o != "" && ui.path != "" && filepath.Base(o) == o {
		keep = append(keep, filepath.Join(filepath.Dir(ui.path), o))
	}
	return keep
}

// export writes a copy of the document (so that editing can go on meanwhile) in the background.
func (ui *UI) export(f formats.Format, opts formats.WriteOptions, dest string, isDir bool) {
	data, err := annotate.Marshal(ui.doc)
	if err != nil {
		ui.showError(err)
		return
	}
	keep := ui.exportKeeps()
	ui.progress.run(lang.L("Exporting…"), func() func() {
		out, err := writeExport(f.Name, data, opts, dest, isDir, keep)
		warns, beside := out.msgs, out.beside
		return func() {
			if err != nil {
				ui.showError(err)
				return
			}
			ui.lastExportDir = dest // the next export's dialog starts there
			if !isDir {
				ui.lastExportDir = filepath.Dir(dest)
			}
			if isDir || len(beside) == 0 {
				ui.exportedStatus(dest, isDir, out, ui.exportForm.seen(f.Name, warns))
				if len(beside) > 0 {
					ui.setStatus(lang.L("Exported to the folder {{.Name}} as {{.Others}}: the format's own names would have replaced the file this document was opened from",
						map[string]any{"Name": dest, "Others": quoteNames(beside)}))
				}
				return
			}
			args := map[string]any{"Name": dest, "Others": quoteNames(beside)}
			ui.setStatus(lang.L("Exported to {{.Name}}, with {{.Others}} beside it", args))
			if len(warns) > 0 && !ui.exportForm.seen(f.Name, warns) {
				args["Name"] = quoteName(dest)
				ui.showWarningList(lang.L("Exported to {{.Name}}, with {{.Others}} beside it, but the files do not hold everything:", args), warns)
			}
		}
	})
}

// exportedStatus says where the export went, and lists its warnings: a file, or a folder of files (brat
// writes a .txt and an .ann file per document). Warnings that only name things to check (inline
// codes placed by estimate in a delivery into the client's file) are no loss, and are not said to be.
// When seen, the Export dialog listed those warnings before the file was chosen: the status line
// says how many, and they are not listed again.
func (ui *UI) exportedStatus(dest string, isDir bool, out exported, seen bool) {
	status, intro := lang.L("Exported to {{.Name}}", map[string]any{"Name": dest}),
		lang.L("Exported to {{.Name}}, but the file does not hold everything:", map[string]any{"Name": quoteName(dest)})
	switch {
	case isDir:
		status, intro = lang.L("Exported to the folder {{.Name}}", map[string]any{"Name": dest}),
			lang.L("Exported to the folder {{.Name}}, but its files do not hold everything:", map[string]any{"Name": quoteName(dest)})
	case out.toCheck:
		intro = lang.L("Exported to {{.Name}}, nothing left out; to check in the translation tool:", map[string]any{"Name": quoteName(dest)})
	case out.whole:
		intro = lang.L("Exported to {{.Name}}, nothing left out, but:", map[string]any{"Name": quoteName(dest)})
	}
	ui.setStatus(status)
	if len(out.msgs) > 0 && seen {
		ui.setStatus(lang.N("{{.Status}} ({{.N}} warnings, as the Export dialog listed)", len(out.msgs), map[string]any{"Status": status, "N": len(out.msgs)}))
		return
	}
	if len(out.msgs) > 0 {
		ui.showWarningList(intro, out.msgs)
	}
}

// exported is what writeExport wrote: its warnings in the user's language, the files it wrote beside
// the one chosen, and whether every warning only names something to check (toCheck), or something
// written as it is (whole: drafts delivered as English), nothing being left out.
type exported struct {
	msgs, beside   []string
	toCheck, whole bool
}

// toCheckOnly are the export warnings that name something to check in the translation tool, the file
// holding everything; heldAsIs those that name something the file holds as it is, to know before
// delivering it. "The file would not hold everything" read oddly over them.
var (
	toCheckOnly = []formats.WarningCode{formats.WarnTargetCodesPlaced, formats.WarnTargetCodesOrder}
	heldAsIs    = []formats.WarningCode{formats.WarnDraftsDelivered}
)

// writeExport decodes the snapshot and writes the export files, each as a save is written: atomically,
// keeping a file it replaces as a backup, for the user may have chosen a file of their own work. It
// returns the warnings, and the paths of the files written beside dest (such as Label Studio's
// labeling config, named after dest as the CLI names it) or, into the folder dest, under another name
// than the format gives them, so as not to replace one of keep (see formats.FolderNames).
func writeExport(format string, data []byte, opts formats.WriteOptions, dest string, isDir bool, keep []string) (out exported, err error) {
	d, err := annotate.Unmarshal(data, "export")
	if err != nil {
		return out, err
	}
	files, warns, err := formats.Write(format, []*annotate.Document{d}, opts)
	if err != nil {
		return out, exportError(err)
	}
	out = exportMessages(d, warns)
	if isDir {
		out.beside = formats.FolderNames(files, dest, keep)
	}
	for _, f := range files {
		path := dest
		if isDir {
			path = filepath.Join(dest, f.Name)
		} else if !f.Main {
			path = formats.CompanionPath(dest, f)
			out.beside = append(out.beside, path)
		}
		if err := workspace.WriteAtomic(path, f.Data); err != nil {
			return out, failed(lang.L("Could not export to {{.Name}}.", map[string]any{"Name": quoteName(path)}), err)
		}
	}
	return out, nil
}

// exportMessages says the warnings of an export of d in the user's language, as writeExport returns them.
func exportMessages(d *annotate.Document, warns []formats.Warning) (out exported) {
	out.toCheck = len(warns) > 0
	out.whole = out.toCheck
	numberWarnings(d, warns)
	for _, w := range mergeCounts(warns) {
		out.msgs = append(out.msgs, sentence(warningText(w)))
		out.toCheck = out.toCheck && slices.Contains(toCheckOnly, w.Code)
		out.whole = out.whole && (slices.Contains(toCheckOnly, w.Code) || slices.Contains(heldAsIs, w.Code))
	}
	return out
}

// quoteNames quotes the names of paths, as quoteName does, joined by commas.
func quoteNames(paths []string) string {
	q := make([]string, len(paths))
	for i, p := range paths {
		q[i] = quoteName(p)
	}
	return strings.Join(q, ", ")
}
