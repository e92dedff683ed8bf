package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/spell"
)

// File › Document properties…: the document's title, ID and languages, which text, HTML and most
// imports leave at fr and en. The languages go into every export that carries them (XLIFF srcLang
// and trgLang, TMX xml:lang…) and decide the English spelling the QA tab reads (en-GB British);
// changing them is one undoable edit (annotate.Editor.SetProperties), which the tabs follow at once
// (languagesFollow).

// usualLanguages are the tags the language fields offer; any other valid tag can be typed.
var usualLanguages = []string{"en", "en-GB", "en-US", "en-CA", "en-AU", "fr", "fr-FR", "fr-CA", "fr-CH", "fr-BE"}

// The places of the properties form's items.
const (
	propTitleItem = iota
	propIDItem
	propSourceItem
	propTargetItem
)

// propertiesForm is the Document properties dialog's fields.
type propertiesForm struct {
	form      *widget.Form
	title, id *nameEntry
	src, tgt  *langEntry
	idFixed   bool // the ID cannot be changed: the document has no file yet
}

// langEntry is a language field: a tag typed, or one of usualLanguages chosen from its list, where
// each shows its name in the interface's language ("en-GB — anglais britannique"). Escape runs escape,
// as in the dialog's other fields.
type langEntry struct {
	widget.SelectEntry
	escape func()
	byName map[string]string // an option's label → its tag
	list   *dialogButton     // the button that shows the list, which Tab reaches: Escape closes the dialog there too
}

func newLangEntry() *langEntry {
	e := &langEntry{byName: map[string]string{}}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	var labels []string
	for _, tag := range usualLanguages {
		l := tag + " — " + languageName(tag)
		e.byName[l] = tag
		labels = append(labels, l)
	}
	e.SetOptions(labels)
	e.list = ownButton(e.ActionItem.(*widget.Button))
	e.ActionItem = e.list
	return e
}

// TypedKey runs escape on Escape and hands other keys to the field.
func (e *langEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.escape != nil {
		e.escape()
		return
	}
	e.SelectEntry.TypedKey(ev)
}

// languageName is a tag's name in the interface's language ("British English", "anglais
// britannique"), or "" when x/text has none.
func languageName(tag string) string {
	t, err := language.Parse(tag)
	if err != nil {
		return ""
	}
	return display.Tags(interfaceLanguage()).Name(t)
}

func newPropertiesForm(d *annotate.Document, hasFile bool) *propertiesForm {
	f := &propertiesForm{title: newNameEntry(nil), id: newNameEntry(nil), src: newLangEntry(), tgt: newLangEntry(), idFixed: !hasFile}
	f.title.SetText(d.Title)
	f.id.SetText(d.ID)
	f.src.SetText(d.SourceLang)
	f.tgt.SetText(d.TargetLang)
	f.form = widget.NewForm(
		widget.NewFormItem(lang.L("Title"), f.title),
		widget.NewFormItem(lang.L("Document ID"), f.id),
		widget.NewFormItem(lang.L("Source language"), f.src),
		widget.NewFormItem(lang.L("Target language"), f.tgt),
	)
	// The form makes a hint's line only for the items that have a hint when it first renders: each
	// has one, where a refusal can be said.
	f.form.Items[propTitleItem].HintText = noHint
	f.form.Items[propSourceItem].HintText = noHint
	f.form.Items[propTargetItem].HintText = noHint
	f.form.Items[propIDItem].HintText = lang.L("Names the document in exports and corpora")
	if f.idFixed { // its autosave goes by its ID until it has a file: a new ID would lose it
		f.id.Disable()
		f.form.Items[propIDItem].HintText = lang.L("Save the document first to change its ID: until then its autosave is found by it")
	}
	for _, e := range []*langEntry{f.src, f.tgt} {
		e.AlwaysShowValidationError = true // an error shows at once, in the error colour
		e.OnChanged = func(s string) { f.languageTyped(e, s) }
	}
	for _, e := range []*nameEntry{f.title, f.id} {
		e.AlwaysShowValidationError = true
		e.OnChanged = func(string) { // a change answers the refusal of the last Save
			e.SetValidationError(nil)
			f.showLanguages()
		}
	}
	f.showLanguages()
	return f
}

// showLanguages shows under each language field the name of its tag, or why it is no tag.
func (f *propertiesForm) showLanguages() {
	f.showLanguage(f.src, propSourceItem)
	f.showLanguage(f.tgt, propTargetItem)
}

// languageTyped runs when a language field changes: an option chosen from the list leaves its tag in
// the field, and the fields' hints and errors are brought up to date.
func (f *propertiesForm) languageTyped(e *langEntry, s string) {
	if tag, ok := e.byName[s]; ok {
		e.SetText(tag)                                // calls back with the tag
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd}) // the selection of the text replaced goes
		return
	}
	f.title.SetValidationError(nil) // a change answers the refusal of the last Save
	f.id.SetValidationError(nil)
	f.showLanguages()
}

