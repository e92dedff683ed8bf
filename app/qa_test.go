package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/qa"
)

// issueRow returns the index of the first issue of check for segment seg, or -1.
func issueRow(p *qaPanel, check, seg string) int {
	return slices.IndexFunc(p.issues, func(is qa.Issue) bool { return is.Check == check && is.Segment == seg })
}

func TestQAPanelListsIssuesAndJumps(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	setTarget(t, ui, 0, "Sergei Lavrov said: “The dialogue 😀 is free”.")
	setTarget(t, ui, 2, "The minister was in Washington.")
	ui.showQA()
	p := ui.qa
	if ui.tabs.Selected().Content != p.content() {
		t.Errorf("the QA tab is not selected")
	}
	k := issueRow(p, qa.Untranslated, d.Segments[1].ID)
	if k < 0 {
		t.Fatalf("no untranslated issue for segment 2 in %+v", p.issues)
	}
	if issueRow(p, qa.Untranslated, d.Segments[0].ID) >= 0 {
		t.Errorf("segment 1 is translated but listed as untranslated")
	}
	for i := 1; i < p.listed(); i++ {
		if p.issues[i].Severity.Rank() > p.issues[i-1].Severity.Rank() {
			t.Errorf("issue %d (%s) comes after a milder one", i, p.issues[i].Severity)
		}
	}
	if k < p.listed() || !p.isFold(0) { // the untranslated segments' issues are the folded row, the first
		t.Fatalf("the untranslated issue is at %d of %d, %d listed", k, len(p.issues), p.listed())
	}
	box := p.list.CreateItem().(*fyne.Container)
	p.bind(0, box)
	if got, want := box.Objects[0].(*widget.Label).Text, foldText(qa.Untranslated, p.folded(qa.Untranslated)); got != want {
		t.Errorf("message %q, want %q", got, want)
	}
	if got := box.Objects[1].(*fyne.Container).Objects[1].(*fyne.Container).Objects[0].(*widget.Label).Text; got != "" {
		t.Errorf("segment label %q on the folded row", got)
	}
	if !strings.Contains(ui.tabs.Items[2].Text, "(") {
		t.Errorf("tab title %q shows no count", ui.tabs.Items[2].Text)
	}
	p.list.Select(0)
	r := ui.rowFor(1)
	if ui.cur != 1 || r == nil || ui.win.Canvas().Focused() != r.entry {
		t.Errorf("after the click: current segment %d, focus %v", ui.cur, ui.win.Canvas().Focused())
	}
}

func TestQAIssueWithSpanSelectsIt(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	// The English drops the quotation: the quote-missing issue points at the QUOTE span.
	setTarget(t, ui, 0, "Sergei Lavrov spoke.")
	ui.qa.runNow()
	k := issueRow(ui.qa, qa.QuoteMissing, d.Segments[0].ID)
	if k < 0 {
		t.Fatalf("no quote-missing issue in %+v", ui.qa.issues)
	}
	ui.qa.list.Select(ui.qa.rowOf(k))
	if ui.selSpan != ui.qa.issues[k].Span || ui.selSpan == "" {
		t.Errorf("selected span %q, want %q", ui.selSpan, ui.qa.issues[k].Span)
	}
	if msg := issueMessage(ui.qa.issues[k]); !strings.Contains(msg, "dialogue 😀") {
		t.Errorf("message %q does not quote the quotation", msg)
	}
}

func TestQADisabledCheckIsHiddenAndRemembered(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	ui.qa.runNow()
	if issueRow(ui.qa, qa.Untranslated, d.Segments[1].ID) < 0 {
		t.Fatal("no untranslated issue to begin with")
	}
	on := slices.DeleteFunc(slices.Clone(ui.qa.checks.Selected), func(s string) bool { return s == checkName(qa.Untranslated) })
	ui.qa.checks.SetSelected(on) // as a click on the check box does
	if issueRow(ui.qa, qa.Untranslated, d.Segments[1].ID) >= 0 {
		t.Errorf("untranslated issues still listed after switching the check off")
	}
	if got := ui.app.Preferences().StringList(prefQADisabled); !slices.Equal(got, []string{qa.Untranslated}) {
		t.Errorf("preferences: %q", got)
	}
	again := newQAPanel(ui) // a new window reads the preferences
	if slices.Contains(again.checks.Selected, checkName(qa.Untranslated)) || len(again.checks.Selected) != len(qa.Checks())-1 {
		t.Errorf("a new panel shows the checks %q", again.checks.Selected)
	}
}

