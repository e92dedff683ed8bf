package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/update"
)

// returnedExtensions are the files File › Update the translation from a file offers: XLIFF and TMX.
var returnedExtensions = []string{".tmx", ".xlf", ".xliff"}

// updateDialog asks for the file a reviewer or a translation tool returned, to update the document's
// translation from it (a CAT tool's reimport).
func (ui *UI) updateDialog() {
	ui.chooseFile(fileDialogTitle(lang.L("Update the translation from a file…")), returnedExtensions, func(r fyne.URIReadCloser) {
		path := r.URI().Path()
		_ = r.Close()
		ui.updateFrom(path)
	})
}

// updateFrom compares the returned file at path with the document and shows what updating would
// change, with Apply and Cancel; a file that matches nothing is refused, naming it.
func (ui *UI) updateFrom(path string) {
	plan, _, err := update.ReadFile(ui.doc, path)
	if err != nil {
		ui.showError(updateError(path, err))
		return
	}
	lines := updateSummary(plan)
	if len(plan.Changes) == 0 {
		msg := lang.L("Nothing to update from {{.Name}}: its translations and statuses are the document’s.", map[string]any{"Name": quoteName(path)})
		ui.showInfo(lang.L("Update the translation"), msg+"\n"+strings.Join(lines, "\n"))
		return
	}
	lines = append(lines, lang.L("English spans whose text changes are dropped unless the file marks them; projection then proposes them again."))
	d := dialog.NewCustomConfirm(lang.L("Update the translation"), lang.L("Apply"), lang.L("Cancel"),
		newMessageText(strings.Join(lines, "\n"), false), func(ok bool) {
			if ok {
				ui.applyUpdate(plan, path)
			}
		}, ui.win)
	ui.present(d, d.Dismiss, d.Confirm)
}

// updateError says why a returned file cannot update the document, in the user's language.
func updateError(path string, err error) error {
	var nf *update.NotForDocumentError
	var fe *update.FormatError
	name := map[string]any{"Name": quoteName(path)}
	switch {
	case errors.As(err, &nf):
		return errors.New(lang.L("{{.Name}} is not a translation of this document: none of its segments has the French of one of the document’s segments.", name))
	case errors.As(err, &fe):
		return errors.New(lang.L("{{.Name}} cannot update the translation: choose an XLIFF file (.xlf, .xliff) or a TMX file (.tmx).", name))
	}
	return failed(lang.L("Could not open {{.Name}}.", name), importError(err))
}

// updateSummary says what the plan would do: how many segments change, stay, are not found, and are
// refused, and which.
func updateSummary(p *update.Plan) []string {
	lines := []string{strings.Join([]string{
		lang.N("{{.N}} segments changed", len(p.Changes), map[string]any{"N": len(p.Changes)}),
		lang.N("{{.N}} unchanged", p.Unchanged, map[string]any{"N": p.Unchanged}),
		lang.N("{{.N}} not found in this document", len(p.NotFound), map[string]any{"N": len(p.NotFound)}),
		lang.N("{{.N}} whose French differs: refused", len(p.Refused), map[string]any{"N": len(p.Refused)}),
	}, ", ") + "."}
	for i, c := range p.Changes {
		if i == 5 {
			lines = append(lines, "…")
			break
		}
		lines = append(lines, changeLine(c))
	}
	for i, r := range p.Refused {
		if i == 5 {
			lines = append(lines, "…")
			break
		}
		lines = append(lines, lang.L("Segment {{.N}}: the French in the file reads “{{.Text}}”", map[string]any{
			"N": r.Index + 1, "Text": annotate.Shorten(r.Returned, 60)}))
	}
	if len(p.Kept) > 0 {
		lines = append(lines, lang.N("{{.N}} translations left empty in the file: the document’s English is kept", len(p.Kept), map[string]any{"N": len(p.Kept)}))
	}
	if p.BySource > 0 {
		lines = append(lines, lang.N("{{.N}} segments found by their French, not by their ID", p.BySource, map[string]any{"N": p.BySource}))
	}
	return lines
}

// applyUpdate applies the plan as one undo step, projecting the French annotations onto the changed
// segments, and says what it did on the status line.
func (ui *UI) applyUpdate(p *update.Plan, path string) {
	opts := ui.projectOptions()
	res, err := update.Apply(ui.ed, p, update.Options{Project: &opts})
	if err != nil {
		ui.showError(err)
		return
	}
	ui.setStatus(lang.N("Updated {{.N}} segments from {{.Name}}; English spans: {{.Kept}} kept, {{.Dropped}} dropped, {{.Added}} added from the file, {{.Projected}} proposed again",
		res.Changed, map[string]any{"N": res.Changed, "Name": quoteName(path), "Kept": res.SpansKept, "Dropped": res.SpansDropped,
			"Added": res.SpansAdded, "Projected": res.Projected}))
}

// changeLine says what changes in one segment: its new English, its new status, or both.
func changeLine(c update.Change) string {
	args := map[string]any{"N": c.Index + 1, "Text": annotate.Shorten(c.Target, 60), "Old": statusName(c.OldStatus), "New": statusName(c.Status)}
	switch {
	case c.StatOnly:
		return lang.L("Segment {{.N}}: {{.Old}} → {{.New}}", args)
	case c.TargetOnly:
		return lang.L("Segment {{.N}}: “{{.Text}}”", args)
	}
	return lang.L("Segment {{.N}}: “{{.Text}}”, {{.Old}} → {{.New}}", args)
}
