package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// savedWork returns the Glose file holding earlier work on d, a text just imported from path: a
// document beside path, saved from an import of the same file (its origin is d's) with the same
// text, the newest when there are several; "" when there is none. recent is the Open Recent list,
// where a name Save As proposed other than the text's own ("article (2).json") is found; only names
// starting with the text's are read, so that opening a text reads no unrelated document.
//
// Opening a text imports it anew, pre-annotated but without that work: a person who reopened an
// article as they first opened it (the same command, its name in Open Recent) saw none of what they
// had confirmed and translated, and nothing said it was in the Glose file.
func savedWork(path string, d *annotate.Document, recent []string) string {
	if d == nil || d.Meta.Origin == "" {
		return ""
	}
	dir, stem := filepath.Dir(path), strings.TrimSuffix(path, filepath.Ext(path))
	cands := []string{stem + ".json"}
	for _, p := range recent {
		if isNative(p) && filepath.Dir(p) == dir && strings.HasPrefix(p, stem) && !slices.Contains(cands, p) {
			cands = append(cands, p)
		}
	}
	best, newest := "", time.Time{}
	for _, c := range cands {
		info, err := os.Stat(c)
		if err != nil || info.Size() > workspace.MaxFileSize || !info.ModTime().After(newest) {
			continue
		}
		saved, _, err := workspace.Load(c)
		if err != nil || saved.Meta.Origin != d.Meta.Origin || saved.Text != d.Text {
			continue
		}
		best, newest = c, info.ModTime()
	}
	return best
}

// offerSavedWork says, first among the warnings of l, a text just imported from path, that the work
// saved from an earlier import of it is in another file, and offers to open that file instead (Open
// Recent then names that file alone).
func (ui *UI) offerSavedWork(l *loaded, path string, recent []string) {
	saved := savedWork(path, l.doc, recent)
	if saved == "" || l.offer != nil {
		return
	}
	msg := lang.L("This is a new import of {{.Text}}, without the work saved from it in {{.Saved}}: open that file to go on with it.",
		map[string]any{"Text": quoteName(path), "Saved": quoteName(saved)})
	l.warns = append([]string{msg}, l.warns...)
	l.offer = &loadOffer{label: lang.L("Open {{.Name}}", map[string]any{"Name": filepath.Base(saved)}), open: func() {
		ui.forgetRecent(path) // the text's entry, put back by this import, would lead here again
		ui.Open(saved)
	}, primary: true} // Enter, pressed by reflex on a warning, goes back to the work
}
