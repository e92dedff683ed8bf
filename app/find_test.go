package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// TestFindGoesFromMatchToMatch types a query without its accents in the Find bar: each Enter goes to
// the next place, the French before the English, selecting the French, and wraps around.
func TestFindGoesFromMatchToMatch(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	setTarget(t, ui, 1, "Trump hailed the MINISTRE.")
	if !ui.handleShortcut(custom("F", ctrl)) || !ui.find.bar.Visible() || ui.win.Canvas().Focused() != ui.find.entry {
		t.Fatal("Ctrl+F does not open the Find bar with the focus in it")
	}
	ui.find.entry.SetText("ministre")
	type place struct {
		seg  int
		side annotate.Side
		text string
	}
	var got []place
	for range 4 {
		ui.find.entry.OnSubmitted(ui.find.entry.Text)
		at := ui.find.last
		text := ui.doc.SourceText(ui.doc.Segments[at.seg])
		if at.side == annotate.Target {
			text = ui.doc.Segments[at.seg].Target
		}
		got = append(got, place{at.seg, at.side, text[at.start:at.end]})
		if ui.cur != at.seg {
			t.Errorf("match in segment %d but current segment %d", at.seg+1, ui.cur+1)
		}
		if want := fmt.Sprintf("Found in segment %d (", at.seg+1); !strings.HasPrefix(ui.status.Text, want) {
			t.Errorf("status %q, want it to start %q, as the status line names segments", ui.status.Text, want)
		}
	}
	want := []place{{1, annotate.Target, "MINISTRE"}, {2, annotate.Source, "ministre"}, {1, annotate.Target, "MINISTRE"}, {2, annotate.Source, "ministre"}}
	for i := range want {
		if i >= len(got) || got[i] != want[i] {
			t.Fatalf("matches %v, want %v", got, want)
		}
	}
	if a, b := ui.rowFor(2).src.Selection(); ui.doc.SourceText(ui.doc.Segments[2])[a:b] != "ministre" {
		t.Errorf("the French match is not selected: [%d, %d)", a, b)
	}
	// Accents and case are ignored both ways, and the match keeps the text's own letters.
	ui.find.entry.SetText("SERGUEI")
	ui.find.next()
	if at := ui.find.last; at.seg != 0 || ui.doc.Text[at.start:at.end] != "Sergueï" {
		t.Errorf("SERGUEI found at %+v", at)
	}
	ui.find.entry.SetText("nowhere")
	ui.find.next()
	if !strings.Contains(ui.status.Text, "nowhere") {
		t.Errorf("status %q says nothing of the missing text", ui.status.Text)
	}
}

// TestFindInLargeDocumentBuildsNoRows searches a 1 MB article for words of its last segment: the
// list stays virtual.
func TestFindInLargeDocumentBuildsNoRows(t *testing.T) {
	d := bigDoc(t)
	ui, _ := newTestUI(t, d, false)
	last := len(d.Segments) - 1
	words := strings.Fields(d.SourceText(d.Segments[last]))
	ui.find.show()
	ui.find.entry.SetText(strings.Join(words[len(words)-2:], " "))
	ui.find.next()
	if ui.find.last.seg < 0 {
		t.Fatalf("not found: %q", ui.find.entry.Text)
	}
	if len(ui.rows) > 100 {
		t.Errorf("%d rows built for %d segments", len(ui.rows), len(d.Segments))
	}
}

// TestFindSelectsTheEnglishMatch finds words of the English after an emoji and « guillemets », on the
// first row of the field and on a later wrapped row: the Entry's selection is the match, in the
// text's own letters, and the focus stays in the Find bar.
func TestFindSelectsTheEnglishMatch(t *testing.T) {
	long := "Sergei Lavrov 😀 said on Monday: « The dialogue is free and open to everyone », " +
		"then he added that the talks in Geneva would go on, and that the Ministère had agreed to them."
	tests := []struct {
		name, target, query, want string
		wrapped                   bool
	}{
		{"first row", "😀 « talks » are free", "TALKS", "talks", false},
		{"after an emoji", "Lavrov 😀 « Élysée » said", "elysee", "Élysée", false},
		{"wrapped row", long, "MINISTERE had", "Ministère had", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ui, _ := newTestUI(t, testDoc(t), false)
			setTarget(t, ui, 1, tt.target)
			steps := ui.ed.UndoName()
			ui.find.show()
			ui.find.entry.SetText(tt.query)
			ui.find.entry.OnSubmitted(ui.find.entry.Text)
			at := ui.find.last
			if at.seg != 1 || at.side != annotate.Target {
				t.Fatalf("match at %+v, want the English of §2", at)
			}
			r := ui.rowFor(1)
			if got := r.entry.SelectedText(); got != tt.want {
				t.Errorf("English selection %q, want %q", got, tt.want)
			}
			if a, b, ok := entrySelection(&r.entry.Entry); !ok || a != at.start || b != at.end {
				t.Errorf("selection [%d, %d) %v, want [%d, %d)", a, b, ok, at.start, at.end)
			}
			if tt.wrapped && r.entry.CursorRow == 0 {
				t.Error("the match is on the field's first row: the test does not cover wrapping")
			}
			if ui.win.Canvas().Focused() != ui.find.entry {
				t.Errorf("focus on %T, want the Find bar", ui.win.Canvas().Focused())
			}
			if ui.doc.Segments[1].Target != tt.target || ui.ed.UndoName() != steps {
				t.Errorf("selecting changed the document: %q, undo %q", ui.doc.Segments[1].Target, ui.ed.UndoName())
			}
			// Escape gives the field the focus, where Fyne draws the selection: it is still the match.
			ui.find.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
			if ui.win.Canvas().Focused() != r.entry || r.entry.SelectedText() != tt.want {
				t.Errorf("after Escape: focus on %T, selection %q", ui.win.Canvas().Focused(), r.entry.SelectedText())
			}
		})
	}
}

