package app

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// annotateOffer is a bar across the top of the window that offers to pre-annotate a document opened
// without any annotation, such as the Glose JSON `glose-cli import` writes, which opened with 0 spans
// and no hint that Tools › Pre-annotate or `glose-cli annotate` existed. It only offers: the
// translator may want the document blank (a text to tag by hand, or to translate only), so nothing
// runs without a click or the shortcut, and the bar takes no focus. It goes once pre-annotation runs
// (which the document records, so that it does not come back), once the document has an annotation
// (the first tag), on Not now, or with the document.
type annotateOffer struct {
	offerBar
	// declined holds the IDs of the documents whose offer Not now took away: opening one again in the
	// session (a reload included) does not bring it back.
	declined map[string]bool
	doc      *annotate.Document // the document it is shown for, nil when hidden
}

func (ui *UI) newAnnotateOffer() *annotateOffer {
	o := &annotateOffer{declined: map[string]bool{}}
	// One line beside the buttons at 1280 units in French, two at 1024: the longer wording took three
	// or four lines, a bar some 75 units high above the segments.
	o.text = newFluidText(lang.L("No annotation yet: pre-annotation proposes names, quotes and speakers."))
	run := ui.newPanelButton(lang.L("Pre-annotate (Ctrl+Shift+D)"), nil, ui.preannotateDocument)
	later := ui.newPanelButton(lang.L("Not now"), nil, func() {
		if o.doc != nil {
			o.declined[o.doc.ID] = true
		}
		o.hide()
		ui.backToText()
	})
	later.Importance = widget.LowImportance
	// The buttons keep their height, centred as the alert bar's is, rather than stretched to the text's.
	o.box = container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), container.NewCenter(container.NewHBox(run, later)), o.text)
	o.box.Hide()
	return o
}

// neverAnnotated reports whether d has text and no annotation at all, nor ever had one: no rejection
// (which records what not to propose again) and no record of a run of pre-annotation
// (Meta.Preannotated, which the app and glose-cli annotate write, even when it found nothing). A
// document pre-annotated whose translator then deleted every suggestion is not offered it again, nor
// is one on which it found nothing, once saved; a file written before Glose recorded runs has no
// record, and one on which a run found nothing is offered again, as before.
func neverAnnotated(d *annotate.Document) bool {
	return len(d.Segments) > 0 && len(d.Spans) == 0 && len(d.Rejected) == 0 && d.Meta.Preannotated == nil
}

// offerFor shows the bar for l.doc, just shown, when it was never annotated and opening it did not
// pre-annotate it (a Glose JSON file is opened as it is; a text is pre-annotated as it opens), unless
// the offer was declined for it in this session (Not now lasts the session: the translator may want
// it another day).
func (o *annotateOffer) offerFor(l *loaded) {
	if l.annotated || l.annotating != nil || !neverAnnotated(l.doc) || o.declined[l.doc.ID] {
		o.hide()
		return
	}
	o.doc = l.doc
	o.setVisible(true)
}

// follow takes the bar away once d, the document shown, has an annotation.
func (o *annotateOffer) follow(d *annotate.Document) {
	if o.doc != nil && (o.doc != d || !neverAnnotated(d)) {
		o.hide()
	}
}

func (o *annotateOffer) hide() {
	o.doc = nil
	o.setVisible(false)
}
