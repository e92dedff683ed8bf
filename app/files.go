package app

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/workspace"
)

// prefRecent is the preferences key of the recent-files list.
const prefRecent = "recent"

// Start opens what the command line names: the file in args, or the built-in sample.
// Then it offers the unsaved work a crash left (startDocument).
func (ui *UI) Start(args []string) {
	if len(args) > 0 {
		ui.startDocument(func() { ui.Open(args[0]) })
		return
	}
	recent := ui.recentFiles()
	status := startStatus(lastDocument(recent))
	ui.startDocument(func() { ui.openSample(status) })
}

// startStatus is what the status line says when Glose starts with no file and shows the sample: the
// document of Open Recent it names, last (a person who starts Glose from its menu entry after a day's
// work saw the sample, and nothing said where their article had gone); with none, a first start, how
// to open one's own article (a translator trying Glose saw an article about Trump and Lavrov, named
// nowhere as a sample, and wondered whether to translate it).
func startStatus(last string) string {
	if last != "" {
		return lang.L("This is the sample article; your last document, {{.Name}}, is in File › Open Recent",
			map[string]any{"Name": quoteName(last)})
	}
	return lang.L("This is the sample article: open your own with File › Open… (Ctrl+O) or drop it on the window")
}

// OpenSample shows the built-in sample article, pre-annotated.
func (ui *UI) OpenSample() { ui.openSample("") }

// openSample shows the sample article, with status on the status line when it is not "".
func (ui *UI) openSample(status string) {
	ui.load(lang.L("Opening the sample article…"), "", func() (*loaded, error) {
		d, err := workspace.SampleDocument()
		return &loaded{doc: d, status: status}, err
	})
}

// lastDocument is the first Glose file of recent that is still there, else the first file, or "": a
// text listed before it was imported anew, without the work the Glose file holds.
func lastDocument(recent []string) string {
	first := ""
	for _, p := range recent {
		if _, err := os.Stat(p); err != nil {
			continue
		}
		if isNative(p) {
			return p
		}
		if first == "" {
			first = p
		}
	}
	return first
}

// loaded is what reading a document off the UI goroutine gives the window.
type loaded struct {
	doc   *annotate.Document
	path  string   // the file it is saved to, "" for none
	warns []string // what reading it warned about
	disk  workspace.Version
	lock  *workspace.Lock        // held on path, or nil
	taken *workspace.LockedError // another window holds path
	// newer says a newer Glose wrote the file (formats.WarnNewerFormat): it opens read-only, and
	// unlocked, so that this Glose, which left out what it does not know, never writes over it.
	newer bool
	// unwritable says why a save to path would fail (a read-only folder), or is nil.
	unwritable error
	again      bool   // the document shown, read again from its file (reload): it stays as it was opened
	status     string // what the status line says once it is open, or ""
	// offer is a button the warnings show beside OK (read the file again with its offsets in UTF-16
	// code units, open the Glose file holding earlier work on the text), or nil.
	offer *loadOffer
	// choose, for a file of several documents, opens the one at a place of docs (one of places) the
	// user chose (chooseDocument); nil for a file of one document, which doc holds.
	choose     func(i int) *loaded
	docs       []*annotate.Document
	places     []int
	fromCorpus bool // doc is one of several the file holds
	// fromAutosave is the autosave doc was recovered from (File › Recover unsaved work…), or "".
	fromAutosave string
	// lost says which changes of that autosave could not be read, or is nil.
	lost *lostChanges
	// annotating is the pre-annotation of doc, a text just imported, still running; or nil.
	annotating *openAnnotation
	// annotated says that opening pre-annotated doc (preannotateOpened), whatever it found: a text
	// where it found nothing is not offered pre-annotation again (annotateOffer).
	annotated bool
}

// Open loads a file: Glose JSON is opened as it is; other files (plain text, Markdown) are imported,
// segmented and pre-annotated, and get saved under a new name.
func (ui *UI) Open(path string) { ui.openWith(path, "") }

