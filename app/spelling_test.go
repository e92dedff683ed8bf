package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
	"github.com/glose-app/glose/suggest"
)

// openSpelling runs the checks and opens the spelling issue of word, failing when there is none.
func openSpelling(t *testing.T, ui *UI, word string) qa.Issue {
	t.Helper()
	ui.showQA()
	for k, is := range ui.qa.issues {
		if is.Check == qa.Spelling && is.Args["word"] == word {
			ui.qa.list.Select(ui.qa.rowOf(k))
			return is
		}
	}
	t.Fatalf("no spelling issue for %q in %+v", word, ui.qa.issues)
	return qa.Issue{}
}

// spellButton returns the button of the opened spelling issue that reads text.
func spellButton(t *testing.T, p *qaPanel, text string) *dialogButton {
	t.Helper()
	if !p.spellBox.Visible() {
		t.Fatal("the spelling issue's actions are hidden")
	}
	var texts []string
	for _, o := range append(slices.Clone(p.spellBar.Objects), p.spellActs.Objects...) {
		b := o.(*dialogButton)
		if b.Text == text {
			return b
		}
		texts = append(texts, b.Text)
	}
	t.Fatalf("no button %q among %q", text, texts)
	return nil
}

func TestSpellingSuggestionReplacesTheWordInOneUndoStep(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	before := "Sergei Lavrov 😀 said the dialoque was José\u0301’s."
	setTarget(t, ui, 0, before)
	must(t, ui.ed.SetStatus(d.Segments[0].ID, annotate.StatusReviewed))
	is := openSpelling(t, ui, "dialoque")
	r := ui.rowFor(0)
	if ui.cur != 0 || r == nil || r.entry.SelectedText() != "dialoque" {
		t.Fatalf("after opening the issue: segment %d, selected %q", ui.cur, r.entry.SelectedText())
	}
	if is.Args["suggestions"] == "" || !strings.HasPrefix(is.Args["suggestions"], "dialogue") {
		t.Errorf("suggestions %q", is.Args["suggestions"])
	}
	test := spellButton(t, ui.qa, "dialogue")
	test.OnTapped()
	want := "Sergei Lavrov 😀 said the dialogue was José\u0301’s."
	if got := d.Segments[0].Target; got != want {
		t.Fatalf("English %q, want %q", got, want)
	}
	if d.Segments[0].Status != annotate.StatusTranslated {
		t.Errorf("status %s: the review was of other words", d.Segments[0].Status)
	}
	for _, is := range ui.qa.issues {
		if is.Check == qa.Spelling && is.Args["word"] != "José\u0301" {
			t.Errorf("still flagged after the correction: %+v", is)
		}
	}
	if !ui.ed.Undo() || d.Segments[0].Target != before || d.Segments[0].Status != annotate.StatusReviewed {
		t.Errorf("one undo gives %q, %s", d.Segments[0].Target, d.Segments[0].Status)
	}
}

func TestSpellingAddToDictionarySurvivesARestart(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	setTarget(t, ui, 0, "Sergei Lavrov said the Glosery was free.")
	setTarget(t, ui, 2, "The minister was in Washingtn.")
	openSpelling(t, ui, "Glosery")
	spellButton(t, ui.qa, "Add to dictionary").OnTapped()
	path := filepath.Join(os.Getenv("XDG_CONFIG_HOME"), "glose", "words.txt")
	if data, err := os.ReadFile(path); err != nil || string(data) != "Glosery\n" {
		t.Fatalf("word list %q, %v", data, err)
	}
	openSpelling(t, ui, "Washingtn")
	spellButton(t, ui.qa, "Ignore").OnTapped()
	for _, is := range ui.qa.issues {
		if is.Check == qa.Spelling {
			t.Errorf("flagged after Add and Ignore: %+v", is)
		}
	}

	d2 := testDoc(t) // a second window reads the list again, as Glose started again does
	ui2, _ := newTestUI(t, d2, false)
	setTarget(t, ui2, 0, "Sergei Lavrov said the Glosery was free.")
	setTarget(t, ui2, 2, "The minister was in Washingtn.")
	ui2.showQA()
	var words []string
	for _, is := range ui2.qa.issues {
		if is.Check == qa.Spelling {
			words = append(words, is.Args["word"])
		}
	}
	if strings.Join(words, ",") != "Washingtn" {
		t.Errorf("after a restart flagged %q, want only Washingtn (ignoring lasts a session)", words)
	}
}

