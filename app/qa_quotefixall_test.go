package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
)

// TestQuoteStyleFixAll: Fix all, under an opened quotation style issue, puts the marks of every
// flagged segment in style as one undo step, the spans after the marks and over them moving with
// their text, a reviewed segment becoming translated; the status line says in how many segments
// (in French too), and the check finds nothing left. One Undo gives everything back.
func TestQuoteStyleFixAll(t *testing.T) {
	useLanguage(t, "fr")
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	before := []string{`Lavrov said: "It's free" 😀 to Zoe` + "\u0301.", "Trump’s “deal”.", `The '90s "boom".`}
	for i, s := range before {
		setTarget(t, ui, i, s)
	}
	seg0, seg2 := d.Segments[0], d.Segments[2]
	at := strings.Index(before[0], "Zoe")
	zoe := &annotate.Span{Side: annotate.Target, Segment: seg0.ID, Start: at, End: at + len("Zoe\u0301"), Label: annotate.LabelPER}
	q := strings.Index(before[0], `"`)
	quote := &annotate.Span{Side: annotate.Target, Segment: seg0.ID, Start: q, End: q + len(`"It's free"`), Label: annotate.LabelQuote}
	must(t, ui.ed.AddSpan(zoe))
	must(t, ui.ed.AddSpan(quote))
	must(t, ui.ed.SetStatus(seg2.ID, annotate.StatusReviewed))
	_, _ = openQuoteStyle(t, ui, 0)
	all := ui.qa.quoteFixAllButton()
	if all == nil || !all.Visible() || all.Text != "Tout corriger (2)" {
		t.Fatalf("Fix all button %+v", all)
	}
	all.OnTapped()
	want := []string{"Lavrov said: “It’s free” 😀 to Zoe\u0301.", "Trump’s “deal”.", "The ’90s “boom”."}
	for i, w := range want {
		if got := d.Segments[i].Target; got != w {
			t.Errorf("segment %d: %q, want %q", i+1, got, w)
		}
	}
	if d.SpanText(zoe) != "Zoe\u0301" || d.SpanText(quote) != "“It’s free”" {
		t.Errorf("spans read %q and %q", d.SpanText(zoe), d.SpanText(quote))
	}
	if seg2.Status != annotate.StatusTranslated {
		t.Errorf("the reviewed segment is %s", seg2.Status)
	}
	if got := ui.status.Text; got != "Guillemets mis au style choisi dans 2 segments" {
		t.Errorf("status %q", got)
	}
	if k := issueRow(ui.qa, qa.QuotationStyle, seg0.ID); k >= 0 || all.Visible() {
		t.Errorf("still flagged (%d) or the button still shows", k)
	}
	ui.undoStep()
	for i, b := range before {
		if got := d.Segments[i].Target; got != b {
			t.Errorf("undo: segment %d is %q", i+1, got)
		}
	}
	if d.SpanText(zoe) != "Zoe\u0301" || d.SpanText(quote) != `"It's free"` || seg2.Status != annotate.StatusReviewed {
		t.Errorf("undo: spans %q %q, status %s", d.SpanText(zoe), d.SpanText(quote), seg2.Status)
	}
}

// TestQuoteStyleFixAllInLargeDocument puts the marks of 20,000 segments of a 4 MB document in style,
// logging the times of the checks, of Fix all and of Undo (no timed assertion: the machine's load
// varies); every segment is fixed, the spans after the marks move.
func TestQuoteStyleFixAllInLargeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("large document")
	}
	d := largeTranslatedDoc(t)
	for i, seg := range d.Segments {
		seg.Target = fmt.Sprintf(`Sentence %d: "the minister's deal was still possible", said Sergei Lavrov in the '90s.`, i+1)
	}
	ed := annotate.NewEditor(d)
	last := d.Segments[len(d.Segments)-1]
	at := strings.Index(last.Target, "Sergei")
	sp := &annotate.Span{Side: annotate.Target, Segment: last.ID, Start: at, End: at + len("Sergei Lavrov"), Label: annotate.LabelPER}
	must(t, ed.AddSpan(sp))
	ui, _ := newTestUI(t, d, false)
	// Without a memory: tests write it on the calling goroutine (Options.Sync), the app in the
	// background, so that the times logged would be the memory's 20,000 writes, not the UI's work
	// (BenchmarkUndoReplaceAll measures the memory's).
	s := ui.sugg.settings()
	s.TMPath = ""
	ui.applySettings(s)
	start := time.Now()
	_, _ = openQuoteStyle(t, ui, 0)
	t.Logf("%.1f MB, %d segments: checks and opening an issue: %v", float64(len(d.Text))/1e6, len(d.Segments), time.Since(start))
	start = time.Now()
	ui.qa.quoteFixAllButton().OnTapped()
	t.Logf("Fix all: %v (%s)", time.Since(start), ui.status.Text)
	if w := "Quotation marks put in style in 20000 segments"; ui.status.Text != w {
		t.Errorf("status %q, want %q", ui.status.Text, w)
	}
	if got := d.SpanText(sp); got != "Sergei Lavrov" {
		t.Errorf("the span reads %q", got)
	}
	start = time.Now()
	ui.undoStep()
	t.Logf("Undo: %v", time.Since(start))
	if got := d.Segments[7].Target; !strings.Contains(got, `"the minister's`) {
		t.Errorf("after Undo: %q", got)
	}
}

// BenchmarkQuoteFixAll4MB: Fix all on the QA's 4 MB article whose every segment holds the French as
// machine translation might give it back, with straight marks (some 12,000 segments flagged). In the
// test driver the memory's update and the checks' next run are timed with it; the app runs them off
// the UI goroutine.
func BenchmarkQuoteFixAll4MB(b *testing.B) {
	ui := wikinewsUI(b)
	straight := strings.NewReplacer("« ", `"`, " »", `"`, "’", "'")
	for b.Loop() {
		b.StopTimer()
		for _, seg := range ui.doc.Segments {
			seg.Target, seg.Status = straight.Replace(ui.doc.SourceText(seg)), annotate.StatusTranslated
		}
		ui.refreshAll()
		ui.showQA()
		k := -1
		for j, is := range ui.qa.issues {
			if is.Check == qa.QuotationStyle {
				k = j
				break
			}
		}
		if k < 0 {
			b.Fatal("no quotation style issue")
		}
		ui.qa.list.Select(ui.qa.rowOf(k))
		b.StartTimer()
		ui.qa.quoteFixAllButton().OnTapped()
	}
	b.Log(ui.status.Text)
}
