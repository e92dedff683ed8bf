package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// greyed returns the Edit menu's items and its submenus' by label, true where greyed.
func greyed(t *testing.T, ui *UI) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			} else if !it.IsSeparator {
				out[it.Label] = it.Disabled
			}
		}
	}
	walk(menuNamed(t, ui, "Edit").Items)
	return out
}

// wantGreyed checks that exactly the items named are greyed among those the test follows.
func wantGreyed(t *testing.T, ui *UI, when string, names ...string) {
	t.Helper()
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	got := greyed(t, ui)
	for _, n := range []string{"Undo", "Redo", "Accept the selected suggestion", "Reject the selected suggestion",
		"Remove the selected span", "Link the quote to its speaker or reporting verb", "Choose the quote’s speaker from the people",
		"Accept all suggestions", "Accept the sure suggestions (90% and more)", "Reject all suggestions", "Find…"} {
		if d, ok := got[n]; !ok {
			t.Errorf("%s: no %q in the Edit menu", when, n)
		} else if d != want[n] {
			t.Errorf("%s: %q greyed %v, want %v", when, n, d, want[n])
		}
	}
}

// TestMenuGreysWhatCannotApply follows the Edit menu through a session: nothing to undo or redo and
// no span designated at first; a selected PER, then a quote; everything accepted; undone.
func TestMenuGreysWhatCannotApply(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	const link, choose = "Link the quote to its speaker or reporting verb", "Choose the quote’s speaker from the people"
	spanActs := []string{"Accept the selected suggestion", "Reject the selected suggestion", "Remove the selected span", link, choose}
	wantGreyed(t, ui, "opened", append([]string{"Undo", "Redo"}, spanActs...)...)

	var per, quote *annotate.Span
	for _, sp := range ui.doc.Spans {
		switch sp.Label {
		case annotate.LabelPER:
			per = sp
		case annotate.LabelQuote:
			quote = sp
		}
	}
	ui.selectSpan(per.ID)
	wantGreyed(t, ui, "PER selected", "Undo", "Redo", link, choose)
	ui.selectSpan(quote.ID)
	wantGreyed(t, ui, "quote selected", "Undo", "Redo")

	ui.acceptAll()
	wantGreyed(t, ui, "all accepted", "Redo", "Accept the selected suggestion", "Reject the selected suggestion",
		"Accept all suggestions", "Accept the sure suggestions (90% and more)", "Reject all suggestions")
	ui.undoStep()
	wantGreyed(t, ui, "undone", "Undo")

	ui.deselectSpan()
	wantGreyed(t, ui, "let go", append([]string{"Undo"}, spanActs...)...)
}

// TestMenuRedrawsOnceWhileTyping: typing enables Undo at the first keystroke; the menu bar is not
// redrawn at the next ones.
func TestMenuRedrawsOnceWhileTyping(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	r := ui.rowFor(0)
	ui.win.Canvas().Focus(r.entry)
	before := ui.menuRedraws
	test.Type(r.entry, "Sergei Lavrov said")
	if n := ui.menuRedraws - before; n > 1 {
		t.Errorf("typing 18 characters redrew the menu bar %d times", n)
	}
	if greyed(t, ui)["Undo"] {
		t.Error("Undo greyed after typing")
	}
}

// TestMenuFollowsTheCaret: the caret in a span designates it for the keys, so the menu offers the
// span's actions.
func TestMenuFollowsTheCaret(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	r := ui.rowFor(0)
	ui.win.Canvas().Focus(r.src)
	r.src.SetSelection(2, 2) // in "Sergueï Lavrov"
	ui.caretMoved(r)
	if greyed(t, ui)["Remove the selected span"] {
		t.Error("caret in a PER: Remove greyed")
	}
}

// TestSpanButtonsAgreeWithTheEditMenu (QA16 #6): Accept, Reject, Remove and Link speaker or verb are
// enabled exactly when the Edit menu offers the same actions, for the span the caret is in too.
func TestSpanButtonsAgreeWithTheEditMenu(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	d := ui.doc
	per := d.Spans[1]
	p := ui.palette
	agree := func(when string, acceptOn, removeOn, linkOn bool) {
		t.Helper()
		g := greyed(t, ui)
		for _, c := range []struct {
			name string
			off  bool
			item string
			want bool
		}{
			{"Accept", p.accept.Disabled(), "Accept the selected suggestion", acceptOn},
			{"Reject", p.reject.Disabled(), "Reject the selected suggestion", acceptOn},
			{"Remove", p.remove.Disabled(), "Remove the selected span", removeOn},
			{"Link speaker or verb", p.link.Disabled(), "Link the quote to its speaker or reporting verb", linkOn},
		} {
			if c.off == c.want {
				t.Errorf("%s: %s enabled %v, want %v", when, c.name, !c.off, c.want)
			}
			if c.off != g[c.item] {
				t.Errorf("%s: %s greyed %v, menu's %q greyed %v", when, c.name, c.off, c.item, g[c.item])
			}
		}
	}
	agree("opened", false, false, false)
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	caretTo(t, r, strings.Index(d.Text, "Lavrov"))
	agree("caret in the suggested PER", true, true, false)
	// A click on a button leaves the keyboard focus where it was in the GL driver (the button is
	// focusable), where test.Tap takes it away: the button's own Tapped is what the click runs.
	p.accept.Tapped(&fyne.PointEvent{})
	if per.Origin != annotate.Human {
		t.Fatalf("the Accept button did not accept the PER the caret is in: status %q, focus %T", ui.status.Text, ui.win.Canvas().Focused())
	}
	agree("PER accepted", false, true, false)
	caretTo(t, r, strings.Index(d.Text, "dialogue"))
	agree("caret in the suggested quotation", true, true, true)
	ui.deselectSpan()
	caretTo(t, r, strings.Index(d.Text, "déclaré"))
	agree("caret where no span is", false, false, false)
}

// BenchmarkMenuStateKeystroke measures what bringing the Edit menu up to date adds to a keystroke in
// the large document when nothing changes (the menu bar is then not redrawn).
func BenchmarkMenuStateKeystroke(b *testing.B) {
	d := bigDoc(b)
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	b.Setenv("XDG_DATA_HOME", b.TempDir())
	ui := New(test.NewTempApp(b), Options{Sync: true})
	ui.setDocument(d, "")
	layOut(ui)
	run := func(b *testing.B) {
		ui.updateMenus()
		b.ResetTimer()
		for range b.N {
			ui.updateMenus()
		}
	}
	b.Run("suggestions left", run)
	if err := ui.ed.AcceptAll(); err != nil { // the worst case: every span is looked at
		b.Fatal(err)
	}
	b.Run("none left", run)
}
