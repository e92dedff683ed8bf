package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// editedUI returns a UI showing a document saved at path whose first English segment was then typed
// into and not saved, its questions answered with answer (saveFirst, dontSave or cancel).
func editedUI(t *testing.T, answer int) (ui *UI, path string, asked *[]string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "article.json")
	must(t, workspace.Save(path, testDoc(t)))
	ui, asked = newTestUI(t, nil, false)
	ui.opts.Choose = func(title, msg string, choices []string, done func(int)) {
		*asked = append(*asked, msg)
		if len(choices) != 3 {
			t.Errorf("choices %q, want Save, Don’t save, Cancel", choices)
		}
		done(answer)
	}
	ui.Open(path)
	layOut(ui)
	if _, err := ui.ed.SetTarget(ui.doc.Segments[0].ID, "Unsaved 😀 work"); err != nil {
		t.Fatal(err)
	}
	return ui, path, asked
}

// savedTarget reads the first segment's English in the file at path.
func savedTarget(t *testing.T, path string) string {
	t.Helper()
	d, _, err := workspace.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return d.Segments[0].Target
}

// TestOpeningAnotherDocumentSettlesUnsavedWork: opening a document (a file, the sample, the clipboard)
// over unsaved changes asks first; Save writes them to the file, Don’t save gives them up, Cancel
// keeps the document on screen with its changes, which the autosave holds meanwhile.
func TestOpeningAnotherDocumentSettlesUnsavedWork(t *testing.T) {
	t.Run("save", func(t *testing.T) {
		ui, path, asked := editedUI(t, saveFirst)
		ui.OpenSample()
		if len(*asked) != 1 || !strings.Contains((*asked)[0], "article.json") {
			t.Fatalf("asked %q, want one question naming the file", *asked)
		}
		if got := savedTarget(t, path); got != "Unsaved 😀 work" {
			t.Errorf("the file holds %q, want the changes saved", got)
		}
		if ui.path != "" || !strings.Contains(ui.doc.Text, "Lavrov") || ui.dirty {
			t.Errorf("the sample was not opened: path %q, dirty %v", ui.path, ui.dirty)
		}
	})
	t.Run("don't save", func(t *testing.T) {
		ui, path, _ := editedUI(t, dontSave)
		id := ui.doc.ID
		ui.OpenSample()
		if got := savedTarget(t, path); got != "" {
			t.Errorf("the file holds %q, want it untouched", got)
		}
		if _, ok := workspace.Recovery(path, id); ok {
			t.Error("the autosave of the changes given up is still there")
		}
		if ui.path != "" {
			t.Error("the sample was not opened")
		}
	})
	t.Run("cancel", func(t *testing.T) {
		ui, path, _ := editedUI(t, cancel)
		id := ui.doc.ID
		ui.OpenSample()
		if ui.path != path || !ui.dirty || ui.doc.Segments[0].Target != "Unsaved 😀 work" {
			t.Fatalf("after Cancel: path %q, dirty %v, target %q; want the edited document still shown", ui.path, ui.dirty, ui.doc.Segments[0].Target)
		}
		if _, ok := workspace.Recovery(path, id); !ok {
			t.Error("the changes are not in the autosave while they are unsaved")
		}
	})
}

// TestCloseCancelKeepsTheWindow: Cancel on closing leaves the window open with the changes.
func TestCloseCancelKeepsTheWindow(t *testing.T) {
	ui, _, asked := editedUI(t, cancel)
	ui.onClose()
	if len(*asked) != 1 || ui.closed || !ui.dirty {
		t.Errorf("asked %q, closed %v, dirty %v; want one question, the window open, the changes kept", *asked, ui.closed, ui.dirty)
	}
}

