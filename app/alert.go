package app

import (
	"errors"
	"strings"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/workspace"
)

// alertBar is a warning across the top of the window that stays until what it warns about is over:
// the work is not protected (an autosave failed) or cannot be saved where it is (a failed save, a
// read-only folder, a document opened read-only). The status line, which the next action replaces,
// is no place for it.
type alertBar struct {
	box  *fyne.Container
	text *messageText // wrapped at ordinary spaces only: no French « : » alone at the start of a line
	msgs [alertKinds]string
	// relaid lays out again the bars the bar is among, and the segments under them, when it shows or
	// hides: a container shown or hidden does not tell its parent, which kept no room for it (or, once
	// it went, its room) until something else (a dialog) had the window laid out again.
	relaid func()
}

// What an alert is about; each has its own message, and its own moment to go away.
const (
	alertSave     = iota // the document cannot be saved to its file: until it is saved
	alertAutosave        // the autosave failed: until one succeeds
	alertGone            // the file was deleted or moved by another program: until it is back or saved
	alertKinds
)

func newAlertBar(saveAs func()) *alertBar {
	a := &alertBar{text: newFluidText("").importance(widget.DangerImportance).bold()}
	button := widget.NewButtonWithIcon(lang.L("Save As…"), theme.DocumentSaveIcon(), saveAs)
	a.box = container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), container.NewCenter(button), a.text)
	a.box.Hide()
	return a
}

// set shows msg for what kind says, or takes that warning away when msg is "".
func (a *alertBar) set(kind int, msg string) {
	if a.msgs[kind] == msg {
		return
	}
	a.msgs[kind] = msg
	var shown []string
	for _, m := range a.msgs {
		if m != "" {
			shown = append(shown, m)
		}
	}
	a.text.SetText(strings.Join(shown, "\n"))
	if len(shown) == 0 {
		a.box.Hide()
	} else {
		a.box.Show()
	}
	if a.relaid != nil {
		a.relaid()
	}
}

// Text returns the warnings shown, "" for none.
func (a *alertBar) Text() string {
	if !a.box.Visible() {
		return ""
	}
	return a.text.Text
}

// ioReason says why writing a file failed, as the end of a sentence in the interface language, with
// its full stop: "the disk is full.". For a cause Glose cannot name it gives the system's own words.
func ioReason(err error) string {
	switch workspace.IOProblem(err) {
	case workspace.ProblemReadOnly:
		return lang.L("the disk is read-only.")
	case workspace.ProblemDiskFull:
		return lang.L("the disk is full.")
	case workspace.ProblemQuota:
		return lang.L("your disk quota is used up.")
	case workspace.ProblemDenied:
		return lang.L("you are not allowed to write there.")
	case workspace.ProblemFileReadOnly:
		return lang.L("the file is read-only.")
	case workspace.ProblemNoFolder:
		return lang.L("its folder no longer exists (deleted or moved).")
	case workspace.ProblemNotFolder:
		return lang.L("a file stands where one of its folders should be.")
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno.Error() + "."
	}
	return err.Error() + "."
}

// autosaveFailed is the lasting warning of an autosave that failed.
func autosaveFailed(err error) string {
	return lang.L("Autosave failed: {{.Reason}} Until it succeeds again, a crash would lose your changes.",
		map[string]any{"Reason": ioReason(err)})
}