// TestQAMessagesCoverEveryKey makes one issue of each kind qa can raise and checks that each has a
// message of the app's own (not qa's English fallback) with its arguments filled in.
func TestQAMessagesCoverEveryKey(t *testing.T) {
	tests := []struct {
		key  string
		args map[string]string
		want string
	}{
		{"qa.untranslated", nil, "Not translated."},
		{"qa.same-as-source", nil, "copy of the source"},
		{"qa.same-as-source.french", map[string]string{"share": "80"}, "still the French: 80% of its words"},
		{"qa.quote-missing", map[string]string{"quote": "« Q »"}, "« Q »"},
		{"qa.name-inconsistent", map[string]string{"source": "Moscou", "target": "Moscou", "usual": "Moscow", "segments": "s2"}, "“Moscow” in s2"},
		{"qa.name-inconsistent.glossary", map[string]string{"source": "ONU", "target": "ONU", "expected": "UN"}, "glossary says “UN”"},
		{"qa.name-inconsistent.entity", map[string]string{"target": "Sergei Lavrov", "entity": "Sergueï Lavrov", "expected": "Sergey Lavrov"}, "reads “Sergei Lavrov”, but the entity “Sergueï Lavrov” is “Sergey Lavrov”"},
		{"qa.number-mismatch", map[string]string{"missing": "12", "extra": ""}, "12 missing"},
		{"qa.number-mismatch", map[string]string{"missing": "", "extra": "7"}, "7 not in the source"},
		{"qa.number-mismatch", map[string]string{"missing": "1", "extra": "2"}, "1 missing from the translation, 2 not"},
		{"qa.unbalanced-quotes.closing", map[string]string{"mark": "”"}, "closed with ”"},
		{"qa.unbalanced-quotes.opening", map[string]string{"mark": "“"}, "opened with “"},
		{"qa.unbalanced-quotes.straight", map[string]string{"mark": "\""}, "straight quotes (\")"},
		{"qa.french-typography.guillemets", nil, "guillemets"},
		{"qa.french-typography.space", map[string]string{"mark": ";"}, "space before “;”"},
		{"qa.quote-style.guillemets", map[string]string{"marks": "« »"}, "French guillemets (« ») in the English, where the style is curly"},
		{"qa.quote-style.guillemets-straight", map[string]string{"marks": "‹ ›"}, "French guillemets (‹ ›) in the English, where the style is straight"},
		{"qa.quote-style.single", map[string]string{"marks": "‘"}, "turned the wrong way (‘)"},
		{"qa.pending-suggestions", map[string]string{"count": "3"}, "3 suggestions"},
		{"qa.spacing.line-break", nil, "A line break"},
		{"qa.spacing.edges", nil, "start or the end"},
		{"qa.spacing.double", nil, "Two spaces"},
	}
	for _, tc := range tests {
		got := issueMessage(qa.Issue{Key: tc.key, Args: tc.args, Message: "FALLBACK"})
		if !strings.Contains(got, tc.want) || strings.Contains(got, "<no value>") {
			t.Errorf("%s: %q, want it to contain %q", tc.key, got, tc.want)
		}
	}
	for _, c := range qa.Checks() {
		if checkName(c.ID) == c.ID {
			t.Errorf("check %s has no name", c.ID)
		}
	}
}

