package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// replaceDoc has four segments whose English holds "deal" in several cases, with spans before, on,
// around and after the word, « guillemets », a no-break space, an emoji and a combining accent;
// statuses new, translated, reviewed and new (its English without "deal").
func replaceDoc(t *testing.T) *annotate.Document {
	t.Helper()
	d := pairDoc("Un accord.", "L’accord sur le Brexit.", "Un ACCORD.", "Rien.")
	targets := []string{
		"Jose\u0301 😀 hailed the « Brexit\u00a0deal » and the deal’s terms.",
		"Deal or no Deal, said Bové.",
		"A DEAL 😀.",
		"Nothing to replace here, ordeal aside.",
	}
	ed := annotate.NewEditor(d)
	for i, tg := range targets {
		if _, err := ed.SetTarget(d.Segments[i].ID, tg); err != nil {
			t.Fatal(err)
		}
	}
	d.Segments[1].Status, d.Segments[2].Status = annotate.StatusTranslated, annotate.StatusReviewed
	seg := d.Segments[0]
	for _, words := range []string{"Jose\u0301", "« Brexit\u00a0deal »", "deal", "terms"} {
		a := strings.Index(seg.Target, words)
		must(t, ed.AddSpan(&annotate.Span{Side: annotate.Target, Segment: seg.ID, Start: a, End: a + len(words),
			Label: annotate.LabelMISC, Origin: annotate.Human, Confidence: 1}))
	}
	return d
}

// targetSpanTexts lists segment i's English spans by the words they cover.
func targetSpanTexts(d *annotate.Document, i int) string {
	seg := d.Segments[i]
	var out []string
	for _, sp := range d.TargetSpans(seg.ID) {
		out = append(out, seg.Target[sp.Start:sp.End])
	}
	return strings.Join(out, " | ")
}

// openReplace opens the bar with Ctrl+H and fills its two fields.
func openReplace(t *testing.T, ui *UI, find, with string) {
	t.Helper()
	pressShortcut(ui, custom(fyne.KeyH, ctrl))
	f := ui.find
	if !f.bar.Visible() || !f.rep.with.Visible() || ui.win.Canvas().Focused() != f.entry {
		t.Fatalf("Ctrl+H: bar shown %v, Replace field shown %v, focus on %T", f.bar.Visible(), f.rep.with.Visible(), ui.win.Canvas().Focused())
	}
	f.entry.SetText(find)
	f.rep.with.SetText(with)
}

// TestReplaceAllIsOneUndoStep: Replace all changes "deal" to "agreement" in every English, keeping
// each match's case, the spans on the same words (one on the word itself now on "agreement", one
// around it grown), the French untouched; the status line counts replacements and segments and says
// the reviewed segment is translated again; the new segment becomes a draft, the translated one stays
// translated; one Ctrl+Z brings everything back.
func TestReplaceAllIsOneUndoStep(t *testing.T) {
	d := replaceDoc(t)
	ui, _ := newTestUI(t, d, false)
	text, french := d.Text, frenchSpans(d)
	var before []string
	for i := range d.Segments {
		before = append(before, d.Segments[i].Target+" / "+targetSpanTexts(d, i))
	}
	openReplace(t, ui, "deal", "agreement")
	ui.find.entry.TypedShortcut(custom(fyne.KeyReturn, ctrl|alt))
	want := []string{
		"Jose\u0301 😀 hailed the « Brexit\u00a0agreement » and the agreement’s terms.",
		"Agreement or no Agreement, said Bové.",
		"A AGREEMENT 😀.",
		"Nothing to replace here, oragreement aside.", // Whole words is off: "ordeal" holds "deal"
	}
	for i, w := range want {
		if got := d.Segments[i].Target; got != w {
			t.Errorf("segment %d: %q, want %q", i+1, got, w)
		}
	}
	if got, w := targetSpanTexts(d, 0), "Jose\u0301 | « Brexit\u00a0agreement » | agreement | terms"; got != w {
		t.Errorf("spans %q, want %q", got, w)
	}
	if w := "6 replacements in 4 segments; 1 reviewed segment is translated again"; !strings.HasPrefix(ui.status.Text, w) {
		t.Errorf("status %q, want it to start %q", ui.status.Text, w)
	}
	statuses := fmt.Sprint(d.Segments[0].Status, d.Segments[1].Status, d.Segments[2].Status, d.Segments[3].Status)
	if w := fmt.Sprint(annotate.StatusDraft, annotate.StatusTranslated, annotate.StatusTranslated, annotate.StatusDraft); statuses != w {
		t.Errorf("statuses %s, want %s", statuses, w)
	}
	if d.Text != text || frenchSpans(d) != french {
		t.Error("Replace all changed the French")
	}
	if !ui.dirty {
		t.Error("the document is not marked changed: autosave and the title do not know")
	}
	pressShortcut(ui, &fyne.ShortcutUndo{})
	for i := range d.Segments {
		if got := d.Segments[i].Target + " / " + targetSpanTexts(d, i); got != before[i] {
			t.Errorf("after one Ctrl+Z, segment %d: %q, want %q", i+1, got, before[i])
		}
	}
	if d.Segments[0].Status != annotate.StatusNew || d.Segments[2].Status != annotate.StatusReviewed {
		t.Errorf("after one Ctrl+Z, statuses %s %s, want new and reviewed", d.Segments[0].Status, d.Segments[2].Status)
	}
	if !strings.Contains(ui.status.Text, "replacement") {
		t.Errorf("Undo says %q, not that it undid the replacement", ui.status.Text)
	}
}

