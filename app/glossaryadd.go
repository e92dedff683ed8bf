package app

import (
	"context"
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/glossary"
)

// addTermAction is the Tools menu's Add to the glossary… (Ctrl+Shift+G, OmegaT's key for it): a
// translator meeting a term adds it there and then, as memoQ's and OmegaT's "add term" do, rather
// than waiting for an import or for an entity to be confirmed. It needs no document: with none open
// the dialog starts empty.
func (ui *UI) addTermAction() *action {
	return &action{name: lang.L("Add to the glossary…"), keys: "Ctrl+Shift+G", run: ui.addTermDialog,
		short: []fyne.Shortcut{custom(fyne.KeyG, ctrl|shift)}}
}

// addTermDialog opens the Add to the glossary dialog prefilled with the selections.
func (ui *UI) addTermDialog() {
	fr, en := ui.termSelections()
	ui.showAddTerm(fr, en, nil)
}

// addTermForm is the Add to the glossary dialog: the French term, its English, a note, whether the
// term matches case, and the reason Add refused, shown under the fields.
type addTermForm struct {
	fr, en, note *nameEntry
	matchCase    *widget.Check
	problem      *widget.Label
	add          *dialogButton
	hide         func()
	// caseChosen: the person ticked or unticked Match case, which the French no longer proposes then;
	// proposing: the form is ticking it (proposeMatchCase), not the person.
	caseChosen, proposing bool
}

// showAddTerm opens the dialog with fr and en in its fields and returns it; added, when not nil, is
// told of the entry once stored (the glossary's list shows it). Nil when the glossary is unavailable.
func (ui *UI) showAddTerm(fr, en string, added func(glossary.Entry)) *addTermForm {
	p := ui.sugg
	if err := p.unavailable(); err != nil {
		ui.showError(err)
		return nil
	}
	f := &addTermForm{fr: newNameEntry(nil), en: newNameEntry(nil), note: newNameEntry(nil), problem: widget.NewLabel("")}
	f.fr.SetText(fr)
	f.en.SetText(en)
	f.fr.SetPlaceHolder(lang.L("The term as the French writes it"))
	f.en.SetPlaceHolder(lang.L("Its translation"))
	f.note.SetPlaceHolder(lang.L("Optional: a definition, where to use it"))
	f.problem.Importance = widget.DangerImportance
	f.problem.Wrapping = fyne.TextWrapWord
	f.problem.Hide()
	f.matchCase = widget.NewCheck(lang.L("Match case"), func(bool) { f.caseChosen = f.caseChosen || !f.proposing })
	caseItem := widget.NewFormItem("", f.matchCase)
	caseItem.HintText = lang.L("Found only written in this case: PAN, not pan (accents aside).")
	form := widget.NewForm(widget.NewFormItem(lang.L("French"), f.fr), widget.NewFormItem(lang.L("English"), f.en),
		widget.NewFormItem(lang.L("Note"), f.note), caseItem)
	dlg := ui.newDialog(lang.L("Add to the glossary"), container.NewVBox(form, f.problem))
	f.hide, ui.term = dlg.Hide, f
	submit := func() { ui.addTerm(f, added) }
	cancel := ui.newDialogButton(lang.L("Cancel"), theme.CancelIcon(), dlg.Hide)
	f.add = ui.newDialogButton(lang.L("Add"), theme.ContentAddIcon(), submit)
	f.add.Importance = widget.HighImportance
	dlg.SetButtons([]fyne.CanvasObject{cancel, f.add})
	for _, e := range []*nameEntry{f.fr, f.en, f.note} {
		e.escape = dlg.Hide
		e.OnSubmitted = func(string) { submit() }
		e.OnChanged = func(string) { f.problem.Hide() }
	}
	f.fr.OnChanged = func(string) { f.problem.Hide(); f.proposeMatchCase(p.src.eng.Glossary, p.terms.cases) }
	f.proposeMatchCase(p.src.eng.Glossary, p.terms.cases)
	dlg.Resize(fyne.NewSize(min(480, ui.win.Canvas().Size().Width-warningsMarginX), 0))
	ui.present(dlg, dlg.Hide, submit)
	ui.win.Canvas().Focus(f.firstToType())
	return f
}

// proposeMatchCase ticks Match case as the glossary has the French (a term stored already, in any
// case, is that entry: "ÉLUS" for "élus"), else while the French is an acronym ("PAN", "US", "OTAN":
// in small letters another word) or a capitalised common word, as an entity's name is decided
// (cases: "Orange" where the document writes "une orange"), until the person ticks or unticks it
// themselves. The box shows what will be stored before Add.
func (f *addTermForm) proposeMatchCase(g *glossary.Glossary, cases *nameCase) {
	if f.caseChosen {
		return
	}
	on, found := g.CaseOf(f.fr.Text)
	if !found {
		on = glossary.LooksLikeAcronym(f.fr.Text) || cases.matchCase(f.fr.Text)
	}
	f.proposing = true
	f.matchCase.SetChecked(on)
	f.proposing = false
}

