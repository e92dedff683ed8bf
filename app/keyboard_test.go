package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/glose-app/glose/annotate"
)

// wordKey presses Ctrl+key in the French, as the desktop driver delivers it (a shortcut), with Shift
// too when extending the selection.
func wordKey(r *row, key fyne.KeyName, extend bool) {
	m := fyne.KeyModifierControl
	if extend {
		m |= fyne.KeyModifierShift
	}
	r.src.TypedShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: m})
}

// caretTo moves the French caret to byte offset off of the row's text with the keyboard: Ctrl+Home,
// then Right.
func caretTo(t *testing.T, r *row, off int) {
	t.Helper()
	wordKey(r, fyne.KeyHome, false)
	for i := 0; ; i++ {
		if a, b := r.src.Selection(); a == b && a >= off {
			return
		}
		if i > 500 {
			t.Fatalf("the caret does not reach %d", off)
		}
		r.src.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
}

// TestSpanKeysActOnTheSpanTheKeyboardSelects (QA10 #2): with no span clicked, a, r and Delete act on
// the span whose words are selected with the keyboard, or which holds the selection or the caret;
// the status line names it. A span clicked and the caret moved elsewhere: the keys follow the caret.
func TestSpanKeysActOnTheSpanTheKeyboardSelects(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	d := ui.doc
	quote, per := d.Spans[0], d.Spans[1]
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	if ui.selSpan != "" {
		t.Fatalf("a span is selected at start: %q", ui.selSpan)
	}
	// Shift+Ctrl+Right twice selects "Sergueï Lavrov": a accepts the PER.
	wordKey(r, fyne.KeyHome, false)
	wordKey(r, fyne.KeyRight, true)
	wordKey(r, fyne.KeyRight, true)
	if a, b := r.src.Selection(); d.SourceText(d.Segments[0])[a:b] != "Sergueï Lavrov" {
		t.Fatalf("selected %q", d.SourceText(d.Segments[0])[a:b])
	}
	r.src.TypedRune('a')
	if per.Origin != annotate.Human || ui.status.Text != "Accepted PER “Sergueï Lavrov”" {
		t.Errorf("a over the PER's words: origin %s, status %q", per.Origin, ui.status.Text)
	}
	if ui.selSpan != per.ID {
		t.Errorf("the accepted span is not selected: %q", ui.selSpan)
	}
	// The caret moved into the quotation (out of the selected PER): r rejects the quotation.
	caretTo(t, r, strings.Index(d.Text, "dialogue"))
	r.src.TypedRune('r')
	if d.Span(quote.ID) != nil || ui.status.Text != "Rejected QUOTE « Le dialogue 😀 est libre »" {
		t.Errorf("r with the caret in the quotation: still there %v, status %q", d.Span(quote.ID) != nil, ui.status.Text)
	}
	// Part of a span's words selected: Delete removes the span holding them.
	ui.deselectSpan()
	caretTo(t, r, strings.Index(d.Text, "Lavrov"))
	wordKey(r, fyne.KeyRight, true)
	r.src.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if d.Span(per.ID) != nil || ui.status.Text != "Removed PER “Sergueï Lavrov”" {
		t.Errorf("Delete over “Lavrov”: still there %v, status %q", d.Span(per.ID) != nil, ui.status.Text)
	}
	// Nowhere near a span, the slip says what to do, with the keyboard too.
	caretTo(t, r, strings.Index(d.Text, "déclaré"))
	r.src.TypedRune('a')
	if !strings.HasPrefix(ui.status.Text, "Click a span, or select its words or put the cursor in it") {
		t.Errorf("a outside any span: status %q", ui.status.Text)
	}
}

// TestClickedSpanKeepsTheKeys: a span clicked takes the keys, as before, whatever span the French
// caret is in after an action redrew the row: the caret stays where the click put it instead of
// going back to the start of the sentence (inside another span there).
func TestClickedSpanKeepsTheKeys(t *testing.T) {
	d := testDoc(t)
	ed := annotate.NewEditor(d)
	at := strings.Index(d.Text, "a déclaré")
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: at, End: at + len("a déclaré"), Label: annotate.LabelCue, Origin: annotate.Auto}))
	ui, _ := newTestUI(t, d, false)
	per, cue := d.Spans[1], d.Spans[2]
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	caretTo(t, r, strings.Index(d.Text, "déclaré")) // where the click lands
	ui.tapSpan(r, cue.ID)
	r.src.TypedRune('a')
	if a, b := r.src.Selection(); a != b || a != strings.Index(d.Text, "déclaré") {
		t.Errorf("after a the caret is at %d–%d, want %d", a, b, strings.Index(d.Text, "déclaré"))
	}
	r.src.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if d.Span(cue.ID) != nil || ui.status.Text != "Removed CUE “a déclaré”" {
		t.Errorf("a, Delete on the clicked span: still there %v, status %q", d.Span(cue.ID) != nil, ui.status.Text)
	}
	if d.Span(per.ID) == nil || per.Origin != annotate.Auto {
		t.Error("the keys reached the name at the start of the sentence")
	}
}

