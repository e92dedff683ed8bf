package app

import (
	"path/filepath"

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
// one file per document) and exports there in the background.
func (ui *UI) exportDialog() {
	var fmts []formats.Format
	var titles []string
	for _, f := range formats.All() {
		if f.CanWrite() {
			fmts = append(fmts, f)
			titles = append(titles, formatTitle(f))
		}
	}
	sides := []string{lang.L("French (source)"), lang.L("English (target)"), lang.L("Both")}
	side := widget.NewSelect(sides, nil)
	side.SetSelectedIndex(0)
	choice := widget.NewSelect(titles, nil)
	choice.OnChanged = func(string) {
		// A bilingual format marks both texts unless the user narrows it.
		if i := choice.SelectedIndex(); i >= 0 {
			side.SetSelectedIndex(int(fmts[i].DefaultSide()))
		}
	}
	choice.SetSelectedIndex(0)
	confirmed := widget.NewCheck(lang.L("Only confirmed annotations"), nil)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Format"), choice),
		widget.NewFormItem(lang.L("Text"), side),
		widget.NewFormItem("", confirmed),
	}
	d := dialog.NewForm(lang.L("Export"), lang.L("Export…"), lang.L("Cancel"), items, func(ok bool) {
		if !ok || choice.SelectedIndex() < 0 {
			return
		}
		opts := formats.WriteOptions{Side: formats.Side(side.SelectedIndex()), Confirmed: confirmed.Checked}
		ui.exportTo(fmts[choice.SelectedIndex()], opts)
	}, ui.win)
	ui.present(d, d.Dismiss, d.Submit)
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
		ui.showFileDialog(d)
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
	d.SetFileName(ui.suggestedName(ext))
	d.SetFilter(storage.NewExtensionFileFilter(f.Extensions))
	ui.showFileDialog(d)
}

// export writes a copy of the document (so that editing can go on meanwhile) in the background.
func (ui *UI) export(f formats.Format, opts formats.WriteOptions, dest string, isDir bool) {
	data, err := annotate.Marshal(ui.doc)
	if err != nil {
		ui.showError(err)
		return
	}
	ui.progress.run(lang.L("Exporting…"), func() func() {
		warns, err := writeExport(f.Name, data, opts, dest, isDir)
		return func() {
			if err != nil {
				ui.showError(err)
				return
			}
			ui.setStatus(lang.L("Exported to {{.Name}}", map[string]any{"Name": dest}))
			if len(warns) > 0 {
				ui.showWarnings(lang.L("Exported to {{.Name}}, but the format cannot hold everything:", map[string]any{"Name": quoteName(dest)}), warns)
			}
		}
	})
}

// writeExport decodes the snapshot and writes the export files, each as a save is written: atomically,
// keeping a file it replaces as a backup, for the user may have chosen a file of their own work.
func writeExport(format string, data []byte, opts formats.WriteOptions, dest string, isDir bool) ([]string, error) {
	d, err := annotate.Unmarshal(data, "export")
	if err != nil {
		return nil, err
	}
	files, warns, err := formats.Write(format, []*annotate.Document{d}, opts)
	if err != nil {
		return nil, err
	}
	var msgs []string
	for _, w := range warns {
		msgs = append(msgs, warningText(w))
	}
	for _, f := range files {
		path := dest
		if isDir {
			path = filepath.Join(dest, f.Name)
		} else if !f.Main {
			path = filepath.Join(filepath.Dir(dest), f.Name)
		}
		if err := workspace.WriteAtomic(path, f.Data); err != nil {
			return msgs, failed(lang.L("Could not export to {{.Name}}.", map[string]any{"Name": quoteName(path)}), err)
		}
	}
	return msgs, nil
}
