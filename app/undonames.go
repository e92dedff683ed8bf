package app

import (
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/update"
)

// stepWhat names an undo step for the status line after Undo or Redo ("Undone: entity merge"), from
// the name the editor gave the step; a step without a name of its own is "the last change".
func stepWhat(name string) string {
	switch name {
	case "typing", stepAutoProject, stepUnreview:
		return lang.L("typing")
	case annotate.StepRestore:
		return lang.L("recovery of the autosaved changes")
	case stepInsertSuggestion:
		return lang.L("proposal insertion")
	case stepInsertMemory:
		return lang.L("insertion of the memory’s translation")
	case stepInsertMT:
		return lang.L("insertion of the machine translation")
	case stepInsertTerm:
		return lang.L("insertion of a term")
	case stepInsertSource:
		return lang.L("insertion of the French")
	case stepSpelling:
		return lang.L("spelling correction")
	case stepReplace, stepReplaceAll:
		return lang.L("replacement")
	case stepQuotes:
		return lang.L("quotation marks correction")
	case "tag":
		return lang.L("new annotation")
	case "remove span":
		return lang.L("annotation removal")
	case "accept":
		return lang.L("annotation confirmation")
	case "reject":
		return lang.L("annotation rejection")
	case "relabel":
		return lang.L("label change")
	case "correct span":
		return lang.L("annotation bounds change")
	case "mention kind":
		return lang.L("mention kind change")
	case "link", "link speaker":
		return lang.L("speaker link")
	case "unlink":
		return lang.L("speaker unlink")
	case "status", "confirm":
		return lang.L("segment status change")
	case "lock":
		return lang.L("segment lock")
	case "unlock":
		return lang.L("segment unlock")
	case annotate.StepTrackChanges:
		return lang.L("track changes switch")
	case "accept changes":
		return lang.L("acceptance of the changes")
	case "reject changes":
		return lang.L("rejection of the changes")
	case "place inline code":
		return lang.L("inline code placement")
	case "remove inline code":
		return lang.L("inline code removal")
	case stepIgnoreQA:
		return lang.L("ignoring of a QA issue")
	case stepUnignoreQA:
		return lang.L("un-ignoring of a QA issue")
	case "new entity":
		return lang.L("new entity")
	case "merge entities":
		return lang.L("entity merge")
	case stepRenameEntity:
		return lang.L("entity rename")
	case "entity type":
		return lang.L("entity type change")
	case "set entity":
		return lang.L("mention’s entity change")
	case "pre-annotate":
		return lang.L("pre-annotation")
	case "pre-translate":
		return lang.L("pre-translation")
	case stepFillNumbers:
		return lang.L("filling of number-only segments")
	case stepProject:
		return lang.L("annotation projection")
	case annotate.StepAddNote:
		return lang.L("new note")
	case annotate.StepEditNote:
		return lang.L("note edit")
	case annotate.StepRemoveNote:
		return lang.L("note removal")
	case annotate.StepProperties:
		return lang.L("document properties change")
	case update.StepName:
		return lang.L("update from a file")
	}
	return lang.L("the last change")
}

// sayStep puts on the status line what Undo or Redo did ("Undone: entity merge"), before the state
// it leaves: the current segment's, or the selected span.
func (ui *UI) sayStep(said string) {
	ui.showState()
	if ui.status.Text != "" {
		said += " — " + ui.status.Text
	}
	ui.setStatus(said)
}
