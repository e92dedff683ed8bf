package app

import (
	"errors"
	"log"
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
// where they are kept. The changes are counted as the autosave numbers them, from the document last
// written in full, not by the file's lines (a 4 MB article's autosave has a million of them); the
// file, line and byte go to the log, for whoever looks into the copy.
func (ui *UI) tellLost(l *lostChanges) {
	if l == nil {
		return
	}
	log.Print(l.err)
	n := l.err.Lost
	args := map[string]any{"Name": ui.documentName(), "Applied": l.err.Applied, "Total": l.err.Applied + n, "N": n, "First": l.err.Applied + 1, "Cause": lostCause(l.err), "File": l.aside}
	if l.err.Applied == 0 { // "recovered with 0 of the 3 changes" said it, clumsily
		ui.showInfo(lang.L("Some changes not recovered"), lang.N("“{{.Name}}” was recovered as its autosave last wrote it in full, without any of the {{.N}} changes recorded after that: none of them can be read. {{.Cause}} The autosave as it was is kept as {{.File}}.", n, args))
		return
	}
	ui.showInfo(lang.L("Some changes not recovered"), lang.N("“{{.Name}}” was recovered with {{.Applied}} of the {{.Total}} changes its autosave recorded after the document written in full; the last {{.N}}, from change {{.First}} on, cannot be read. {{.Cause}} The autosave as it was is kept as {{.File}}.", n, args))
}

// lostCause says why a change cannot be read: cut short, or damaged (its checksum, a garbled line, a
// change missing, one that does not fit the document), in the interface's language (the French
// message said "Il est endommagé : change 2 is damaged (checksum …)"). The reader's own words go to
// the log with the rest of the error.
func lostCause(cl *workspace.ChangesLost) string {
	if cl.CutShort {
		return lang.L("It is cut short: Glose or the computer stopped while it was being written.")
	}
	var ce *workspace.ChecksumError
	if errors.As(cl.Err, &ce) {
		return lang.L("Change {{.N}} is damaged: what it records does not match its checksum (CRC-32 {{.Sum}}, {{.Want}} expected).",
			map[string]any{"N": ce.Change, "Sum": ce.Sum, "Want": ce.Want})
	}
	var de *workspace.ChangeError
	if errors.As(cl.Err, &de) {
		args := map[string]any{"N": de.Change, "Found": de.Found}
		switch {
		case de.Kind == workspace.NotAChange:
			return lang.L("Change {{.N}} is damaged: its line is not a change as Glose writes them.", args)
		case de.Kind == workspace.ChangeOutOfPlace && de.Found > de.Change:
			return lang.L("Change {{.N}} is missing: the line where it should be holds change {{.Found}}.", args)
		case de.Kind == workspace.ChangeOutOfPlace:
			return lang.L("Change {{.N}} is out of place: the line where it should be holds change {{.Found}}.", args)
		case de.Kind == workspace.ChangeDoesNotApply:
			return lang.L("Change {{.N}} does not fit the document as the changes before it left it.", args)
		}
	}
	return lang.L("It is damaged: {{.Detail}}", map[string]any{"Detail": sentence(cl.Err.Error())})
}
