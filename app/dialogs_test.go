package app

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// TestSlipsGoToTheStatusLine: an action that cannot act (no such suggestion, no machine translation,
// nothing selected) says why on the status line and opens no dialog, so that typing goes on.
func TestSlipsGoToTheStatusLine(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.focusSegment(0, annotate.Target)
	for _, c := range []struct {
		name string
		act  func()
		want string
	}{
		{"Ctrl+5", func() { ui.insertSuggestion(4) }, "There is no proposal 5"},
		{"Ctrl+M", ui.fetchMT, "Machine translation is off"},
		{"Alt+P in the English", func() { ui.handleShortcut(custom(fyne.KeyP, alt)) }, "Select some text"},
		{"Alt+A", func() { ui.handleShortcut(custom(fyne.KeyA, alt)) }, "Click a span, or select its words"},
	} {
		ui.setStatus("")
		c.act()
		if top := ui.win.Canvas().Overlays().Top(); top != nil {
			t.Errorf("%s: a dialog is shown", c.name)
			top.Hide()
		}
		if !strings.Contains(ui.status.Text, c.want) {
			t.Errorf("%s: status %q, want %q", c.name, ui.status.Text, c.want)
		}
	}
}

// TestDialogsCloseFromTheKeyboard: the error, information and help dialogs close with Escape, the
// information ones with Enter too, and the app's shortcuts do nothing while a dialog is open.
func TestDialogsCloseFromTheKeyboard(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	key := func(k fyne.KeyName) { ui.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }
	overlays := func() int { return len(ui.win.Canvas().Overlays().List()) }
	for _, c := range []struct {
		name string
		show func()
		key  fyne.KeyName
	}{
		{"error, Escape", func() { ui.showError(errors.New("disk full")) }, fyne.KeyEscape},
		{"error, Enter", func() { ui.showError(errors.New("disk full")) }, fyne.KeyReturn},
		{"information, Enter", func() { ui.showInfo("Title", "Message") }, fyne.KeyReturn},
		{"warnings, Escape", func() { ui.showWarningList("Intro", []string{"one", "two"}) }, fyne.KeyEscape},
		{"help, Escape", ui.showShortcuts, fyne.KeyEscape},
		{"help from F1, Escape", func() { key(fyne.KeyF1) }, fyne.KeyEscape},
	} {
		c.show()
		if overlays() != 1 {
			t.Fatalf("%s: %d dialogs shown, want 1", c.name, overlays())
		}
		key(c.key)
		if overlays() != 0 || len(ui.modals) != 0 {
			t.Errorf("%s: %d dialogs still shown", c.name, overlays())
			for ui.win.Canvas().Overlays().Top() != nil {
				ui.win.Canvas().Overlays().Top().Hide()
			}
		}
	}

	ui.showError(errors.New("disk full"))
	key(fyne.KeyF1)
	ui.handleShortcut(custom(fyne.KeyM, alt))
	ui.handleShortcut(custom(fyne.KeyDown, ctrl))
	if overlays() != 1 || ui.cur != 0 {
		t.Errorf("shortcuts behind an error: %d dialogs, segment %d; want the error alone, segment 0", overlays(), ui.cur)
	}
	key(fyne.KeyEscape)
	if overlays() != 0 {
		t.Error("Escape left the error shown")
	}
}

// TestErrorMessagesStartWithAWord: a failure on a file is told in a sentence naming the file, with the
// system's words after it, so that Fyne's capitalisation does not change the file name.
func TestErrorMessagesStartWithAWord(t *testing.T) {
	err := failed(lang.L("Could not import the glossary {{.Name}}.", map[string]any{"Name": quoteName("/tmp/gloss.csv")}),
		errors.New("parse error"))
	if got := err.Error(); !strings.HasPrefix(got, "Could not import the glossary “gloss.csv”.") || !strings.Contains(got, "parse error") {
		t.Errorf("message %q", got)
	}
	if !isFileError(err) {
		t.Error("a failure on a file is not reported in a dialog")
	}
}

// shownMessage returns the visible dialog message reading text in the tree of o, or nil.
func shownMessage(o fyne.CanvasObject, text string) *messageText {
	m, _ := findShown(o, func(o fyne.CanvasObject) bool {
		m, ok := o.(*messageText)
		return ok && m.Text == text
	}).(*messageText)
	return m
}