// readNative reads a Glose JSON document with the version of the file it was read from (taken
// first: a change while it is read is then seen as a change afterwards), locks it, and finds out
// whether it could be saved back.
func readNative(path string) (*loaded, error) {
	v, verr := workspace.ReadVersion(path)
	d, warns, err := workspace.Load(path)
	if err == nil {
		err = verr
	}
	if err != nil {
		return nil, failed(lang.L("Could not open {{.Name}}.", map[string]any{"Name": quoteName(path)}), importError(err))
	}
	l := &loaded{doc: d, path: path, warns: append(importWarningTexts(warns), integrityTexts(d)...), disk: v}
	for _, w := range warns {
		l.newer = l.newer || w.Code == formats.WarnNewerFormat
	}
	if l.newer {
		return l, nil
	}
	var lerr error
	l.lock, lerr = workspace.AcquireLock(path)
	errors.As(lerr, &l.taken)
	l.unwritable = workspace.CheckWritable(path)
	return l, nil
}

// preannotateImport pre-annotates an imported text that has no spans yet, off the UI goroutine, and
// returns warns with what went wrong added: the text opens all the same. terms is the user's glossary
// (userGlossary, taken on the UI goroutine), or nil.
func (ui *UI) preannotateImport(d *annotate.Document, warns []string, terms preannotate.Glossary) []string {
	if len(d.Spans) > 0 {
		return warns
	}
	opts, w := ui.importOptions(terms)
	warns = append(warns, w...)
	if err := preannotate.Run(d, opts); err != nil {
		warns = append(warns, err.Error())
	}
	return warns
}

// importOptions returns the options that pre-annotate an imported text, with the warning that the
// user's entity model could not be read, the built-in one taking its place. terms is as in
// preannotateImport. It loads the model: call it off the UI goroutine.
func (ui *UI) importOptions(terms preannotate.Glossary) (preannotate.Options, []string) {
	var warns []string
	opts, err := ui.annotateOptions()
	if err != nil {
		warns = append(warns, err.Error()+"\n"+lang.L("The built-in entity model was used instead."))
		opts.NER = nil
	}
	opts.Glossary = terms
	return opts, warns
}

// isNative reports whether path holds a Glose JSON document, which Save writes back to.
func isNative(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".json" || ext == ".glose"
}

// load runs read off the UI goroutine behind a progress dialog, then shows the document, offering
// to recover an autosave newer than it. Unsaved changes to the document shown are settled first.
// origin is the file an imported document is read from, or "".
func (ui *UI) load(what, origin string, read func() (*loaded, error)) {
	question := lang.L("Save the changes to “{{.Name}}” before opening another document?", map[string]any{"Name": ui.documentName()})
	ui.settleUnsaved(question, func() { ui.loadNow(what, origin, read) })
}

func (ui *UI) loadNow(what, origin string, read func() (*loaded, error)) {
	ui.progress.run(what, func() func() {
		l, err := read()
		return func() {
			if err != nil {
				ui.afterReload = nil
				ui.startSettled() // the work listed at start goes under the error, answered first
				ui.showError(err)
				ui.loadEnded(err)
				return
			}
			if l.choose != nil {
				ui.chooseDocument(what, origin, l)
				return
			}
			if l.taken != nil && !l.again {
				ui.startSettled() // under the question, as under the question of an autosave
				ui.askOpenTaken(l, origin)
				ui.loadEnded(nil)
				return
			}
			ui.show(l, origin, l.again && ui.readOnly)
		}
	})
}

