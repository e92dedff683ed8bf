package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/update"
)

// returnedExtensions are the files File › Update the translation from a file offers: XLIFF (with the
// names SDL Trados, memoQ and Phrase give theirs), TMX, and Glose JSON (the document a reviewer edited
// in Glose, perhaps without tracking changes: the update shows them).
var returnedExtensions = []string{".tmx", ".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".mxliff", ".json"}

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
	lines := updateSummary(plan, path)
	if len(plan.Changes) == 0 && plan.NewOriginal == nil && plan.NotesFromFile == 0 && len(plan.Ignores) == 0 {
		msg := lang.L("Nothing to update from {{.Name}}: its translations and statuses are the document’s.", map[string]any{"Name": quoteName(path)})
		ui.showInfo(lang.L("Update the translation"), msg+"\n"+strings.Join(lines, "\n"))
		return
	}
	if len(plan.Changes) > 0 {
		lines = append(lines, lang.L("English spans whose text changes are dropped unless the file marks them; projection then proposes them again."))
	}
	d := ui.newConfirm(lang.L("Update the translation"), lang.L("Apply"), lang.L("Cancel"),
		newMessageText(strings.Join(lines, "\n"), false), func(ok bool) {
			if ok {
				ui.applyUpdate(plan, path)
			}
		})
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
		return errors.New(lang.L("{{.Name}} cannot update the translation: choose an XLIFF file (.xlf, .xliff), a TMX file (.tmx) or the document as Glose JSON (.json).", name))
	}
	return failed(lang.L("Could not open {{.Name}}.", name), importError(err))
}

// updateSummary says what the plan would do: how many segments change, stay, are not found, and are
// refused, and which; whether the file at path becomes the document's original.
func updateSummary(p *update.Plan, path string) []string {
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
	if len(p.Locked) > 0 {
		lines = append(lines, lang.N("{{.N}} locked segments changed in the file: left as they are (unlock them to take the file’s)", len(p.Locked), map[string]any{"N": len(p.Locked)}))
	}
	if p.BySource > 0 {
		lines = append(lines, lang.N("{{.N}} segments found by their French, not by their ID", p.BySource, map[string]any{"N": p.BySource}))
	}
	if n := len(p.Ignores); n > 0 {
		lines = append(lines, lang.N("{{.N}} warnings of the checks ignored in the file: ignored in the document too", n, map[string]any{"N": n}))
	}
	if l := originalLine(p, path); l != "" {
		lines = append(lines, l)
	}
	return append(lines, noteLines(p)...)
}

// noteLines names the notes of the file, added in Glose, whose ID a note of the document has with
// other words (the document keeps its own), and counts those deleted since the export.
func noteLines(p *update.Plan) []string {
	var lines []string
	for i, n := range p.NotesDiffer {
		if i == 3 {
			lines = append(lines, "…")
			break
		}
		args := map[string]any{"N": n.Index + 1, "Text": annotate.Shorten(n.File, 50)}
		if n.Segment == "" {
			lines = append(lines, lang.L("The file’s note on the document reads “{{.Text}}”: the document keeps its own", args))
		} else {
			lines = append(lines, lang.L("The file’s note on segment {{.N}} reads “{{.Text}}”: the document keeps its own", args))
		}
	}
	if n := p.NotesRemoved; n > 0 {
		lines = append(lines, lang.N("{{.N}} notes deleted in Glose since the export: not brought back", n, map[string]any{"N": n}))
	}
	return lines
}

// originalLine says whether the returned file at path becomes the file the XLIFF export merges into,
// and why not; "" when the document has no such file.
func originalLine(p *update.Plan, path string) string {
	args := map[string]any{"File": quoteName(path), "Original": quoteName(p.OriginalName), "N": p.NotesFromFile}
	if p.NewOriginal == nil && p.NotesFromFile > 0 {
		return lang.N("{{.N}} new notes from the file (the reviewer’s): those added in Glose editable, the others read-only", p.NotesFromFile, args)
	}
	if p.NewOriginal != nil {
		return lang.N("{{.File}} then replaces {{.Original}} as the file the XLIFF export merges into, with its notes ({{.N}} new)", p.NotesFromFile, args)
	}
	reasons := map[string]string{
		update.KeptTMX:      lang.L("a TMX file is not the translation tool’s XLIFF."),
		update.KeptVersion:  lang.L("its XLIFF version is not the original’s."),
		update.KeptGlose:    lang.L("it is Glose’s own XLIFF, not the translation tool’s file."),
		update.KeptUnits:    lang.L("its units are not the document’s (IDs, French or segments differ)."),
		update.KeptSize:     lang.L("it is larger than {{.Max}} MB.", map[string]any{"Max": p.OriginalMaxMB}),
		update.KeptEncoding: lang.L("it is not UTF-8."),
	}
	reason, ok := reasons[p.OriginalKept]
	if !ok {
		return ""
	}
	args["Reason"] = reason
	return lang.L("{{.File}} does not replace {{.Original}}, which the XLIFF export still merges into: {{.Reason}}", args)
}

// applyUpdate applies the plan as one undo step, projecting the French annotations onto the changed
// segments, stores those translated or reviewed in the memory, and says what it did on the status
// line.
func (ui *UI) applyUpdate(p *update.Plan, path string) {
	opts := ui.projectOptions()
	res, err := update.Apply(ui.ed, p, update.Options{Project: &opts})
	if err != nil {
		ui.showError(err)
		return
	}
	changed := make([]int, 0, len(p.Changes))
	var unconfirmed []int // set back to draft by the reviewer: given back to the memory
	for _, c := range p.Changes {
		changed = append(changed, c.Index)
		if c.OldStatus.Done() && !c.Status.Done() {
			unconfirmed = append(unconfirmed, c.Index)
		}
	}
	// the reviewer's English, as confirming each segment would have stored it
	ui.memoryTakes(changed, ui.unconfirmed(unconfirmed))
	msg := lang.N("Updated {{.N}} segments from {{.Name}}; English spans: {{.Kept}} kept, {{.Dropped}} dropped, {{.Added}} added from the file, {{.Projected}} proposed again",
		res.Changed, map[string]any{"N": res.Changed, "Name": quoteName(path), "Kept": res.SpansKept, "Dropped": res.SpansDropped,
			"Added": res.SpansAdded, "Projected": res.Projected})
	if res.TookFile {
		msg += ". " + lang.L("{{.Name}} is now the file the XLIFF export merges into.", map[string]any{"Name": quoteName(path)})
	} else if res.NotesFromFile > 0 { // first: the status line cuts the end of a long message
		msg = lang.N("{{.N}} new notes from the file", res.NotesFromFile, map[string]any{"N": res.NotesFromFile}) + ". " + msg
	}
	ui.setStatus(msg)
}

// changeLine says what changes in one segment: its new English, its new status, or both.
func changeLine(c update.Change) string {
	_, text := update.Excerpts(c.OldTarget, c.Target, 60) // from where it changes, if that is far in
	args := map[string]any{"N": c.Index + 1, "Text": text, "Old": statusName(c.OldStatus), "New": statusName(c.Status)}
	switch {
	case c.StatOnly:
		return lang.L("Segment {{.N}}: {{.Old}} → {{.New}}", args)
	case c.TargetOnly:
		return lang.L("Segment {{.N}}: “{{.Text}}”", args)
	}
	return lang.L("Segment {{.N}}: “{{.Text}}”, {{.Old}} → {{.New}}", args)
}