// TestReplaceOptions: Whole words leaves "ordeal" alone, Match case replaces "Deal" only, and
// "Unconfirmed segments only" leaves the translated and reviewed segments alone, saying how many.
func TestReplaceOptions(t *testing.T) {
	d := replaceDoc(t)
	ui, _ := newTestUI(t, d, false)
	openReplace(t, ui, "deal", "pact")
	r := ui.find.rep
	r.wholeWords.SetChecked(true)
	r.unconfirmed.SetChecked(true)
	r.replaceAll()
	if got := d.Segments[3].Target; !strings.Contains(got, "ordeal") {
		t.Errorf("whole words: %q", got)
	}
	if got := d.Segments[1].Target + d.Segments[2].Target; strings.Contains(got, "pact") {
		t.Errorf("confirmed segments changed: %q", got)
	}
	if w := "2 replacements in segment 1; 2 confirmed segments left alone"; ui.status.Text != w {
		t.Errorf("status %q, want %q", ui.status.Text, w)
	}
	r.unconfirmed.SetChecked(false)
	r.matchCase.SetChecked(true)
	ui.find.entry.SetText("Deal")
	r.with.SetText("pact") // as typed: Match case gives no capital
	r.replaceAll()
	if got, w := d.Segments[1].Target, "pact or no pact, said Bové."; got != w {
		t.Errorf("match case: %q, want %q", got, w)
	}
	if got := d.Segments[2].Target; got != "A DEAL 😀." {
		t.Errorf("match case replaced DEAL: %q", got)
	}
}

