package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// reviewDoc builds a document of 40 one-sentence paragraphs with three quotes: one in segment 5,
// spoken by Jean Dupont (named in segment 4); one running over segments 21 to 23, without a speaker;
// and one in segment 31, with Marie Curie named in it and Élise Ménard in segment 35.
func reviewDoc(t *testing.T) (d *annotate.Document, quotes []string) {
	t.Helper()
	paras := make([]string, 40)
	for i := range paras {
		paras[i] = "Une phrase ordinaire pour remplir le segment numéro " + strings.Repeat("x", i%7) + "."
	}
	paras[3] = "Jean Dupont est arrivé hier."
	paras[4] = "« Nous restons confiants », a-t-il dit."
	paras[20] = "« Le premier paragraphe de la citation,"
	paras[21] = "le deuxième qui continue,"
	paras[22] = "et le troisième qui la finit. »"
	paras[30] = "Marie Curie a déclaré : « La science avance. »"
	paras[34] = "Élise Ménard était absente."
	text := strings.Join(paras, "\n\n")
	d = annotate.NewDocument("review", "Review", text, "fr", "en")
	at := 0
	for i, p := range paras {
		d.AddSegment(at, at+len(p), i, annotate.KindSentence)
		at += len(p) + 2
	}
	ed := annotate.NewEditor(d)
	add := func(from, to, label string) string {
		t.Helper()
		a := strings.Index(text, from)
		b := strings.Index(text, to) + len(to)
		must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: a, End: b, Label: label, Origin: annotate.Human}))
		return d.Spans[len(d.Spans)-1].ID
	}
	q1 := add("« Nous restons", "confiants »", annotate.LabelQuote)
	q2 := add("« Le premier", "la finit. »", annotate.LabelQuote)
	q3 := add("« La science", "avance. »", annotate.LabelQuote)
	dupont := add("Jean Dupont", "Jean Dupont", annotate.LabelPER)
	add("Marie Curie", "Marie Curie", annotate.LabelPER)
	add("Élise Ménard", "Élise Ménard", annotate.LabelPER)
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: q1, To: dupont}))
	return d, []string{q1, q2, q3}
}

// shownQuotes opens the Quotes tab and returns it.
func shownQuotes(t *testing.T, ui *UI) *quotesPanel {
	t.Helper()
	p := ui.quotesPanel()
	ui.selectPanel(p)
	p.refresh()
	return p
}

// rowMarked binds row i of the Quotes list and reports whether it shows as the current quote.
func rowMarked(p *quotesPanel, i int) bool {
	box := p.list.CreateItem().(*fyne.Container)
	p.bind(i, box)
	return box.Objects[0].Visible()
}

// TestQuotesTabKeepsThePlace: a tapped row stays marked after the jump (the reviewer keeps their
// place), and tapping it again jumps again; the mark follows the caret into another quote in the text;
// each row names its segments; the tab's title counts the quotes and the panel says how many lack a
// speaker.
func TestQuotesTabKeepsThePlace(t *testing.T) {
	d, quotes := reviewDoc(t)
	ui, _ := newTestUI(t, d, false)
	p := shownQuotes(t, ui)
	if got := ui.tabTitle(1); got != "Quotes (3)" {
		t.Errorf("tab title %q, want Quotes (3)", got)
	}
	if got := p.summary.Text; got != "3 quotes · 2 without a speaker" {
		t.Errorf("summary %q", got)
	}
	var segs []string
	for i := range p.quotes {
		_, _, _, _, en := quoteRow(p, i)
		segs = append(segs, strings.Split(strings.Split(en, "\n")[1], " · ")[0])
	}
	if got := strings.Join(segs, ", "); got != "Seg. 5, Seg. 21–23, Seg. 31" {
		t.Errorf("rows' segments: %s", got)
	}

	p.list.Select(1)
	if ui.selSpan != quotes[1] || ui.cur != 20 {
		t.Fatalf("tap on row 2: selected %q in segment %d", ui.selSpan, ui.cur+1)
	}
	if !rowMarked(p, 1) || rowMarked(p, 0) || rowMarked(p, 2) {
		t.Errorf("after the tap, the marks are %v %v %v, want row 2 alone", rowMarked(p, 0), rowMarked(p, 1), rowMarked(p, 2))
	}
	ui.focusSegment(0, annotate.Target) // away, then the same row again
	p.list.Select(1)
	if ui.cur != 20 || ui.selSpan != quotes[1] {
		t.Errorf("a second tap on the row went to segment %d, span %q", ui.cur+1, ui.selSpan)
	}

	// The caret goes into the third quote in the text: the list marks it.
	ui.focusSegment(30, annotate.Source)
	r := visibleRow(t, ui, 30)
	k := strings.Index(d.SourceText(d.Segments[30]), "science")
	r.src.SetSelection(k, k)
	r.src.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if p.marked != quotes[2] || !rowMarked(p, 2) || rowMarked(p, 1) {
		t.Errorf("caret in the third quote: marked %q (rows %v %v %v)", p.marked, rowMarked(p, 0), rowMarked(p, 1), rowMarked(p, 2))
	}
	// Out of any quote, the place is kept.
	ui.focusSegment(10, annotate.Source)
	r = visibleRow(t, ui, 10)
	r.src.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if p.marked != quotes[2] {
		t.Errorf("out of the quotes, the mark went to %q", p.marked)
	}
}

