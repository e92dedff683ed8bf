package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// The side tabs fill their rows and the Entities tab its details only when what they show changed
// (refreshPanels runs as the person types). These tests read what the widgets on screen show after
// each kind of change, so that a row or a detail keeping an old text fails them.

// shownBoxes returns the rows a list shows, as its CreateItem made them.
func shownBoxes(t *testing.T, l *widget.List) []*fyne.Container {
	t.Helper()
	scroll, ok := test.WidgetRenderer(l).Objects()[0].(fyne.Widget)
	if !ok {
		t.Fatal("the list shows no scroller")
	}
	content, ok := test.WidgetRenderer(scroll).Objects()[0].(*fyne.Container)
	if !ok {
		t.Fatal("the list's scroller holds no rows")
	}
	var out []*fyne.Container
	for _, o := range content.Objects {
		item, ok := o.(fyne.Widget) // List's item around a row, or a separator
		if !ok || !item.Visible() {
			continue
		}
		for _, o := range test.WidgetRenderer(item).Objects() {
			if c, ok := o.(*fyne.Container); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// entityRows returns, sorted, what the Entities list's rows on screen read, with their swatch's
// type: "PER · Obama (1 FR, 0 EN)".
func entityRows(t *testing.T, p *entitiesPanel) []string {
	t.Helper()
	var out []string
	for _, box := range shownBoxes(t, &p.list.List) {
		row := box.Objects[0].(*widget.Label).Text + " " + box.Objects[2].(*widget.Label).Text
		sw := box.Objects[1].(*fyne.Container).Objects[0].(*canvas.Rectangle)
		typ, _, _ := strings.Cut(row, " ")
		if sw.FillColor != p.ui.colors[typ] {
			row += " (swatch of another type)"
		}
		out = append(out, row)
	}
	slices.Sort(out)
	return out
}

// entityDetail says what the Entities tab's details show: the names, the type, the headings and
// the mention buttons on screen.
func entityDetail(p *entitiesPanel) string {
	if !p.detail.Visible() {
		return "hint: " + p.hint.Text
	}
	texts, _ := shownMentions(p)
	return strings.Join(append([]string{p.nameSrc.Text, p.nameTgt.Text, p.kind.Selected, p.headFR.Text, p.headEN.Text}, texts...), " | ")
}

// englishMentionDoc is entitiesDoc with the first segment translated, its "Donald Trump" an English
// mention of e1.
func englishMentionDoc(t *testing.T) *annotate.Document {
	t.Helper()
	d := entitiesDoc(t)
	ed := annotate.NewEditor(d)
	seg := d.Segments[0].ID
	_, err := ed.SetTarget(seg, "Donald Trump met Obama.")
	must(t, err)
	sp := &annotate.Span{Side: annotate.Target, Segment: seg, Start: 0, End: len("Donald Trump"), Label: annotate.LabelPER}
	must(t, ed.AddSpan(sp))
	must(t, ed.SetMentionEntity(sp.ID, "e1"))
	return d
}

// TestEntitiesTabShowsNoStaleText: with the Entities tab shown and an entity selected, the rows on
// screen and the details follow typing in an English mention, typing that deletes it (a count),
// Undo, a rename, its Undo and Redo, a new type, a merge, and another document opened.
func TestEntitiesTabShowsNoStaleText(t *testing.T) {
	ui, _ := newTestUI(t, englishMentionDoc(t), false)
	ui.win.Resize(fyne.NewSize(1000, 1400)) // the list and the details show everything
	layOut(ui)
	p := entitiesTab(ui)
	test.WidgetRenderer(&p.list.List).Layout(p.list.Size()) // as the window lays out the tab, once
	pickEntity(t, p, "e1")
	check := func(when, detail string, rows ...string) {
		t.Helper()
		if got := entityDetail(p); got != detail {
			t.Errorf("%s the details read\n%q, want\n%q", when, got, detail)
		}
		want := append([]string{
			"LOC · Washington (1 FR, 0 EN)", "LOC · Égly (1 FR, 0 EN)", "LOC · États-Unis / United States (1 FR, 0 EN)",
			"PER · Rex Tillerson (1 FR, 0 EN)"}, rows...)
		slices.Sort(want)
		if got := entityRows(t, p); !slices.Equal(got, want) {
			t.Errorf("%s the rows read\n%q, want\n%q", when, got, want)
		}
	}
	obamas := []string{"PER · Obama Seg. 1 · (1 FR, 0 EN)", "PER · Obama Seg. 2 · (1 FR, 0 EN)"} // namesakes
	trump := "Donald Trump | Donald Trump | PER | French mentions (1) | English mentions (1) | Seg. 1 · Donald Trump | Seg. 1 · Donald Trump"
	trumpJ := "Donald Trump | Donald Trump | PER | French mentions (1) | English mentions (1) | Seg. 1 · Donald Trump | Seg. 1 · Donald J. Trump"
	check("on selecting Donald Trump", trump, append(obamas, "PER · Donald Trump (1 FR, 1 EN)")...)

	ui.focusSegment(0, annotate.Target)
	r := visibleRow(t, ui, 0)
	r.entry.SetText("Donald J. Trump met Obama.")
	check("after typing in the English mention", trumpJ,
		append(obamas, "PER · Donald Trump (1 FR, 1 EN)")...)
	r.entry.SetText("He met Obama.")
	gone := "Donald Trump | Donald Trump | PER | French mentions (1) | English mentions (0) | Seg. 1 · Donald Trump"
	check("after typing over the English mention", gone, append(obamas, "PER · Donald Trump (1 FR, 0 EN)")...)
	ui.undoStep()
	check("after Undo", trumpJ,
		append(obamas, "PER · Donald Trump (1 FR, 1 EN)")...)

	ui.win.Canvas().Focus(p.nameSrc)
	p.nameSrc.SetText("Donald John Trump")
	p.nameSrc.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	renamed := "Donald John Trump | Donald Trump | PER | French mentions (1) | English mentions (1) | Seg. 1 · Donald Trump | Seg. 1 · Donald J. Trump"
	check("after a rename", renamed, append(obamas, "PER · Donald John Trump / Donald Trump (1 FR, 1 EN)")...)
	ui.undoStep()
	check("after undoing the rename", trumpJ,
		append(obamas, "PER · Donald Trump (1 FR, 1 EN)")...)
	ui.redoStep()
	check("after redoing the rename", renamed, append(obamas, "PER · Donald John Trump / Donald Trump (1 FR, 1 EN)")...)

	p.kind.SetSelected(annotate.LabelORG)
	check("after a new type", strings.Replace(renamed, "| PER |", "| ORG |", 1),
		append(obamas, "ORG · Donald John Trump / Donald Trump (1 FR, 1 EN)")...)

	pickEntity(t, p, "e7")
	p.merge.open()
	p.merge.query.SetText("obama")
	p.merge.chooseRow(0)
	if p.sel != "e2" || ui.doc.Entity("e7") != nil {
		t.Fatalf("the merge kept %q, left e7 %v", p.sel, ui.doc.Entity("e7"))
	}
	check("after a merge", "Obama |  | PER | French mentions (2) | English mentions (0) | Seg. 1 · Obama | Seg. 2 · Obama",
		"PER · Obama (2 FR, 0 EN)", "ORG · Donald John Trump / Donald Trump (1 FR, 1 EN)")

	other := entitiesDoc(t)
	must(t, annotate.NewEditor(other).RenameEntity("e2", "en", "Barack Obama"))
	ui.setDocument(other, "")
	p.list.Select(slices.IndexFunc(p.ents, func(e *annotate.Entity) bool { return e.ID == "e2" }))
	check("in another document", "Obama | Barack Obama | PER | French mentions (1) | English mentions (0) | Seg. 1 · Obama",
		"PER · Obama / Barack Obama (1 FR, 0 EN)", "PER · Obama (1 FR, 0 EN)", "PER · Donald Trump (1 FR, 0 EN)")
}

// qaRows returns, sorted, what the QA list's rows on screen read: "Seg. 2 · Not translated. (error)",
// the icon named by its severity's icon.
func qaRows(t *testing.T, p *qaPanel) []string {
	t.Helper()
	var out []string
	for _, box := range shownBoxes(t, &p.list.List) {
		left := box.Objects[1].(*fyne.Container)
		icon := left.Objects[0].(*widget.Icon).Resource.Name()
		seg := left.Objects[1].(*fyne.Container).Objects[0].(*widget.Label).Text
		out = append(out, seg+" · "+box.Objects[0].(*widget.Label).Text+" ("+icon+")")
	}
	slices.Sort(out)
	return out
}

// qaIssues returns, sorted, what the rows of the issues found last are to read: one each, but the
// folded checks' (untranslated segments, suggestions awaiting review), which one row each counts.
func qaIssues(p *qaPanel) []string {
	var out []string
	for _, f := range p.folds {
		out = append(out, " · "+foldText(f.check, f.n)+" ("+foldIcon(f.check).Name()+")")
	}
	for _, is := range p.issues[:p.listed()] {
		seg := ""
		if i := p.ui.doc.SegmentIndex(is.Segment); i >= 0 {
			seg = segmentShort(i + 1)
		}
		out = append(out, seg+" · "+issueMessage(is)+" ("+severityIcon(is.Severity).Name()+")")
	}
	slices.Sort(out)
	return out
}

// TestQATabShowsNoStaleText: with the QA tab shown, the rows on screen read the issues found last
// through typing (the checks have not run again: nothing changes), a spelling fix applied from the
// tab, its Undo, a check run again, and another document opened; a row reused for another issue
// shows that issue's segment, message and severity.
func TestQATabShowsNoStaleText(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.win.Resize(fyne.NewSize(1000, 1400)) // the list shows every issue
	layOut(ui)
	setTarget(t, ui, 0, "Sergei Lavrov said the dialoque is free.")
	ui.showQA()
	p := ui.qa
	test.WidgetRenderer(&p.list.List).Layout(p.list.Size()) // as the window lays out the tab, once
	check := func(when string) {
		t.Helper()
		if got, want := qaRows(t, p), qaIssues(p); !slices.Equal(got, want) {
			t.Errorf("%s the rows read\n%q, want\n%q", when, got, want)
		}
	}
	spelling := func() bool {
		return slices.ContainsFunc(qaRows(t, p), func(r string) bool { return strings.Contains(r, "dialoque") })
	}
	check("on showing the tab")
	if !spelling() {
		t.Fatalf("the test expects a spelling issue: %q", qaRows(t, p))
	}

	ui.focusSegment(2, annotate.Target)
	test.Type(visibleRow(t, ui, 2).entry, "The minister")
	check("after typing")

	openSpelling(t, ui, "dialoque")
	spellButton(t, p, "dialogue").OnTapped()
	check("after the fix")
	if spelling() {
		t.Errorf("after the fix a row still reads the misspelt word: %q", qaRows(t, p))
	}
	ui.undoStep()
	p.runNow()
	check("after undoing the fix")
	if !spelling() {
		t.Errorf("after Undo the rows read %q", qaRows(t, p))
	}

	other := testDoc(t)
	_, err := annotate.NewEditor(other).SetTarget(other.Segments[2].ID, "The minister was in Washington.")
	must(t, err)
	ui.setDocument(other, "")
	check("in another document")
	if spelling() {
		t.Errorf("the other document's rows read the first one's spelling issue: %q", qaRows(t, p))
	}
}

// TestMergePickerStaysOpenThroughARefresh: the panels are refreshed after an autosave and after a
// pause in typing, which changes no entity: the merge picker the person opened meanwhile stays open.
func TestMergePickerStaysOpenThroughARefresh(t *testing.T) {
	ui, _ := newTestUI(t, entitiesDoc(t), false)
	p := entitiesTab(ui)
	pickEntity(t, p, "e7")
	p.merge.open()
	ui.autosaved(nil)
	if !p.merge.isOpen() {
		t.Fatal("an autosave closed the merge picker")
	}
}