// showLanguage shows under language field e, the form's item, the name of the tag it holds, what the
// target's decides for the spelling or, in the error colour as Fyne's form validation does, why it
// is no tag.
func (f *propertiesForm) showLanguage(e *langEntry, item int) {
	tag, err := annotate.ParseLanguage(e.Text)
	hint := languageName(tag)
	var invalid error
	switch {
	case err != nil:
		hint = languageError(err)
		invalid = errors.New(hint)
	case item == propTargetItem && spell.VarietyOf(tag) == spell.British:
		hint = lang.L("{{.Language}}: the spelling check reads British spelling", map[string]any{"Language": hint})
	case item == propTargetItem && spell.VarietyOf(tag) == spell.American:
		hint = lang.L("{{.Language}}: the spelling check reads American spelling", map[string]any{"Language": hint})
	}
	if hint == "" {
		hint = noHint
	}
	f.form.Items[item].HintText = hint
	e.SetValidationError(invalid)
	f.form.Refresh()
}

// properties returns what the fields hold.
func (f *propertiesForm) properties() annotate.Properties {
	return annotate.Properties{ID: f.id.Text, Title: f.title.Text, SourceLang: f.src.Text, TargetLang: f.tgt.Text}
}

// refused shows under its field why the properties were refused, and puts the focus there.
func (f *propertiesForm) refused(c fyne.Canvas, err error) {
	var pe *annotate.PropertiesError
	if !errors.As(err, &pe) {
		return
	}
	fields := map[string]interface {
		fyne.Focusable
		SetValidationError(error)
	}{"title": f.title, "id": f.id, "source.lang": f.src, "target.lang": f.tgt}
	w := fields[pe.Field]
	if w == nil {
		return
	}
	w.SetValidationError(errors.New(propertiesError(pe))) // in the error colour, until a field changes
	c.Focus(w)
}

// propertiesError says in the interface's language why a property was refused.
func propertiesError(pe *annotate.PropertiesError) string {
	switch {
	case errors.Is(pe, annotate.ErrSameLanguages):
		return lang.L("The target language is the source language: a translation needs two")
	case errors.Is(pe, annotate.ErrNoID):
		return lang.L("The ID cannot be empty")
	case pe.Field == "id":
		return lang.L("The ID cannot hold a tab or a line break")
	case pe.Field == "title":
		return lang.L("The title is one line")
	}
	return languageError(pe.Err)
}

// languageError says in the interface's language why a language tag was refused.
func languageError(err error) string {
	var le *annotate.LanguageError
	if !errors.As(err, &le) {
		return err.Error()
	}
	args := map[string]any{"Tag": strings.TrimSpace(le.Tag)}
	switch le.Reason {
	case "empty":
		return lang.L("Type a language tag, such as en-GB or fr-CA")
	case "undetermined":
		return lang.L("“{{.Tag}}” names no language: type one such as en-GB or fr-CA", args)
	}
	return lang.L("“{{.Tag}}” is not a language tag: type a language and, if need be, a region, such as en-GB or fr-CA", args)
}

// propertiesDialog shows the document's properties; Save (Enter) changes them as one undoable edit,
// Cancel (Escape) leaves them. Properties that cannot be taken keep the dialog open, saying why
// under the field.
func (ui *UI) propertiesDialog() {
	f := newPropertiesForm(ui.doc, ui.path != "")
	var d *dialog.CustomDialog
	save := func() {
		if err := ui.setProperties(f.properties()); err != nil {
			f.refused(ui.win.Canvas(), err)
			return
		}
		d.Hide()
	}
	d = dialog.NewCustomWithoutButtons(lang.L("Document properties"), fitDialogContent(ui.win, f.form), ui.win)
	cancel := ui.newDialogButton(lang.L("Cancel"), theme.CancelIcon(), d.Hide)
	ok := ui.newDialogButton(lang.L("Save"), theme.ConfirmIcon(), save)
	ok.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{cancel, ok})
	for _, e := range []*nameEntry{f.title, f.id} {
		e.escape = d.Hide
		e.OnSubmitted = func(string) { save() }
	}
	for _, e := range []*langEntry{f.src, f.tgt} {
		e.list.keys = ui.onTypedKey
		e.escape = d.Hide
		e.OnSubmitted = func(string) { save() }
	}
	d.Resize(fyne.NewSize(560, 0))
	ui.present(d, d.Hide, save)
	ui.win.Canvas().Focus(f.tgt) // what a translator comes to change, selected: typing replaces it
	f.tgt.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// setProperties gives the document the properties p as one undoable edit, saying so on the status line.
func (ui *UI) setProperties(p annotate.Properties) error {
	before := ui.doc.Properties()
	if err := ui.ed.SetProperties(p); err != nil {
		return err
	}
	if ui.doc.Properties() != before {
		ui.setStatus(lang.L("Document properties changed: {{.Source}} → {{.Target}}", map[string]any{"Source": ui.doc.SourceLang, "Target": ui.doc.TargetLang}))
	}
	return nil
}

// languagesFollow makes the tabs follow a change of the document's languages, by the properties
// dialog, its undo or redo: the QA tab's English spelling at once, the memory and glossary of the new
// language pair. It does nothing while the languages stay as the tabs last saw them.
func (ui *UI) languagesFollow() {
	d := ui.doc
	now := [2]string{d.SourceLang, d.TargetLang}
	if now == ui.langs {
		return
	}
	ui.langs = now
	if ui.qa != nil {
		ui.qa.showVariety()
	}
	if p := ui.sugg; p != nil && p.src != nil && (p.src.eng.SourceLang != d.SourceLang || p.src.eng.TargetLang != d.TargetLang) {
		p.open(p.src.set)
	}
}