// TestEnglishSpanKeysFollowTheSelection: words of an English span selected in the field, Alt+A
// accepts that span.
func TestEnglishSpanKeysFollowTheSelection(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	d := ui.doc
	text := "Sergei Lavrov said: « Dialogue is free »."
	typeEnglish(t, ui, 0, text)
	seg := d.Segments[0]
	at := strings.Index(text, "Sergei Lavrov")
	must(t, ui.ed.AddSpan(&annotate.Span{Side: annotate.Target, Segment: seg.ID, Start: at, End: at + len("Sergei Lavrov"),
		Label: annotate.LabelPER, Origin: annotate.Auto}))
	sp := d.Spans[len(d.Spans)-1]
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.entry)
	selectInEntry(r.entry, 0, len([]rune("Sergei Lavrov")), false)
	pressShortcut(ui, &desktop.CustomShortcut{KeyName: fyne.KeyA, Modifier: fyne.KeyModifierAlt})
	if sp.Origin != annotate.Human || ui.status.Text != "Accepted PER “Sergei Lavrov”" {
		t.Errorf("Alt+A over the English span's words: origin %s, status %q", sp.Origin, ui.status.Text)
	}
}

// TestLinkSpeakerWithTheKeyboard (QA10 #2): s with the caret in a quotation starts link mode, s with
// the caret on a name links it; Alt+S opens the list of people, which arrows and Enter choose from,
// the focus coming back to the French.
func TestLinkSpeakerWithTheKeyboard(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	d := ui.doc
	quote, per := d.Spans[0], d.Spans[1]
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	caretTo(t, r, strings.Index(d.Text, "dialogue"))
	r.src.TypedRune('s')
	if ui.linkFrom != quote.ID || !strings.HasPrefix(ui.status.Text, "Click the speaker or the reporting verb, or put the cursor on it then s") {
		t.Fatalf("s in the quotation: link mode on %q, status %q", ui.linkFrom, ui.status.Text)
	}
	// s with the caret on no name says what to do, and link mode goes on.
	caretTo(t, r, strings.Index(d.Text, "déclaré"))
	r.src.TypedRune('s')
	if ui.linkFrom != quote.ID || !strings.HasPrefix(ui.status.Text, "Put the cursor on the speaker’s name") {
		t.Errorf("s off any name: link mode on %q, status %q", ui.linkFrom, ui.status.Text)
	}
	caretTo(t, r, strings.Index(d.Text, "Lavrov"))
	r.src.TypedRune('s')
	if l := d.LinkFrom(quote.ID, annotate.LinkSpeaker); l == nil || l.To != per.ID {
		t.Fatalf("s on the name: speaker link %+v, want to %s", l, per.ID)
	}
	if ui.linkFrom != "" || ui.status.Text != "Speaker linked: Sergueï Lavrov says « Le dialogue 😀 est libre »; quotation accepted" {
		t.Errorf("after linking: link mode on %q, status %q", ui.linkFrom, ui.status.Text)
	}

	// Alt+S: the list of people opens with the focus; Down and Enter choose.
	ui.undoStep()
	if d.LinkFrom(quote.ID, annotate.LinkSpeaker) != nil {
		t.Fatal("undo left the link")
	}
	ui.deselectSpan()
	r = visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	caretTo(t, r, strings.Index(d.Text, "libre"))
	pressShortcut(ui, &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierAlt})
	menu, ok := ui.win.Canvas().Focused().(*speakerFilter)
	if !ok {
		t.Fatalf("after Alt+S the focus is on %T, want the list of people", ui.win.Canvas().Focused())
	}
	menu.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	menu.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if l := d.LinkFrom(quote.ID, annotate.LinkSpeaker); l == nil || l.To != per.ID {
		t.Fatalf("Alt+S, Down, Enter: speaker link %+v, want to %s", l, per.ID)
	}
	if f := ui.win.Canvas().Focused(); f != fyne.Focusable(r.src) {
		t.Errorf("after choosing, the focus is on %T, want the French", f)
	}
}

