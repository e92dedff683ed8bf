package app

import (
	"image/color"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// openProperties opens File › Document properties… from the window's menu, as a user does, and
// returns the dialog's form.
func openProperties(t *testing.T, ui *UI) *propertiesForm {
	t.Helper()
	for _, m := range ui.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == "Document properties…" {
				it.Action()
				f := shownPropertiesForm(ui)
				if f == nil {
					t.Fatal("no properties dialog shown")
				}
				return f
			}
		}
	}
	t.Fatal("no File › Document properties… in the menu")
	return nil
}

// shownPropertiesForm returns the fields of the properties dialog on top of the window, or nil.
func shownPropertiesForm(ui *UI) *propertiesForm {
	top := ui.win.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	form := findForm(top)
	if form == nil || len(form.Items) != 4 {
		return nil
	}
	f := &propertiesForm{form: form}
	f.title, _ = form.Items[propTitleItem].Widget.(*nameEntry)
	f.id, _ = form.Items[propIDItem].Widget.(*nameEntry)
	f.src, _ = form.Items[propSourceItem].Widget.(*langEntry)
	f.tgt, _ = form.Items[propTargetItem].Widget.(*langEntry)
	if f.title == nil || f.id == nil || f.src == nil || f.tgt == nil {
		return nil
	}
	return f
}

