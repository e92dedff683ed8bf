package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/glose-app/glose/workspace"
)

// saveAsPlace is the file name and the folder the Save As dialog proposes (folder "" for the
// dialog's usual one, see setDialogDir). The document's own name is proposed where it can be saved;
// where it cannot (the file is read-only or its folder is, or another window holds it), proposing
// it again would send the user back into the same failure: then the first free name of the kind
// "article (2).glose.json" beside it, or, when its folder cannot be written to, the same name in the
// user's home folder. An imported document's name is the first free one beside the file it came from.
func (ui *UI) saveAsPlace() (name, dir string) {
	name = ui.suggestedName(".json")
	if ui.path == "" && ui.origin != "" {
		// An import has no file of its own: a file of its name beside the text is an earlier
		// document from it, holding earlier work, which proposing it invited Enter to replace.
		return freeName(filepath.Dir(ui.origin), name), ""
	}
	if ui.path == "" || !isNative(ui.path) || (!ui.readOnly && workspace.CheckWritable(ui.path) == nil) {
		return name, ""
	}
	dir = filepath.Dir(ui.path)
	if workspace.CheckWritable(filepath.Join(dir, freeName(dir, name))) != nil {
		home, err := os.UserHomeDir()
		if err != nil || workspace.CheckWritable(filepath.Join(home, freeName(home, name))) != nil {
			return freeName(dir, name), dir // nowhere better known: the dialog lets the user choose
		}
		dir = home
	}
	return freeName(dir, name), dir
}

// freeName is name, or the first of "stem (2).ext", "stem (3).ext"… that names no file in dir; the
// extension of a Glose document may be double, ".glose.json", and stays whole.
func freeName(dir, name string) string {
	ext := filepath.Ext(name)
	if strings.HasSuffix(strings.ToLower(name), ".glose.json") {
		ext = name[len(name)-len(".glose.json"):]
	}
	stem := strings.TrimSuffix(name, ext)
	for i := 2; i < 1000; i++ {
		if _, err := os.Lstat(filepath.Join(dir, name)); err != nil {
			return name
		}
		name = fmt.Sprintf("%s (%d)%s", stem, i, ext)
	}
	return name
}