// TestReplaceGoesMatchToMatch: in replace mode, Enter finds the next English match (never the
// French, which holds "accord" too); Ctrl+Enter in the bar replaces the match shown and goes to the
// next, rather than confirming the segment as it does elsewhere; the first Ctrl+Enter with no match
// shown only shows one. Tab goes from the Find field to the Replace field; Escape there closes the bar.
func TestReplaceGoesMatchToMatch(t *testing.T) {
	d := replaceDoc(t)
	ui, _ := newTestUI(t, d, false)
	openReplace(t, ui, "accord", "x")
	pressKey(ui, fyne.KeyReturn)
	if !strings.Contains(ui.status.Text, "nowhere in the English") {
		t.Errorf("a French-only word: status %q", ui.status.Text)
	}
	ui.find.entry.SetText("DEAL")
	ui.find.rep.with.SetText("the last replacement")
	c := ui.win.Canvas()
	c.FocusNext()
	if c.Focused() != ui.find.rep.with {
		t.Fatalf("Tab from the Find field reaches %T, want the Replace field", c.Focused())
	}
	typeKeys(ui, "accord")
	if got := ui.find.rep.with.Text; got != "accord" {
		t.Fatalf("typing after Tab into the Replace field gives %q, want the text replaced", got)
	}
	ctrlEnter := custom(fyne.KeyReturn, ctrl)
	pressShortcut(ui, ctrlEnter) // shows the first match
	at := ui.find.last
	if at.seg != 0 || at.side != annotate.Target || d.Segments[0].Target[at.start:at.end] != "deal" {
		t.Fatalf("first Ctrl+Enter: match %+v, want the first deal of segment 1", at)
	}
	if d.Segments[0].Status != annotate.StatusNew || strings.Contains(d.Segments[0].Target, "accord") {
		t.Fatalf("the first Ctrl+Enter changed segment 1: %s %q", d.Segments[0].Status, d.Segments[0].Target)
	}
	pressShortcut(ui, ctrlEnter)
	pressShortcut(ui, ctrlEnter)
	if got, w := d.Segments[0].Target, "Jose\u0301 😀 hailed the « Brexit\u00a0accord » and the accord’s terms."; got != w {
		t.Errorf("after two replacements: %q, want %q", got, w)
	}
	if got := ui.find.last; got.seg != 1 || ui.cur != 1 {
		t.Errorf("after the last match of segment 1, match %+v, current segment %d; want segment 2", got, ui.cur+1)
	}
	if !strings.HasPrefix(ui.status.Text, "Replaced in segment 1 — Found in segment 2") {
		t.Errorf("status %q", ui.status.Text)
	}
	if c.Focused() != ui.find.rep.with {
		t.Errorf("focus on %T after replacing, want the Replace field still", c.Focused())
	}
	if d.Segments[1].Status != annotate.StatusTranslated {
		t.Errorf("Ctrl+Enter in the bar confirmed or changed segment 2: %s", d.Segments[1].Status)
	}
	pressKey(ui, fyne.KeyEscape)
	if ui.find.bar.Visible() {
		t.Error("Escape in the Replace field left the bar open")
	}
	// Ctrl+F goes back to Find in both languages, the replace widgets hidden.
	pressShortcut(ui, custom(fyne.KeyF, ctrl))
	if ui.find.replacing || ui.find.rep.with.Visible() {
		t.Error("Ctrl+F after Ctrl+H: still in replace mode")
	}
}

// TestReplaceButtons: the bar's Replace and Replace all buttons, tapped, do what their keys do.
func TestReplaceButtons(t *testing.T) {
	d := replaceDoc(t)
	ui, _ := newTestUI(t, d, false)
	openReplace(t, ui, "deal", "pact")
	one, all := ui.find.rep.buttons.Objects[0].(*tipButton), ui.find.rep.buttons.Objects[1].(*tipButton)
	if one.Text != "Replace" || all.Text != "Replace all" {
		t.Fatalf("buttons %q and %q", one.Text, all.Text)
	}
	test.Tap(one)
	test.Tap(one)
	if got := d.Segments[0].Target; !strings.Contains(got, "Brexit\u00a0pact") || !strings.Contains(got, "deal’s") {
		t.Errorf("two taps on Replace: %q, want the first match replaced only", got)
	}
	test.Tap(all)
	if strings.Contains(strings.ToLower(d.Segments[0].Target+d.Segments[1].Target+d.Segments[2].Target), "deal") {
		t.Errorf("Replace all left a match: %q %q %q", d.Segments[0].Target, d.Segments[1].Target, d.Segments[2].Target)
	}
}

// TestReplaceBarFitsTheColumn: in French, whose labels are the longest, the bar in replace mode is no
// wider than the segments' column of a 1000-pixel window (its options in one row needed 715 pixels,
// which pushed the side panel).
func TestReplaceBarFitsTheColumn(t *testing.T) {
	useLocale(t, "fr_FR.UTF-8")
	ui, _ := newTestUI(t, testDoc(t), false)
	pressShortcut(ui, custom(fyne.KeyH, ctrl))
	if w, room := ui.find.bar.MinSize().Width, float32(1000*sideSplit); w > room {
		t.Errorf("the bar needs %.0f pixels, the column has %.0f", w, room)
	}
}