// findForm finds a Form in the live tree of o.
func findForm(o fyne.CanvasObject) *widget.Form {
	switch o := o.(type) {
	case *widget.Form:
		return o
	case *fyne.Container:
		for _, c := range o.Objects {
			if f := findForm(c); f != nil {
				return f
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(o).Objects() {
			if f := findForm(c); f != nil {
				return f
			}
		}
	}
	return nil
}

// shows reports whether the live tree of o shows text, visible.
func shows(o fyne.CanvasObject, text string) bool {
	switch o := o.(type) {
	case *canvas.Text:
		return o.Text == text && o.Visible()
	case *fyne.Container:
		return slices.ContainsFunc(o.Objects, func(c fyne.CanvasObject) bool { return shows(c, text) })
	case fyne.Widget:
		return slices.ContainsFunc(test.WidgetRenderer(o).Objects(), func(c fyne.CanvasObject) bool { return shows(c, text) })
	}
	return false
}

// shownText returns the text shown in the tree of o that holds part, or nil.
func shownText(o fyne.CanvasObject, part string) *canvas.Text {
	t, _ := findShown(o, func(o fyne.CanvasObject) bool {
		t, ok := o.(*canvas.Text)
		return ok && strings.Contains(t.Text, part)
	}).(*canvas.Text)
	return t
}

// errorColour is the colour the theme gives errors.
func errorColour() color.Color {
	return theme.Current().Color(theme.ColorNameError, fyne.CurrentApp().Settings().ThemeVariant())
}

// typeInto replaces what a field holds with s, as selecting it all and typing does.
func typeInto(c fyne.Canvas, e fyne.Focusable, s string) {
	c.Focus(e)
	e.(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutSelectAll{})
	if s == "" {
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	}
	test.Type(e, s)
}

// TestPropertiesDialog: File › Document properties… opens on the target language, selected; typing
// en-GB and Enter changes it as one edit that marks the document modified, is autosaved, and gives the
// entities' English names the new tag; the QA tab's spelling follows at once (British, greyed, saying
// why), and back after Undo, again after Redo. A bad tag says why under the field as it is typed, and
// Enter then keeps the dialog open with the document unchanged; Escape leaves it unchanged too. The ID
// of a document without a file cannot be changed (its autosave goes by it); with a file it can.
func TestPropertiesDialog(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	c := ui.win.Canvas()
	ed := ui.ed
	must(t, ed.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Names: map[string]string{"fr": "Sergueï Lavrov", "en": "Sergei Lavrov"},
		Mentions: []string{ui.doc.Spans[1].ID}}))
	ui.markSaved()
	f := openProperties(t, ui)
	if c.Focused() != f.tgt || f.tgt.SelectedText() != "en" {
		t.Errorf("the dialog opens with the focus on %T, %q selected; want the target language, en", c.Focused(), f.tgt.SelectedText())
	}
	if !f.id.Disabled() {
		t.Error("the ID of a document without a file can be changed")
	}
	test.Type(f.tgt, "en-GB")
	if hint := f.form.Items[propTargetItem].HintText; !strings.Contains(hint, "British English") || !strings.Contains(hint, "British spelling") || !shows(f.form, hint) {
		t.Errorf("hint under en-GB: %q (shown: %v)", hint, shows(f.form, hint))
	}
	pressKey(ui, fyne.KeyReturn)
	d := ui.doc
	if c.Overlays().Top() != nil || d.TargetLang != "en-GB" || d.SourceLang != "fr" {
		t.Fatalf("after Enter: dialog shown %v, languages %s→%s", c.Overlays().Top() != nil, d.SourceLang, d.TargetLang)
	}
	if !ui.dirty || !strings.HasPrefix(ui.win.Title(), "• ") || ed.UndoName() != annotate.StepProperties {
		t.Errorf("modified %v, title %q, undo step %q", ui.dirty, ui.win.Title(), ed.UndoName())
	}
	if n := d.Entities[0].Names; n["en-GB"] != "Sergei Lavrov" {
		t.Errorf("entity names %v", n)
	}
	british := func(want bool, when string) {
		t.Helper()
		sel, note := ui.qa.english.Selected, ui.qa.englishNote.Text
		if want && (sel != "British" || !ui.qa.english.Disabled() || !strings.Contains(note, "en-GB")) {
			t.Errorf("%s: QA spelling %q (greyed %v), %q; want British, greyed, naming en-GB", when, sel, ui.qa.english.Disabled(), note)
		}
		if !want && (sel != "American or British" || ui.qa.english.Disabled()) {
			t.Errorf("%s: QA spelling %q (greyed %v); want the user's choice, open", when, sel, ui.qa.english.Disabled())
		}
	}
	british(true, "after the change")
	if pref := ui.app.Preferences().String(prefEnglish); pref != "" {
		t.Errorf("the document's en-GB became the user's choice for documents in plain English: %q", pref)
	}
	ui.AutosaveNow()
	side, err := workspace.SidecarPath(ui.path, workspace.AutosaveID(d))
	must(t, err)
	if data, err := os.ReadFile(side); err != nil || !strings.Contains(string(data), `"lang": "en-GB"`) {
		t.Errorf("autosave %s: %v", side, err)
	}
	ui.undoStep()
	if d.TargetLang != "en" || d.Entities[0].Names["en"] != "Sergei Lavrov" {
		t.Errorf("undone: %s, %v", d.TargetLang, d.Entities[0].Names)
	}
	british(false, "after Undo")
	ui.redoStep()
	british(d.TargetLang == "en-GB", "after Redo")

	for _, c2 := range []struct{ field, typed, want string }{
		{"target", "english", "“english” is not a language tag"},
		{"target", "", "Type a language tag"},
		{"source", "und", "“und” names no language"},
		{"source", "en-gb", "The target language is the source language"},
	} {
		f = openProperties(t, ui)
		e := f.tgt
		if c2.field == "source" {
			e = f.src
		}
		typeInto(c, e, c2.typed)
		if shown := shownText(f.form, c2.want); c2.want != "The target language is the source language" && (shown == nil || shown.Color != errorColour()) {
			t.Errorf("%s %q: no %q in the error colour as it is typed (%v)", c2.field, c2.typed, c2.want, shown)
		}
		pressKey(ui, fyne.KeyReturn)
		if shown := shownText(f.form, c2.want); shown == nil || shown.Color != errorColour() {
			t.Errorf("%s %q: no %q in the error colour under the field (%v)", c2.field, c2.typed, c2.want, shown)
		}
		if c2.want == "The target language is the source language" { // a change answers it
			typeInto(c, f.src, "fr")
			if shownText(f.form, c2.want) != nil {
				t.Errorf("the refusal stays once the source language is changed")
			}
		}
		if c.Overlays().Top() == nil || d.TargetLang != "en-GB" || d.SourceLang != "fr" {
			t.Errorf("%s %q: dialog closed %v, languages %s→%s", c2.field, c2.typed, c.Overlays().Top() == nil, d.SourceLang, d.TargetLang)
		}
		pressKey(ui, fyne.KeyEscape)
		if c.Overlays().Top() != nil || len(ui.modals) != 0 {
			t.Fatalf("%s %q: Escape left the dialog", c2.field, c2.typed)
		}
	}
	if d.TargetLang != "en-GB" || ed.UndoName() != annotate.StepProperties || ed.CanRedo() {
		t.Errorf("refused changes changed the document: %s, %q", d.TargetLang, ed.UndoName())
	}

	ui.path = filepath.Join(t.TempDir(), "doc.json")
	f = openProperties(t, ui)
	if f.id.Disabled() {
		t.Fatal("the ID of a saved document cannot be changed")
	}
	typeInto(c, f.id, "lavrov-uk")
	typeInto(c, f.title, "Lavrov, for a UK client")
	pressKey(ui, fyne.KeyReturn)
	if p := d.Properties(); p.ID != "lavrov-uk" || p.Title != "Lavrov, for a UK client" || p.TargetLang != "en-GB" {
		t.Errorf("after a change of ID and title: %+v", p)
	}
}

// TestLanguageChoicesNamed: the usual languages are offered with their names in the interface's
// language, and choosing one leaves its tag in the field.
func TestLanguageChoicesNamed(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	f := openProperties(t, ui)
	want := "en-GB — " + display.Tags(interfaceLanguage()).Name(language.BritishEnglish)
	found := false
	for label := range f.tgt.byName {
		found = found || label == want
	}
	if !found {
		t.Fatalf("no choice %q among %v", want, f.tgt.byName)
	}
	f.tgt.SetText(want) // as choosing it in the list does
	if f.tgt.Text != "en-GB" {
		t.Errorf("choosing %q left %q in the field", want, f.tgt.Text)
	}
	if fr := display.Tags(language.French).Name(language.MustParse("fr-CA")); fr != "français canadien" {
		t.Errorf("fr-CA in French: %q", fr)
	}
	pressKey(ui, fyne.KeyEscape)
}