// firstToType is the field the person types in first: the first empty side, else the English
// (Enter there adds the term).
func (f *addTermForm) firstToType() *nameEntry {
	if strings.TrimSpace(f.fr.Text) == "" {
		return f.fr
	}
	return f.en
}

// addTerm stores the form's term in the shared glossary, which the French marks and the typing
// suggestions then find at once, and closes the dialog; an empty side keeps it open and says so.
// Like Tools › Glossary…'s Delete it is a change to the database, not to the document: no undo.
func (ui *UI) addTerm(f *addTermForm, added func(glossary.Entry)) {
	p := ui.sugg
	if err := p.unavailable(); err != nil {
		ui.showError(err)
		return
	}
	g := p.src.eng.Glossary
	e, isNew, err := g.AddTyped(context.Background(), glossary.Entry{Source: f.fr.Text, Target: f.en.Text, Note: f.note.Text,
		MatchCase: f.matchCase.Checked})
	if err != nil {
		if field := f.emptyField(err); field != nil {
			f.problem.SetText(addTermProblem(err))
			f.problem.Show()
			ui.win.Canvas().Focus(field)
			return
		}
		ui.showError(failed(lang.L("Could not add the term to the glossary."), err))
		return
	}
	f.hide()
	p.sourcesChanged()
	if added == nil {
		ui.translateOn()
	}
	term := map[string]any{"Term": e.Source + " → " + e.Target}
	switch {
	case isNew:
		ui.setStatus(lang.L("Added to the glossary: {{.Term}}", term))
	case f.matchCase.Checked:
		ui.setStatus(lang.L("Already in the glossary, matching case: {{.Term}}", term))
	case strings.TrimSpace(f.note.Text) != "":
		ui.setStatus(lang.L("Already in the glossary, its note replaced: {{.Term}}", term))
	default:
		ui.setStatus(lang.L("Already in the glossary, not added again: {{.Term}}", term))
	}
	if added != nil {
		added(e)
	}
}

// translateOn gives the keyboard to the current segment's English once a term is added from the
// text, as memoQ's and OmegaT's add-term do: the translator adds a term to translate with it, and the
// French the selection was made in takes typed letters for tags ("p…" made the term a person).
func (ui *UI) translateOn() {
	if ui.hasDocument() && ui.cur >= 0 && ui.cur < len(ui.doc.Segments) {
		ui.focusSegment(ui.cur, annotate.Target)
	}
}

// emptyField returns the field err says is empty, or nil for another error.
func (f *addTermForm) emptyField(err error) *nameEntry {
	switch {
	case errors.Is(err, glossary.ErrNoSource):
		return f.fr
	case errors.Is(err, glossary.ErrNoTarget):
		return f.en
	}
	return nil
}

// addTermProblem says in the interface's language which side is missing.
func addTermProblem(err error) string {
	if errors.Is(err, glossary.ErrNoSource) {
		return lang.L("Type the French term: the glossary needs both sides.")
	}
	return lang.L("Type the English translation: the glossary needs both sides.")
}

// termSelections returns the French selected in the current segment (or the selected French span's
// text) and the English selected in its translation, trimmed. With no English selected, a French
// selection that is an entity's mention gives the entity's English name.
func (ui *UI) termSelections() (fr, en string) {
	if !ui.hasDocument() || ui.cur < 0 || ui.cur >= len(ui.doc.Segments) {
		return "", ""
	}
	src := ui.frenchSelection()
	if src != nil {
		fr = strings.TrimSpace(ui.doc.SpanText(src))
	}
	seg := ui.doc.Segments[ui.cur]
	if r := ui.rowFor(ui.cur); r != nil {
		if a, b, ok := entrySelection(&r.entry.Entry); ok {
			en = strings.TrimSpace(seg.Target[a:b])
		}
	}
	if en == "" && src != nil {
		en = ui.entityEnglish(src)
	}
	return fr, en
}

// frenchSelection is the range selected in the current segment's French, else the selected span's
// when it is French; nil when neither.
func (ui *UI) frenchSelection() *annotate.Span {
	if r := ui.rowFor(ui.cur); r != nil {
		seg := ui.doc.Segments[ui.cur]
		a, b := r.src.Selection()
		if a, b = trimRange(ui.doc.SourceText(seg), a, b); a < b {
			return &annotate.Span{Side: annotate.Source, Start: seg.Start + a, End: seg.Start + b}
		}
	}
	if sp := ui.doc.Span(ui.selSpan); sp != nil && sp.Side == annotate.Source {
		return sp
	}
	return nil
}

// entityEnglish is the English name of the entity one of whose French mentions covers exactly sel,
// or "".
func (ui *UI) entityEnglish(sel *annotate.Span) string {
	for _, sp := range ui.doc.SourceSpans(sel.Start, sel.End) {
		if sp.Start != sel.Start || sp.End != sel.End {
			continue
		}
		if e := ui.doc.EntityOf(sp.ID); e != nil && e.Names[ui.doc.TargetLang] != "" {
			return strings.TrimSpace(e.Names[ui.doc.TargetLang])
		}
	}
	return ""
}
