package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// wrongBoundsDoc is sampleText pre-annotated with wrong bounds, as the recogniser makes them: PER
// "Sergueï" (mention of an entity of that name, the quote's speaker) and PER "Lavrov" for the one
// name, and a QUOTE taking in the cue "déclaré : " before the « … ».
func wrongBoundsDoc(t *testing.T) (d *annotate.Document, quote, first, second *annotate.Span) {
	t.Helper()
	d = annotate.NewDocument("wrong", "Wrong", sampleText, "fr", "en")
	first0 := strings.Index(sampleText, "Donald")
	para := strings.Index(sampleText, "Le ministre")
	d.AddSegment(0, first0-1, 0, annotate.KindSentence)
	d.AddSegment(first0, para-2, 0, annotate.KindSentence)
	d.AddSegment(para, len(sampleText), 1, annotate.KindSentence)
	ed := annotate.NewEditor(d)
	auto := func(s, label string) *annotate.Span {
		i := strings.Index(sampleText, s)
		sp := &annotate.Span{Side: annotate.Source, Start: i, End: i + len(s), Label: label, Origin: annotate.Auto, Confidence: 0.7}
		must(t, ed.AddSpan(sp))
		return sp
	}
	quote = auto("déclaré : « Le dialogue 😀 est libre »", annotate.LabelQuote)
	first = auto("Sergueï", annotate.LabelPER)
	second = auto("Lavrov", annotate.LabelPER)
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote.ID, To: first.ID, Origin: annotate.Auto, Confidence: 0.7}))
	must(t, ed.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Names: map[string]string{"fr": "Sergueï", "en": "Sergueï"}, Mentions: []string{first.ID}}))
	return d, quote, first, second
}