// show puts a document read by load in the window.
func (ui *UI) show(l *loaded, origin string, readOnly bool) {
	ui.setDocument(l.doc, l.path)
	ui.annotateOffer.offerFor(l)
	ui.relabelOffer.hide()
	ui.origin, ui.fromCorpus = origin, l.fromCorpus
	ui.disk, ui.diskSeen = l.disk, workspace.Version{}
	ui.holdLock(l.lock)
	ui.readOnly, ui.second = readOnly || l.newer, l.taken != nil
	ui.alerts.set(alertAutosave, "")
	ui.goneSeen = false
	ui.alerts.set(alertGone, "")
	ui.unblockSave()
	if msg := ui.unsavableHere(l); msg != "" && !readOnly && l.unwritable != nil {
		ui.blockSave(l.path, msg, l.unwritable) // the autosave looks whether it is over
	} else {
		ui.alerts.set(alertSave, msg)
	}
	ui.updateTitle()
	if l.path != "" {
		ui.addRecent(l.path)
	}
	if l.annotating != nil {
		ui.awaitAnnotation(l.annotating)
	}
	if l.status != "" {
		ui.setStatus(l.status)
	}
	if len(l.doc.Segments) == 0 { // an empty file opened silently as "0 segments"
		l.warns = append(l.warns, lang.L("It holds no text: there is nothing to translate or annotate."))
	}
	if len(l.warns) > 0 {
		ui.showLoadWarnings(l.warns, l.offer)
	}
	if then := ui.afterReload; then != nil {
		ui.afterReload = nil
		then()
	}
	if ui.afterLoad != nil {
		if l.annotating == nil { // else once its proposals are in (takeAnnotation)
			ui.loadEnded(nil)
		}
		return // a screenshot: no dialog over the window
	}
	if l.fromAutosave != "" {
		ui.startSettled()
		ui.restoreAutosave(l.fromAutosave, false)
		ui.tellLost(l.lost)
		return
	}
	ui.offerRecovery() // then the work listed at start, once its question is answered
}

// loadEnded tells a screenshot waiting for the document that it is shown, or that it cannot be (err,
// or a question in its place): the window is then taken as it is, rather than waited for forever.
func (ui *UI) loadEnded(err error) {
	if ui.afterLoad != nil {
		ui.afterLoad(err)
	}
}

// save writes the document to its file, or asks for one.
func (ui *UI) save() { ui.saveThen(nil) }

// saveThen saves the document to its file, asking for one when it has none or was opened read-only,
// and asking what to do when the file changed on disk since it was opened or last saved; then it
// runs then (if not nil). Nothing more happens when the user cancels or the save fails.
func (ui *UI) saveThen(then func()) {
	if ui.path == "" || ui.readOnly {
		ui.saveAsThen(then)
		return
	}
	if ui.isGone() {
		ui.askSaveGone(then)
		return
	}
	ui.saveHere(then)
}

// saveHere saves the document to its file, asking what to do when the file changed on disk, then
// runs then (if not nil).
func (ui *UI) saveHere(then func()) {
	err := ui.saveTo(ui.path)
	var conflict *workspace.ConflictError
	switch {
	case errors.As(err, &conflict):
		ui.resolveConflict(then)
	case err != nil:
		ui.showError(err)
	case then != nil:
		then()
	}
}

// saveTo writes the document atomically (keeping the previous version as a backup) and removes the
// autosave, which the file now supersedes. A name that is not Glose JSON's gets ".json" added: Glose
// saves nothing else, and "copy.txt" would be opened again as plain text. Saving to the document's
// own file fails with a *workspace.ConflictError when the file changed on disk since it was opened
// or last saved; another file is replaced (the Save As dialog asked).
func (ui *UI) saveTo(path string) error {
	return ui.saveOver(path, false)
}