// TestJumpShowsAQuoteOverSegments: jumping to a quotation over three segments selects its part in the
// first and scrolls so that all three are on screen, not the first alone at the bottom of the view.
func TestJumpShowsAQuoteOverSegments(t *testing.T) {
	d, quotes := reviewDoc(t)
	ui, _ := newTestUI(t, d, false)
	ui.list.ScrollToTop()
	ui.jumpToSpan(quotes[1])
	for i := 20; i <= 22; i++ {
		r := ui.rowFor(i)
		if r == nil || !ui.inView(r) {
			t.Errorf("segment %d of the quotation is not in view (offset %v, view %v, row at %v)",
				i+1, ui.list.GetScrollOffset(), ui.list.Size().Height, ui.list.top(i))
		}
	}
	r := ui.rowFor(20)
	if r == nil {
		t.Fatal("no row for the first segment")
	}
	seg := d.Segments[20]
	a, b := r.src.Selection()
	if got, want := d.Text[seg.Start+a:seg.Start+b], d.SourceText(seg); got != want {
		t.Errorf("selected %q, want the quotation's first part %q", got, want)
	}
}

// TestSpeakerChooserFiltersAndPutsTheNearestFirst: Alt+S lists the person named in the quote's
// segment first, then the one named before it, then the one after; typing filters the names whatever
// their case and accents, and Enter chooses the first one left; Escape closes the chooser unchanged.
func TestSpeakerChooserFiltersAndPutsTheNearestFirst(t *testing.T) {
	d, quotes := reviewDoc(t)
	ui, _ := newTestUI(t, d, false)
	ui.jumpToSpan(quotes[2])
	if err := ui.pickSpeaker(); err != nil {
		t.Fatal(err)
	}
	c := ui.win.Canvas()
	f, ok := c.Focused().(*speakerFilter)
	if !ok {
		t.Fatalf("after Alt+S the focus is on %T, want the chooser's filter", c.Focused())
	}
	if got := strings.Join(ui.palette.speaker.Options, ", "); got != "Marie Curie, Jean Dupont, Élise Ménard" {
		t.Errorf("people in the order %s, want the one in the quote's segment, then before, then after", got)
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if k := ui.palette.picker; k.cursor != 0 {
		t.Errorf("Down, Down, Up: row %d highlighted, want 1", k.cursor+1)
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(c.Overlays().List()) != 0 || d.LinkFrom(quotes[2], annotate.LinkSpeaker) != nil {
		t.Fatalf("Escape: %d overlays, speaker link %v", len(c.Overlays().List()), d.LinkFrom(quotes[2], annotate.LinkSpeaker))
	}

	if err := ui.pickSpeaker(); err != nil {
		t.Fatal(err)
	}
	f = c.Focused().(*speakerFilter)
	for _, r := range "MENARD" {
		f.TypedRune(r)
	}
	if got := strings.Join(ui.palette.picker.shown, ", "); got != "Élise Ménard" {
		t.Errorf("filter MENARD keeps %q", got)
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	l := d.LinkFrom(quotes[2], annotate.LinkSpeaker)
	if l == nil || d.SpanText(d.Span(l.To)) != "Élise Ménard" {
		t.Errorf("MENARD, Enter: speaker link %+v", l)
	}
	if len(c.Overlays().List()) != 0 {
		t.Error("the chooser stays open after Enter")
	}
}
