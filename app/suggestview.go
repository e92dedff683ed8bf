package app

import (
	"errors"
	"fmt"
	"image/color"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/app/textview"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
	"github.com/glose-app/glose/suggest/token"
)

// numbered is how many offers have a shortcut (Ctrl+1…5).
const numbered = 5

// render shows the offers and what is wrong with the sources.
func (p *suggestionsPanel) render() {
	p.head.SetText(p.headline())
	problems := p.problems()
	p.errs.SetText(strings.Join(problems, "\n"))
	p.errs.Hidden = len(problems) == 0
	p.errs.Refresh()
	objs := make([]fyne.CanvasObject, 0, len(p.offers)+1)
	for n, o := range p.offers {
		objs = append(objs, p.card(n, o))
	}
	if m := p.mt[p.shown.q.source]; m != nil && m.busy {
		objs = append(objs, wrapLabel(lang.L("Asking {{.Service}}…", map[string]any{"Service": p.src.eng.MT.Name()})))
	}
	if w := p.shown.q.sel; w != "" && p.src != nil && p.src.eng.Dict != nil && !slices.ContainsFunc(p.offers, isDictOffer) {
		objs = append(objs, wrapLabel(lang.L("The dictionary has no entry for “{{.Word}}”.", map[string]any{"Word": annotate.Shorten(w, 40)})))
	}
	if len(objs) == 0 && p.src != nil && p.shown.q.seg != "" {
		objs = append(objs, wrapLabel(lang.L("No proposal for this segment. Double-click a French word to look it up in the dictionary.")))
	}
	p.cards.Objects = objs
	p.cards.Refresh()
	setEnabled(p.mtButton, p.src != nil && p.src.eng.MT != nil)
}

func isDictOffer(o offer) bool { return o.Kind == suggest.KindDict }

// headline says which segment the proposals are for.
func (p *suggestionsPanel) headline() string {
	switch {
	case p.src == nil:
		return lang.L("Opening the translation memory…")
	case !p.ui.hasDocument(): // no segment to click
		return lang.L("The proposals for the segment you translate show here once a document is open")
	case p.shown.q.seg == "":
		return lang.L("Click a segment to see the proposals for it")
	}
	i := p.ui.doc.SegmentIndex(p.shown.q.seg)
	h := lang.N("Segment {{.N}}: {{.Count}} proposals", len(p.offers), map[string]any{"N": i + 1, "Count": len(p.offers)})
	if p.shown.q.sel != "" {
		h += " · " + lang.L("dictionary: {{.Word}}", map[string]any{"Word": annotate.Shorten(p.shown.q.sel, 40)})
	}
	return h
}

// problems lists why sources are missing or failed, for the panel to show in red.
func (p *suggestionsPanel) problems() []string {
	var out []string
	if p.envErr != nil {
		out = append(out, lang.L("Settings from the environment: {{.Error}}", map[string]any{"Error": p.envErr.Error()}))
	}
	if p.src == nil {
		return out
	}
	if p.src.memErr != nil {
		out = append(out, memoryProblem(p.src.memErr))
	}
	if p.src.mtErr != nil {
		out = append(out, lang.L("Machine translation unavailable: {{.Error}}", map[string]any{"Error": p.src.mtErr.Error()}))
	}
	for _, err := range p.shown.errs {
		out = append(out, err.Error())
	}
	if m := p.mt[p.shown.q.source]; m != nil && m.err != nil {
		out = append(out, lang.L("Machine translation failed: {{.Error}}", map[string]any{"Error": mtErrorText(m.err)}))
	}
	return out
}