// TestLinkSpeakerInAnotherSegment: link mode lasts while the caret goes to the segment before, where
// s on the name links it.
func TestLinkSpeakerInAnotherSegment(t *testing.T) {
	d, second := twoQuotesDoc(t)
	ui, _ := newTestUI(t, d, false)
	per := d.Spans[1]
	r := visibleRow(t, ui, 1)
	ui.win.Canvas().Focus(r.src)
	caretTo(t, r, strings.Index(d.Text, "bonne")-d.Segments[1].Start)
	r.src.TypedRune('s')
	if ui.linkFrom != second.ID {
		t.Fatalf("s in the second quotation: link mode on %q", ui.linkFrom)
	}
	pressShortcut(ui, &desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierShortcutDefault})
	r = ui.rowFor(0)
	if r == nil || ui.win.Canvas().Focused() != fyne.Focusable(r.src) {
		t.Fatalf("Ctrl+Up: focus on %T", ui.win.Canvas().Focused())
	}
	caretTo(t, r, strings.Index(d.Text, "Lavrov"))
	r.src.TypedRune('s')
	if l := d.LinkFrom(second.ID, annotate.LinkSpeaker); l == nil || l.To != per.ID {
		t.Errorf("s on the name in the segment before: speaker link %+v, want to %s", l, per.ID)
	}
}

// twoQuotesDoc is testDoc with a second quotation, in segment 2.
func twoQuotesDoc(t *testing.T) (*annotate.Document, *annotate.Span) {
	d := testDoc(t)
	at := strings.Index(d.Text, "« très")
	must(t, annotate.NewEditor(d).AddSpan(&annotate.Span{Side: annotate.Source, Start: at, End: at + len("« très bonne rencontre »"),
		Label: annotate.LabelQuote, Origin: annotate.Auto}))
	return d, d.Spans[len(d.Spans)-1]
}

// tabKey presses Ctrl+Shift and a digit, as the desktop driver delivers it.
func tabKey(ui *UI, digit fyne.KeyName) {
	pressShortcut(ui, &desktop.CustomShortcut{KeyName: digit, Modifier: fyne.KeyModifierControl | fyne.KeyModifierShift})
}