// TestQAOnLargeDocument logs how long the checks take on a 1 MB article, half translated, and checks
// that the background run (snapshot and all) delivers its issues to the panel.
func TestQAOnLargeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("large document")
	}
	d := bigDoc(t)
	d.Reindex() // bigDoc appends its spans after the lookups were built
	for i, seg := range d.Segments {
		if i%2 == 0 {
			seg.Target = "He said: “" + d.SourceText(seg) + "” 12"
		}
	}
	start := time.Now()
	snap := d.Clone()
	copied := time.Since(start)
	start = time.Now()
	issues := qa.Run(snap, qa.Config{})
	ran := time.Since(start)
	t.Logf("%.1f MB, %d segments, %d spans: snapshot %v, qa.Run %v, %d issues",
		float64(len(d.Text))/1e6, len(d.Segments), len(d.Spans), copied, ran, len(issues))
	if want := qa.Run(d, qa.Config{}); len(want) != len(issues) {
		t.Errorf("the snapshot gives %d issues, the document %d", len(issues), len(want))
	}
}

// setTarget sets segment i's English through the editor.
func setTarget(t *testing.T, ui *UI, i int, text string) {
	t.Helper()
	if _, err := ui.ed.SetTarget(ui.doc.Segments[i].ID, text); err != nil {
		t.Fatal(err)
	}
}

// TestQAIssueMessageReadableWhole opens an issue whose message the list shortens: the panel shows it
// whole, wrapped, with its segment, until the issue is fixed.
func TestQAIssueMessageReadableWhole(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	long := "Sergei Lavrov said: « The dialogue 😀 is free » in 1, 2, 3, 4, 5, 6, 7, 8 and 9 ways."
	setTarget(t, ui, 0, long)
	ui.showQA()
	p := ui.qa
	k := issueRow(p, qa.NumberMismatch, d.Segments[0].ID)
	if k < 0 {
		t.Fatalf("no number issue in %+v", p.issues)
	}
	want := "Segment 1 · " + issueMessage(p.issues[k])
	if len(want) < 60 {
		t.Fatalf("message %q too short to be shortened", want)
	}
	p.list.Select(p.rowOf(k))
	if p.detail.Text != want || !p.detail.fluid || !p.detail.Visible() {
		t.Errorf("detail %q (fluid %v), want %q wrapped", p.detail.Text, p.detail.fluid, want)
	}
	setTarget(t, ui, 0, "Sergei Lavrov said: “The dialogue 😀 is free”.")
	p.runNow()
	if p.detail.Text == want {
		t.Errorf("the issue is fixed but its message is still shown")
	}
}

// TestQAFlagsEnglishAfterEntityRename follows the QA report: segment 1 translated as "Sergei
// Lavrov…" and confirmed (projection links the name to its entity), the entity renamed Sergey Lavrov
// in English in the Entities tab. The QA tab must flag the English mention, saying what it reads and
// what is expected, select it when clicked, and drop the issue when the rename is undone.
func TestQAFlagsEnglishAfterEntityRename(t *testing.T) {
	ui, _ := newTestUI(t, docWithEntities(t), false)
	d := ui.doc
	r := typeEnglish(t, ui, 0, lavrovEN)
	r.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	per := projected(t, ui, 0)[annotate.LabelPER]
	if per == nil || d.EntityOf(per.ID) == nil || d.EntityOf(per.ID).ID != "e1" {
		t.Fatalf("the English name was not projected onto entity e1: %v", per)
	}
	ui.showQA()
	if k := issueRow(ui.qa, qa.NameInconsistent, d.Segments[0].ID); k >= 0 {
		t.Fatalf("before the rename: %+v", ui.qa.issues[k])
	}
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	k := slices.IndexFunc(p.ents, func(e *annotate.Entity) bool { return e.ID == "e1" })
	p.list.Select(k)
	ui.win.Canvas().Focus(p.nameTgt)
	p.nameTgt.SetText("")
	test.Type(p.nameTgt, "Sergey Lavrov")
	p.nameTgt.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := d.Entity("e1").Names["en"]; got != "Sergey Lavrov" {
		t.Fatalf("renamed to %q", got)
	}
	ui.showQA()
	k = issueRow(ui.qa, qa.NameInconsistent, d.Segments[0].ID)
	if k < 0 {
		t.Fatalf("no name issue after the rename in %+v", ui.qa.issues)
	}
	is := ui.qa.issues[k]
	want := "The English reads “Sergei Lavrov”, but the entity “Sergueï Lavrov” is “Sergey Lavrov” in English."
	if is.Span != per.ID || issueMessage(is) != want {
		t.Errorf("issue on span %q: %q, want on %q: %q", is.Span, issueMessage(is), per.ID, want)
	}
	ui.qa.list.Select(ui.qa.rowOf(k))
	if ui.selSpan != per.ID {
		t.Errorf("clicking the issue selected %q, want the English mention %q", ui.selSpan, per.ID)
	}
	ui.undoStep()
	ui.qa.runNow()
	if k := issueRow(ui.qa, qa.NameInconsistent, d.Segments[0].ID); k >= 0 {
		t.Errorf("after undoing the rename: %+v", ui.qa.issues[k])
	}
}

