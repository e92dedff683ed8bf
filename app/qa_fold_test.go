package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
)

// TestQAFoldsTheUntranslatedSegments: while the translator is at work, the segments not translated
// yet are one row of the QA list, the first, above the issues that need a look, which keep their rows; the row
// says how many, its detail lists them, and a click goes to the next one after the current segment,
// wrapping around. The checks themselves (what glose-cli qa gives) still find every one.
func TestQAFoldsTheUntranslatedSegments(t *testing.T) {
	d := pairDoc("« Déjà vu », dit-il le 3 mai.", "L’été 👍🏽 à José́.", "Troisième phrase.",
		"Quatrième phrase.", "Cinquième phrase.", "Sixième phrase.")
	ui, _ := newTestUI(t, d, false)
	setTarget(t, ui, 0, "“Déjà vu”, he said on 4 May.") // a number that differs: a warning
	setTarget(t, ui, 3, "Fourth sentence.")
	ui.showQA()
	p := ui.qa
	untranslated := countCheck(qa.Run(ui.doc, p.config()), qa.Untranslated)
	if untranslated != 4 || p.folded(qa.Untranslated) != 4 {
		t.Fatalf("the checks find %d untranslated segments, the panel folds %d; want 4 and 4", untranslated, p.folded(qa.Untranslated))
	}
	if p.rows() != p.listed()+1 || p.listed() == 0 {
		t.Fatalf("%d rows for %d issues listed; want them and the folded row", p.rows(), p.listed())
	}
	number := issueRow(p, qa.NumberMismatch, d.Segments[0].ID)
	if k, ok := p.issueOf(p.rowOf(number)); !ok || k != number || p.rowOf(number) == 0 {
		t.Fatalf("the number issue (%d) is at row %d of %d", number, p.rowOf(number), p.rows())
	}
	row := p.list.CreateItem().(*fyne.Container)
	p.bind(p.rowOf(number), row)
	if got := row.Objects[0].(*widget.Label).Text; got != issueMessage(p.issues[number]) {
		t.Errorf("the number issue's row reads %q", got)
	}
	box := p.list.CreateItem().(*fyne.Container)
	p.bind(0, box)
	if got := box.Objects[0].(*widget.Label).Text; got != "4 not translated yet: go to the next" {
		t.Errorf("the folded row reads %q", got)
	}
	if !strings.HasSuffix(p.summary.Text, " · 4\u00a0segments not translated") || strings.HasPrefix(p.summary.Text, "4\u00a0errors") {
		t.Errorf("summary %q: the untranslated segments counted as errors", p.summary.Text)
	}
	// the summary counts them apart, so their row has an icon of its own, not an error's red one
	if icon := box.Objects[1].(*fyne.Container).Objects[0].(*widget.Icon).Resource.Name(); icon == severityIcon(qa.Error).Name() || icon != foldIcon(qa.Untranslated).Name() {
		t.Errorf("the untranslated segments' row has the icon %s beside %q", icon, p.summary.Text)
	}
	ui.focusSegment(2, annotate.Target)
	for _, want := range []int{4, 5, 1, 2} { // after segment 3: 5, 6, then round to 2, 3
		p.list.Select(0)
		if ui.cur != want || ui.win.Canvas().Focused() != fyne.Focusable(ui.rowFor(want).entry) {
			t.Errorf("the folded row went to segment %d, focus %T; want segment %d's English", ui.cur+1, ui.win.Canvas().Focused(), want+1)
		}
	}
	if !strings.HasPrefix(p.detail.Text, "4 segments not translated: 2–3, 5–6.") {
		t.Errorf("detail %q", p.detail.Text)
	}
	setTarget(t, ui, 4, "Fifth sentence.") // the checks run again: the detail follows
	p.runNow()
	if !strings.HasPrefix(p.detail.Text, "3 segments not translated: 2–3, 6.") || p.folded(qa.Untranslated) != 3 {
		t.Errorf("after translating segment 5: %d folded, detail %q", p.folded(qa.Untranslated), p.detail.Text)
	}
}

