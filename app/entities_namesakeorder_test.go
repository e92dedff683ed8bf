package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// TestNamesakeRowsInSegmentOrder: rows that read alike ("LOC · Europe", one with the English name
// Europe and one with none, or two pre-annotation left apart) are told apart by the segment of
// their first mention, but were ordered by English name, then ID: "Seg. 11" came before "Seg. 1",
// as "e10" sorts before "e2". They now follow the text, whatever their IDs and English names.
func TestNamesakeRowsInSegmentOrder(t *testing.T) {
	var b strings.Builder
	for i := range 12 {
		fmt.Fprintf(&b, "Phrase %d sur l’Europe, à Genève. ", i+1)
	}
	d := annotate.NewDocument("n", "N", b.String(), "fr", "en")
	at := 0
	for range 12 {
		end := at + strings.Index(d.Text[at:], ". ") + 1
		d.AddSegment(at, end, 0, annotate.KindSentence)
		at = end + 1
	}
	ed := annotate.NewEditor(d)
	add := func(id, fr, en string, seg int) {
		t.Helper()
		s := d.Segments[seg]
		start := s.Start + strings.Index(d.Text[s.Start:s.End], fr)
		sp := &annotate.Span{Side: annotate.Source, Start: start, End: start + len(fr), Label: annotate.LabelLOC}
		must(t, ed.AddSpan(sp))
		must(t, ed.AddEntity(&annotate.Entity{ID: id, Type: annotate.LabelLOC, Names: map[string]string{"fr": fr, "en": en}, Mentions: []string{sp.ID}}))
	}
	add("e10", "Europe", "", 10)      // Seg. 11
	add("e2", "Europe", "Europe", 0)  // Seg. 1
	add("e3", "Europe", "Europe", 4)  // Seg. 5
	add("e11", "Genève", "Geneva", 2) // no namesake
	ui, _ := newTestUI(t, d, false)
	ui.win.Resize(fyne.NewSize(1000, 900))
	p := entitiesTab(ui)
	p.refresh()
	var rows []string
	for i := range p.ents {
		box := p.list.CreateItem().(*fyne.Container)
		p.list.UpdateItem(i, box)
		rows = append(rows, box.Objects[0].(*widget.Label).Text+" "+box.Objects[2].(*widget.Label).Text)
	}
	want := "LOC · Europe Seg. 1 · (1 FR, 0 EN)|LOC · Europe Seg. 5 · (1 FR, 0 EN)|LOC · Europe Seg. 11 · (1 FR, 0 EN)|LOC · Genève / Geneva (1 FR, 0 EN)"
	if got := strings.Join(rows, "|"); got != want {
		t.Errorf("rows\n%s\nwant\n%s", strings.ReplaceAll(got, "|", "\n"), strings.ReplaceAll(want, "|", "\n"))
	}
}
