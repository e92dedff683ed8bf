package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// Notes are what a translation tool's file says to whoever translates or reviews it (XLIFF <note>):
// the client's instructions on the whole document, a comment on one unit, which are read-only here;
// and the comments the user adds in Glose for the reviewer or the team (noteedit.go), which they can
// edit and delete. A row whose segment has notes shows noteMark, which opens them; the status line
// quotes the current segment's first note; File › Notes… (Ctrl+Shift+N) lists the document's and the
// current segment's.

// noteMarkSize is the side of the mark a row with notes shows, at the top of the gap between its
// French and its English.
const noteMarkSize = 14

// noteMark is the mark of a row whose segment has notes: tapping it shows them.
type noteMark struct {
	widget.Icon
	row *row
}

var (
	_ fyne.Tappable     = (*noteMark)(nil)
	_ desktop.Hoverable = (*noteMark)(nil)
)

func newNoteMark(r *row) *noteMark {
	m := &noteMark{row: r}
	m.Resource = theme.DocumentIcon()
	m.ExtendBaseWidget(m)
	m.Hide()
	return m
}

// Tapped shows the notes of the row's segment, with the document's. The segment becomes current as
// when its row is clicked, keyboard focus included: its English has the focus again once the notes
// are closed, so that typing and Ctrl+1 act on the segment the status line names.
func (m *noteMark) Tapped(*fyne.PointEvent) {
	m.row.ui.tips.hide()
	if m.row.seg >= 0 {
		m.row.ui.focusSegment(m.row.seg, annotate.Target)
		m.row.ui.showNotes()
	}
}

// MouseIn is part of desktop.Hoverable: the mark's tip says what it is.
func (m *noteMark) MouseIn(ev *desktop.MouseEvent) {
	m.row.ui.tips.enter(m, ev, func() string {
		return lang.L("This segment has notes: click to read them or add one (Ctrl+Shift+N)")
	})
}

// MouseMoved is part of desktop.Hoverable.
func (m *noteMark) MouseMoved(*desktop.MouseEvent) {}

// MouseOut is part of desktop.Hoverable.
func (m *noteMark) MouseOut() { m.row.ui.tips.leave(m) }

// show shows the mark when the segment has notes. It costs the same whatever the notes.
func (m *noteMark) show(seg *annotate.Segment) {
	if len(seg.Notes) > 0 {
		m.Show()
	} else {
		m.Hide()
	}
}

// noteText says a note for people: that it is the file's when it is not one added in Glose, its
// category and priority when the file gives them, what it is about when it is one side only, then
// its text.
func noteText(n annotate.Note) string {
	var about []string
	if !n.Glose {
		about = append(about, lang.L("from the file"))
	}
	if n.Category != "" {
		about = append(about, categoryName(n.Category))
	}
	if n.Priority > 0 {
		about = append(about, lang.L("priority {{.N}}", map[string]any{"N": n.Priority}))
	}
	switch n.AppliesTo {
	case annotate.Source:
		about = append(about, lang.L("on the French"))
	case annotate.Target:
		about = append(about, lang.L("on the English"))
	}
	if len(about) == 0 {
		return n.Text
	}
	return lang.L("({{.About}}) {{.Text}}", map[string]any{"About": strings.Join(about, ", "), "Text": n.Text})
}

// segmentNoteState is what the status line adds about the current segment's notes: the first one,
// shortened, and how many there are; "" when it has none.
func segmentNoteState(seg *annotate.Segment) string {
	if len(seg.Notes) == 0 {
		return ""
	}
	first := annotate.Shorten(strings.Join(strings.Fields(seg.Notes[0].Text), " "), 60)
	return lang.N("note: “{{.Text}}” (Ctrl+Shift+N shows it)", len(seg.Notes), map[string]any{"N": len(seg.Notes), "Text": first})
}

// documentNotesState is what the status line adds, once a document is open, about its notes: those
// on the whole document and, when its segments have some too, how many the file has in all, so that
// "1 document note" is not read as all the file has. Segment notes alone are shown by their rows.
func documentNotesState(d *annotate.Document) string {
	if len(d.Notes) == 0 {
		return ""
	}
	all := len(d.Notes)
	for _, seg := range d.Segments {
		all += len(seg.Notes)
	}
	if all == len(d.Notes) {
		return lang.N("{{.N}} document notes (File › Notes…)", len(d.Notes), map[string]any{"N": len(d.Notes)})
	}
	return lang.N("{{.N}} notes in the file, {{.Doc}} on the whole document (File › Notes…)", all,
		map[string]any{"N": all, "Doc": len(d.Notes)})
}

// categoryName is a note's category in the interface's language when it is one of the words
// translation tools commonly write (XLIFF leaves it free), else as the file gives it.
func categoryName(c string) string {
	switch strings.ToLower(c) {
	case "comment":
		return lang.X("note.category.comment", "comment")
	case "context":
		return lang.X("note.category.context", "context")
	case "instruction":
		return lang.X("note.category.instruction", "instruction")
	case "review":
		return lang.X("note.category.review", "review")
	}
	return c
}