// TestNewFromClipboard: a French article copied from a web page, which quotes in “ ”, opens as a new
// document, segmented and pre-annotated, quotations and speakers included; an empty clipboard says so
// and leaves the document shown alone.
func TestNewFromClipboard(t *testing.T) {
	ui, asked := newTestUI(t, testDoc(t), false)
	ui.app.Clipboard().SetContent("")
	ui.NewFromClipboard()
	if ui.doc.ID != "test-doc" || !strings.Contains(ui.status.Text, "clipboard") {
		t.Fatalf("empty clipboard: document %q, status %q", ui.doc.ID, ui.status.Text)
	}

	article := "Crise au Parlement\n\n“Nous ne voterons pas ce texte”, a déclaré Marie Dupont, présidente du groupe écologiste. " +
		"Le ministre de l’Intérieur, Paul Girard, a répondu que “le gouvernement ira jusqu’au bout” 😀.\n"
	ui.app.Clipboard().SetContent(article)
	ui.NewFromClipboard()
	d := ui.doc
	if !strings.HasPrefix(d.ID, "pasted-") || d.Text != article || ui.path != "" || len(*asked) != 0 {
		t.Fatalf("opened %q (path %q, asked %q), want the pasted text as a new document", d.ID, ui.path, *asked)
	}
	quotes, speakers := quotesAndSpeakers(d)
	if want := "“Nous ne voterons pas ce texte” → Marie Dupont|“le gouvernement ira jusqu’au bout” → Paul Girard"; strings.Join(speakers, "|") != want {
		t.Errorf("quotes %q with speakers %q, want %q", quotes, speakers, want)
	}
	if len(d.Segments) < 3 || d.Title != "Crise au Parlement" {
		t.Errorf("%d segments, title %q", len(d.Segments), d.Title)
	}
}

// quotesAndSpeakers lists the texts of d's quotes, and "quote → speaker" for those linked to one.
func quotesAndSpeakers(d *annotate.Document) (quotes, speakers []string) {
	for _, sp := range d.Spans {
		if sp.Label == annotate.LabelQuote {
			quotes = append(quotes, d.SpanText(sp))
		}
	}
	for _, l := range d.Links {
		if l.Type == annotate.LinkSpeaker {
			speakers = append(speakers, d.SpanText(d.Span(l.From))+" → "+d.SpanText(d.Span(l.To)))
		}
	}
	return quotes, speakers
}

// shownButton returns the visible button reading text in the tree of o, or nil.
func shownButton(o fyne.CanvasObject, text string) *widget.Button {
	return asButton(findShown(o, func(o fyne.CanvasObject) bool {
		b := asButton(o)
		return b != nil && b.Text == text
	}))
}

// TestChooseDialog drives the question's real dialog: each button gives its answer once and closes it,
// and Escape is Cancel.
func TestChooseDialog(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.opts.Choose = nil
	choices := []string{"Save", "Don’t save", "Cancel"}
	for i, c := range choices {
		got, calls := -1, 0
		ui.choose("Unsaved changes", "Save the changes?", choices, func(k int) { got, calls = k, calls+1 })
		top := ui.win.Canvas().Overlays().Top()
		if shownLabel(top, "Save the changes?") == nil {
			t.Fatal("the question is not shown")
		}
		b := shownButton(top, c)
		if b == nil {
			t.Fatalf("no button %q", c)
		}
		// The default answer and Cancel wear the icons of the other dialogs' OK and Cancel.
		if want := map[int]fyne.Resource{0: theme.ConfirmIcon(), len(choices) - 1: theme.CancelIcon()}[i]; b.Icon != want {
			t.Errorf("%q: icon %v, want %v", c, b.Icon, want)
		}
		test.Tap(b)
		if got != i || calls != 1 || ui.win.Canvas().Overlays().Top() != nil {
			t.Errorf("%q: answer %d given %d times, dialog still shown %v; want %d once and the dialog gone", c, got, calls, ui.win.Canvas().Overlays().Top() != nil, i)
		}
	}
	got := -1
	ui.choose("Unsaved changes", "Save the changes?", choices, func(k int) { got = k })
	ui.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if got != cancel || ui.win.Canvas().Overlays().Top() != nil || len(ui.modals) != 0 {
		t.Errorf("Escape: answer %d, dialog shown %v; want Cancel and the dialog gone", got, ui.win.Canvas().Overlays().Top() != nil)
	}
}

// asButton returns o as a button: Fyne's own, or the Button of an app's dialog button; nil for
// anything else.
func asButton(o any) *widget.Button {
	switch b := o.(type) {
	case *widget.Button:
		return b
	case *dialogButton:
		return &b.Button
	}
	return nil
}
