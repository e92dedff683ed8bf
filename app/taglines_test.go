package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// tagLineDoc is a document of n translated segments, each with a tag in its English.
func tagLineDoc(t *testing.T, n int) *annotate.Document {
	t.Helper()
	var src []string
	for i := range n {
		src = append(src, fmt.Sprintf("Phrase numéro %d à Paris.", i+1))
	}
	d := pairDoc(src...)
	ed := annotate.NewEditor(d)
	for _, s := range d.Segments {
		en := fmt.Sprintf("Sentence number %s in Paris.", strings.TrimSuffix(strings.Fields(d.SourceText(s))[2], "."))
		_, err := ed.SetTarget(s.ID, en)
		must(t, err)
		s.Status = annotate.StatusTranslated
		at := strings.Index(en, "Paris")
		must(t, ed.AddSpan(&annotate.Span{Side: annotate.Target, Segment: s.ID, Start: at, End: at + len("Paris"), Label: annotate.LabelLOC, Origin: annotate.Human}))
	}
	return d
}

// TestTagLinesUnderTheCurrentSegmentAlone: View › "The English’s tags under every segment", unticked,
// shows the line of the English's tags under the current segment alone, the other rows as short as
// their English (walk32: each translated row showed its English twice, half as many rows in view);
// the line follows Ctrl+Down, and the choice is kept in the preferences; ticked again, every row
// shows its line.
func TestTagLinesUnderTheCurrentSegmentAlone(t *testing.T) {
	ui, _ := newTestUI(t, tagLineDoc(t, 6), false)
	ui.focusSegment(1, annotate.Target)
	item := menuItem(t, ui, "View", "The English’s tags under every segment")
	if !item.Checked || !visibleRow(t, ui, 0).strip.Visible() {
		t.Fatalf("by default: ticked %v, line under segment 1 %v", item.Checked, visibleRow(t, ui, 0).strip.Visible())
	}
	tall := ui.list.height(0)
	item.Action()
	if item.Checked || ui.app.Preferences().BoolWithFallback(prefTagLines, true) {
		t.Errorf("unticked: item ticked %v, preference %v", item.Checked, ui.app.Preferences().BoolWithFallback(prefTagLines, true))
	}
	lines := func() (shown []int) {
		for i := range 4 {
			if visibleRow(t, ui, i).strip.Visible() {
				shown = append(shown, i+1)
			}
		}
		return shown
	}
	if got := lines(); fmt.Sprint(got) != "[2]" || ui.list.height(0) >= tall || ui.list.height(1) != tall {
		t.Errorf("current segment 2: lines under %v, want [2]; heights %g and %g, were %g", got, ui.list.height(0), ui.list.height(1), tall)
	}
	ui.handleShortcut(ctrlKey(fyne.KeyDown))
	if got := lines(); fmt.Sprint(got) != "[3]" || ui.list.height(1) >= tall || ui.list.height(2) != tall {
		t.Errorf("after Ctrl+Down: lines under %v, want [3]; heights %g and %g", got, ui.list.height(1), ui.list.height(2))
	}
	item.Action()
	if got := lines(); fmt.Sprint(got) != "[1 2 3 4]" || !item.Checked {
		t.Errorf("ticked again: lines under %v, ticked %v", got, item.Checked)
	}
}
