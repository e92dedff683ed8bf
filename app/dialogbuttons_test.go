package app

import (
	"errors"
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// shownButtons returns the buttons the dialog on top shows: the app's, and any of Fyne's own.
func shownButtons(ui *UI) (own []*dialogButton, fynes []*widget.Button) {
	for _, o := range test.LaidOutObjects(ui.win.Canvas().Overlays().Top()) {
		switch b := o.(type) {
		case *dialogButton:
			if b.Visible() {
				own = append(own, b)
			}
		case *widget.Button:
			if b.Visible() {
				fynes = append(fynes, b)
			}
		}
	}
	return own, fynes
}

// TestEscapeOnAFocusedButtonClosesEveryDialog opens each dialog of the app that has buttons, puts the
// focus on each of its buttons in turn, as Tab does, and presses Escape: the dialog closes, whatever
// button had the focus. Fyne's Button takes Space alone, and Fyne gives a key to the focused widget
// only: Escape left Document properties open once Tab had left the last field.
func TestEscapeOnAFocusedButtonClosesEveryDialog(t *testing.T) {
	d := testDoc(t)
	d.Notes = []annotate.Note{{Text: "À relire.", Glose: true}}
	ui := suggestUI(t, d, nil, nil)
	ui.opts.Confirm, ui.opts.Choose = nil, nil // the app's own dialogs
	dialogs := []struct {
		name string
		open func()
	}{
		{"Document properties", ui.propertiesDialog},
		{"Settings", ui.settingsDialog},
		{"Export", ui.exportDialog},
		{"Notes", ui.showNotes},
		{"New note", func() { ui.noteForm("", -1, nil) }},
		{"confirmation", func() { ui.confirm("Title", "Sure?", func(bool) {}) }},
		{"choice", func() { ui.choose("Title", "Which?", []string{"Save", "Don’t save", "Cancel"}, func(int) {}) }},
		{"error", func() { ui.showError(errors.New("disk full")) }},
		{"information", func() { ui.showInfo("Title", "Done.") }},
		{"status message", func() { ui.showStatusMessage("A long message") }},
		{"warnings", func() { ui.showWarningList("Warnings:", []string{"one"}) }},
		{"warnings with reopen", func() { ui.showLoadWarnings([]string{"one"}, &loadOffer{label: "Reopen", open: func() {}}) }},
		{"About", ui.showAbout},
		{"user guide address", ui.showGuideAddress},
		{"keyboard shortcuts", ui.showShortcuts},
		{"glossary", ui.glossaryDialog},
		{"concordance", ui.concordanceDialog},
		{"analysis", ui.analyse},
		{"pre-translation's scope", func() { // last: the filter stays on
			ui.filter.apply(showDrafts)
			ui.askPretranslationScope(func([]bool) {})
		}},
	}
	for _, c := range dialogs {
		closeAll(ui)
		c.open()
		if ui.topModal() == nil {
			t.Errorf("%s: no dialog", c.name)
			closeAll(ui)
			continue
		}
		own, fynes := shownButtons(ui)
		for _, b := range fynes {
			t.Errorf("%s: button %q is Fyne's, deaf to Enter and Escape", c.name, b.Text)
		}
		if len(own) == 0 {
			t.Errorf("%s: no button", c.name)
		}
		for i := range own {
			if i > 0 { // the dialog made anew
				c.open()
				own, _ = shownButtons(ui)
			}
			b := own[i]
			if b.Disabled() { // takes no focus (Save of an empty note)
				closeAll(ui)
				continue
			}
			ui.win.Canvas().Focus(b)
			if ui.win.Canvas().Focused() != b {
				t.Errorf("%s: %q takes no focus", c.name, b.Text)
			}
			pressKey(ui, fyne.KeyEscape)
			if n := len(ui.win.Canvas().Overlays().List()); n != 0 || len(ui.modals) != 0 {
				t.Errorf("%s: Escape on %q left %d overlays (%d modals)", c.name, b.Text, n, len(ui.modals))
				closeAll(ui)
			}
		}
	}
}

// TestPropertiesButtonsTakeEnterAndEscape follows the tester: in Document properties, Tab out of
// the last field puts the focus on a button; Escape closes the dialog unchanged. Enter on a focused
// button presses it: Cancel drops the change, Save keeps it.
func TestPropertiesButtonsTakeEnterAndEscape(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, testDoc(t), false)
	title := ui.doc.Title
	for _, c := range []struct {
		button string // the focused button, "" for the one Tab reaches from the last field
		key    fyne.KeyName
		want   string // the title after
	}{
		{"", fyne.KeyEscape, title},
		{"Annuler", fyne.KeyReturn, title},
		{"Enregistrer", fyne.KeyReturn, "Nouveau titre"},
	} {
		ui.propertiesDialog()
		form := ui.win.Canvas().Overlays().Top()
		box := findShown(form, func(o fyne.CanvasObject) bool {
			e, ok := o.(*nameEntry)
			return ok && e.Text == ui.doc.Title
		}).(*nameEntry)
		box.SetText("Nouveau titre")
		if c.button == "" {
			ui.win.Canvas().FocusNext() // out of « Langue cible », focused as the dialog opens
		} else {
			ui.win.Canvas().Focus(findShown(form, func(o fyne.CanvasObject) bool {
				b, ok := o.(*dialogButton)
				return ok && b.Text == c.button
			}).(*dialogButton))
		}
		if _, ok := ui.win.Canvas().Focused().(*dialogButton); !ok {
			t.Fatalf("focus on %T, want a button of the dialog", ui.win.Canvas().Focused())
		}
		pressKey(ui, c.key)
		if n := len(ui.win.Canvas().Overlays().List()); n != 0 {
			t.Errorf("%s on %q: the dialog is still open", c.key, c.button)
			closeAll(ui)
		}
		if ui.doc.Title != c.want {
			t.Errorf("%s on %q: title %q, want %q", c.key, c.button, ui.doc.Title, c.want)
		}
	}
}

// TestConfirmButtonsAnswerOnEnter: in a yes/no question, Enter on the focused No answers no, on Yes
// yes, and Escape on Yes answers no; each answer comes once.
func TestConfirmButtonsAnswerOnEnter(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.opts.Confirm = nil
	for _, c := range []struct {
		button string
		key    fyne.KeyName
		want   string
	}{
		{"No", fyne.KeyReturn, "[false]"},
		{"Yes", fyne.KeyReturn, "[true]"},
		{"Yes", fyne.KeyEscape, "[false]"},
		{"No", fyne.KeySpace, "[false]"},
	} {
		var got []bool
		ui.confirm("Title", "Sure?", func(yes bool) { got = append(got, yes) })
		own, _ := shownButtons(ui)
		for _, b := range own {
			if b.Text == c.button {
				ui.win.Canvas().Focus(b)
			}
		}
		pressKey(ui, c.key)
		if s := fmt.Sprint(got); s != c.want {
			t.Errorf("%s on %s: answers %s, want %s", c.key, c.button, s, c.want)
		}
		if n := len(ui.win.Canvas().Overlays().List()); n != 0 {
			t.Errorf("%s on %s: the question is still shown", c.key, c.button)
			closeAll(ui)
		}
	}
}

// TestDisabledDialogButtonIgnoresEnter: Enter on a disabled button (Save of a note with no text)
// does nothing, as a click does.
func TestDisabledDialogButtonIgnoresEnter(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	pressed := 0
	b := ui.newDialogButton("Save", nil, func() { pressed++ })
	b.Disable()
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	b.Enable()
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnter})
	if pressed != 1 {
		t.Errorf("pressed %d times, want once (Enter while enabled)", pressed)
	}
}