// card shows offer n with a button inserting it.
func (p *suggestionsPanel) card(n int, o offer) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(cardTitle(n, o), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	insert := p.ui.newPanelButton(lang.L("Insert"), theme.ContentPasteIcon(), func() {
		p.ui.run(func() error { return p.insert(n) })
		said := p.ui.status.Text
		p.ui.backToText()    // where the words typed next belong: the button took them, and dropped them
		p.ui.setStatus(said) // what the insertion said ("Inserted with its codes …"), not the segment's state
	})
	insert.Importance = widget.LowImportance
	var buttons fyne.CanvasObject = insert
	if o.Kind == suggest.KindTM {
		buttons = p.memoryButtons(insert, o)
	}
	objs := []fyne.CanvasObject{container.NewBorder(nil, nil, nil, buttons, title)}
	switch o.Kind {
	case suggest.KindTM:
		if t := differencesText(o.diffs); t != "" {
			objs = append(objs, wrapLabel(t)) // at full contrast: it says why the score is not 100 %
		}
		text, note := p.memoryCodesView(o) // its inline codes, as the English field shows them
		objs = append(objs, p.diffView(o), wrapLabel(text))
		if note != "" {
			objs = append(objs, wrapLabel(note))
		}
	case suggest.KindGlossary, suggest.KindDict:
		objs = append(objs, wrapLabel(o.Source+" → "+o.Text))
	default:
		objs = append(objs, wrapLabel(o.Text))
	}
	if note := offerNote(o); note != "" {
		objs = append(objs, wrapLabel(note).importance(noteImportance(o, note)))
	}
	return container.NewVBox(append(objs, widget.NewSeparator())...)
}

// memoryButtons puts Delete from the memory… after a memory match's Insert (which stays the first
// button Ctrl+Shift+4 reaches, Enter inserting), and makes Del on either ask it too: a pair that
// should not be offered is seen here first.
func (p *suggestionsPanel) memoryButtons(insert *dialogButton, o offer) fyne.CanvasObject {
	ask := func() { p.ui.askDeleteFromMemory(o.Source, o.Text, nil) }
	del := p.ui.newPanelButton(lang.L("Delete…"), theme.DeleteIcon(), ask)
	del.Importance = widget.LowImportance
	for _, b := range []*dialogButton{del, insert} {
		b.keys = onDelete(ask, b.keys)
	}
	return container.NewHBox(insert, del)
}

// onDelete returns key handling that runs del on Del (or Backspace, a Mac's delete key), and else
// what keys does.
func onDelete(del func(), keys func(*fyne.KeyEvent)) func(*fyne.KeyEvent) {
	return func(ev *fyne.KeyEvent) {
		switch {
		case ev.Name == fyne.KeyDelete || ev.Name == fyne.KeyBackspace:
			del()
		case keys != nil:
			keys(ev)
		}
	}
}

// cardTitle is an offer's heading: its number (for the shortcut), where it comes from, its score.
func cardTitle(n int, o offer) string {
	var t string
	switch o.Kind {
	case suggest.KindTM:
		// the percentage as the language writes it: "94%" in English, « 94 % » in French
		t = lang.L("Memory {{.Score}}", map[string]any{"Score": percent(o.Score / 100)})
	case suggest.KindMT:
		t = lang.L("Machine translation") // the service goes under the text (offerNote): beside the
		// Insert button, "LibreTranslate (http://…)" lost all but "LibreTrans…"
	case suggest.KindGlossary:
		t = lang.L("Glossary")
	case suggest.KindNumbers:
		t = lang.L("Numbers only")
	case suggest.KindDict:
		t = lang.L("Dictionary")
		if o.Note != "" {
			t += " · " + grammarNote(o.Note)
		}
	}
	if n < numbered {
		t = fmt.Sprintf("%d · %s", n+1, t)
	}
	return t
}

// offerNote is a warning or note shown under an offer.
func offerNote(o offer) string {
	switch {
	case o.Kind == suggest.KindTM && o.numbers && len(o.missing) > 0:
		return lang.L("Numbers differ: {{.Numbers}} not in the memory's source", map[string]any{"Numbers": strings.Join(o.missing, ", ")})
	case o.Kind == suggest.KindTM && o.numbers:
		return lang.L("Numbers differ")
	case o.Kind == suggest.KindGlossary, o.Kind == suggest.KindMT:
		return o.Note // a glossary entry's note; the machine translation's service and server
	}
	return ""
}

// noteImportance is the colour of note under offer o: a warning's (numbers that differ, a name
// nobody confirmed), but for the note a glossary entry carries ("client term", a definition), which is
// information from the glossary's author and drawn as plain text, not as something wrong, and for the
// service a machine translation comes from, drawn muted.
func noteImportance(o offer, note string) widget.Importance {
	switch {
	case o.Kind == suggest.KindMT:
		return widget.LowImportance // where the translation comes from, in the background
	case o.Kind == suggest.KindGlossary && note != keptNote():
		return widget.MediumImportance
	}
	return widget.WarningImportance
}

