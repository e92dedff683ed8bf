package app

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/app/textview"
	"github.com/glose-app/glose/workspace"
)

const lavrovEN = "Sergei Lavrov said: “The dialogue 😀 is free”."

// projected returns segment i's target spans by label, checking that each is an auto span linked from
// a source span by a translation link.
func projected(t *testing.T, ui *UI, i int) map[string]*annotate.Span {
	t.Helper()
	d := ui.doc
	out := map[string]*annotate.Span{}
	for _, sp := range d.TargetSpans(d.Segments[i].ID) {
		out[sp.Label] = sp
		if sp.Origin != annotate.Auto {
			t.Errorf("%s: origin %s, want auto (a suggestion)", d.Describe(sp), sp.Origin)
		}
		linked := slices.ContainsFunc(d.LinksOf(sp.ID), func(l *annotate.Link) bool {
			return l.Type == annotate.LinkTranslation && l.To == sp.ID && d.Span(l.From).Side == annotate.Source
		})
		if !linked {
			t.Errorf("%s has no translation link from a source span", d.Describe(sp))
		}
	}
	return out
}

// typeEnglish focuses segment i's English and types text into it.
func typeEnglish(t *testing.T, ui *UI, i int, text string) *row {
	t.Helper()
	r := visibleRow(t, ui, i)
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, text)
	return r
}

func TestConfirmProjectsOntoTheEnglish(t *testing.T) {
	ui, _ := newTestUI(t, docWithEntities(t), false)
	d := ui.doc
	r := typeEnglish(t, ui, 0, lavrovEN)
	r.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	spans := projected(t, ui, 0)
	q, per := spans[annotate.LabelQuote], spans[annotate.LabelPER]
	if q == nil || per == nil {
		t.Fatalf("projected spans: %v", spans)
	}
	if got := d.SpanText(q); got != "“The dialogue 😀 is free”" {
		t.Errorf("quote projected on %q", got)
	}
	if got := d.SpanText(per); got != "Sergei Lavrov" {
		t.Errorf("name projected on %q", got)
	}
	if e := d.EntityOf(per.ID); e == nil || e.ID != "e1" {
		t.Errorf("the English mention belongs to %v, want e1 (Sergueï Lavrov)", e)
	}
	if d.Segments[0].Status != annotate.StatusTranslated || ui.cur != 1 {
		t.Errorf("status %s, current segment %d", d.Segments[0].Status, ui.cur)
	}
	// The strip of the row shows them as suggestions.
	hs := ui.targetHighlights(0)
	if len(hs) != 2 || hs[0].Style != textview.Pending {
		t.Errorf("target highlights %+v", hs)
	}
	// One undo takes the confirmation and the projection back, not the typing.
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if n := len(d.TargetSpans(d.Segments[0].ID)); n != 0 || d.Segments[0].Target != lavrovEN {
		t.Errorf("after undo: %d target spans, English %q", n, d.Segments[0].Target)
	}
	if d.Segments[0].Status != annotate.StatusDraft || len(d.Entity("e1").Mentions) != 1 {
		t.Errorf("after undo: status %s, e1 mentions %v", d.Segments[0].Status, d.Entity("e1").Mentions)
	}
	ui.handleShortcut(&fyne.ShortcutRedo{})
	if len(projected(t, ui, 0)) != 2 {
		t.Errorf("redo did not bring the projection back")
	}
}