// saveOver is saveTo, saving over a changed file when force is set.
func (ui *UI) saveOver(path string, force bool) error {
	asked := path
	if !isNative(path) {
		path += ".json"
	}
	base := workspace.Version{}
	if path == ui.path && !force {
		base = ui.disk
	}
	v, err := workspace.SaveOver(path, ui.docToSave(), base)
	var conflict *workspace.ConflictError
	if errors.As(err, &conflict) {
		return err
	}
	if err != nil {
		msg := lang.L("Could not save the document as {{.Name}}.", map[string]any{"Name": quoteName(path)})
		if !ui.dirty { // Save on an unchanged document: say that nothing is lost, claim no changes
			msg += " " + lang.L("It has no unsaved changes: nothing is lost.")
		}
		err = failed(msg, err)
		ui.blockSave(path, saveFailed(path, err, ui.dirty), err)
		return err
	}
	oldPath := ui.path
	ui.path, ui.readOnly = path, false
	ui.markSaved()
	ui.disk, ui.diskSeen = v, workspace.Version{}
	ui.unblockSave()
	ui.alerts.set(alertAutosave, "")
	ui.fileBack()
	ui.autosave.stop()
	ui.discardAutosave(oldPath)
	if oldPath != path {
		ui.lockAfterSaveAs(path)
		ui.discardAutosave(path)
	}
	if oldPath == "" && ui.origin != "" && !ui.fromCorpus {
		ui.forgetRecent(ui.origin) // it would import the text again, without the work saved here
	}
	ui.addRecent(path)
	ui.updateTitle()
	if asked != path {
		ui.setStatus(lang.L("Saved as {{.Name}}: Glose saves documents as Glose JSON", map[string]any{"Name": path}))
		return nil
	}
	ui.setStatus(lang.L("Saved {{.Name}}", map[string]any{"Name": path}))
	return nil
}

// saveAsDialog asks where to save the document as Glose JSON.
func (ui *UI) saveAsDialog() { ui.saveAsThen(nil) }

// saveAsThen asks where to save the document as Glose JSON, saves it, then runs then (if not nil);
// nothing more happens when the user cancels or the save fails.
func (ui *UI) saveAsThen(then func()) {
	d := ui.newFileSave(func(w fyne.URIWriteCloser, err error) {
		path := ui.chosenPath(w, err)
		if path == "" {
			return
		}
		if err := ui.saveTo(path); err != nil {
			ui.showError(err)
			return
		}
		if then != nil {
			then()
		}
	})
	name, dir := ui.saveAsPlace()
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json", ".glose"}))
	ui.showSaveDialog(d, fileDialogTitle(lang.L("Save As…")), dir)
}

// chosenPath returns the file a save dialog's answer names, or "" when there is nothing to write:
// the user cancelled, or the file cannot be created (said in a dialog). Fyne's dialog creates a new
// file, empty: it is removed, as no previous version to back up, and to leave nothing behind when the
// document is written elsewhere. A file the user agreed to replace is opened but left as it was (see
// lazyFileRepo), for the save to back it up. A full path typed in the name box, which Fyne appends to
// the folder shown, is understood as typed.
func (ui *UI) chosenPath(w fyne.URIWriteCloser, err error) string {
	if err != nil {
		if path := typedPath(err); path != "" {
			return path
		}
		var pe *fs.PathError
		if errors.As(err, &pe) && errors.Is(err, fs.ErrNotExist) {
			err = failed(lang.L("Could not create {{.Name}}: the folder {{.Dir}} does not exist. Type a file name only, and choose the folder in the dialog.",
				map[string]any{"Name": quoteName(pe.Path), "Dir": quoteDir(filepath.Dir(pe.Path))}), nil)
		} else {
			err = failed(lang.L("Could not create the file."), err)
		}
		ui.showError(err)
		return ""
	}
	if w == nil {
		return ""
	}
	path := w.URI().Path()
	_ = w.Close() // the file is written afterwards, atomically
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() && info.Size() == 0 {
		_ = os.Remove(path)
	}
	return path
}

// typedPath returns the absolute path a user typed in a save dialog's name box, when err is Fyne's
// failure to create it below the folder shown ("/home/me" + "/tmp/work/a.json"): the longest ending
// of the failed path that starts with a separator, follows a folder that exists (the one shown) and
// names a file in a folder that exists. It returns "" otherwise, or when that file exists already
// (the dialog did not ask whether to replace it).
func typedPath(err error) string {
	var pe *fs.PathError
	if !errors.As(err, &pe) || !errors.Is(err, fs.ErrNotExist) || !filepath.IsAbs(pe.Path) {
		return ""
	}
	p := pe.Path
	for i := 1; i < len(p); i++ {
		if p[i] != filepath.Separator {
			continue
		}
		cand := p[i:]
		if !isDir(p[:i]) || !isDir(filepath.Dir(cand)) {
			continue
		}
		if _, err := os.Stat(cand); err == nil {
			return ""
		}
		return cand
	}
	return ""
}

