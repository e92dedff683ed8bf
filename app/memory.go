package app

import (
	"context"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
)

// suggestionActions are the Tools menu's actions with shortcuts: Ctrl+1…5 insert suggestion 1…5
// (only the first shows in the menu and the help sheet, for all five), machine translation of the
// segment, pre-translation of the document.
func (ui *UI) suggestionActions() []*action {
	var out []*action
	for n := range numbered {
		key := fyne.KeyName(string(rune('1' + n)))
		a := &action{name: lang.L("Insert proposal {{.N}}", map[string]any{"N": n + 1}),
			short: []fyne.Shortcut{custom(key, ctrl)}, run: func() { ui.insertSuggestion(n) }}
		if n == 0 {
			a.name, a.keys = lang.L("Insert a proposal (1 is the best)"), "Ctrl+1 … Ctrl+5"
		}
		out = append(out, a)
	}
	return append(out,
		&action{name: lang.L("Machine-translate the segment"), keys: "Ctrl+M", run: ui.askMT,
			short: []fyne.Shortcut{custom(fyne.KeyM, ctrl)}},
		&action{name: lang.L("Pre-translate the document…"), keys: "Ctrl+Shift+T", run: ui.pretranslate,
			short: []fyne.Shortcut{custom(fyne.KeyT, ctrl|shift)}},
		&action{name: lang.L("Fill number-only segments"), keys: "Ctrl+Alt+N", run: func() { ui.run(ui.fillNumberOnly) },
			short: []fyne.Shortcut{custom(fyne.KeyN, ctrl|alt)}}, // Numbers, Nombres
	)
}

// toolsMenu is the Tools menu: suggestions, pre-translation, the tools working on the whole document's
// annotations, memory and glossary files, the glossary's entries, settings.
func (ui *UI) toolsMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	tools := ui.acts.tools
	last := len(tools) - 1 // Settings…, after the files' items
	for i, a := range tools {
		if i == last {
			items = append(items, fyne.NewMenuItemSeparator(),
				fyne.NewMenuItem(lang.L("Import a translation memory (TMX)…"), ui.importTMXDialog),
				fyne.NewMenuItem(lang.L("Export the translation memory (TMX)…"), ui.exportTMXDialog),
				fyne.NewMenuItem(lang.L("Import a glossary (TBX, CSV)…"), ui.importGlossaryDialog),
				fyne.NewMenuItem(lang.L("Glossary…"), ui.glossaryDialog))
		}
		if a.sepBefore {
			items = append(items, fyne.NewMenuItemSeparator())
		}
		if i == 0 || i >= numbered {
			items = append(items, a.menuItem())
		}
	}
	return fyne.NewMenu(lang.L("Tools"), items...)
}

// importTMXDialog asks for a TMX file to add to the memory.
func (ui *UI) importTMXDialog() {
	ui.chooseFile(fileDialogTitle(lang.L("Import a translation memory (TMX)…")), []string{".tmx", ".xml"}, func(r fyne.URIReadCloser) { ui.importTMX(r, r.URI().Name()) })
}

// importTMX adds the units of a TMX file, in the document's language pair, to the memory, then
// closes r.
func (ui *UI) importTMX(r io.ReadCloser, name string) {
	p := ui.sugg
	if err := p.unavailable(); err != nil {
		_ = r.Close()
		ui.showError(err)
		return
	}
	src := p.src
	opts := tm.ImportOptions{SourceLang: src.eng.SourceLang, TargetLang: src.eng.TargetLang, Origin: name}
	ui.progress.run(lang.L("Importing {{.Name}}…", map[string]any{"Name": name}), func() func() {
		defer r.Close()
		st, err := src.mem.Import(context.Background(), r, opts)
		return func() {
			if st.Units > 0 && p.src == src {
				p.sourcesChanged()
			}
			if err != nil {
				ui.showError(failed(lang.L("Could not import the translation memory {{.Name}}.", map[string]any{"Name": quoteName(name)}), err))
				return
			}
			status := lang.N("Imported {{.N}} translation units from {{.Name}}", st.Units, map[string]any{"N": st.Units, "Name": name}) +
				" " + lang.N("({{.N}} skipped)", st.Skipped, map[string]any{"N": st.Skipped})
			for _, w := range importWarningTexts(st.Warnings) {
				status = sentence(status) + " " + w
			}
			ui.setStatus(status)
		}
	})
}