func TestProjectionAfterTypingUndoesWithTheTyping(t *testing.T) {
	ui, _ := newTestUI(t, docWithEntities(t), false)
	d := ui.doc
	r := typeEnglish(t, ui, 0, lavrovEN)
	if len(ui.proj.pending) != 1 {
		t.Fatalf("pending projections %v", ui.proj.pending)
	}
	ui.projectTyped() // the pause in typing
	if n := len(projected(t, ui, 0)); n != 2 {
		t.Fatalf("%d spans projected after the pause", n)
	}
	if ui.ed.UndoName() != stepAutoProject {
		t.Errorf("undo step %q", ui.ed.UndoName())
	}
	// Ctrl+Z in the entry undoes the typing and the projection that came with it.
	r.entry.TypedShortcut(&fyne.ShortcutUndo{})
	if d.Segments[0].Target != "" || len(d.TargetSpans(d.Segments[0].ID)) != 0 || r.entry.Text != "" {
		t.Errorf("after undo: English %q, %d spans, entry %q", d.Segments[0].Target, len(d.TargetSpans(d.Segments[0].ID)), r.entry.Text)
	}
	r.entry.TypedShortcut(&fyne.ShortcutRedo{})
	if d.Segments[0].Target != lavrovEN || len(d.TargetSpans(d.Segments[0].ID)) != 2 {
		t.Errorf("after redo: English %q, %d spans", d.Segments[0].Target, len(d.TargetSpans(d.Segments[0].ID)))
	}
	// Editing the English moves the spans; a span the edit removes is proposed again after the pause.
	quote := projected(t, ui, 0)[annotate.LabelQuote].ID
	ui.win.Canvas().Focus(r.entry)
	r.entry.SetText("Sergei Lavrov said.")
	r.entry.SetText(strings.Replace(lavrovEN, "“The dialogue 😀 is free”", "“the dialogue is free”", 1))
	if d.Span(quote) != nil {
		t.Fatalf("the edit kept the quote span %q", d.SpanText(d.Span(quote)))
	}
	if per := projected(t, ui, 0)[annotate.LabelPER]; per == nil || d.SpanText(per) != "Sergei Lavrov" {
		t.Errorf("the name span did not survive the edit")
	}
	ui.projectTyped()
	if q := projected(t, ui, 0)[annotate.LabelQuote]; q == nil || d.SpanText(q) != "“the dialogue is free”" {
		t.Errorf("quote not re-proposed: %v", q)
	}
}

func TestProjectAllAndPanelsShowBothLanguages(t *testing.T) {
	ui, _ := newTestUI(t, docWithEntities(t), false)
	d := ui.doc
	// Pre-annotation's speaker: a person's link (SetSpeaker) would accept the quote, whose note is checked.
	must(t, ui.ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: d.Spans[0].ID, To: d.Spans[1].ID, Origin: annotate.Auto, Confidence: 0.7}))
	ui.tabs.SelectIndex(1) // quotes
	typeEnglish(t, ui, 0, lavrovEN)
	qp := ui.panels[1].(*quotesPanel)
	if _, _, _, _, tip := quoteRow(qp, 0); !strings.Contains(tip, "“The dialogue 😀 is free”") {
		t.Errorf("the quote's tip in the Quotes tab does not give the English typed: %q", tip)
	}
	setTarget(t, ui, 1, "Donald Trump hailed a “very good meeting” at the White House.")
	ui.projectAll()
	if len(projected(t, ui, 0)) != 2 || projected(t, ui, 1)[annotate.LabelPER] == nil {
		t.Fatalf("project all: %v / %v", projected(t, ui, 0), projected(t, ui, 1))
	}
	if got, _, _, note, _ := quoteRow(qp, 0); got != "Sergueï Lavrov → Sergei Lavrov" || note != "suggestion, 80% sure" { // the quote's confidence, 0.8
		t.Errorf("speaker line %q, quotation's note %q", got, note)
	}
	// The entities panel lists the French and English mentions apart, and counts them.
	ui.tabs.SelectIndex(0)
	ep := ui.panels[0].(*entitiesPanel)
	ep.refresh()
	ep.sel = "e1"
	ep.showDetail()
	if ep.mentions.len() != 1 || ep.mentEN.len() != 1 {
		t.Fatalf("e1: %d French, %d English mentions", ep.mentions.len(), ep.mentEN.len())
	}
	if b := ep.mentEN.button(0); b.Text != "Seg. 1 · Sergei Lavrov" {
		t.Errorf("English mention %q", b.Text)
	}
	k := slices.IndexFunc(ep.ents, func(e *annotate.Entity) bool { return e.ID == "e1" })
	row := ep.list.CreateItem().(*fyne.Container)
	ep.bind(k, row)
	if got := row.Objects[0].(*widget.Label).Text + " " + row.Objects[2].(*widget.Label).Text; got != "PER · Sergueï Lavrov / Sergei Lavrov (1 FR, 1 EN)" {
		t.Errorf("entity row %q", got)
	}
}