// TestFindBarButtonsTakeEnterAndEscape: Tab from the Find field reaches its buttons, whose tips say
// "Next match (Enter)" and "Close the Find bar (Esc)": Enter on the focused Next goes to the next
// match, and Escape there closes the bar, focus back in the segment. Fyne's Button took Space alone.
func TestFindBarButtonsTakeEnterAndEscape(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	setTarget(t, ui, 1, "Trump hailed the MINISTRE.")
	pressShortcut(ui, custom(fyne.KeyF, ctrl))
	ui.find.entry.SetText("ministre")
	c := ui.win.Canvas()
	c.FocusNext()
	next, ok := c.Focused().(*tipButton)
	if !ok || next.tip != "Next match (Enter)" {
		t.Fatalf("Tab from the Find field reaches %T, want its Next button", c.Focused())
	}
	pressKey(ui, fyne.KeyReturn)
	if ui.find.last.seg != 1 || ui.cur != 1 {
		t.Errorf("Enter on Next: match in segment %d, current %d; want 2 (index 1)", ui.find.last.seg+1, ui.cur+1)
	}
	c.Focus(next)
	pressKey(ui, fyne.KeyEscape)
	if ui.find.bar.Visible() {
		t.Error("Escape on Next left the Find bar open")
	}
	if c.Focused() == next || c.Focused() == nil {
		t.Errorf("focus on %T after Escape, want the segment", c.Focused())
	}
}

// TestEscapeFromFindGoesBackToTheColumn: a translator searching from the English, whose match is in
// the French, comes back to the segment's English on Escape and goes on typing there: the French
// column, where the focus went, takes letters as commands (L relabelled the match LOC, a accepted,
// r rejected). Searching from the French comes back to the match there, to tag it.
func TestEscapeFromFindGoesBackToTheColumn(t *testing.T) {
	for _, from := range []annotate.Side{annotate.Target, annotate.Source} {
		t.Run(string(from), func(t *testing.T) {
			ui, _ := newTestUI(t, testDoc(t), false)
			ui.focusSegment(0, from)
			pressShortcut(ui, custom(fyne.KeyF, ctrl))
			ui.find.entry.SetText("Lavrov")
			pressKey(ui, fyne.KeyReturn)
			at := ui.find.last
			if at.side != annotate.Source {
				t.Fatalf("match at %+v, want one in the French", at)
			}
			french := frenchSpans(ui.doc)
			pressKey(ui, fyne.KeyEscape)
			r := ui.rowFor(at.seg)
			if from == annotate.Source {
				if ui.win.Canvas().Focused() != r.src {
					t.Errorf("searching from the French: focus on %T after Escape, want the French of the match", ui.win.Canvas().Focused())
				}
				return
			}
			if ui.win.Canvas().Focused() != r.entry {
				t.Fatalf("searching from the English: focus on %T after Escape, want the English of segment %d", ui.win.Canvas().Focused(), at.seg+1)
			}
			typeKeys(ui, "Lavrov said")
			if got := ui.doc.Segments[at.seg].Target; !strings.HasSuffix(got, "Lavrov said") {
				t.Errorf("English %q, want the words typed", got)
			}
			if got := frenchSpans(ui.doc); got != french {
				t.Errorf("typing changed the French spans:\n%s\nwas\n%s", got, french)
			}
		})
	}
}

// frenchSpans lists the French spans with their label and origin.
func frenchSpans(d *annotate.Document) string {
	var b strings.Builder
	for _, sp := range d.Spans {
		if sp.Side == annotate.Source {
			fmt.Fprintf(&b, "%s %s %s %d-%d\n", sp.ID, sp.Label, sp.Origin, sp.Start, sp.End)
		}
	}
	return b.String()
}

// TestFindBarShowsWithNothingFocused: Ctrl+H or Ctrl+F just after a document opens, before anything
// has the focus, shows the bar at once, laid out and in view, and the text typed in it; and closing
// it gives its room back. The bar was shown without its container being laid out again: it stayed
// 0 units high, the Find field took the letters out of sight, until a dialog made the window lay out.
func TestFindBarShowsWithNothingFocused(t *testing.T) {
	for _, key := range []fyne.KeyName{fyne.KeyH, fyne.KeyF} {
		t.Run(string(key), func(t *testing.T) {
			ui, _ := newTestUI(t, testDoc(t), false)
			ui.win.Canvas().Unfocus()
			listTop, _ := rect(ui.list)
			pressShortcut(ui, custom(key, ctrl))
			if h := ui.find.entry.Size().Height; h < 10 {
				t.Fatalf("the Find field is %v units high once shown", h)
			}
			if key == fyne.KeyH {
				assertFindBarShows(t, ui) // the replace mode's fields and options too
			} else if top, bottom := rect(ui.bars.bars); outOfBand(ui.find.entry, top.Y, bottom.Y) {
				t.Error("the Find field is out of the bars' view")
			}
			if at, _ := rect(ui.list); at.Y <= listTop.Y {
				t.Errorf("the segments start at y=%v with the bar open, as without it", at.Y)
			}
			pressKey(ui, fyne.KeyEscape)
			if at, _ := rect(ui.list); at.Y != listTop.Y {
				t.Errorf("the segments start at y=%v once the bar is closed, want %v", at.Y, listTop.Y)
			}
		})
	}
}

// outOfBand reports whether o reaches out of the band from top to bottom.
func outOfBand(o fyne.CanvasObject, top, bottom float32) bool {
	start, end := rect(o)
	return start.Y < top-0.5 || end.Y > bottom+0.5
}