// exportTMXDialog asks where to write the memory as TMX.
func (ui *UI) exportTMXDialog() {
	d := ui.newFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			ui.showError(err)
			return
		}
		ui.exportTMX(w, w.URI().Path())
	})
	d.SetFileName("glose-memory.tmx")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".tmx"}))
	ui.showSaveDialog(d, fileDialogTitle(lang.L("Export the translation memory (TMX)…")), "")
}

// exportTMX writes the whole memory to w as TMX 1.4b, then closes w.
func (ui *UI) exportTMX(w io.WriteCloser, name string) {
	p := ui.sugg
	if err := p.unavailable(); err != nil {
		_ = w.Close()
		ui.showError(err)
		return
	}
	mem := p.src.mem
	ui.progress.run(lang.L("Exporting the translation memory…"), func() func() {
		err := mem.Export(context.Background(), w)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		n, _ := mem.Count(context.Background())
		return func() {
			if err != nil {
				ui.showError(failed(lang.L("Could not export the translation memory to {{.Name}}.", map[string]any{"Name": quoteName(name)}), err))
				return
			}
			ui.setStatus(lang.N("Exported {{.N}} translation units to {{.Name}}", n, map[string]any{"N": n, "Name": name}))
		}
	})
}

// place is where segment i stands, for the memory.
func (ui *UI) place(i int) tm.Place { return suggest.PlaceOf(ui.doc, i) }

// writeMemory runs write, a write to the memory, off the UI goroutine once the writes begun before
// it are done, then says how it went (stored): the memory keeps one English per segment, the last
// written, which must be the last the translator gave (Replace all's new English, then Ctrl+Z's old
// one), not the one whose goroutine happened to finish last.
func (ui *UI) writeMemory(write func() error) {
	p := ui.sugg
	ui.queueMemory(func() func() {
		err := write()
		return func() { p.stored(err) }
	})
}

// memoryEdits follows the English of the current segment, so that a translated or reviewed segment
// corrected by typing (it stays translated, and is not confirmed again) goes to the memory when the
// translator leaves it, as Ctrl+Enter would have stored it: the memory kept the English as first
// confirmed and offered it, uncorrected, as a 100% match. A segment left as it was entered is not
// stored (a client's file read translated, say), nor English already stored.
type memoryEdits struct {
	seg    *annotate.Segment            // the current segment, as it became current
	target string                       // its English then
	stored map[*annotate.Segment]string // the English last stored of each segment; "" once taken back
	priors *priors                      // what the memory held before each segment's English was stored

	written chan struct{} // closed when the last write to the memory begun is done (writeMemory)
}

// forget lets go of the segments of the document leaving the window, whose undo history goes with
// it: nothing can take their stores back any more. Writes begun keep the priors they were given.
func (m *memoryEdits) forget() {
	m.seg, m.target, m.stored, m.priors = nil, "", nil, nil
}

// enter notes the English of seg, the current segment, unless it was current already.
func (m *memoryEdits) enter(seg *annotate.Segment) {
	if seg != m.seg {
		m.seg, m.target = seg, seg.Target
	}
}

// storing says whether seg's English is other than the one last stored of it, and notes it stored.
func (m *memoryEdits) storing(seg *annotate.Segment) bool {
	if m.stored == nil {
		m.stored = map[*annotate.Segment]string{}
	}
	if last, ok := m.stored[seg]; ok && last == seg.Target {
		return false
	}
	m.stored[seg] = seg.Target
	return true
}

// rememberEdited stores segment i, the current one being left, in the memory if its English changed
// while it was current (remember stores only translated and reviewed segments).
func (ui *UI) rememberEdited(i int) {
	if i < 0 || i >= len(ui.doc.Segments) {
		return
	}
	if s := ui.doc.Segments[i]; s == ui.sugg.memo.seg && s.Target != ui.sugg.memo.target {
		ui.remember(i)
	}
}
