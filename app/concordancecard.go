package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/app/textview"
)

// concordanceHit is one card of the Concordance dialog: where a hit comes from, its two texts with
// the phrase marked, in views the user may select in, and Copy and Insert. Cards outlive a search:
// the next one shows its hits in the same cards, as a list reuses its rows, since making 50 cards
// (their labels, buttons and views, each added to a laid-out box) took the UI goroutine 80–90 ms.
type concordanceHit struct {
	glossary         bool
	origin           string
	head             *widget.Label
	src, tgt         *textview.TextView
	insert, copyText *dialogButton
	del              *dialogButton // Delete from the memory…, on the memory's hits only
	box              *fyne.Container
}

// card returns card n of the dialog, shown, made when the searches so far needed fewer.
func (v *concordanceView) card(n int) *concordanceHit {
	if n < len(v.pool) {
		v.pool[n].box.Show()
		return v.pool[n]
	}
	h := &concordanceHit{src: textview.New(), tgt: textview.New()}
	width := v.cards.Size().Width // until the box is laid out
	fit := func(tv *textview.TextView) fyne.CanvasObject { return newBox(&fitHeight{tv: tv, width: width}, tv) }
	h.head = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.head.Truncation = fyne.TextTruncateEllipsis
	h.insert = v.ui.newDialogButton(lang.L("Insert"), theme.ContentPasteIcon(), func() { v.insertHit(h) })
	h.copyText = v.ui.newDialogButton(lang.L("Copy"), theme.ContentCopyIcon(), func() { v.copyHit(h) })
	h.del = v.ui.newDialogButton(lang.L("Delete…"), theme.DeleteIcon(), func() { v.deleteHit(h) })
	h.insert.Importance, h.copyText.Importance, h.del.Importance = widget.LowImportance, widget.LowImportance, widget.LowImportance
	for _, b := range []*dialogButton{h.del, h.copyText, h.insert} {
		b.keys = onDelete(func() { v.deleteHit(h) }, v.hitKeys(h))
	}
	h.box = container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(h.copyText, h.insert, h.del), h.head),
		fit(h.src), fit(h.tgt), widget.NewSeparator())
	v.pool = append(v.pool, h)
	v.cards.Objects = append(v.cards.Objects, h.box) // laid out once, by show's Refresh
	return h
}

// set shows a hit in the card: where it comes from (the memory or the glossary, and its origin), its
// French and English with the phrase marked.
func (h *concordanceHit) set(glossary bool, origin, source, target string, inSource, inTarget [][2]int) {
	h.glossary, h.origin = glossary, origin
	if h.del.Hidden != glossary { // the glossary's entries are deleted in Tools › Glossary…
		h.del.Hidden = glossary
		h.del.Refresh()
	}
	title := lang.L("Translation memory")
	if glossary {
		title = lang.L("Glossary")
	}
	if origin != "" {
		title += " · " + origin
	}
	if h.head.Text != title { // most are the same: shaping a label's text again is not free
		h.head.SetText(title)
	}
	h.src.Set(source, concordanceMarks(inSource))
	h.tgt.Set(target, concordanceMarks(inTarget))
}

// concordanceMarks highlights the phrase at the byte ranges rs.
func concordanceMarks(rs [][2]int) []textview.Highlight {
	hs := make([]textview.Highlight, len(rs))
	for i, r := range rs {
		hs[i] = textview.Highlight{Start: r[0], End: r[1], Color: concordanceColor(), Style: textview.Solid}
	}
	return hs
}

// concordanceColor marks the phrase in the hits: the theme's primary colour's tint, as a found
// word is in Find.
func concordanceColor() color.Color { return theme.Color(theme.ColorNamePrimary) }
