package app

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/language"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/analysis"
)

// Tools › Analysis and statistics… counts what the open document asks of a translator, as memoQ's
// Statistics and Trados's Analyze Files do: words and characters by match band of the translation
// memory, repetitions, the weighted words to bill and the progress by status (package analysis).
// It runs off the UI goroutine with a progress bar, on a copy of the segments.

func (ui *UI) analysisAction() *action {
	return &action{name: lang.L("Analysis and statistics…"), run: ui.analyse}
}

// analyse analyses the open document in the background, then shows the result.
func (ui *UI) analyse() {
	d := segmentsOnly(ui.doc)
	opts := analysis.Options{SourceLang: d.SourceLang, TargetLang: d.TargetLang}
	if p := ui.sugg; p.src != nil && p.src.eng.TM != nil {
		opts.Memory, opts.SourceLang, opts.TargetLang = p.src.eng.TM, p.src.eng.SourceLang, p.src.eng.TargetLang
	}
	ui.withProgress(lang.L("Analysing…"), func(ctx context.Context, report func(done, total int)) func(bool) {
		opts.Progress = report
		r, err := analysis.Document(ctx, d, opts)
		return func(cancelled bool) {
			switch {
			case cancelled:
				ui.setStatus(lang.L("Analysis cancelled"))
			case err != nil:
				ui.showError(failed(lang.L("Could not analyse the document."), err))
			default:
				ui.showAnalysisDialog(r, d.ID)
			}
		}
	})
}

// segmentsOnly copies what an analysis reads of d (its text, segments, their statuses and locks), which
// the user may edit while it runs.
func segmentsOnly(d *annotate.Document) *annotate.Document {
	c := &annotate.Document{ID: d.ID, SourceLang: d.SourceLang, TargetLang: d.TargetLang, Text: d.Text,
		Segments: make([]*annotate.Segment, len(d.Segments))}
	for i, s := range d.Segments {
		c.Segments[i] = &annotate.Segment{ID: s.ID, Start: s.Start, End: s.End, Status: s.Status, Locked: s.Locked}
	}
	return c
}

// translatedShare returns the share of d's words in segments translated or reviewed, as the
// analysis counts them (Report.Translated: locked segments, not to translate, aside); ok is false
// when none is, so that a new document's status says nothing, also one whose client locked units.
func translatedShare(d *annotate.Document) (share float64, ok bool) {
	return wordShare(d, annotate.Status.Done)
}

// reviewedShare is translatedShare for the segments reviewed: a reviewer opening a file again, or
// the translator taking it back, sees how far the review went.
func reviewedShare(d *annotate.Document) (share float64, ok bool) {
	return wordShare(d, func(s annotate.Status) bool { return s == annotate.StatusReviewed })
}

// wordShare returns the share of d's words, locked segments aside, in segments whose status is
// counted; ok is false when none is.
func wordShare(d *annotate.Document, counted func(annotate.Status) bool) (share float64, ok bool) {
	var done, all int
	for _, s := range d.Segments {
		if s.Locked {
			continue
		}
		n := analysis.Words(d.SourceText(s))
		all += n
		if counted(s.Status) {
			done, ok = done+n, true
		}
	}
	if all == 0 {
		return 0, false
	}
	return float64(done) / float64(all), ok
}

// analysisView is the dialog showing an analysis.
type analysisView struct {
	ui     *UI
	r      *analysis.Report
	name   string // the document's ID, for the CSV file's name
	dialog *dialog.CustomDialog
}

// showAnalysisDialog shows r with Copy, Export CSV… and Close (Enter and Escape close it).
func (ui *UI) showAnalysisDialog(r *analysis.Report, name string) *analysisView {
	v := &analysisView{ui: ui, r: r, name: name}
	copyB := ui.newDialogButton(lang.L("Copy"), theme.ContentCopyIcon(), v.copyTable)
	csvB := ui.newDialogButton(lang.L("Export CSV…"), theme.DocumentSaveIcon(), v.exportCSV)
	closeB := ui.newDialogButton(lang.L("Close"), nil, func() { v.dialog.Hide() })
	closeB.Importance = widget.HighImportance
	v.dialog = ui.newDialog(lang.L("Analysis and statistics"), fitDialogContent(ui.win, v.content()), copyB, csvB, closeB)
	ui.present(v.dialog, v.dialog.Hide, v.dialog.Hide)
	return v
}