// TestReplaceAllLeavesLockedSegmentsAlone: a locked segment (a client's translate="no", or one a
// translator locked) keeps its English through Replace all, which changes the others and says so;
// without the skip the editor's refusal stopped the whole replacement.
func TestReplaceAllLeavesLockedSegmentsAlone(t *testing.T) {
	d := replaceDoc(t)
	must(t, annotate.NewEditor(d).SetLocked(d.Segments[1].ID, true))
	locked := d.Segments[1].Target
	ui, _ := newTestUI(t, d, false)
	openReplace(t, ui, "deal", "agreement")
	ui.find.entry.TypedShortcut(custom(fyne.KeyReturn, ctrl|alt))
	if got := d.Segments[1].Target; got != locked {
		t.Errorf("locked segment: %q, want %q", got, locked)
	}
	if got, w := d.Segments[2].Target, "A AGREEMENT 😀."; got != w {
		t.Errorf("segment 3: %q, want %q", got, w)
	}
	if w, l := "4 replacements in 3 segments", "; 1 locked segment left alone"; !strings.HasPrefix(ui.status.Text, w) || !strings.HasSuffix(ui.status.Text, l) {
		t.Errorf("status %q, want it to start %q and end %q", ui.status.Text, w, l)
	}
}

// TestReplaceTheLastMatchSaysNoneIsLeft: replacing the only match (“Brexit deal”, no-break space,
// after an emoji and a combining accent) says none is left, not that the words replaced are
// “nowhere in the English”, which read as if the replacement had failed.
func TestReplaceTheLastMatchSaysNoneIsLeft(t *testing.T) {
	d := replaceDoc(t)
	ui, _ := newTestUI(t, d, false)
	openReplace(t, ui, "Brexit deal", "Brexit agreement")
	ctrlEnter := custom(fyne.KeyReturn, ctrl)
	pressShortcut(ui, ctrlEnter) // shows the match
	pressShortcut(ui, ctrlEnter) // replaces it
	if got := d.Segments[0].Target; !strings.Contains(got, "« Brexit agreement »") {
		t.Fatalf("after Replace: %q", got)
	}
	want := "Replaced in segment 1 — no other “Brexit deal” in the English"
	if ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
}

// TestReplaceKeepsNoBreakSpaces: a French translator types « l’accord » and « le pacte » with
// ordinary spaces; the search finds «\u00a0l’accord\u00a0» as it always did, and Replace, then Replace
// all, now write «\u00a0le pacte\u00a0» (U+00A0 or U+202F as the English held it), not ordinary spaces
// that let the » start a line.
func TestReplaceKeepsNoBreakSpaces(t *testing.T) {
	d := pairDoc("Un accord.", "L’accord encore.")
	ed := annotate.NewEditor(d)
	for i, tg := range []string{
		"Il a salué «\u00a0l’accord\u00a0» et dit «\u202fmerci\u202f!\u202f».",
		"Jose\u0301 😀\u00a0: «\u202fl’accord\u202f», encore «\u00a0l’accord\u00a0».",
	} {
		_, err := ed.SetTarget(d.Segments[i].ID, tg)
		must(t, err)
	}
	ui, _ := newTestUI(t, d, false)
	openReplace(t, ui, "« l'accord »", "« le pacte »")
	ctrlEnter := custom(fyne.KeyReturn, ctrl)
	pressShortcut(ui, ctrlEnter) // shows the first match
	pressShortcut(ui, ctrlEnter) // replaces it
	if got, want := d.Segments[0].Target, "Il a salué «\u00a0le pacte\u00a0» et dit «\u202fmerci\u202f!\u202f»."; got != want {
		t.Errorf("Replace: %q, want %q", got, want)
	}
	ui.find.entry.TypedShortcut(custom(fyne.KeyReturn, ctrl|alt))
	if got, want := d.Segments[1].Target, "Jose\u0301 😀\u00a0: «\u202fle pacte\u202f», encore «\u00a0le pacte\u00a0»."; got != want {
		t.Errorf("Replace all: %q, want %q", got, want)
	}
}