func TestBothNamesOnceWhenEqual(t *testing.T) {
	tests := []struct{ fr, en, want string }{
		{"Moscou", "Moscow", "Moscou / Moscow"},
		{"Donald Trump", "Donald Trump", "Donald Trump"},
		{"Sergueï Lavrov", "", "Sergueï Lavrov"},
		{"", "White House", "— / White House"},
		{"", "", "—"},
	}
	for _, tc := range tests {
		if got := bothNames(tc.fr, tc.en); got != tc.want {
			t.Errorf("bothNames(%q, %q) = %q, want %q", tc.fr, tc.en, got, tc.want)
		}
	}
}

// crossDoc is testDoc with a QUOTE running from the first segment into the second.
func crossDoc(t *testing.T) (*annotate.Document, *annotate.Span) {
	d := testDoc(t)
	ed := annotate.NewEditor(d)
	a := strings.Index(d.Text, "« Le")
	b := strings.Index(d.Text, "une « très")
	sp := &annotate.Span{Side: annotate.Source, Start: a, End: b, Label: annotate.LabelQuote}
	must(t, ed.AddSpan(sp))
	return d, sp
}

func TestCrossSegmentSpanHighlightedInEveryRow(t *testing.T) {
	d, sp := crossDoc(t)
	ui, _ := newTestUI(t, d, false)
	for i, seg := range d.Segments[:2] {
		var h *textview.Highlight
		for _, x := range ui.sourceHighlights(i) {
			if x.ID == sp.ID {
				h = &x
			}
		}
		if h == nil {
			t.Errorf("row %d: the span is not highlighted", i+1)
			continue
		}
		want := [2]int{max(sp.Start, seg.Start) - seg.Start, min(sp.End, seg.End) - seg.Start}
		if [2]int{h.Start, h.End} != want {
			t.Errorf("row %d: highlight %d..%d, want %v", i+1, h.Start, h.End, want)
		}
	}
	for _, x := range ui.sourceHighlights(2) {
		if x.ID == sp.ID {
			t.Errorf("row 3 highlights a span that ends before it")
		}
	}
	// Selected, it is underlined in both rows too.
	ui.selectSpan(sp.ID)
	for i := range 2 {
		r := visibleRow(t, ui, i)
		hs := ui.withSelection(ui.sourceHighlights(i), annotate.Source, d.Segments[i], d.Segments[i].Start)
		if !slices.ContainsFunc(hs, func(h textview.Highlight) bool { return h.ID == sp.ID && h.Style == textview.Underline }) {
			t.Errorf("row %d: the selected span is not marked (%d highlights, row %d)", i+1, len(hs), r.seg)
		}
	}
}

func TestPreannotateMenuIsOneUndoStep(t *testing.T) {
	d, err := plaintext.Import("a.txt", []byte(sampleText), plaintext.Options{})
	must(t, err)
	ui, _ := newTestUI(t, d, false)
	ui.preannotateDocument()
	if len(d.Spans) == 0 || len(d.Pending()) != len(d.Spans) {
		t.Fatalf("pre-annotation added %d spans (%d pending)", len(d.Spans), len(d.Pending()))
	}
	if !slices.ContainsFunc(d.Spans, func(sp *annotate.Span) bool { return sp.Label == annotate.LabelQuote }) {
		t.Errorf("no quotation found in %q", d.Text)
	}
	if r := visibleRow(t, ui, 0); len(ui.sourceHighlights(r.seg)) == 0 {
		t.Errorf("the first row shows no highlights")
	}
	ui.undoStep()
	if len(d.Spans) != 0 || len(d.Links) != 0 || len(d.Entities) != 0 {
		t.Errorf("after undo: %d spans, %d links, %d entities", len(d.Spans), len(d.Links), len(d.Entities))
	}
}