// TestQAFoldsTheSuggestionsAwaitingReview: on a freshly pre-annotated job, the notes of the segments
// holding suggestions are one row, where the notes begin, below the warnings they buried (15 of a
// client job's 21 rows); the row counts the segments, its detail lists them, and a click goes to the
// next one after the current segment, the status line saying how many suggestions it holds. The
// checks (what glose-cli qa gives) still find one note a segment.
func TestQAFoldsTheSuggestionsAwaitingReview(t *testing.T) {
	d := pairDoc("« Déjà vu », dit Sergueï Lavrov le 3 mai.", "L’été 👍🏽 à José́ Bové.", "Troisième phrase.",
		"Emmanuel Macron à Paris.")
	src, ed := d.Text, annotate.NewEditor(d)
	for _, name := range []string{"Sergueï Lavrov", "José́ Bové", "Emmanuel Macron", "Paris"} {
		at := strings.Index(src, name)
		if at < 0 {
			t.Fatalf("%q is not in the French", name)
		}
		label := annotate.LabelPER
		if name == "Paris" {
			label = annotate.LabelLOC
		}
		must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: at, End: at + len(name), Label: label, Origin: annotate.Auto, Confidence: 0.8}))
	}
	ui, _ := newTestUI(t, d, false)
	for i, en := range []string{"“Déjà vu”, Sergei Lavrov said on 4 May.", "Summer 👍🏽 for José́ Bové.", "Third sentence.", "Emmanuel Macron in Paris."} {
		setTarget(t, ui, i, en) // segment 1's number differs: a warning
	}
	ui.showQA()
	p := ui.qa
	pending := countCheck(qa.Run(ui.doc, p.config()), qa.PendingSuggestions)
	f := p.foldOf(qa.PendingSuggestions)
	if pending != 3 || f == nil || f.n != 3 {
		t.Fatalf("the checks find %d segments with suggestions, the panel folds %v; want 3 and 3", pending, f)
	}
	number := issueRow(p, qa.NumberMismatch, d.Segments[0].ID)
	if p.rowOf(number) >= f.row || p.rows() != p.listed()+1 {
		t.Errorf("the number warning is at row %d, the suggestions' row at %d, of %d rows for %d listed", p.rowOf(number), f.row, p.rows(), p.listed())
	}
	for id := 0; id < p.rows(); id++ {
		if k, ok := p.issueOf(id); ok && p.issues[k].Check == qa.PendingSuggestions {
			t.Errorf("row %d lists a segment's suggestions on its own", id)
		}
	}
	box := p.list.CreateItem().(*fyne.Container)
	p.bind(f.row, box)
	if got := box.Objects[0].(*widget.Label).Text; got != "3 with suggestions to review: go to the next" {
		t.Errorf("the folded row reads %q", got)
	}
	if icon := box.Objects[1].(*fyne.Container).Objects[0].(*widget.Icon).Resource.Name(); icon == severityIcon(qa.Info).Name() || icon != foldIcon(qa.PendingSuggestions).Name() {
		t.Errorf("the folded row's icon is %s, a note's, which the summary does not count it as", icon)
	}
	if !strings.HasSuffix(p.summary.Text, " · 3\u00a0segments with suggestions awaiting review") {
		t.Errorf("summary %q", p.summary.Text)
	}
	ui.focusSegment(1, annotate.Target)
	for _, want := range []int{3, 0, 1} { // after segment 2: 4, then round to 1, 2
		p.list.Select(f.row)
		if ui.cur != want {
			t.Errorf("the folded row went to segment %d; want %d", ui.cur+1, want+1)
		}
	}
	if !strings.HasPrefix(p.detail.Text, "3 segments hold suggestions awaiting review: 1–2, 4.") {
		t.Errorf("detail %q", p.detail.Text)
	}
	if got := ui.status.Text; !strings.Contains(got, "Segment 2 · 1 suggestion awaiting review.") {
		t.Errorf("status %q", got)
	}
}

// countCheck is how many of issues check gave.
func countCheck(issues []qa.Issue, check string) int {
	n := 0
	for _, is := range issues {
		if is.Check == check {
			n++
		}
	}
	return n
}

// TestQAFoldedRowTextBesideItsIcon: a folded row ("4 not translated yet: go to the next") has no
// segment, and its text began after the segment column's empty room, a wide gap after the icon; it
// now starts where the other rows' segment column starts, and a row bound as a fold then reused for
// an issue shows its segment again, and back, none.
func TestQAFoldedRowTextBesideItsIcon(t *testing.T) {
	d := pairDoc("« Déjà vu », dit-il le 3 mai.", "L’été 👍🏽 à José́.", "Troisième phrase.")
	ui, _ := newTestUI(t, d, false)
	setTarget(t, ui, 0, "“Déjà vu”, he said on 4 May.") // a number that differs: a warning
	ui.showQA()
	p := ui.qa
	number := p.rowOf(issueRow(p, qa.NumberMismatch, d.Segments[0].ID))
	row := func(id int) (box *fyne.Container, seg, msg fyne.CanvasObject) {
		box = p.list.CreateItem().(*fyne.Container)
		box.Resize(fyne.NewSize(400, box.MinSize().Height))
		p.bind(id, box)
		left := box.Objects[1].(*fyne.Container)
		return box, left.Objects[1], box.Objects[0]
	}
	_, seg, _ := row(number)
	segX := seg.Position().X
	fold, foldSeg, msg := row(0)
	if !p.isFold(0) {
		t.Fatal("row 0 is no folded row")
	}
	if x := msg.Position().X; x > segX+theme.Padding()+0.5 {
		t.Errorf("the folded row's text starts at x=%v, the other rows' segment column at x=%v", x, segX)
	}
	p.bind(number, fold)
	if !foldSeg.Visible() || foldSeg.Position().X != segX || msg.Position().X <= segX+foldSeg.Size().Width {
		t.Errorf("a folded row reused for an issue: segment column shown %v at x=%v, text at x=%v; want them as the issue's row has them", foldSeg.Visible(), foldSeg.Position().X, msg.Position().X)
	}
	p.bind(0, fold) // and back: the issue's segment number goes with its column
	if got := foldSeg.(*fyne.Container).Objects[0].(*widget.Label).Text; foldSeg.Visible() || got != "" {
		t.Errorf("an issue's row reused for a fold: segment column shown %v, reading %q", foldSeg.Visible(), got)
	}
}