// wrapLabel shows s wrapped at ordinary spaces only: a Label's wrapping breaks at French's no-break
// spaces too, which left a « : » or « ; » at the start of a line.
func wrapLabel(s string) *messageText { return newFluidText(s) }

// diffColor marks the words of a memory match's source that differ from the segment.
func diffColor() color.Color { return color.NRGBA{R: 0xf2, G: 0x8e, B: 0x2b, A: 0xff} }

// diffView shows a memory match's source with the differing words marked.
func (p *suggestionsPanel) diffView(o offer) fyne.CanvasObject {
	tv := textview.New()
	hs := make([]textview.Highlight, len(o.Diff))
	for i, d := range o.Diff {
		hs[i] = textview.Highlight{Start: d.Start, End: d.End, Color: diffColor(), Style: textview.Pending}
	}
	tv.Set(o.Source, hs)
	// padded: a TextView keeps half a label's inner padding around its text, which stood 4 pixels
	// left of the labels above and under it
	return container.NewPadded(newBox(&fitHeight{tv: tv, width: p.cards.Size().Width - 2*theme.Padding()}, tv))
}

// fitHeight gives a wrapping TextView the height its text needs at the width it is given.
type fitHeight struct {
	tv    *textview.TextView
	width float32
}

// Layout is part of fyne.Layout.
func (l *fitHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// MinSize is part of fyne.Layout.
func (l *fitHeight) MinSize([]fyne.CanvasObject) fyne.Size {
	w := l.width
	if w <= 0 {
		w = 300
	}
	return fyne.NewSize(50, l.tv.HeightFor(w))
}

// insertSuggestion inserts the current segment's suggestion n (0 = the best). A term goes in at the
// cursor of the segment's field, brought back into view first if the user scrolled away from it.
func (ui *UI) insertSuggestion(n int) {
	if ui.revealParked() == nil {
		if r := ui.rowFor(ui.cur); r != nil && ui.win.Canvas().Focused() == r.entry {
			ui.revealTyping(r, r.entry)
		}
	}
	ui.sugg.lookUpNow()
	ui.run(func() error { return ui.sugg.insert(n) })
}

// insertSource puts the current segment's French into its English, as OmegaT's "insert source" and
// memoQ's "copy source to target" do: the whole English when there is none, else at the cursor.
func (ui *UI) insertSource() {
	if ui.cur >= len(ui.doc.Segments) {
		return
	}
	seg := ui.doc.Segments[ui.cur]
	ui.run(func() error { return ui.insertText(stepInsertSource, ui.doc.SourceText(seg), seg.Target == "") })
}

// The undo steps of insertions into the English, by what was inserted, so that Undo names what the
// user did ("Undone: insertion of the memory’s translation").
const (
	stepInsertSuggestion = "insert suggestion"         // a suggestion of another kind
	stepInsertMemory     = "insert memory translation" // a memory match, or part of it from the concordance
	stepInsertMT         = "insert machine translation"
	stepInsertTerm       = "insert term" // a glossary term, a dictionary's translation
	stepInsertSource     = "insert source"
)

// insertSteps are the undo steps of insertions.
var insertSteps = []string{stepInsertSuggestion, stepInsertMemory, stepInsertMT, stepInsertTerm, stepInsertSource}

// insertStep names the undo step of inserting a suggestion of kind k.
func insertStep(k suggest.Kind) string {
	switch k {
	case suggest.KindTM:
		return stepInsertMemory
	case suggest.KindMT:
		return stepInsertMT
	case suggest.KindGlossary, suggest.KindDict:
		return stepInsertTerm
	}
	return stepInsertSuggestion
}

// insert puts offer n into the current segment (see insertText): memory and machine translations
// replace the English, terms go in at the cursor (replacing the selection).
func (p *suggestionsPanel) insert(n int) error {
	ui := p.ui
	if n < 0 || n >= len(p.offers) || ui.cur >= len(ui.doc.Segments) ||
		ui.doc.Segments[ui.cur].ID != p.shown.q.seg {
		return errors.New(lang.L("There is no proposal {{.N}} for this segment", map[string]any{"N": n + 1}))
	}
	o := p.offers[n]
	return ui.insertWith(insertStep(o.Kind), o.Text, o.whole, o.codes)
}

// insertText puts text into the current segment's English through the editor, as one undo step named
// step:
// in place of the English when whole, else at the cursor (replacing the selection). A new segment
// becomes a draft. The segment is projected after the pause that follows, as typing is, so that
// English inserted gets the tags and links of English typed.
func (ui *UI) insertText(step, insert string, whole bool) error {
	return ui.insertWith(step, insert, whole, nil)
}

// insertWith is insertText of a memory unit's translation, whose inline codes, from, are placed
// with it when they match the segment's (codememory.go).
func (ui *UI) insertWith(step, insert string, whole bool, from []tm.TargetCode) error {
	if ui.cur >= len(ui.doc.Segments) {
		return errors.New(lang.L("There is no segment to insert into"))
	}
	seg, r := ui.doc.Segments[ui.cur], ui.rowFor(ui.cur)
	a, b, text := 0, len(seg.Target), annotate.CleanTarget(insert)
	if !whole {
		a, b, text = insertionPoint(seg.Target, r, text)
	}
	if text != insert { // the codes' places are in the unit's text as it is
		from = nil
	}
	text, fixes := ui.inStyle(step, seg.Target, a, b, text) // smart quotes (smartquotes.go)
	placed := notPlaced
	var lost []annotate.LostSpan // the translator's English tags the new English does not say once
	err := ui.ed.Batch(step, func() error {
		if _, err := ui.ed.MarkEdited(seg); err != nil { // as typing does, in the same undo step
			return err
		}
		var err error
		if whole { // the translator's tags move to their words where the new English says them
			lost, err = ui.ed.ReplaceWhole(seg.ID, text)
		} else {
			_, err = ui.ed.ReplaceTarget(seg.ID, a, b, text)
		}
		switch {
		case err != nil:
		case step == stepInsertSource:
			err = ui.placeCopiedCodes(seg, a, text) // its inline codes come with it
		case whole: // a memory match, a machine translation: the memory unit's codes, else those of the words it shares with the French
			placed, err = ui.placeInsertedCodes(seg, from, fixes)
		}
		return err
	})
	if err != nil {
		return err
	}
	// As after typing, the English gets its tags and links after the pause.
	ui.projectLater(seg.ID)
	if r = ui.rowFor(ui.cur); r != nil && r.entry.Text == seg.Target { // bound again by the edit
		r.entry.setCaret(utf8.RuneCountInString(seg.Target[:a+len(text)]))
	}
	// What went in, after the conversion to the document's quotation marks, not what was offered.
	ui.sayInserted(seg, text, placed)
	ui.sayLost(lost, lostInserted)
	return nil
}

// insertionPoint returns where a term goes in target: the entry's selection, else its cursor, else
// the end; with a space added where the term would touch a word. At a cursor that ends the start of
// a word the term begins with ("President Emm|" and "Emmanuel Macron"), the term completes that word
// instead of following it.
func insertionPoint(target string, r *row, term string) (a, b int, text string) {
	a, b = len(target), len(target)
	sel := false
	if r != nil && r.entry.Text == target {
		if s, e, ok := entrySelection(&r.entry.Entry); ok {
			a, b, sel = s, e, true
		} else {
			a = runeToByte(target, r.entry.caret())
			b = a
		}
	}
	if !sel {
		a = completedWord(target, a, term)
	}
	if a > 0 && !strings.ContainsAny(target[a-1:a], " \n(«“'’-") {
		term = " " + term
	}
	if b < len(target) && !strings.ContainsAny(target[b:b+1], " \n.,;:!?)»”'’-") {
		term += " "
	}
	return a, b, term
}

// completedWord returns where the word that ends at the cursor at begins when the term begins with
// it (case and accents aside) and the cursor is at the word's end; else at.
func completedWord(target string, at int, term string) int {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) }
	if r, _ := utf8.DecodeRuneInString(target[at:]); at < len(target) && isWord(r) {
		return at // in the middle of a word
	}
	start := at
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(target[:start])
		if !isWord(r) {
			break
		}
		start -= size
	}
	word := token.Fold(target[start:at])
	if word == "" || !strings.HasPrefix(token.Fold(term), word) {
		return at
	}
	return start
}