// TestProjectionOnLargeDocument logs what projection and pre-annotation cost on the UI goroutine in
// a 1 MB article (no timed assertion), and checks that they did their work.
func TestProjectionOnLargeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("large document")
	}
	d := bigDoc(t)
	d.Reindex() // bigDoc appends its spans after the lookups were built
	ui, _ := newTestUI(t, d, false)
	layOut(ui)
	k := slices.IndexFunc(d.Segments, func(s *annotate.Segment) bool {
		return strings.HasPrefix(d.SourceText(s), "Sergueï Lavrov")
	})
	if k < 0 {
		t.Skip("the sample has changed: no segment starting with Lavrov's name")
	}
	k += len(d.Segments) / 2
	for !strings.HasPrefix(d.SourceText(d.Segments[k]), "Sergueï Lavrov") {
		k++
	}
	typeEnglish(t, ui, k, "Sergei Lavrov said")
	start := time.Now()
	ui.projectTyped()
	one := time.Since(start)
	if len(d.TargetSpans(d.Segments[k].ID)) == 0 {
		t.Errorf("nothing projected onto segment %d", k+1)
	}
	for i, seg := range d.Segments {
		if i%2 == 0 && seg.Target == "" {
			seg.Target = "He said: “" + d.SourceText(seg) + "”"
		}
	}
	start = time.Now()
	ui.projectAll()
	all := time.Since(start)
	t.Logf("%d segments, %d spans: one segment projected (and the window refreshed) in %v; all in %v",
		len(d.Segments), len(d.Spans), one, all)
	p, err := plaintext.Import("p.txt", []byte(strings.Repeat(sampleText+"\n\n", 300)), plaintext.Options{})
	must(t, err)
	ui.setDocument(p, "")
	start = time.Now()
	ui.preannotateDocument()
	t.Logf("pre-annotation of %d KB: %v, %d spans", len(p.Text)/1000, time.Since(start), len(p.Spans))
}

// TestEditingAReviewedSegmentUnreviewsIt types in a reviewed segment's English: it drops back to
// translated (a translated one stays so), and one Undo brings back both the words and the review.
func TestEditingAReviewedSegmentUnreviewsIt(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	seg, other := ui.doc.Segments[1], ui.doc.Segments[2]
	for _, s := range []*annotate.Segment{seg, other} {
		_, err := ui.ed.SetTarget(s.ID, "Trump hailed a meeting.")
		must(t, err)
	}
	must(t, ui.ed.SetStatus(seg.ID, annotate.StatusReviewed))
	must(t, ui.ed.SetStatus(other.ID, annotate.StatusTranslated))
	r := visibleRow(t, ui, 1)
	ui.win.Canvas().Focus(r.entry)
	r.entry.CursorColumn = len([]rune(r.entry.Text))
	test.Type(r.entry, " Good")
	if seg.Status != annotate.StatusTranslated || seg.Target != "Trump hailed a meeting. Good" {
		t.Fatalf("after typing: %s %q, want translated", seg.Status, seg.Target)
	}
	ui.undoStep()
	if seg.Status != annotate.StatusReviewed || seg.Target != "Trump hailed a meeting." {
		t.Errorf("after one undo: %s %q, want reviewed with the old words", seg.Status, seg.Target)
	}
	ui.redoStep()
	if seg.Status != annotate.StatusTranslated || seg.Target != "Trump hailed a meeting. Good" {
		t.Errorf("after redo: %s %q", seg.Status, seg.Target)
	}
	typeEnglish(t, ui, 2, "X")
	if other.Status != annotate.StatusTranslated {
		t.Errorf("a translated segment edited became %s", other.Status)
	}
}

// TestSpanKeysOnTheEnglishStrip: a span clicked in the line under the English field takes the same
// keys as one clicked in the French: a accepts, r rejects (and remembers it), Delete removes.
func TestSpanKeysOnTheEnglishStrip(t *testing.T) {
	ui, _ := newTestUI(t, docWithEntities(t), false)
	d := ui.doc
	r := typeEnglish(t, ui, 0, lavrovEN)
	r.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	spans := projected(t, ui, 0)
	q, per := spans[annotate.LabelQuote], spans[annotate.LabelPER]
	if q == nil || per == nil {
		t.Fatalf("projected spans: %v", spans)
	}
	r = visibleRow(t, ui, 0)
	click := func(id string) {
		t.Helper()
		ui.win.Canvas().Focus(r.strip)
		ui.tapSpan(r, id)
		if ui.win.Canvas().Focused() != r.strip || ui.selSpan != id {
			t.Fatalf("after a click on %s: focus on %T, selected %q", id, ui.win.Canvas().Focused(), ui.selSpan)
		}
	}
	click(per.ID)
	r.strip.TypedRune('a')
	if per.Origin != annotate.Human {
		t.Errorf("a on the strip left %s a suggestion", per.ID)
	}
	click(q.ID)
	r.strip.TypedRune('r')
	if d.Span(q.ID) != nil || len(d.Rejected) != 1 {
		t.Errorf("r on the strip: span still there %v, %d rejections", d.Span(q.ID) != nil, len(d.Rejected))
	}
	click(per.ID)
	r.strip.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if d.Span(per.ID) != nil {
		t.Errorf("Delete on the strip left %s", per.ID)
	}
	if d.Segments[0].Target != lavrovEN {
		t.Errorf("the keys changed the English to %q", d.Segments[0].Target)
	}
}

