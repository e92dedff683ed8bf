package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

// trickyDoc returns n segments whose texts hold what wraps differently from plain words: accented
// letters, « guillemets » with no-break spaces, emoji with skin tones and flags, e + U+0301, words wider
// than a column, several paragraphs; some with their English, some tagged.
func trickyDoc(n int) *annotate.Document {
	kinds := []string{
		"« Le président a parlé », a dit José\u0301 à Marseille 🇫🇷 👍🏽.",
		"L’économie française\u202f: « une croissance de 0,3\u00a0% » selon l’Insee, dit Hélène Müller.",
		strings.Repeat("anticonstitutionnellement", 9) + " est un mot très long, café\u0301.",
		strings.Repeat("Une phrase assez longue pour tenir sur plusieurs lignes de la colonne, ", 4),
		"Court 😀.",
	}
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(kinds[i%len(kinds)])
		if i%11 == 0 {
			b.WriteString(" " + kinds[(i+2)%len(kinds)])
		}
	}
	d := plaintext.Build("tricky.txt", b.String(), nil, plaintext.Options{})
	for i, seg := range d.Segments {
		switch i % 4 {
		case 1:
			seg.Target = "“The president spoke,” José\u0301 said in Marseille 🇫🇷."
		case 2:
			seg.Target = strings.Repeat("A translation long enough to wrap in the English field, ", 1+i%3)
		}
	}
	return d
}

// viewPlace returns the first segment on screen and where its row's top is in the window.
func viewPlace(t *testing.T, ui *UI) (int, float32) {
	t.Helper()
	first, _ := ui.shownRange()
	r := ui.rowFor(first)
	if r == nil {
		t.Fatalf("segment %d is in view but has no row", first)
	}
	return first, fyne.CurrentApp().Driver().AbsolutePositionForObject(r.box).Y
}

// shownExact checks that the rows on screen have their exact heights, those measuring every row at
// once gives (want).
func shownExact(t *testing.T, ui *UI, want []float32, step string) {
	t.Helper()
	first, last := ui.shownRange()
	for i := first; i <= last; i++ {
		if !ui.cache.exact[i] || ui.cache.heights[i] != want[i] {
			t.Errorf("%s: segment %d on screen is %v high (exact: %v), want %v", step, i, ui.cache.heights[i], ui.cache.exact[i], want[i])
		}
	}
	rowTops(t, ui, step)
}

// TestHeightsMeasuredInTheBackgroundEndExact opens a document whose rows are measured a chunk at a time
// after it is shown: the rows on screen are measured from the start, also after a jump to the end and
// to the middle; the rows on screen stay where they are as the rows above them are measured; and in the
// end every row has the height measuring them all at once gives, also the row typed in meanwhile.
func TestHeightsMeasuredInTheBackgroundEndExact(t *testing.T) {
	const n = 700
	ref, _ := newTestUI(t, trickyDoc(n), false)
	want := slices.Clone(ref.cache.heights)
	ui, _ := newTestUI(t, nil, false)
	ui.heights.steps = true
	ui.setDocument(trickyDoc(n), "")
	layOut(ui)
	if ui.width != ref.width {
		t.Fatalf("rows %v wide, the reference's %v", ui.width, ref.width)
	}
	if ui.cache.left < n/2 {
		t.Fatalf("%d rows of %d left to measure after the open, want most", ui.cache.left, n)
	}
	shownExact(t, ui, want, "opened")

	for _, jump := range []struct {
		step string
		seg  int
	}{
		{"a segment further down", n / 3}, // scrolled just enough: its row at the bottom of the view
		{"at the end", n - 1},             // Ctrl+End
	} {
		ui.focusSegment(jump.seg, annotate.Target)
		shownExact(t, ui, want, jump.step)
		if r := ui.rowFor(jump.seg); r == nil || !ui.inView(r) {
			t.Fatalf("%s: segment %d is not wholly in view after going to it", jump.step, jump.seg)
		}
		bottom := ui.list.GetScrollOffset() + ui.list.Size().Height
		if end := ui.list.top(jump.seg) + ui.list.height(jump.seg); abs32(end-bottom) > 0.5 {
			t.Errorf("%s: segment %d's row ends at %v, not at the bottom of the view (%v)", jump.step, jump.seg, end, bottom)
		}
	}
	ui.list.ScrollToOffset(ui.list.top(n / 2))
	shownExact(t, ui, want, "scrolled to the middle")
	ui.list.ScrollToOffset(ui.list.GetScrollOffset() + 17)

	typed, chunks := n/2+1, 0
	for {
		seg, y := viewPlace(t, ui)
		more := ui.heightsDue()
		if got, gotY := viewPlace(t, ui); got != seg || gotY != y {
			t.Fatalf("chunk %d moved the view: segment %d at %v, was segment %d at %v", chunks, got, gotY, seg, y)
		}
		if !more {
			break
		}
		if chunks++; chunks == 1 {
			ui.focusSegment(typed, annotate.Target)
			typeKeys(ui, " Éric dit « bonjour » 👍🏽 et José\u0301 répond.")
		}
	}
	if ui.cache.left != 0 {
		t.Fatalf("%d rows left to measure after the last chunk", ui.cache.left)
	}
	for i := range n {
		w := want[i]
		if i == typed {
			w = ui.rowHeight(i, ui.width)
		}
		if got := ui.cache.heights[i]; got != w || ui.list.height(i) != w {
			t.Errorf("segment %d: %v high (the list: %v), want %v", i, got, ui.list.height(i), w)
		}
	}
	if got, want := ui.list.lay.MinSize(nil).Height, sumHeights(ui); abs32(got-want) > 0.5 {
		t.Errorf("list content is %v high, want %v", got, want)
	}
	rowTops(t, ui, "all measured")
	t.Logf("%d chunks", chunks)
}

// sumHeights returns the height of all rows and the gaps between them, from the cache.
func sumHeights(ui *UI) float32 {
	var total float32
	for _, h := range ui.cache.heights {
		total += h + ui.list.gap()
	}
	return total - ui.list.gap()
}
