package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// firstDialogLayout lays the dialog on top of the window out as the desktop driver does when it shows
// it: once, at its minimum size, before its buttons have ever been placed. (The test driver lays a
// dialog out at the window's size first, which hides what the first layout does.) It returns the
// dialog's content, its button box and its list of warnings, with their places in the dialog.
func firstDialogLayout(t *testing.T, ui *UI) (dialogSize fyne.Size, list *container.Scroll, listTop, buttonsTop float32) {
	t.Helper()
	pop, ok := ui.win.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok {
		t.Fatal("no dialog shown")
	}
	box := pop.Content.(*fyne.Container) // title, content, buttons: Fyne's dialog layout
	content, buttons := box.Objects[2], box.Objects[3]
	buttons.Move(fyne.NewPos(0, 0))
	if box.Size() == box.MinSize() { // already that size (a dialog whose buttons were set after it was made): Resize would not lay it out
		box.Layout.Layout(box.Objects, box.Size())
	} else {
		box.Resize(box.MinSize())
	}
	list, _ = findShown(content, func(o fyne.CanvasObject) bool {
		_, ok := o.(*container.Scroll)
		return ok
	}).(*container.Scroll)
	if list == nil {
		t.Fatal("no scrolling list in the dialog")
	}
	return box.Size(), list, content.Position().Y + list.Position().Y, buttons.Position().Y
}

// TestExportWarningsScroll: an export's warnings are shown in a list that fits the window, wraps,
// stops above the OK button and scrolls when they are many, in a large window and in a small one; a
// few warnings take the room they need, no more.
func TestExportWarningsScroll(t *testing.T) {
	useLanguage(t, "fr")
	warnings := func(n int) []string {
		var warns []string
		for i := range n {
			warns = append(warns, fmt.Sprintf("%d. %s", i+1, strings.Repeat("Un avertissement assez long pour aller à la ligne. ", 3)))
		}
		return warns
	}
	for _, c := range []struct {
		window fyne.Size
		n      int
	}{
		{fyne.NewSize(1280, 800), 30}, {fyne.NewSize(860, 400), 30}, {fyne.NewSize(1280, 800), 2}, {fyne.NewSize(860, 400), 1},
	} {
		ui, _ := newTestUI(t, testDoc(t), false)
		ui.win.Resize(c.window)
		ui.showWarningList(lang.L("Exported to {{.Name}}, but the file does not hold everything:", map[string]any{"Name": "« 10.jsonl »"}), warnings(c.n))
		size, list, listTop, buttonsTop := firstDialogLayout(t, ui)
		if size.Width > c.window.Width || size.Height > c.window.Height {
			t.Errorf("%v window, %d warnings: the dialog is %v", c.window, c.n, size)
		}
		if list.Size().Height <= 0 || listTop+list.Size().Height > buttonsTop {
			t.Errorf("%v window, %d warnings: the list is %v high at %v, the button at %v", c.window, c.n, list.Size().Height, listTop, buttonsTop)
		}
		content := fyne.NewSize(list.Content.Size().Width, list.Content.MinSize().Height) // the scroll stretches the list
		if content.Width > list.Size().Width {
			t.Errorf("%v window, %d warnings: the warnings are %v wide in a list of %v", c.window, c.n, content.Width, list.Size().Width)
		}
		if scrolls := content.Height > list.Size().Height; scrolls != (c.n > 5) {
			t.Errorf("%v window, %d warnings: they take %v in a list %v high", c.window, c.n, content.Height, list.Size().Height)
		}
		if c.n <= 5 && list.Size().Height > content.Height+1 {
			t.Errorf("%v window, %d warnings: they take %v, but the list is %v high", c.window, c.n, content.Height, list.Size().Height)
		}
		for _, m := range list.Content.(*fyne.Container).Objects {
			if lines := strings.Count(m.(*messageText).label.Text, "\n") + 1; lines != 2 {
				t.Errorf("%v window: a long warning is in %d lines: %q", c.window, lines, m.(*messageText).label.Text)
				break
			}
		}
	}
}