// TestSideTabsFromTheKeyboard (QA10 #2): Ctrl+Shift+1…4 show a side tab and put the focus in it;
// the Quotes and QA lists move with the arrows and open with Enter; Escape in a list and
// Ctrl+Shift+0 anywhere go back to the segment.
func TestSideTabsFromTheKeyboard(t *testing.T) {
	d, second := twoQuotesDoc(t)
	ui, _ := newTestUI(t, d, false)
	ui.focusSegment(0, annotate.Target)
	c := ui.win.Canvas()

	tabKey(ui, fyne.Key1)
	ents := ui.panels[0].(*entitiesPanel)
	if ui.tabs.SelectedIndex() != 0 || c.Focused() != fyne.Focusable(ents.filter) {
		t.Errorf("Ctrl+Shift+1: tab %d, focus on %T; want the Entities filter", ui.tabs.SelectedIndex(), c.Focused())
	}
	if !strings.Contains(ui.status.Text, "Ctrl+Shift+0 goes back to segment 1") {
		t.Errorf("status %q", ui.status.Text)
	}
	tabKey(ui, fyne.Key0)
	if focusedSegment(ui) != 0 {
		t.Errorf("Ctrl+Shift+0: focus on %T, want segment 1's English", c.Focused())
	}

	tabKey(ui, fyne.Key2)
	quotes := ui.panels[1].(*quotesPanel)
	if ui.tabs.SelectedIndex() != 1 || c.Focused() != fyne.Focusable(quotes.list) {
		t.Fatalf("Ctrl+Shift+2: tab %d, focus on %T; want the Quotes list", ui.tabs.SelectedIndex(), c.Focused())
	}
	item := quotes.list.CreateItem()
	quotes.list.UpdateItem(0, item)
	objs := item.(*fyne.Container).Objects
	if frame := objs[len(objs)-1]; !frame.Visible() {
		t.Error("the focused quote shows no frame")
	}
	pressKey(ui, fyne.KeyDown)
	pressKey(ui, fyne.KeyReturn)
	if ui.selSpan != second.ID || ui.cur != 1 {
		t.Errorf("Down, Enter in the Quotes list: selected %q, segment %d; want %s in segment 2", ui.selSpan, ui.cur+1, second.ID)
	}
	if r := ui.rowFor(1); r == nil || c.Focused() != fyne.Focusable(r.src) {
		t.Errorf("after Enter the focus is on %T, want segment 2's French", c.Focused())
	}
	quotes.list.UpdateItem(1, item)
	if objs[len(objs)-1].Visible() {
		t.Error("the list shows a focus frame without the focus")
	}

	ui.qa.runNow()
	tabKey(ui, fyne.Key3)
	if ui.tabs.SelectedIndex() != 2 || c.Focused() != fyne.Focusable(ui.qa.list) {
		t.Fatalf("Ctrl+Shift+3: tab %d, focus on %T; want the QA list", ui.tabs.SelectedIndex(), c.Focused())
	}
	pressKey(ui, fyne.KeyEscape)
	if r := ui.rowFor(1); r == nil || c.Focused() != fyne.Focusable(r.src) {
		t.Errorf("Escape in the QA list: focus on %T, want segment 2's French", c.Focused())
	}

	tabKey(ui, fyne.Key4)
	if ui.tabs.SelectedIndex() != 3 || c.Focused() == nil || focusedSegment(ui) >= 0 {
		t.Errorf("Ctrl+Shift+4: tab %d, focus on %T", ui.tabs.SelectedIndex(), c.Focused())
	}
}

// TestSideTabShortcutsShow: the side tabs' shortcuts are in the View menu and the help sheet, and no
// two actions share a shortcut.
func TestSideTabShortcutsShow(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	want := map[string]string{"Side tab: Entities": "", "Side tab: Quotes": "", "Side tab: QA": "",
		"Side tab: Proposals": "", "Back to the segment": ""}
	for _, it := range menuNamed(t, ui, "View").Items {
		if _, ok := want[it.Label]; ok && it.Shortcut != nil {
			want[it.Label] = it.Shortcut.ShortcutName()
		}
	}
	for name, sc := range want {
		if sc == "" {
			t.Errorf("View → %q missing or without its shortcut", name)
		}
	}
	help := map[string]string{}
	for _, r := range ui.shortcutRows() {
		help[r[0]] = r[1]
	}
	if help["Side tab: Quotes"] != "Ctrl+Shift+2" || help["Choose the quote’s speaker from the people"] != "Alt+S" {
		t.Errorf("help sheet: %q, %q", help["Side tab: Quotes"], help["Choose the quote’s speaker from the people"])
	}
	seen := map[string]string{}
	for _, a := range ui.acts.all() {
		for _, s := range a.short {
			if other, ok := seen[s.ShortcutName()]; ok {
				t.Errorf("%s is both %q and %q", s.ShortcutName(), other, a.name)
			}
			seen[s.ShortcutName()] = a.name
		}
	}
}