// content is the summary, then the table of match bands and the table of progress.
func (v *analysisView) content() fyne.CanvasObject {
	r := v.r
	t := r.Total
	summary := lang.N("{{.N}} segments", t.Segments, map[string]any{"N": grouped(t.Segments)}) + ", " +
		lang.N("{{.N}} words", t.Words, map[string]any{"N": grouped(t.Words)}) + ", " +
		lang.N("{{.N}} characters ({{.NoSpace}} without spaces)", t.Characters, map[string]any{"N": grouped(t.Characters), "NoSpace": grouped(t.CharsNoSpace)})
	billed := lang.L("Weighted words: {{.N}}", map[string]any{"N": decimal(r.Weighted)}) + " · " +
		lang.L("{{.Percent}} of the words translated or reviewed", map[string]any{"Percent": wholePercent(r.Translated())})
	objs := []fyne.CanvasObject{widget.NewLabel(summary), widget.NewLabel(billed)}
	if !r.Memory {
		note := widget.NewLabel(lang.L("No translation memory: every segment counts as new or as a repetition."))
		note.Wrapping = fyne.TextWrapWord
		objs = append(objs, note)
	}
	bands := [][]string{{lang.L("Match"), lang.L("Segments"), lang.L("Words"), lang.L("Characters"), lang.L("Percent"), lang.L("Weight"), lang.L("Weighted words")}}
	for b := range analysis.NumBands {
		c := r.Bands[b]
		bands = append(bands, []string{analysisLabel(analysis.Labels[b]), grouped(c.Segments), grouped(c.Words),
			grouped(c.Characters), share(c.Words, t.Words), percent(r.Weights[b] / 100), decimal(r.Weights[b] * float64(c.Words) / 100)})
	}
	bands = append(bands, []string{lang.L("Total"), grouped(t.Segments), grouped(t.Words),
		grouped(t.Characters), share(t.Words, t.Words), "", decimal(r.Weighted)})
	status := [][]string{{lang.L("Status"), lang.L("Segments"), lang.L("Words"), lang.L("Characters"), lang.L("Percent")}}
	for _, st := range annotate.Statuses {
		c := r.Status[st]
		status = append(status, []string{capitalise(statusName(st)), grouped(c.Segments), grouped(c.Words),
			grouped(c.Characters), share(c.Words, t.Words)})
	}
	status = append(status, []string{lang.L("Total"), grouped(t.Segments), grouped(t.Words),
		grouped(t.Characters), share(t.Words, t.Words)})
	// two tabs rather than one table under the other, which outgrew a window 800 pixels high; each
	// table scrolls sideways on its own where the window is narrower (the French one is 700 units
	// wide), the lines above it staying in view
	win := v.ui.win
	tabs := container.NewAppTabs(container.NewTabItem(lang.L("Matches"), fitDialogContent(win, newCellTable(bands))),
		container.NewTabItem(lang.L("Progress"), fitDialogContent(win, newCellTable(status))))
	return container.NewVBox(append(objs, tabs)...)
}

// wholePercent writes a share as analysis.WholePercent rounds it: 99.6 % translated is not 100 %.
func wholePercent(v float64) string { return percent(float64(analysis.WholePercent(v)) / 100) }

// share writes n of total as a whole percentage, as the interface's language writes it.
func share(n, total int) string {
	if total == 0 {
		return percent(0)
	}
	return wholePercent(float64(n) / float64(total))
}

// decimal writes f with at most one decimal, its thousands grouped, with a decimal comma in French.
func decimal(f float64) string {
	s := strings.TrimSuffix(strconv.FormatFloat(f, 'f', 1, 64), ".0")
	whole, frac, ok := strings.Cut(s, ".")
	n, _ := strconv.Atoi(whole)
	s = grouped(n)
	if ok {
		sep := "."
		if interfaceLanguage() == language.French {
			sep = ","
		}
		s += sep + frac
	}
	return s
}