// sampleUI shows the pre-annotated sample article and returns the index of its segment 3, the first
// half of the quotation « Actuellement … entente », which runs on into segment 4.
func sampleUI(t *testing.T) (*UI, int) {
	t.Helper()
	d, err := workspace.SampleDocument()
	must(t, err)
	ui, _ := newTestUI(t, d, false)
	k := slices.IndexFunc(d.Segments, func(s *annotate.Segment) bool {
		return strings.HasPrefix(d.SourceText(s), "« Actuellement")
	})
	if k < 0 {
		t.Fatal("the sample has changed: no segment opening « Actuellement")
	}
	return ui, k
}

// englishQuotes returns the texts of segment i's English QUOTE spans, checking that each is linked from
// the French quotation.
func englishQuotes(t *testing.T, ui *UI, i int) []string {
	t.Helper()
	var out []string
	for _, sp := range projected(t, ui, i) {
		if sp.Label == annotate.LabelQuote {
			out = append(out, ui.doc.SpanText(sp))
		}
	}
	return out
}

// TestHalfTypedQuoteFollowsTheEnglish types a quotation with pauses, as in QA report 9 (problem 3): a
// pause in the middle of the quotation proposes nothing over the words typed so far; once the
// sentence is finished, the pause proposes the whole quotation. A suggestion made on a finished
// sentence that the translator then continues grows with the next pause, and Undo takes back each
// pause's projection with the typing before it.
func TestHalfTypedQuoteFollowsTheEnglish(t *testing.T) {
	ui, k := sampleUI(t)
	d := ui.doc
	r := typeEnglish(t, ui, k, `"Currently our dia`)
	ui.projectTyped()
	if got := englishQuotes(t, ui, k); len(got) != 0 {
		t.Errorf("a pause in the middle of the quotation proposed %q", got)
	}
	test.Type(r.entry, "logue is free.")
	ui.projectTyped()
	if got := englishQuotes(t, ui, k); len(got) != 1 || got[0] != "“Currently our dialogue is free." {
		t.Fatalf("after the sentence was finished: %q", got)
	}
	test.Type(r.entry, " It owes nothing to ideology.")
	ui.projectTyped()
	whole := "“Currently our dialogue is free. It owes nothing to ideology." // smart quotes turned the " typed
	if got := englishQuotes(t, ui, k); len(got) != 1 || got[0] != whole {
		t.Errorf("after a second sentence: %q, want the suggestion to follow the English", got)
	}
	ui.undoStep()
	if got := englishQuotes(t, ui, k); d.Segments[k].Target != "“Currently our dialogue is free." || len(got) != 1 || got[0] != d.Segments[k].Target {
		t.Errorf("after undo: English %q, quotes %q", d.Segments[k].Target, got)
	}
	ui.redoStep()
	if got := englishQuotes(t, ui, k); len(got) != 1 || got[0] != whole {
		t.Errorf("after redo: %q", got)
	}
	// Confirming leaves it as it is.
	r.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	if got := englishQuotes(t, ui, k); len(got) != 1 || got[0] != whole {
		t.Errorf("after Ctrl+Enter: %q", got)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
}

// TestProjectAllReplacesStaleSuggestions checks that Project all (run on a copy in the background)
// replaces a suggestion the English has outgrown instead of adding a second one beside it.
func TestProjectAllReplacesStaleSuggestions(t *testing.T) {
	ui, k := sampleUI(t)
	d := ui.doc
	setTarget(t, ui, k, `"Currently our dialogue is free.`)
	ui.projectAll()
	old := englishQuotes(t, ui, k)
	seg := d.Segments[k]
	_, err := ui.ed.ReplaceTarget(seg.ID, len(seg.Target), len(seg.Target), " It owes nothing to ideology.")
	must(t, err)
	ui.projectAll()
	if got := englishQuotes(t, ui, k); len(old) != 1 || len(got) != 1 || got[0] != seg.Target {
		t.Errorf("before %q, after Project all %q", old, got)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
}
