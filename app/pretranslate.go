package app

import (
	"context"
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest"
)

// pretranslate fills every untranslated segment from the memory (matches scoring at least the
// settings' threshold) or, failing that, machine translation, off the UI goroutine behind a
// progress dialog. The drafts are applied at the end, on the UI goroutine, as one undo step, to the
// segments still untranslated; they become drafts.
func (ui *UI) pretranslate() {
	p := ui.sugg
	if p.src == nil || (p.src.eng.TM == nil && p.src.eng.MT == nil) {
		err := p.unavailable()
		if err == nil {
			err = errors.New(lang.L("Pre-translation needs the translation memory or machine translation"))
		}
		ui.showError(err)
		return
	}
	d, eng, opts := ui.doc, p.src.eng, suggest.PretranslateOptions{Threshold: p.src.set.Threshold}
	segs := make([]suggest.SegmentText, len(d.Segments))
	ids := make([]string, len(d.Segments))
	for i, seg := range d.Segments {
		segs[i], ids[i] = suggest.SegmentText{Source: d.SourceText(seg), Target: seg.Target}, seg.ID
	}
	ui.withProgress(lang.L("Pre-translating…"), func(ctx context.Context, report func(done, total int)) func() {
		opts.Progress = report
		drafts, err := eng.Pretranslate(ctx, segs, opts)
		return func() {
			if d != ui.doc {
				return // another document was opened meanwhile
			}
			ui.applyDrafts(ids, drafts)
			ui.showError(err)
		}
	})
}

// applyDrafts puts the drafts into the segments (ids by the drafts' Index) that are still
// untranslated, as one undo step, and says how many came from where.
func (ui *UI) applyDrafts(ids []string, drafts []suggest.Draft) {
	var fromTM, fromMT int
	err := ui.ed.Batch("pre-translate", func() error {
		for _, dr := range drafts {
			seg := ui.doc.Segment(ids[dr.Index])
			if seg == nil || strings.TrimSpace(seg.Target) != "" {
				continue
			}
			if _, err := ui.ed.SetTarget(seg.ID, annotate.CleanTarget(dr.Text)); err != nil {
				return err
			}
			if seg.Status == annotate.StatusNew {
				if err := ui.ed.SetStatus(seg.ID, annotate.StatusDraft); err != nil {
					return err
				}
			}
			if dr.Kind == suggest.KindTM {
				fromTM++
			} else {
				fromMT++
			}
		}
		return nil
	})
	if err != nil {
		ui.showError(err)
		return
	}
	ui.setStatus(lang.N("Pre-translated {{.N}} segments: {{.TM}} from the memory, {{.MT}} by machine translation",
		fromTM+fromMT, map[string]any{"N": fromTM + fromMT, "TM": fromTM, "MT": fromMT}))
}

// withProgress shows title with a progress bar and a Cancel button, runs work on a goroutine with
// a context the button cancels and a report function feeding the bar, and runs the function work
// returns on the UI goroutine unless the user cancelled. With Options.Sync everything runs on the caller's goroutine.
func (ui *UI) withProgress(title string, work func(ctx context.Context, report func(done, total int)) func()) {
	if ui.opts.Sync {
		work(context.Background(), func(int, int) {})()
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	label := widget.NewLabel(title)
	d := dialog.NewCustom(title, lang.L("Cancel"), container.NewVBox(label, bar), ui.win)
	d.SetOnClosed(cancel)
	d.Resize(fyne.NewSize(420, 0))
	ui.present(d, d.Hide, nil) // Escape cancels
	report := func(done, total int) {
		fyne.Do(func() {
			if total > 0 {
				bar.SetValue(float64(done) / float64(total))
			}
			label.SetText(lang.N("{{.Done}} of {{.Total}} segments", total, map[string]any{"Done": done, "Total": total}))
		})
	}
	go func() {
		apply := work(ctx, report)
		fyne.Do(func() {
			cancelled := ctx.Err() != nil // read before Hide, which cancels
			d.Hide()
			if cancelled {
				ui.setStatus(lang.L("Cancelled"))
				return
			}
			apply()
		})
	}()
}
