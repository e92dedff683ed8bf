package app

import (
	"errors"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// lostChanges says that an autosave was recovered without its last changes, which cannot be read
// (workspace.ChangesLost), and where a copy of it keeps them.
type lostChanges struct {
	err   *workspace.ChangesLost
	aside string
}

// partialRecovery takes what LoadRecovery gave for the autosave side: changes lost at its end are no
// failure, as the document came with the changes before them, but the autosave is first copied aside,
// since the window recovering it writes it again at once; without that copy it is a failure, and the
// autosave is offered as a damaged one, kept whole. Any other error is returned as it is.
func partialRecovery(side string, d *annotate.Document, err error) (*lostChanges, error) {
	var cl *workspace.ChangesLost
	if d == nil || !errors.As(err, &cl) {
		return nil, err
	}
	aside, cerr := workspace.CopyAutosaveAside(side, time.Now())
	if cerr != nil {
		return nil, errors.Join(err, cerr)
	}
	return &lostChanges{err: cl, aside: aside}, nil
}

// tellLost says, once the document is shown, which changes its autosave could not give back, and
// where they are kept.
func (ui *UI) tellLost(l *lostChanges) {
	if l == nil {
		return
	}
	cause := lang.L("It is cut short: Glose or the computer stopped while it was being written.")
	if !l.err.CutShort {
		cause = lang.L("It is damaged: {{.Detail}}", map[string]any{"Detail": sentence(l.err.Err.Error())})
	}
	ui.showInfo(lang.L("Some changes not recovered"), lang.L("The changes to “{{.Name}}” were recovered up to line {{.Line}} of their autosave; what it recorded after that line cannot be read. {{.Cause}} The autosave as it was is kept as {{.File}}.",
		map[string]any{"Name": ui.documentName(), "Line": l.err.Line, "Cause": cause, "File": l.aside}))
}