// TestQATabTakesADecadeForOneNumber: "dans les années 30" translated "in the 1930s", confirmed, is no
// number issue in the QA tab, where it was a warning in every such sentence; "in 1930" still is one.
func TestQATabTakesADecadeForOneNumber(t *testing.T) {
	d := pairDoc("La congrégation abandonna les lieux dans les années 30.", "Le « carillon » date des années 30. 😀")
	ui, _ := newTestUI(t, d, false)
	setTarget(t, ui, 0, "The congregation moved out in the 1930s.")
	setTarget(t, ui, 1, "The “carillon” dates from 1930. 😀")
	for i := range d.Segments {
		d.Segments[i].Status = annotate.StatusTranslated
	}
	ui.qa.runNow()
	if k := issueRow(ui.qa, qa.NumberMismatch, d.Segments[0].ID); k >= 0 {
		t.Errorf("the decade is a number issue: %s", issueMessage(ui.qa.issues[k]))
	}
	if issueRow(ui.qa, qa.NumberMismatch, d.Segments[1].ID) < 0 {
		t.Errorf("a year for the decade is no number issue: %+v", ui.qa.issues)
	}
}

// TestQANamesOtherSegmentsByNumber: an issue naming the segments where a name is translated
// otherwise names them by the numbers the list shows, in English and French; qa names them by
// ID, and a client's XLIFF counts its IDs from 0, so "in s7, s12" pointed at segments 8 and 13.
func TestQANamesOtherSegmentsByNumber(t *testing.T) {
	for _, c := range []struct{ lang, want string }{
		{"en", "“MWP” is translated “MWPs” here but “MWP” in segments 1, 3."},
		{"fr", "«\u00a0MWP\u00a0» est traduit «\u00a0MWPs\u00a0» ici mais «\u00a0MWP\u00a0» ailleurs (segments 1, 3)."},
	} {
		useLanguage(t, c.lang)
		var units strings.Builder // segments numbered from 0, as a client's XLIFF may
		for i, fr := range []string{"Le sigle MWP.", "Le MWP.", "Un MWP."} {
			fmt.Fprintf(&units, `<unit id="u%d"><segment id="s%d"><source>%s</source></segment></unit>`, i, i, fr)
		}
		xlf := `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="en"><file id="f">` +
			units.String() + `</file></xliff>`
		docs, _, err := formats.Read("client.xlf", []byte(xlf), formats.ReadOptions{})
		must(t, err)
		d := docs[0]
		if d.Segments[1].ID != "s1" {
			t.Fatalf("segment IDs %q, %q…", d.Segments[0].ID, d.Segments[1].ID)
		}
		ui, _ := newTestUI(t, d, false)
		args := map[string]string{"source": "MWP", "target": "MWPs", "usual": "MWP", "segments": "s0, s2"}
		ui.qa.show([]qa.Issue{{Check: qa.NameInconsistent, Severity: qa.Warning, Segment: "s1", Key: "qa.name-inconsistent", Args: args}})
		if got := issueMessage(ui.qa.issues[0]); got != c.want {
			t.Errorf("%s: %q, want %q", c.lang, got, c.want)
		}
		if args["segments"] != "s0, s2" {
			t.Errorf("the run's own issue was changed: %q", args["segments"])
		}
	}
}
