package app

import (
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/workspace"
)

// openWith is Open with the unit of a doccano or Label Studio file's offsets: "" lets the file's
// content decide (code points, unless they do not fit and UTF-16 code units do), "utf16" is what the
// user chose when the warnings offered it.
func (ui *UI) openWith(path, unit string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs // as Open Recent and the file dialogs name it: `glose article.json` finds its place
	}
	terms, recent := ui.userGlossary(), ui.recentFiles()
	origin := path
	if isNative(path) {
		origin = ""
	}
	what := lang.L("Opening {{.Name}}…", map[string]any{"Name": filepath.Base(path)})
	ui.load(what, origin, func() (*loaded, error) {
		if isNative(path) {
			return readNative(path)
		}
		// The reader itself reads offsets that fit only in UTF-16 code units so, and says it in a
		// warning (formats.WarnOffsetsReadUTF16, WarnOffsetsOtherUnit), as glose-cli import does.
		docs, warns, err := workspace.LoadAll(path, formats.ReadOptions{Unit: unit})
		if err != nil {
			return nil, failed(lang.L("Could not open {{.Name}}.", map[string]any{"Name": quoteName(path)}), importError(err))
		}
		places := workspace.Choices(docs, warns)
		if len(places) > 1 {
			// A corpus: the user chooses the document (chooseDocument), which is then imported.
			return &loaded{choose: func(i int) *loaded {
				d, w := workspace.Pick(path, docs, warns, i)
				l := ui.imported(path, unit, d, w, terms)
				l.fromCorpus = true
				return l
			}, docs: docs, places: places}, nil
		}
		d, w := workspace.Pick(path, docs, warns, places[0])
		l := ui.imported(path, unit, d, w, terms)
		ui.offerSavedWork(l, path, recent)
		return l, nil
	})
}

// imported is what opening path shows of d, a document read from it with the warnings warns: d is
// pre-annotated when it has no spans (preannotateOpened), and the warnings offer to read the file
// again with its offsets in UTF-16 code units when it may have been written so.
func (ui *UI) imported(path, unit string, d *annotate.Document, warns []formats.Warning, terms preannotate.Glossary) *loaded {
	texts := importWarningTexts(warns)
	l := &loaded{}
	switch {
	case unit != "":
		l.status = lang.L("Opened {{.Name}} with its offsets counted in UTF-16 code units.", map[string]any{"Name": quoteName(path)})
	case offersUnit(warns):
		l.offer = &loadOffer{label: lang.L("Reopen with UTF-16 offsets"), open: func() { ui.openWith(path, formats.UnitFlag(annotate.UTF16)) }}
	}
	ui.do(func() { ui.addRecent(path) }) // reopening it imports it again
	l.doc, l.warns = d, texts
	ui.preannotateOpened(l, terms)
	return l
}

// offersUnit reports whether warns say that offsets were read as code points where a browser tool
// may have counted UTF-16 code units: the warnings then offer to read the file again so.
func offersUnit(warns []formats.Warning) bool {
	return slices.ContainsFunc(warns, func(w formats.Warning) bool {
		return w.Code == formats.WarnCodePointsAssumed || w.Code == formats.WarnOffsetsUnchecked
	})
}