// TestLabelKeyCorrectsBounds selects the right words over wrong suggestions and presses the label's
// key: the span carrying the speaker link and the entity takes the selection's range, the other PER
// it overlaps is rejected, the QUOTE around is left alone, the entity is renamed, the status line says
// what happened; the same with a QUOTE, whose speaker the Quotes tab still shows. Ctrl+Z undoes each
// correction at once.
func TestLabelKeyCorrectsBounds(t *testing.T) {
	d, quote, first, second := wrongBoundsDoc(t)
	ui, _ := newTestUI(t, d, false)
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	n := len(d.Spans)
	name := "Sergueï Lavrov"
	r.src.SetSelection(0, len(name))
	r.src.TypedRune('p')
	if len(d.Spans) != n-1 || d.Span(second.ID) != nil {
		t.Fatalf("%d spans (want %d), the overlapped PER %v", len(d.Spans), n-1, d.Span(second.ID))
	}
	if d.SpanText(first) != name || first.Origin != annotate.Human || d.Span(first.ID) != first {
		t.Errorf("PER reads %q, origin %s", d.SpanText(first), first.Origin)
	}
	if l := d.LinkFrom(quote.ID, annotate.LinkSpeaker); l == nil || l.To != first.ID {
		t.Errorf("speaker link %+v", l)
	}
	if e := d.EntityOf(first.ID); e == nil || e.Names["fr"] != name {
		t.Errorf("entity %+v", e)
	}
	if !d.RejectedSource(0, len("Sergueï"), annotate.LabelPER) || !d.RejectedSource(second.Start, second.End, annotate.LabelPER) {
		t.Errorf("rejections %+v: want both wrong PERs", d.Rejected)
	}
	if want := "Corrected PER “Sergueï Lavrov” (was “Sergueï”) and removed 1 overlapping span"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	if ui.selSpan != first.ID {
		t.Errorf("selected span %q, want %q", ui.selSpan, first.ID)
	}
	if quote.Start != strings.Index(sampleText, "déclaré") {
		t.Errorf("the QUOTE around moved: %q", d.SpanText(quote))
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if d.SpanText(first) != "Sergueï" || d.Span(second.ID) == nil || len(d.Rejected) != 0 || first.Origin != annotate.Auto ||
		d.EntityOf(first.ID).Names["fr"] != "Sergueï" {
		t.Errorf("after Ctrl+Z: PER %q, second %v, rejections %v, name %q", d.SpanText(first), d.Span(second.ID) != nil,
			d.Rejected, d.EntityOf(first.ID).Names["fr"])
	}
	ui.handleShortcut(&fyne.ShortcutRedo{})

	// The quotation, one cue too long.
	q := "« Le dialogue 😀 est libre »"
	a := strings.Index(sampleText, q)
	r.src.SetSelection(a, a+len(q))
	r.src.TypedRune('q')
	if d.SpanText(quote) != q || d.Span(quote.ID) != quote {
		t.Fatalf("QUOTE reads %q", d.SpanText(quote))
	}
	if want := "Corrected QUOTE " + q + " (was “déclaré : « Le dialogue 😀 est libre »”)"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	p := ui.panels[1].(*quotesPanel)
	ui.tabs.SelectIndex(1)
	p.refresh()
	speaker, _, french, note, _ := quoteRow(p, 0)
	if speaker != name || french != q || note != "" {
		t.Errorf("Quotes tab: speaker %q, quote %q, note %q", speaker, french, note)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if d.SpanText(quote) != "déclaré : "+q || quote.Origin != annotate.Auto {
		t.Errorf("after Ctrl+Z the QUOTE reads %q (%s)", d.SpanText(quote), quote.Origin)
	}
}

// TestLabelKeyOverOtherLabelsStillTags: a selection over spans of other labels only (a name inside a
// quotation) makes a new span, as before; a selection splitting nothing but overlapping a person's
// span of the label moves it without a rejection.
func TestLabelKeyOverOtherLabelsStillTags(t *testing.T) {
	d, quote, first, second := wrongBoundsDoc(t)
	ui, _ := newTestUI(t, d, false)
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	w := "dialogue"
	a := strings.Index(sampleText, w)
	n := len(d.Spans)
	r.src.SetSelection(a, a+len(w))
	r.src.TypedRune('m')
	if len(d.Spans) != n+1 || !strings.HasPrefix(ui.status.Text, "Tagged MISC") {
		t.Errorf("%d spans (want %d), status %q", len(d.Spans), n+1, ui.status.Text)
	}
	if d.SpanText(quote) != "déclaré : « Le dialogue 😀 est libre »" {
		t.Errorf("QUOTE moved to %q", d.SpanText(quote))
	}
	must(t, ui.ed.Accept(first.ID))
	must(t, ui.ed.RemoveSpan(second.ID))
	r.src.SetSelection(0, len("Sergueï Lav")) // widened to the whole word: "Sergueï Lavrov"
	r.src.TypedRune('p')
	if d.SpanText(first) != "Sergueï Lavrov" || len(d.Rejected) != 0 {
		t.Errorf("PER %q, rejections %v", d.SpanText(first), d.Rejected)
	}
}

// TestAltLabelKeyCorrectsEnglishBounds corrects a projected English PER one word short with Alt+P: it
// keeps its translation link, and Ctrl+Z takes the correction back.
func TestAltLabelKeyCorrectsEnglishBounds(t *testing.T) {
	d, _, first, _ := wrongBoundsDoc(t)
	en := "Sergei Lavrov said: « dialogue is free »"
	d.Segments[0].Target = en
	ed := annotate.NewEditor(d)
	tper := &annotate.Span{Side: annotate.Target, Segment: d.Segments[0].ID, Start: 0, End: len("Sergei"), Label: annotate.LabelPER, Origin: annotate.Auto, Confidence: 0.6}
	must(t, ed.AddSpan(tper))
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkTranslation, From: first.ID, To: tper.ID, Origin: annotate.Auto, Confidence: 0.6}))
	ui, _ := newTestUI(t, d, false)
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.entry)
	selectInEntry(r.entry, 0, len("Sergei Lavrov"), false)
	if !ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierAlt}) {
		t.Fatal("Alt+P is not bound")
	}
	spans := d.TargetSpans(d.Segments[0].ID)
	if len(spans) != 1 || spans[0] != tper || d.SpanText(tper) != "Sergei Lavrov" {
		t.Fatalf("target spans %v, PER reads %q", spans, d.SpanText(tper))
	}
	if l := d.LinksOf(tper.ID); len(l) != 1 || l[0].From != first.ID {
		t.Errorf("links %v", l)
	}
	if want := "Corrected PER “Sergei Lavrov” (was “Sergei”)"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	if !d.RejectedTarget(d.Segments[0].ID, 0, len("Sergei"), annotate.LabelPER) || ui.selSpan != tper.ID {
		t.Errorf("rejections %+v, selected %q", d.Rejected, ui.selSpan)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if d.SpanText(tper) != "Sergei" || len(d.Rejected) != 0 || r.entry.Text != en {
		t.Errorf("after Ctrl+Z: PER %q, rejections %v, entry %q", d.SpanText(tper), d.Rejected, r.entry.Text)
	}
}

