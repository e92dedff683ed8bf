package app

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
)

// nameRange shrinks [a, b) of s, a selection to tag as a name, to the words inside the quotation
// marks enclosing it whole, and the spaces inside them: « déclaration de Rome » selected whole (the
// range of a quotation just rejected, a drag one character too wide) names déclaration de Rome, as
// every name of the Wikinews gold data reads (none of its 16,037 holds a mark), where the export
// taught a recogniser that names begin with «. A mark that does not enclose the whole selection
// stays: “Grand Paris” tagged with a mark left out is the person's choice to see.
func nameRange(s string, a, b int) (int, int) {
	for a < b {
		first, n := utf8.DecodeRuneInString(s[a:b])
		last, m := utf8.DecodeLastRuneInString(s[a:b])
		if b-a <= n+m || !strings.ContainsRune("«“„‹\"‘", first) || !strings.ContainsRune("»”›\"’“", last) {
			break
		}
		na, nb := trimRange(s, a+n, b-m)
		if na >= nb {
			break
		}
		a, b = na, nb
	}
	return a, b
}

// asName narrows sp, a selection about to be tagged with label, to the name inside enclosing
// quotation marks when label is an entity's (see nameRange); a quotation keeps its marks.
func (ui *UI) asName(sp *annotate.Span, label string) {
	if !annotate.IsEntityLabel(label) {
		return
	}
	text := ui.doc.SpanText(sp)
	a, b := nameRange(text, 0, len(text))
	sp.Start, sp.End = sp.Start+a, sp.Start+b
}

// quotationRange widens [a, b) of s, a selection to tag as a quotation, to the quotation marks
// around it, spaces aside, when it holds one mark and the other is just outside (a drag started after
// the «: QUOTE "payer les conséquences »") or neither and both are (the words between « and »), as
// quotations are tagged with their marks. A part of a quotation cut by an incise («…, a-t-il dit, …»)
// has a comma, not a mark, beside its open end, and stays as selected.
func quotationRange(s string, a, b int) (int, int) {
	a, b = outsideMarks(s, a, b)
	opens, closes := opensQuotation(s[a:b]), closesQuotation(s[a:b])
	pa, pb := a, b
	for pa > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:pa])
		if !unicode.IsSpace(r) {
			break
		}
		pa -= n
	}
	for pb < len(s) {
		r, n := utf8.DecodeRuneInString(s[pb:])
		if !unicode.IsSpace(r) {
			break
		}
		pb += n
	}
	before, bn := utf8.DecodeLastRuneInString(s[:pa])
	after, an := utf8.DecodeRuneInString(s[pb:])
	openBefore := pa > 0 && opensQuotation(string(before))
	closeAfter := pb < len(s) && closesQuotation(string(after))
	switch {
	case !opens && closes && openBefore:
		a = pa - bn
	case opens && !closes && closeAfter:
		b = pb + an
	case !opens && !closes && openBefore && closeAfter:
		a, b = pa-bn, pb+an
	}
	return a, b
}

// outsideMarks narrows [a, b) of s to leave out the sentence's punctuation a drag took beyond the
// quotation's marks: the full stop after the » ("l'eau »." tagged with it, and the « left out for it
// no longer being one mark short), the colon before the «.
func outsideMarks(s string, a, b int) (int, int) {
	sentence := func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(".,;:!?…", r) }
	if t := strings.TrimRightFunc(s[a:b], sentence); t != "" && len(t) < b-a && closesQuotation(t) {
		b = a + len(t)
	}
	if t := strings.TrimLeftFunc(s[a:b], sentence); t != "" && len(t) < b-a && opensQuotation(t) {
		a = b - len(t)
	}
	return a, b
}

// asQuotation widens sp, a selection about to be tagged with label, to its quotation marks when label
// is the quotation's (see quotationRange).
func (ui *UI) asQuotation(sp *annotate.Span, label string) {
	if label != annotate.LabelQuote {
		return
	}
	text := ui.doc.Text
	if sp.Side == annotate.Target {
		seg := ui.doc.Segment(sp.Segment)
		if seg == nil {
			return
		}
		text = seg.Target
	}
	sp.Start, sp.End = quotationRange(text, sp.Start, sp.End)
}
