package app

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/analysis"
)

// shownLabels returns the texts of the labels of the dialog on top.
func shownLabels(ui *UI) []string {
	var out []string
	for _, o := range test.LaidOutObjects(ui.win.Canvas().Overlays().Top()) {
		if l, ok := o.(*widget.Label); ok && l.Visible() {
			out = append(out, l.Text)
		}
	}
	return out
}

// progressTab shows the dialog's Progress tab.
func progressTab(t *testing.T, ui *UI) {
	t.Helper()
	for _, o := range test.LaidOutObjects(ui.win.Canvas().Overlays().Top()) {
		if tabs, ok := o.(*container.AppTabs); ok {
			tabs.SelectIndex(1)
			return
		}
	}
	t.Fatal("no tabs in the dialog")
}

// analysisUI opens a document of an exact match, a fuzzy one, the exact one again and an unknown
// sentence, the first translated, against a memory of the NTREX pairs.
func analysisUI(t *testing.T) (*UI, []pair) {
	pairs := ntrex(t)
	fuzzy := strings.Replace(pairs[1].FR, "Parlement gallois", "Parlement écossais", 1)
	d := pairDoc(pairs[0].FR, fuzzy, pairs[0].FR, "Une averse de grêle a surpris les vendangeurs.")
	d.Segments[0].Target, d.Segments[0].Status = pairs[0].EN, annotate.StatusTranslated
	return suggestUI(t, d, pairs, nil), pairs
}

// TestAnalysisDialog: Tools › Analysis and statistics… shows the bands with the repetition apart,
// Copy puts them on the clipboard tab-separated for a spreadsheet, and Enter closes the dialog.
func TestAnalysisDialog(t *testing.T) {
	ui, pairs := analysisUI(t)
	ui.analyse()
	if ui.topModal() == nil {
		t.Fatal("no dialog")
	}
	labels := strings.Join(shownLabels(ui), "|")
	progressTab(t, ui)
	labels += "|" + strings.Join(shownLabels(ui), "|")
	words := analysis.Words(pairs[0].FR)
	for _, want := range []string{"Repetitions|1|" + strconv.Itoa(words) + "|", "100%|1|", "No match|1|8|",
		"4 segments, ", "Status|Segments", "Translated|1|" + strconv.Itoa(words) + "|"} {
		if !strings.Contains(labels, want) {
			t.Errorf("the dialog lacks %q: %s", want, labels)
		}
	}
	own, _ := shownButtons(ui)
	if len(own) != 3 || own[0].Text != "Copy" {
		t.Fatalf("buttons %v", own)
	}
	own[0].Tapped(nil)
	clip := ui.app.Clipboard().Content()
	if !strings.Contains(clip, "Repetitions\t1\t"+strconv.Itoa(words)+"\t") || !strings.HasPrefix(clip, "Match\tSegments\tWords\t") {
		t.Errorf("clipboard:\n%s", clip)
	}
	ui.win.Canvas().Focus(own[2])
	pressKey(ui, fyne.KeyReturn)
	if ui.topModal() != nil {
		t.Error("Enter left the dialog open")
	}
}

// TestAnalysisCountsLockedApart: a locked segment (a client's translate="no") is in the Locked band of
// the app's analysis, as in glose-cli analyze's, billed nothing; the copy the analysis runs on kept no
// lock, so the app billed it as new.
func TestAnalysisCountsLockedApart(t *testing.T) {
	ui, _ := analysisUI(t)
	must(t, annotate.NewEditor(ui.doc).SetLocked(ui.doc.Segments[3].ID, true))
	ui.analyse()
	if ui.topModal() == nil {
		t.Fatal("no dialog")
	}
	labels := strings.Join(shownLabels(ui), "|")
	for _, want := range []string{"Locked|1|8|", "No match|0|0|"} {
		if !strings.Contains(labels, want) {
			t.Errorf("the dialog lacks %q: %s", want, labels)
		}
	}
}

// TestAnalysisInFrench: the dialog, the copy and the CSV speak French, with decimal commas that a
// French spreadsheet reads as numbers and semicolons between the CSV's cells.
func TestAnalysisInFrench(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := analysisUI(t)
	ui.analyse()
	labels := strings.Join(shownLabels(ui), "|")
	progressTab(t, ui)
	labels += "|" + strings.Join(shownLabels(ui), "|")
	for _, want := range []string{"Répétitions|1|", "Aucune correspondance|1|8|", "Statut|Segments", "Traduit|1|", "4 segments, "} {
		if !strings.Contains(labels, want) {
			t.Errorf("the dialog lacks %q: %s", want, labels)
		}
	}
	v := &analysisView{ui: ui, r: mustAnalyse(t, ui.doc), name: "d"}
	var b closingBuffer
	if msg := v.writeCSV(&b, "d.csv"); !strings.Contains(msg, "d.csv") {
		t.Errorf("status %q", msg)
	}
	csv := b.String()
	if !strings.HasPrefix(csv, "Correspondance;Segments;Mots;") || !strings.Contains(csv, "Répétitions;1;") {
		t.Errorf("CSV:\n%s", csv)
	}
	for line := range strings.SplitSeq(csv, "\n") {
		if strings.Contains(line, ".") {
			t.Errorf("a decimal point in %q", line)
		}
	}
}

func mustAnalyse(t *testing.T, d *annotate.Document) *analysis.Report {
	t.Helper()
	r, err := analysis.Document(t.Context(), d, analysis.Options{Weights: &analysis.Weights{analysis.Repetition: 33.3}})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

type closingBuffer struct{ bytes.Buffer }

func (*closingBuffer) Close() error { return nil }

// TestStatusSaysHowMuchIsTranslated: opening a document that is partly translated says the share of
// its words done on the status line; a new document says nothing of it.
func TestStatusSaysHowMuchIsTranslated(t *testing.T) {
	ui, _ := analysisUI(t)
	ui.setDocument(ui.doc, "")
	share, _ := translatedShare(ui.doc)
	if want := " · " + wholePercent(share) + " translated"; !strings.HasSuffix(ui.status.Text, want) || share == 0 {
		t.Errorf("status %q, want it to end with %q", ui.status.Text, want)
	}
	fresh := pairDoc("Une phrase.", "Une autre.")
	ui.setDocument(fresh, "")
	if strings.Contains(ui.status.Text, "translated") {
		t.Errorf("a new document's status %q", ui.status.Text)
	}
	// a client's translate="no" unit comes translated, its French copied: it is no part of the job
	locked := pairDoc("Une phrase.", "Une autre.")
	s := locked.Segments[0]
	s.Locked, s.Target, s.Status = true, locked.SourceText(s), annotate.StatusTranslated
	ui.setDocument(locked, "")
	if strings.Contains(ui.status.Text, "translated") {
		t.Errorf("a new job with a locked unit: status %q", ui.status.Text)
	}
}

func TestGroupedNumbers(t *testing.T) {
	if got := grouped(649899) + " " + grouped(1234567) + " " + grouped(999) + " " + decimal(209542.4); got != "649,899 1,234,567 999 209,542.4" {
		t.Errorf("English: %q", got)
	}
	useLanguage(t, "fr")
	if got := grouped(649899) + " " + decimal(209542.4); got != "649\u202f899 209\u202f542,4" {
		t.Errorf("French: %q", got)
	}
}