// grouped writes n with its thousands grouped as the interface's language does: "649,899", and
// in French "649 899" with a narrow no-break space.
func grouped(n int) string {
	s := strconv.Itoa(n)
	sep := ","
	if interfaceLanguage() == language.French {
		sep = "\u202f"
	}
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + sep + s[i:]
	}
	return s
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// tables writes the analysis as a spreadsheet reads it: sep between cells, and in French decimal
// commas (a French spreadsheet reads "12.5" as text).
func (v *analysisView) tables(sep rune) string {
	var b bytes.Buffer
	fr := interfaceLanguage() == language.French
	_ = v.r.WriteTables(&b, sep, analysisLabel)
	if !fr {
		return b.String()
	}
	return frenchDecimals(b.String(), sep)
}

// analysisLabel translates the English names of package analysis's bands, statuses and columns.
func analysisLabel(s string) string {
	for st, l := range analysis.StatusLabels {
		if l == s {
			return capitalise(statusName(st))
		}
	}
	switch s {
	case "Locked":
		return lang.L("Locked")
	case "Context match (101%)":
		return lang.L("Context match (101%)")
	case "Repetitions":
		return lang.L("Repetitions")
	case "100%":
		return lang.L("100%")
	case "95–99%":
		return lang.L("95–99%")
	case "85–94%":
		return lang.L("85–94%")
	case "75–84%":
		return lang.L("75–84%")
	case "50–74%":
		return lang.L("50–74%")
	case "No match":
		return lang.L("No match")
	case "Total":
		return lang.L("Total")
	}
	return columnLabel(s)
}

// columnLabel translates the English names of package analysis's columns.
func columnLabel(s string) string {
	switch s {
	case "Match":
		return lang.L("Match")
	case "Status":
		return lang.L("Status")
	case "Segments":
		return lang.L("Segments")
	case "Words":
		return lang.L("Words")
	case "Characters":
		return lang.L("Characters")
	case "Characters without spaces":
		return lang.L("Characters without spaces")
	case "Percent":
		return lang.L("Percent")
	case "Weight":
		return lang.L("Weight")
	case "Weighted words":
		return lang.L("Weighted words")
	}
	return s
}

// frenchDecimals writes the decimal points of the numbers of a table as commas.
func frenchDecimals(table string, sep rune) string {
	lines := strings.Split(table, "\n")
	for i, line := range lines {
		cells := strings.Split(line, string(sep))
		for k, c := range cells {
			if _, err := strconv.ParseFloat(c, 64); err == nil {
				cells[k] = strings.Replace(c, ".", ",", 1)
			}
		}
		lines[i] = strings.Join(cells, string(sep))
	}
	return strings.Join(lines, "\n")
}

// copyTable puts the tables on the clipboard, tab-separated, for a spreadsheet.
func (v *analysisView) copyTable() {
	v.ui.app.Clipboard().SetContent(v.tables('\t'))
	v.ui.setStatus(lang.L("Analysis copied: paste it into a spreadsheet"))
}

// csvSeparator is the separator of a CSV file that a spreadsheet in the interface's language
// opens: a semicolon in French, where the comma is the decimal separator.
func csvSeparator() rune {
	if interfaceLanguage() == language.French {
		return ';'
	}
	return ','
}

// exportCSV asks where to write the tables as CSV.
func (v *analysisView) exportCSV() {
	ui := v.ui
	d := ui.newFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			ui.showError(err)
			return
		}
		ui.setStatus(v.writeCSV(w, w.URI().Path()))
	})
	d.SetFileName(v.name + "-analysis.csv")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv"}))
	ui.showSaveDialog(d, fileDialogTitle(lang.L("Export CSV…")), "")
}

// writeCSV writes the tables to w, closes it and returns what to say on the status line.
func (v *analysisView) writeCSV(w interface {
	Write([]byte) (int, error)
	Close() error
}, name string) string {
	_, err := fmt.Fprint(w, v.tables(csvSeparator()))
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		v.ui.showError(failed(lang.L("Could not write {{.Name}}.", map[string]any{"Name": quoteName(name)}), err))
		return ""
	}
	return lang.L("Analysis exported to {{.Name}}", map[string]any{"Name": name})
}