// TestMessagesKeepNoBreakSpaces: a dialog's message breaks lines at ordinary spaces only, so that the
// French « ? » after a no-break space never starts a line; a word too long for the line is cut.
func TestMessagesKeepNoBreakSpaces(t *testing.T) {
	test.NewTempApp(t)
	msg := "Enregistrer les modifications de «\u00a0article.json\u00a0» avant de fermer\u00a0?"
	for w := float32(160); w < 600; w += 7 { // from the width of the longest word
		lines := wrapLines(msg, w)
		for i, l := range lines {
			if strings.HasPrefix(l, "?") || strings.HasPrefix(l, "»") || strings.HasSuffix(l, "«") {
				t.Errorf("width %v: line %d is %q", w, i, l)
			}
			if measure(l) > w && !strings.Contains(l, " ") && utf8.RuneCountInString(l) > 1 {
				t.Errorf("width %v: line %q is too wide", w, l)
			}
		}
		if got := strings.Join(lines, " "); got != msg {
			t.Fatalf("width %v: lines %q lose text", w, lines)
		}
	}
	// the same with ordinary spaces, as in a client's note or text the user typed
	typed := "Garder les guillemets « » et les emoji tels quels ; ne pas traduire « Élysée » : c’est un nom !"
	for w := float32(120); w < 600; w += 5 { // from the width of the longest word with its mark
		lines := wrapLines(typed, w)
		for i, l := range lines {
			if strings.HasSuffix(l, "«") || strings.ContainsAny(l[:1], "»;:!?") {
				t.Errorf("width %v: line %d is %q", w, i, l)
			}
		}
		if got := strings.Join(lines, " "); got != typed {
			t.Fatalf("width %v: lines %q lose text", w, lines)
		}
	}
	long := "/tmp/" + strings.Repeat("dossier/", 30) + "article.json"
	for _, l := range wrapLines(long, 200) {
		if measure(l) > 200 {
			t.Errorf("line %q wider than 200", l)
		}
	}
}

// TestMenuPathsStayWhole: a message naming a menu item keeps its path on one line; the pre-translation
// report broke "(Outils ›" from "Réglages)".
func TestMenuPathsStayWhole(t *testing.T) {
	test.NewTempApp(t)
	msg := "et la traduction automatique n’est pas configurée (Outils › Réglages)"
	for w := float32(160); w < 600; w += 3 {
		for i, l := range wrapLines(msg, w) {
			if strings.HasSuffix(l, "›") || strings.HasPrefix(l, "›") || strings.HasPrefix(l, "Réglages") {
				t.Errorf("width %v: line %d is %q", w, i, l)
			}
		}
	}
}

// TestDialogIconBesideLongMessage: Fyne draws a dialog's icon (SetIcon) in its top right corner, where
// the first lines of a long message ran under it. The error, information and whole status message
// dialogs now show their icon at the left of the message, overlapping none of its lines.
func TestDialogIconBesideLongMessage(t *testing.T) {
	long := "Impossible d’ouvrir «\u00a0very-long-file-name-of-an-article-about-diplomacy-and-trade.json\u00a0». " +
		"Cause\u00a0: son dossier n’existe plus (supprimé ou déplacé). " + strings.Repeat("L’été 👍🏽 à José\u0301, ", 8)
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.win.Resize(fyne.NewSize(1280, 800))
	for _, c := range []struct {
		name string
		show func()
	}{
		{"error", func() { ui.showError(errors.New(long)) }},
		{"information", func() { ui.showInfo("Information", long) }},
		{"status message", func() { ui.showStatusMessage(long) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.show()
			defer closeAll(ui)
			top := ui.win.Canvas().Overlays().Top()
			msg := shownMessage(top, long)
			if msg == nil {
				t.Fatal("the message is not shown")
			}
			mStart, mEnd := rect(msg)
			icons := 0
			findShown(top, func(o fyne.CanvasObject) bool {
				img, ok := o.(*canvas.Image)
				if !ok || img.Resource == nil {
					return false
				}
				icons++
				iStart, iEnd := rect(img)
				if iStart.X < mEnd.X && mStart.X < iEnd.X && iStart.Y < mEnd.Y && mStart.Y < iEnd.Y {
					t.Errorf("the icon at %v–%v overlaps the message at %v–%v", iStart, iEnd, mStart, mEnd)
				}
				return false
			})
			if icons == 0 {
				t.Error("the dialog shows no icon")
			}
		})
	}
}
