package app

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
)

// prefQuotes is the preferences key of the quotation marks the quotation style check expects of the
// English: qa.Curly (the default) or qa.Straight.
const prefQuotes = "qa.quotes"

// stepQuotes names the undo step of putting a segment's quotation marks in style.
const stepQuotes = "quotation marks"

// quoteStyleLabels are the choices of the quotation marks select, in the order of qa.QuoteStyles.
func quoteStyleLabels() []string {
	return []string{lang.L("Curly “ ” ‘ ’"), lang.L("Straight \" '")}
}

// newQuoteStyleSelect makes the Quotation marks select of the Checks section, which the quotation
// style check reads; a change runs the checks again.
func (p *qaPanel) newQuoteStyleSelect() *choiceSelect {
	sel := newChoiceSelect(quoteStyleLabels(), nil)
	sel.SetSelectedIndex(slices.Index(qa.QuoteStyles(), p.quoteStyle()))
	sel.OnChanged = func(label string) {
		i := slices.Index(quoteStyleLabels(), label)
		if i < 0 {
			return
		}
		if st := qa.QuoteStyles()[i]; st != p.quoteStyle() {
			p.ui.app.Preferences().SetString(prefQuotes, string(st))
			p.runNow()
		}
	}
	return sel
}

// quoteStyle is the quotation marks the user chose, curly by default.
func (p *qaPanel) quoteStyle() qa.QuoteStyle {
	st, err := qa.ParseQuoteStyle(p.ui.app.Preferences().String(prefQuotes))
	if err != nil {
		return qa.Curly
	}
	return st
}

// newQuoteFix makes the button under an opened quotation style issue that puts the segment's marks in
// style; showSpellBar shows it for those issues only.
func (p *qaPanel) newQuoteFix() *dialogButton {
	b := p.ui.newPanelButton("", theme.ConfirmIcon(), func() {
		if is := p.opened; is != nil && is.Check == qa.QuotationStyle {
			p.ui.run(func() error { return p.fixQuotes(*is) })
		}
	})
	b.Hide()
	return b
}

// showQuoteFix shows the fix button for is, a quotation style issue, labelled with what it does, or
// hides it: the style it puts the marks in, or, for curly marks merely turned the wrong way (don‘t,
// ”word“), the marks it puts instead ("Use ’"): "Use curly quotation marks" under marks curly already
// did not say what would change.
func (p *qaPanel) showQuoteFix(b *widget.Button, is *qa.Issue) {
	if is == nil || is.Check != qa.QuotationStyle {
		b.Hide()
		return
	}
	switch turned := p.turnedTo(is); {
	case is.Key == "qa.quote-style.curly" || is.Args["style"] == string(qa.Straight):
		b.SetText(lang.L("Use straight quotation marks"))
	case turned != "":
		b.SetText(lang.L("Use {{.Marks}}", map[string]any{"Marks": turned}))
	default:
		b.SetText(lang.L("Use curly quotation marks"))
	}
	b.Show()
}

// turnedTo returns, for an issue of curly marks turned the wrong way, the marks the fix puts in their
// place, each once, in order ("’", "“ ”"); "" for another issue, or when the English has no fix left.
func (p *qaPanel) turnedTo(is *qa.Issue) string {
	seg := p.ui.doc.Segment(is.Segment)
	if seg == nil || is.Key != "qa.quote-style.single" && is.Key != "qa.quote-style.direction" {
		return ""
	}
	var marks []string
	for _, f := range qa.QuoteFixes(seg.Target, p.quoteStyle()) {
		if !slices.Contains(marks, f.Text) {
			marks = append(marks, f.Text)
		}
	}
	return strings.Join(marks, " ")
}

// fixQuotes puts the quotation marks and apostrophes of the issue's segment in the style chosen, as
// qa.QuoteFixes places them, with those of the segments holding the other guillemet of a quotation
// across segments (qa.GuillemetPartners: “ here and » there would no longer pair), in one undo step
// that moves the segments' spans with the text, as
// correcting a word does (a new segment becomes a draft, a reviewed one translated, and a translated
// segment's English goes to the memory), and runs the checks again.
func (p *qaPanel) fixQuotes(is qa.Issue) error {
	ui := p.ui
	seg := ui.doc.Segment(is.Segment)
	if seg == nil {
		p.runNow()
		return fmt.Errorf("%s", lang.L("The English has changed since the check: look at the new list"))
	}
	fixes := qa.QuoteFixes(seg.Target, p.quoteStyle())
	if len(fixes) == 0 {
		p.runNow()
		return fmt.Errorf("%s", lang.L("The English has changed since the check: look at the new list"))
	}
	caret, old := -1, seg.Target
	if i := ui.doc.SegmentIndex(seg.ID); i >= 0 {
		if r := ui.rowFor(i); r != nil && r.entry.Text == seg.Target {
			caret = r.entry.caret()
		}
	}
	partners := qa.GuillemetPartners(ui.doc, ui.doc.SegmentIndex(seg.ID))
	n := len(fixes)
	err := ui.ed.Batch(stepQuotes, func() error {
		n = len(fixes)
		for _, j := range partners { // the other guillemet of a quotation across segments, first
			other := ui.doc.Segments[j]
			more := qa.QuoteFixes(other.Target, p.quoteStyle())
			if err := ui.putQuotesInStyle(other, more); err != nil {
				return err
			}
			n += len(more)
		}
		return ui.putQuotesInStyle(seg, fixes)
	})
	if err != nil {
		return err
	}
	if i := ui.doc.SegmentIndex(seg.ID); i >= 0 {
		if r := ui.rowFor(i); r != nil && caret >= 0 && r.entry.Text == seg.Target {
			r.entry.setCaret(caretAfterFixes(old, caret, fixes))
		}
		ui.remember(i)
	}
	for _, j := range partners {
		ui.remember(j)
	}
	ui.setStatus(lang.L("Quotation marks corrected: {{.N}}", map[string]any{"N": n}))
	p.showDetail(nil)
	p.runNow()
	return nil
}

// caretAfterFixes is where the cursor at code point caret of text goes once fixes are made: it moves
// by what the fixes before it changed (a guillemet's spaces go with it), and to the end of a fix it
// was inside.
func caretAfterFixes(text string, caret int, fixes []qa.Fix) int {
	at := runeToByte(text, caret)
	moved := at
	for _, f := range fixes {
		switch {
		case f.End <= at:
			moved += len(f.Text) - (f.End - f.Start)
		case f.Start < at:
			moved += f.Start + len(f.Text) - at
		}
	}
	return utf8.RuneCountInString(qa.Apply(text, fixes)[:moved])
}

// putQuotesInStyle makes fixes, qa.QuoteFixes of seg's English, through the editor, so that the
// spans move with the text: a new segment becomes a draft, a reviewed one translated (the review was
// of other marks), as correcting a word does. Batch makes it one undo step.
func (ui *UI) putQuotesInStyle(seg *annotate.Segment, fixes []qa.Fix) error {
	if _, err := ui.ed.MarkEdited(seg); err != nil {
		return err
	}
	for _, f := range slices.Backward(fixes) { // from the end: the offsets before stay right
		if _, err := ui.ed.ReplaceTarget(seg.ID, f.Start, f.End, f.Text); err != nil {
			return err
		}
	}
	return nil
}

// quoteFixButton is the fix button, in the box under the message (newSpellBar, newQuoteFixRow).
func (p *qaPanel) quoteFixButton() *widget.Button {
	if bs := p.quoteFixButtons(); len(bs) > 0 {
		return bs[0]
	}
	return nil
}

// setVisible shows or hides o.
func setVisible(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}