// isDir reports whether path is a folder.
func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// quoteDir names a folder in a message, in full.
func quoteDir(dir string) string {
	return lang.L("“{{.Name}}”", map[string]any{"Name": dir})
}

// suggestedName is the default file name for saving or exporting with the given extension: the
// document's file's, or the name of the file it was imported from, or for a document chosen in a
// corpus its ID, made a file name every system accepts (formats.SafeFileName).
func (ui *UI) suggestedName(ext string) string {
	paths := []string{ui.path, ui.origin}
	if ui.fromCorpus {
		paths = paths[:1] // the corpus's name is not the document's
	}
	for _, p := range paths {
		if p != "" {
			return strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)) + ext
		}
	}
	return formats.SafeFileName(ui.doc.ID) + ext // an ID may be "CON" or hold a "/"
}

// fileDialog is what Open and Save dialogs have in common.
type fileDialog interface{ SetLocation(fyne.ListableURI) }

// setDialogDir starts a file dialog in the directory of the document, of the file it was imported
// from, or of the last recent file.
func (ui *UI) setDialogDir(d fileDialog) {
	dir := ""
	if r := ui.recentFiles(); len(r) > 0 {
		dir = filepath.Dir(r[0])
	}
	for _, p := range []string{ui.origin, ui.path} {
		if p != "" {
			dir = filepath.Dir(p)
		}
	}
	if dir == "" {
		return
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
}

// chooseFile shows an Open dialog limited to the given extensions, starting in the document's
// directory, and hands the chosen file to open; a failure to open it is shown, a cancel does nothing.
func (ui *UI) chooseFile(title string, exts []string, open func(r fyne.URIReadCloser)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			ui.showError(err)
			return
		}
		open(r)
	}, ui.win)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	ui.showFileDialog(d, title)
}

// openDialog asks for a file to open, in any format Glose reads.
func (ui *UI) openDialog() {
	ui.chooseFile(fileDialogTitle(lang.L("Open…")), readableExtensions(), func(r fyne.URIReadCloser) {
		path := r.URI().Path()
		_ = r.Close()
		ui.Open(path)
	})
}

// readableExtensions lists the file extensions of every format Glose imports.
func readableExtensions() []string {
	exts := []string{".markdown", ".srt", ".vtt"} // read as text
	for _, f := range formats.All() {
		if f.CanRead() {
			exts = append(exts, f.Extensions...)
		}
	}
	slices.Sort(exts)
	return slices.Compact(exts)
}

// onDropped opens the first file dropped on the window.
func (ui *UI) onDropped(_ fyne.Position, uris []fyne.URI) {
	for _, u := range uris {
		if u.Scheme() == "file" {
			ui.Open(u.Path())
			return
		}
	}
	ui.showError(errors.New(lang.L("Only files can be dropped here")))
}

// recentFiles returns the recent-files list from the preferences.
func (ui *UI) recentFiles() []string {
	return ui.app.Preferences().StringList(prefRecent)
}

// forgetRecent takes path out of the recent-files list.
func (ui *UI) forgetRecent(path string) {
	list := slices.DeleteFunc(slices.Clone(ui.recentFiles()), func(p string) bool { return p == path })
	setStringList(ui.app.Preferences(), prefRecent, list)
}

// addRecent puts path first in the recent-files list.
func (ui *UI) addRecent(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	setStringList(ui.app.Preferences(), prefRecent, workspace.AddRecent(ui.recentFiles(), path))
	ui.fillRecentMenu()
}
