package app

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
	"github.com/glose-app/glose/suggest"
)

// pretranslate fills every untranslated segment from the memory (matches scoring at least the
// settings' threshold) or, failing that, machine translation, off the UI goroutine behind a
// progress dialog, and projects the French annotations onto the English it filled, as typing and
// confirming do: the same sentence gets the same English tags however it arrived. The projection runs
// off the UI goroutine too, on a copy of the document taken at the start with the drafts put in (a
// long document takes some tenths of a second). The drafts and what projection found are applied at
// the end, on the UI goroutine, as one undo step, to the segments still untranslated; they become
// drafts. Cancelling or an error keeps what was done: the drafts made until then are applied the
// same way, and the message says how many segments are left.
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
	ui.askPretranslationScope(ui.pretranslateIn) // under a filter; at once without (pretranslate_scope.go)
}

// pretranslateIn pre-translates the segments scope marks, every one when scope is nil.
func (ui *UI) pretranslateIn(scope []bool) {
	d, eng, opts := ui.doc, ui.sugg.src.eng, suggest.PretranslateOptions{Threshold: ui.sugg.src.set.Threshold}
	segs := suggest.DocumentSegments(d) // with their places, as a segment opened looks it up
	ids := make([]string, len(d.Segments))
	for i, seg := range d.Segments {
		ids[i] = seg.ID
		if scope != nil && !scope[i] {
			segs[i].Locked = true // out of scope: Pretranslate passes it by as it does a locked one
		}
	}
	snap, before := snapshot(d)
	popts := ui.projectOptions()
	st, smart := ui.smartQuotes()
	ui.withProgress(lang.L("Pre-translating…"), func(ctx context.Context, report func(done, total int)) func(bool) {
		opts.Progress = report
		drafts, err := eng.Pretranslate(ctx, segs, opts)
		codes := memoryDraftCodes(ctx, eng.TM, drafts, st, smart) // the units' inline codes (codedrafts.go)
		drafts = draftsInStyle(drafts, st, smart)                 // as smart quotes type them (smartquotes.go)
		perr := projectDrafts(snap, ids, drafts, popts)
		return func(cancelled bool) {
			if d != ui.doc {
				return // another document was opened meanwhile
			}
			var msg string
			var aerr error
			if perr == nil {
				msg, aerr = ui.applyDrafts(ids, drafts, codes, snap, before, scope)
			} else {
				msg, aerr = ui.applyDrafts(ids, drafts, codes, nil, nil, scope)
			}
			if aerr != nil {
				ui.showError(aerr)
				return
			}
			ui.reportPretranslation(msg+outOfScopeNote(d, scope), cancelled, cmp.Or(err, perr))
		}
	})
}

// reportPretranslation says what a pre-translation did and, when it stopped early, why and what it
// left undone, aligned left as the other summaries (its counts keep their words: no-break spaces).
func (ui *UI) reportPretranslation(msg string, cancelled bool, err error) {
	var pe *suggest.PretranslateError
	switch {
	case cancelled && errors.As(err, &pe):
		msg = lang.L("Pre-translation cancelled.") + " " + msg + ".\n" + leftText(pe)
		ui.setStatus(strings.ReplaceAll(msg, "\n", " "))
		ui.showReport(lang.L("Pre-translation"), msg, theme.InfoIcon())
	case err != nil:
		msg = pretranslateErrorText(err) + "\n" + msg + "."
		ui.setStatus(strings.ReplaceAll(msg, "\n", " "))
		ui.showReport(lang.L("Error"), msg, theme.NewErrorThemedResource(theme.ErrorIcon()))
	default:
		ui.setStatus(msg)
		ui.showReport(lang.L("Pre-translation"), sentence(msg), theme.InfoIcon())
	}
}

// projectDrafts puts the drafts into the empty segments of snap and projects the French annotations
// onto them.
func projectDrafts(snap *annotate.Document, ids []string, drafts []suggest.Draft, opts project.Options) error {
	ed := annotate.NewEditor(snap)
	filled := make([]string, 0, len(drafts))
	for _, dr := range drafts {
		seg := snap.Segment(ids[dr.Index])
		if seg == nil || seg.Locked || strings.TrimSpace(seg.Target) != "" {
			continue
		}
		if _, err := ed.SetTarget(seg.ID, annotate.CleanTarget(dr.Text)); err != nil {
			return err
		}
		filled = append(filled, seg.ID)
	}
	_, err := project.Segments(ed, filled, opts)
	return err
}