// TestCorrectionNames: a text with its own « » shows them alone, never inside the interface's marks
// (« « a » » in French); when only one text has them and the interface quotes with the same marks,
// the other goes bare, or "QUOTE « a » (au lieu de « a »)" would not say what changed; so too when it
// has only the closing one, as the half of a quotation after an incise. The English's “ ” are quoted
// on the French status line as any text is, « “a” »: “a” alone beside « a » mixed two styles.
func TestCorrectionNames(t *testing.T) {
	test.NewTempApp(t)
	cases := []struct{ language, now, was, want string }{
		{"en", "Ursula von der Leyen", "Ursula", "PER “Ursula von der Leyen” / “Ursula”"},
		{"en", "« a b »", "« a b c »", "PER « a b » / « a b c »"},
		{"en", "professionnels", "« professionnels »", "PER “professionnels” / « professionnels »"},
		{"en", "« a »", "dit : « a »", "PER « a » / “dit : « a »”"},
		{"fr", "Ursula von der Leyen", "Ursula", "PER «\u00a0Ursula von der Leyen\u00a0» / «\u00a0Ursula\u00a0»"},
		{"fr", "« a b »", "« a b c »", "PER « a b » / « a b c »"},
		{"fr", "professionnels", "« professionnels »", "PER professionnels / « professionnels »"},
		{"fr", "« professionnels »", "professionnels", "PER « professionnels » / professionnels"},
		{"fr", "« a »", "dit : « a »", "PER « a » / dit : « a »"},
		{"fr", "“a”", "a", "PER «\u00a0“a”\u00a0» / «\u00a0a\u00a0»"}, // never “a” beside « a »
		{"fr", "“sooner”", "As for", "PER «\u00a0“sooner”\u00a0» / «\u00a0As for\u00a0»"},
		{"en", "\"a\"", "a", "PER “\"a\"” / “a”"},
		// The second half of a quotation cut by an incise, its closing mark left out (QA3): "« car la
		// loi est claire. » (au lieu de car la loi est claire. »)" read as if the marks had been added.
		{"fr", "car la loi est claire.", "car la loi est claire. »", "PER car la loi est claire. / car la loi est claire. »"},
		{"fr", "« Nous ne céderons pas", "« Nous ne céderons pas,", "PER « Nous ne céderons pas / « Nous ne céderons pas,"},
		// A long text keeps both its ends, where a correction moves: shortened at the end, both read
		// alike, the words taken off the end unseen.
		{"en", "être prêt à renoncer à sa candidature s'il est mis en examen", "tre prêt à renoncer à sa candidature s'il est mis en examen dans le cadre de",
			"PER “être prêt à…est mis en examen” / “tre prêt à renoncer…dans le cadre de”"},
		{"en", "« Non, c’est clairement non, certes, la polémique est préoccupante »", "« Non, c’est clairement non, certes, la polémique est préoccupante, mais cela ne change rien à ma décision. »",
			"PER « Non, c’est…est préoccupante » / « Non, c’est…à ma décision. »"},
	}
	for _, c := range cases {
		useLanguage(t, c.language)
		if span, old := correctionNames("PER", c.now, c.was); span+" / "+old != c.want {
			t.Errorf("%s: %q was %q: %q / %q, want %q", c.language, c.now, c.was, span, old, c.want)
		}
	}
}

// TestEnglishTagTakesWholeCharacters: the English field selects by code point; a tag made from a
// selection that stops inside "e" + U+0301 or inside 👍🏽 takes the whole character.
func TestEnglishTagTakesWholeCharacters(t *testing.T) {
	d, _, _, _ := wrongBoundsDoc(t)
	en := "Cafe\u0301 👍🏽 Donald Trump"
	d.Segments[0].Target = en
	ui, _ := newTestUI(t, d, false)
	r := visibleRow(t, ui, 0)
	for _, tc := range []struct {
		col, n int // in code points, as the Entry counts
		want   string
	}{
		{0, 4, "Cafe\u0301"}, // "Cafe"
		{6, 1, "👍🏽"},         // "👍" without its skin tone
	} {
		ui.win.Canvas().Focus(r.entry)
		selectInEntry(r.entry, tc.col, tc.n, false)
		if !ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyM, Modifier: fyne.KeyModifierAlt}) {
			t.Fatal("Alt+M is not bound")
		}
		var got []string
		for _, sp := range d.TargetSpans(d.Segments[0].ID) {
			got = append(got, d.SpanText(sp))
		}
		if !slices.Contains(got, tc.want) {
			t.Errorf("selecting %d code points from %d tagged %q, want %q among them", tc.n, tc.col, got, tc.want)
		}
	}
	if splits := d.ClusterSplits(); len(splits) != 0 {
		t.Errorf("the tags cut characters: %v", splits)
	}
}