// TestTabKeyNamesTheTabReached: on a segment with no proposal, Ctrl+Shift+4 shows the Proposals
// tab with nothing to focus in it; the status line says so and names that tab, not the one reached
// before.
func TestTabKeyNamesTheTabReached(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.focusSegment(2, annotate.Source)
	ui.qa.runNow()
	tabKey(ui, fyne.Key3)
	if !strings.Contains(ui.status.Text, ui.qa.title()) {
		t.Fatalf("Ctrl+Shift+3: status %q does not name the QA tab", ui.status.Text)
	}
	tabKey(ui, fyne.Key4)
	if ui.tabs.SelectedIndex() != 3 {
		t.Fatalf("Ctrl+Shift+4 shows tab %d", ui.tabs.SelectedIndex())
	}
	if ui.sugg.focusTarget() != nil {
		t.Skip("segment 3 has a suggestion to focus")
	}
	if s := ui.status.Text; !strings.Contains(s, ui.sugg.title()) || strings.Contains(s, ui.qa.title()) {
		t.Errorf("Ctrl+Shift+4 with no suggestion: status %q, want it to name the Proposals tab", s)
	}
}

// TestAcceptingAQuoteSaysWhatItConfirmsWithIt: accepting a quotation confirms the mention its
// suggested speaker link points to; the status line says so, naming that mention and its label, for
// the user to see a wrong one go (a speaker the recogniser labelled LOC), in French too.
func TestAcceptingAQuoteSaysWhatItConfirmsWithIt(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, testDoc(t), false)
	d := ui.doc
	quote, per := d.Spans[0], d.Spans[1]
	must(t, ui.ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote.ID, To: per.ID, Origin: annotate.Auto}))
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	caretTo(t, r, strings.Index(d.Text, "dialogue"))
	r.src.TypedRune('a')
	want := "Accepté\u00a0: QUOTE « Le dialogue 😀 est libre », et avec elle PER «\u00a0Sergueï Lavrov\u00a0»"
	if quote.Origin != annotate.Human || per.Origin != annotate.Human || ui.status.Text != want {
		t.Errorf("quote %s, speaker %s, status %q, want %q", quote.Origin, per.Origin, ui.status.Text, want)
	}
}

// TestQAListShowsTheIssueTheArrowsReach: Up and Down in the QA list show the whole message of the
// issue they reach under the list, as a click does, without leaving the list or the segment: a
// message cut short in its row could be read only by going to its segment with Enter, which took
// the keys out of the list.
func TestQAListShowsTheIssueTheArrowsReach(t *testing.T) {
	d := testDoc(t)
	d.Segments[2].Target, d.Segments[2].Status = "Le ministre « 👍 » a dit José\u0301  bonjour.", annotate.StatusTranslated
	ui, _ := newTestUI(t, d, false)
	ui.focusSegment(0, annotate.Target)
	ui.qa.runNow()
	tabKey(ui, fyne.Key3)
	p := ui.qa
	if len(p.issues) < 3 {
		t.Fatalf("%d issues, want 3 or more", len(p.issues))
	}
	detail := func(row int) string {
		i, ok := p.issueOf(row)
		if !ok {
			t.Fatalf("row %d shows no issue of its own (%d issues, %d folded)", row, len(p.issues), len(p.folds))
		}
		return segmentName(ui.doc.SegmentIndex(p.issues[i].Segment)+1) + " · " + issueMessage(p.issues[i])
	}
	for _, step := range []struct {
		key fyne.KeyName
		at  int
	}{{fyne.KeyDown, 1}, {fyne.KeyDown, 2}, {fyne.KeyUp, 1}} {
		pressKey(ui, step.key)
		if !strings.HasPrefix(p.detail.Text, detail(step.at)) {
			t.Errorf("%s to issue %d: detail %q, want %q", step.key, step.at+1, p.detail.Text, detail(step.at))
		}
		if f := ui.win.Canvas().Focused(); f != fyne.Focusable(p.list) || ui.cur != 0 {
			t.Errorf("%s: focus on %T, segment %d; want the list, segment 1", step.key, f, ui.cur+1)
		}
	}
}