func TestSpellingCheckCanBeSwitchedOff(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	setTarget(t, ui, 0, "Sergei Lavrov said the dialoque was free.")
	ui.showQA()
	var on []string
	for _, name := range ui.qa.checks.Selected {
		if name != checkName(qa.Spelling) {
			on = append(on, name)
		}
	}
	ui.qa.checks.SetSelected(on)
	for _, is := range ui.qa.issues {
		if is.Check == qa.Spelling {
			t.Errorf("flagged with the check off: %+v", is)
		}
	}
	if off := ui.app.Preferences().StringList(prefQADisabled); !strings.Contains(strings.Join(off, ","), qa.Spelling) {
		t.Errorf("switched-off checks kept: %q", off)
	}
}

// TestQAIssueClickedStaysInSight: an issue clicked near the foot of the list stays in sight when its
// message and its spelling buttons take the list's room from below.
func TestQAIssueClickedStaysInSight(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	setTarget(t, ui, 0, "Teh wrold recieved thier beleif agian wich nieghbour freind goverment.")
	setTarget(t, ui, 1, "Seperate tommorow untill occured acheive begining calender definately.")
	ui.showQA()
	layOut(ui)
	p := ui.qa
	pad := fyne.CurrentApp().Settings().Theme().Size(theme.SizeNamePadding)
	rowH := p.list.CreateItem().MinSize().Height + pad
	last := int((p.list.Size().Height)/rowH) - 1 // the last row wholly in sight
	if last < 1 || last >= len(p.issues) || p.issues[last].Check != qa.Spelling {
		t.Fatalf("row %d of %d issues (%d in sight) is no spelling issue: %+v", last, len(p.issues), last+1, p.issues)
	}
	before := p.list.Size().Height
	p.list.Select(last)
	p.box.Refresh() // lays the tab out again, as the next frame does
	if p.list.Size().Height >= before {
		t.Fatalf("the list keeps its height %v with the issue opened", before)
	}
	top, bottom := float32(last)*rowH, float32(last+1)*rowH-pad
	if off := p.list.GetScrollOffset(); top < off-1 || bottom > off+p.list.Size().Height+1 {
		t.Errorf("row %d (%v to %v) is out of sight: the list shows %v to %v", last, top, bottom, off, off+p.list.Size().Height)
	}
}

// TestSpellingCorrectionReachesTheMemory: a typo fixed from the QA tab after the segment was
// confirmed (and stored in the memory with its typo) is stored too: the memory offers the corrected
// English as a whole match, not only the typo (the newer comes first, to the millisecond).
func TestSpellingCorrectionReachesTheMemory(t *testing.T) {
	d := pairDoc("Le ministre était à Washington hier.", "Il est reparti jeudi.")
	ui := suggestUI(t, d, nil, nil)
	ui.focusSegment(0, annotate.Target)
	r := visibleRow(t, ui, 0)
	r.entry.SetText("The minister was in Washington yesterdya.")
	r.entry.TypedShortcut(ctrlKey(fyne.KeyReturn))
	openSpelling(t, ui, "yesterdya")
	spellButton(t, ui.qa, "yesterday").OnTapped()
	if d.Segments[0].Status != annotate.StatusTranslated {
		t.Fatalf("status %s after the correction", d.Segments[0].Status)
	}
	ui.ShowPanel(ui.sugg.title()) // back to the Proposals tab, as a translator goes
	ui.focusSegment(0, annotate.Target)
	if !offered(ui, "The minister was in Washington yesterday.") {
		t.Errorf("the memory offers %+v, not the corrected English", ui.sugg.offers)
	}
}

// offered says whether the Proposals tab offers text as a whole match from the memory.
func offered(ui *UI, text string) bool {
	return slices.ContainsFunc(ui.sugg.offers, func(o offer) bool { return o.Kind == suggest.KindTM && o.Score == 100 && o.Text == text })
}
