package app

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/numerals"
	"github.com/glose-app/glose/suggest"
)

// Segments of numbers only (a table's "23,5", "1 234", "12 %", "2-1", "12/03/2024"): the Proposals
// pane offers their English, numbers localised as QA's numbers check reads them, and Tools › Fill
// number-only segments puts it into every empty one at once, as translation tools do.

// stepFillNumbers is the undo step of filling the number-only segments (one offer inserted is an
// insertion of a suggestion).
const stepFillNumbers = "fill numbers"

// numberOffers is the English of source when it holds only numbers, symbols, codes or addresses,
// offered first; none otherwise.
func numberOffers(source string) []offer {
	en, ok := numerals.NonTranslatable(source)
	if !ok {
		return nil
	}
	return []offer{{Suggestion: suggest.Suggestion{Kind: suggest.KindNumbers, Text: en, Score: 100, Source: source}, whole: true}}
}

// fillNumberOnly puts their English into the empty, unlocked segments of numbers only, as one undo
// step; they become drafts, to be confirmed as any other. The status line says how many.
func (ui *UI) fillNumberOnly() error {
	var filled int
	err := ui.ed.Batch(stepFillNumbers, func() error {
		for _, seg := range ui.doc.Segments {
			if seg.Locked || strings.TrimSpace(seg.Target) != "" {
				continue
			}
			en, ok := numerals.NonTranslatable(ui.doc.SourceText(seg))
			if !ok {
				continue
			}
			if _, err := ui.ed.SetTarget(seg.ID, en); err != nil {
				return err
			}
			if seg.Status == annotate.StatusNew {
				if err := ui.ed.SetStatus(seg.ID, annotate.StatusDraft); err != nil {
					return err
				}
			}
			filled++
		}
		return nil
	})
	if err != nil {
		return err
	}
	if filled == 0 {
		ui.setStatus(lang.L("No empty segment holds numbers only"))
		return nil
	}
	ui.setStatus(lang.N("Filled {{.N}} number-only segments as drafts", filled, map[string]any{"N": filled}))
	return nil
}