// applyDrafts puts the drafts into the segments (ids by the drafts' Index) that are still
// untranslated, with the inline codes of their memory units (codes, see placeDraftCodes) and, with
// snap, the annotations projected onto them there (see addProposals), as one undo step, and returns a
// message saying how many segments came from where (exact and fuzzy memory matches apart), how many
// got English annotations and how many their codes.
func (ui *UI) applyDrafts(ids []string, drafts []suggest.Draft, codes map[int]draftCodes, snap *annotate.Document, before map[string]bool, scope []bool) (string, error) {
	var exact, fuzzy, fromMT, coded int
	var filled []string
	err := ui.ed.Batch("pre-translate", func() error {
		for _, dr := range drafts {
			seg := ui.doc.Segment(ids[dr.Index])
			if seg == nil || seg.Locked || strings.TrimSpace(seg.Target) != "" { // locked meanwhile: left as it is
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
			filled = append(filled, seg.ID)
			if placed, err := ui.placeDraftCodes(seg, dr, codes); err != nil {
				return err
			} else if placed {
				coded++
			}
			switch {
			case dr.Kind != suggest.KindTM:
				fromMT++
			case dr.Score >= 100:
				exact++
			default:
				fuzzy++
			}
		}
		if snap == nil {
			return nil
		}
		_, _, err := ui.addProposals("pre-translate", snap, before)
		return err
	})
	if err != nil {
		return "", err
	}
	annotated, fromTM := 0, exact+fuzzy
	for _, id := range filled {
		if len(ui.doc.TargetSpans(id)) > 0 {
			annotated++
		}
	}
	if fromTM+fromMT == 0 && len(drafts) == 0 {
		return ui.nothingPretranslated(scope), nil
	}
	msg := lang.N("Pre-translated {{.N}} segments: {{.TM}} from the memory ({{.Exact}} exact, {{.Fuzzy}} fuzzy), {{.MT}} by machine translation",
		fromTM+fromMT, map[string]any{"N": fromTM + fromMT, "TM": fromTM, "Exact": exact, "Fuzzy": fuzzy, "MT": fromMT})
	if fromTM+fromMT > 0 {
		msg += ". " + lang.N("{{.N}} of them got annotations projected onto the English", annotated, map[string]any{"N": annotated})
	}
	if coded > 0 {
		msg += ". " + lang.N("{{.N}} of them got their inline codes from the memory", coded, map[string]any{"N": coded})
	}
	return msg, nil
}

// nothingPretranslated says why a pre-translation that ran to its end filled no segment of scope
// (nil: the document): none was left untranslated, or the memory held no match good enough and
// machine translation is not set up (or gave nothing), rather than "0 segments pre-translated".
func (ui *UI) nothingPretranslated(scope []bool) string {
	untranslated := 0
	for i, seg := range ui.doc.Segments {
		if strings.TrimSpace(seg.Target) == "" && (scope == nil || scope[i]) {
			untranslated++
		}
	}
	switch {
	case untranslated == 0 && scope != nil:
		return lang.L("Every shown segment already has its English: nothing to pre-translate there")
	case untranslated == 0:
		return lang.L("Every segment already has its English: nothing to pre-translate")
	}
	args := map[string]any{"N": untranslated, "Threshold": fmt.Sprintf("%.0f", ui.sugg.threshold())}
	if ui.sugg.src != nil && ui.sugg.src.eng.MT == nil {
		return lang.N("No segment pre-translated: the memory has no match of {{.Threshold}}% or more for the {{.N}} untranslated segments, and machine translation is not set up (Tools › Settings)", untranslated, args)
	}
	return lang.N("No segment pre-translated: neither the memory (matches of {{.Threshold}}% or more) nor machine translation gave anything for the {{.N}} untranslated segments", untranslated, args)
}

// threshold is the lowest memory score pre-translation uses, in percent (suggest's default when unset).
func (p *suggestionsPanel) threshold() float64 {
	if p.src == nil || p.src.set.Threshold <= 0 {
		return 75
	}
	return p.src.set.Threshold
}

// withProgress shows title with a progress bar and a Cancel button, runs work on a goroutine with
// a context the button (or ui.cancelProgress) cancels and a report function feeding the bar, and
// runs the function work returns on the UI goroutine, telling it whether the user cancelled: work
// done before cancelling is the user's to keep. With Options.Sync everything runs on the caller's
// goroutine.
func (ui *UI) withProgress(title string, work func(ctx context.Context, report func(done, total int)) func(cancelled bool)) {
	work = caughtWithProgress(ui, jobName(title), work)
	ctx, cancel := context.WithCancel(context.Background())
	ui.cancelProgress = cancel
	if ui.opts.Sync {
		apply := work(ctx, func(int, int) {})
		apply(ctx.Err() != nil)
		cancel()
		return
	}
	bar := widget.NewProgressBar()
	bar.TextFormatter = func() string { return percent(bar.Value) }
	label := widget.NewLabel(title)
	d := ui.newCloseDialog(title, lang.L("Cancel"), container.NewVBox(label, bar))
	d.SetOnClosed(cancel)
	d.Resize(fyne.NewSize(420, 0))
	ui.present(d, d.Hide, nil) // Escape cancels
	report := func(done, total int) {
		ui.do(func() {
			if total > 0 {
				bar.SetValue(float64(done) / float64(total))
			}
			label.SetText(lang.N("{{.Done}} of {{.Total}} segments", total, map[string]any{"Done": done, "Total": total}))
		})
	}
	go func() {
		apply := work(ctx, report)
		ui.do(func() {
			cancelled := ctx.Err() != nil // read before Hide, which cancels
			d.Hide()
			apply(cancelled)
		})
	}()
}

// percent writes a fraction (0–1) as a percentage the way the interface's language does: "80%",
// "80 %" in French.
func percent(v float64) string {
	return lang.L("{{.Percent}}%", map[string]any{"Percent": fmt.Sprintf("%.0f", v*100)})
}
