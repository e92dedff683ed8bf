package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/glose-app/glose/annotate"
)

// largeTranslatedDoc builds a document of about 4 MB of French in 20,000 segments, each with its
// English, one English in ten holding "Brexit deal".
func largeTranslatedDoc(tb testing.TB) *annotate.Document {
	tb.Helper()
	const n = 20_000
	var src strings.Builder
	var bounds [][2]int
	for i := range n {
		if i > 0 {
			src.WriteString("\n\n")
		}
		a := src.Len()
		fmt.Fprintf(&src, "Phrase numéro %d : « le ministre a déclaré que l’accord sur le Brexit restait possible », "+
			"a indiqué Sergueï Lavrov, qui s’exprimait devant la presse à Genève, mardi %d décembre.", i+1, i%28+1)
		bounds = append(bounds, [2]int{a, src.Len()})
	}
	d := annotate.NewDocument("large", "Large", src.String(), "fr", "en")
	for i, b := range bounds {
		seg := d.AddSegment(b[0], b[1], i, annotate.KindSentence)
		deal := "agreement"
		if i%10 == 0 {
			deal = "Brexit deal"
		}
		seg.Target = fmt.Sprintf("Sentence %d: “the minister said the %s was still possible”, said Sergei Lavrov, speaking to the press in Geneva on Tuesday.", i+1, deal)
		seg.Status = annotate.StatusTranslated
	}
	return d
}

// TestReplaceAllInLargeDocument replaces in 2,000 of the 20,000 segments of a 4 MB document, logging
// the times of a search that finds nothing and of Replace all (no timed assertion: the machine's load
// varies); the list stays virtual and one Undo takes everything back.
func TestReplaceAllInLargeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("large document")
	}
	d := largeTranslatedDoc(t)
	ui, _ := newTestUI(t, d, false)
	openReplace(t, ui, "nowhere at all", "x")
	start := time.Now()
	ui.find.next()
	t.Logf("%.1f MB, %d segments: a search that finds nothing: %v", float64(len(d.Text))/1e6, len(d.Segments), time.Since(start))
	ui.find.entry.SetText("brexit deal")
	ui.find.rep.with.SetText("Brexit agreement")
	start = time.Now()
	ui.find.rep.replaceAll()
	t.Logf("Replace all: %v (%s)", time.Since(start), ui.status.Text)
	if w := "2000 replacements in 2000 segments"; ui.status.Text != w {
		t.Errorf("status %q, want %q", ui.status.Text, w)
	}
	if len(ui.rows) > 100 {
		t.Errorf("%d rows built for %d segments", len(ui.rows), len(d.Segments))
	}
	start = time.Now()
	ui.undoStep()
	t.Logf("Undo: %v", time.Since(start))
	if got := d.Segments[10].Target; !strings.Contains(got, "Brexit deal") {
		t.Errorf("after Undo: %q", got)
	}
	replaceAllFiltered(t, ui)
}

// replaceAllFiltered replaces under a filter showing about half the segments of the large document,
// logging the times of Replace all and of a search whose matches are all hidden (it counts them).
func replaceAllFiltered(t *testing.T, ui *UI) {
	d := ui.doc
	filterContaining(ui, "Sentence 1")
	shown, hidden := 0, 0
	for i, seg := range d.Segments {
		if strings.Contains(seg.Target, "Brexit deal") {
			if ui.list.hidden(i) {
				hidden++
			} else {
				shown++
			}
		}
	}
	start := time.Now()
	ui.find.rep.replaceAll()
	t.Logf("Replace all in the %d segments shown: %v (%s)", ui.list.shownCount(), time.Since(start), ui.status.Text)
	w := fmt.Sprintf("%d replacements in %d shown segments; %d hidden matches left alone", shown, shown, hidden)
	if !strings.HasPrefix(ui.status.Text, w) {
		t.Errorf("status %q, want it to start %q", ui.status.Text, w)
	}
	start = time.Now()
	ui.find.next()
	t.Logf("a search whose %d matches are all hidden: %v", hidden, time.Since(start))
	if !strings.Contains(ui.status.Text, fmt.Sprintf("%d matches in hidden segments", hidden)) {
		t.Errorf("status %q", ui.status.Text)
	}
}