// TestRunTheChecksGoesToTheIssues: Ctrl+Shift+Q, typed in the English, runs the checks, shows the QA
// tab and puts the focus in its list, so that Down and Enter go to an issue at once (the focus stayed
// in the English, where Down moved the caret); Escape goes back to the segment.
func TestRunTheChecksGoesToTheIssues(t *testing.T) {
	d := pairDoc("Il a 10 ans.", "Il a 12 ans.")
	d.Segments[0].Target, d.Segments[0].Status = "He is ten.", annotate.StatusTranslated
	d.Segments[1].Target, d.Segments[1].Status = "He is 13.", annotate.StatusTranslated
	ui, _ := newTestUI(t, d, false)
	ui.focusSegment(0, annotate.Target)
	c := ui.win.Canvas()
	pressShortcut(ui, custom(fyne.KeyQ, ctrl|shift))
	qaTab := slices.Index(ui.panels, panel(ui.qa))
	if ui.tabs.SelectedIndex() != qaTab || c.Focused() != fyne.Focusable(ui.qa.list) {
		t.Fatalf("Ctrl+Shift+Q: tab %d, focus on %T; want the QA list (tab %d)", ui.tabs.SelectedIndex(), c.Focused(), qaTab)
	}
	if len(ui.qa.issues) == 0 {
		t.Fatal("the checks found nothing")
	}
	pressKey(ui, fyne.KeyReturn)
	if id := ui.doc.Segments[ui.cur].ID; id != ui.qa.issues[0].Segment {
		t.Errorf("Enter on the first issue: segment %s, want %s", id, ui.qa.issues[0].Segment)
	}
	ui.focusPanel(qaTab)
	pressKey(ui, fyne.KeyEscape)
	if focusedSegment(ui) < 0 {
		t.Errorf("Escape in the QA list: focus on %T, want the segment", c.Focused())
	}
}

// TestLinkSpeakerToWordsSelected: a speaker pre-annotation did not tag ("Donald Trump", missed) took,
// in link mode, Escape or not, selecting the words, p to tag them, s again to link them: s on words
// tagged by no span said to put the cursor on a tagged name. s on the words selected now tags them
// PER and links them, in one undo step, and the status line says both.
func TestLinkSpeakerToWordsSelected(t *testing.T) {
	d := sampleSegments("link-new", "Link new")
	ed := annotate.NewEditor(d)
	at := strings.Index(sampleText, "« très")
	end := strings.Index(sampleText, "rencontre »") + len("rencontre »")
	quote := &annotate.Span{Side: annotate.Source, Start: at, End: end, Label: annotate.LabelQuote, Origin: annotate.Auto, Confidence: 0.8}
	must(t, ed.AddSpan(quote))
	ui, _ := newTestUI(t, d, false)
	ui.jumpToSpan(quote.ID)
	r := visibleRow(t, ui, 1)
	r.src.TypedRune('s')
	if ui.linkFrom != quote.ID {
		t.Fatalf("s on the quote: link mode on %q", ui.linkFrom)
	}
	seg := d.Segments[1]
	who := strings.Index(sampleText, "Donald Trump") - seg.Start
	r.src.SetSelection(who, who+len("Donald Trump"))
	r.src.TypedRune('s')
	l := d.LinkFrom(quote.ID, annotate.LinkSpeaker)
	if l == nil || d.SpanText(d.Span(l.To)) != "Donald Trump" || d.Span(l.To).Label != annotate.LabelPER {
		t.Fatalf("s on the words selected: speaker link %+v, want to a new PER “Donald Trump”", l)
	}
	if quote.Origin != annotate.Human || ui.linkFrom != "" {
		t.Errorf("quote origin %v, link mode on %q; want the quote accepted, link mode off", quote.Origin, ui.linkFrom)
	}
	if want := "Tagged PER “Donald Trump”; speaker linked: Donald Trump says « très bonne rencontre »; quotation accepted"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	spans := len(d.Spans)
	ui.undoStep()
	if d.LinkFrom(quote.ID, annotate.LinkSpeaker) != nil || len(d.Spans) != spans-1 || quote.Origin != annotate.Auto {
		t.Errorf("one Ctrl+Z: link %v, %d spans (want %d), quote origin %v", d.LinkFrom(quote.ID, annotate.LinkSpeaker), len(d.Spans), spans-1, quote.Origin)
	}
}
