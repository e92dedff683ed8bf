package app

import (
	"strings"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// Pre-translation under the segment filter (segfilter.go). memoQ asks a pre-translation's scope (the
// project, the document, the view...), and a translator who filtered part of a document to fill it
// wants that part filled, not the 300 segments hidden. So under a filter that hides segments without
// English, Tools › Pre-translate asks first, in a dialog saying how many segments without English are
// shown and how many hidden, with the Find and Replace bar's check, "Only the shown segments", on
// (Enter pre-translates those). Without a filter, or when every segment without English is shown, it
// starts at once, as before: the choice would change nothing.

// askPretranslationScope calls run with the segments to pre-translate: those the filter shows, or
// every one (nil), as the user chooses in a dialog when the choice matters; not at all on Cancel.
func (ui *UI) askPretranslationScope(run func(scope []bool)) {
	shown, hidden := ui.withoutEnglish()
	if !ui.list.filtered() || hidden == 0 {
		run(nil)
		return
	}
	only := newFormCheck(lang.L("Only the shown segments"))
	only.SetChecked(true)
	text := lang.N("Every shown segment has its English, but {{.N}} hidden by the filter have none.", hidden, map[string]any{"N": hidden})
	if shown > 0 {
		text = lang.N("{{.N}} segments without English are shown.", shown, map[string]any{"N": shown}) + " " +
			lang.N("{{.N}} more are hidden by the filter.", hidden, map[string]any{"N": hidden})
	}
	c := ui.newConfirm(lang.L("Pre-translation"), lang.L("Pre-translate"), lang.L("Cancel"),
		container.NewVBox(newMessageText(text, false), only), func(yes bool) {
			switch {
			case !yes:
			case only.Checked:
				run(ui.list.shownMarks())
			default:
				run(nil)
			}
		})
	only.enter, only.escape = c.Confirm, c.Dismiss
	ui.present(c, c.Dismiss, c.Confirm)
}

// withoutEnglish counts the segments pre-translation would fill (blank English, some French, not
// locked), among those the filter shows and those it hides.
func (ui *UI) withoutEnglish() (shown, hidden int) {
	for i, seg := range ui.doc.Segments {
		if !fillable(ui.doc, seg) {
			continue
		}
		if ui.list.hidden(i) {
			hidden++
		} else {
			shown++
		}
	}
	return shown, hidden
}

// fillable says whether pre-translation would fill seg, as suggest.Engine.Pretranslate chooses.
func fillable(d *annotate.Document, seg *annotate.Segment) bool {
	return !seg.Locked && strings.TrimSpace(seg.Target) == "" && strings.TrimSpace(d.SourceText(seg)) != ""
}

// outOfScopeNote is what a pre-translation's message adds when it kept to scope: how many segments
// without English it left alone outside it; "" when none or scope is nil.
func outOfScopeNote(d *annotate.Document, scope []bool) string {
	n := 0
	for i, seg := range d.Segments {
		if scope != nil && !scope[i] && fillable(d, seg) {
			n++
		}
	}
	if n == 0 {
		return ""
	}
	return ". " + lang.N("{{.N}} segments without English hidden by the filter were left alone", n, map[string]any{"N": n})
}
