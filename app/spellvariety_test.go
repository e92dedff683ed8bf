package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate/qa"
	"github.com/glose-app/glose/annotate/spell"
)

const britishEnglish = "Sergei Lavrov said the behaviour of the organisation was analysed."

// spellingWords runs the checks and returns the words flagged.
func spellingWords(ui *UI) string {
	ui.showQA()
	var words []string
	for _, is := range ui.qa.issues {
		if is.Check == qa.Spelling {
			words = append(words, is.Args["word"])
		}
	}
	slices.Sort(words)
	return strings.Join(words, " ")
}

// TestEnglishSpellingSurvivesARestart: in a document in plain English either spelling passes by
// default; choosing American under Checks flags the British words, with American suggestions, and
// the choice is what Glose started again reads.
func TestEnglishSpellingSurvivesARestart(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	setTarget(t, ui, 0, britishEnglish)
	if got := spellingWords(ui); got != "" {
		t.Fatalf("by default flagged %q", got)
	}
	if ui.qa.english.Disabled() || ui.qa.english.Selected != "American or British" {
		t.Fatalf("the select shows %q, disabled %v", ui.qa.english.Selected, ui.qa.english.Disabled())
	}
	ui.qa.english.SetSelected("American")
	if got := spellingWords(ui); got != "analysed behaviour organisation" {
		t.Errorf("American: flagged %q", got)
	}
	is := openSpelling(t, ui, "behaviour")
	if !strings.HasPrefix(is.Args["suggestions"], "behavior") {
		t.Errorf("suggestions %q", is.Args["suggestions"])
	}
	if !strings.HasSuffix(ui.qa.detail.Text, "\nAmerican spelling, as chosen under Checks") {
		t.Errorf("the issue reads %q", ui.qa.detail.Text)
	}

	again := New(ui.app, Options{Sync: true}) // Glose started again reads the same preferences
	again.win.Resize(fyne.NewSize(1000, 700))
	t.Cleanup(func() { again.win.Close() })
	d := testDoc(t)
	again.setDocument(d, "")
	layOut(again)
	setTarget(t, again, 0, britishEnglish)
	if got := spellingWords(again); got != "analysed behaviour organisation" || again.qa.english.Selected != "American" {
		t.Errorf("after a restart: %q flagged, the select shows %q", got, again.qa.english.Selected)
	}
	again.qa.english.SetSelected("British")
	if got, pref := spellingWords(again), again.app.Preferences().String(prefEnglish); got != "" || pref != "gb" {
		t.Errorf("British: flagged %q, preference %q", got, pref)
	}
}

// TestEnglishSpellingFollowsTheDocumentsLanguage: an en-GB document reads British spelling and an
// en-US one American, whatever the choice for plain English, which the greyed select and its note
// say.
func TestEnglishSpellingFollowsTheDocumentsLanguage(t *testing.T) {
	d := testDoc(t)
	d.TargetLang = "en-GB"
	ui, _ := newTestUI(t, d, false)
	ui.app.Preferences().SetString(prefEnglish, string(spell.American))
	setTarget(t, ui, 0, britishEnglish)
	if got := spellingWords(ui); got != "" {
		t.Errorf("en-GB: flagged %q", got)
	}
	if !ui.qa.english.Disabled() || ui.qa.english.Selected != "British" ||
		ui.qa.englishNote.Text != "British spelling, as the document’s language en-GB says" {
		t.Errorf("en-GB: the select shows %q (disabled %v), the note %q", ui.qa.english.Selected, ui.qa.english.Disabled(), ui.qa.englishNote.Text)
	}

	d = testDoc(t)
	d.TargetLang = "en-US"
	ui.setDocument(d, "")
	layOut(ui)
	ui.app.Preferences().SetString(prefEnglish, string(spell.British))
	setTarget(t, ui, 0, britishEnglish)
	if got := spellingWords(ui); got != "analysed behaviour organisation" || ui.qa.english.Selected != "American" {
		t.Errorf("en-US: flagged %q, the select shows %q", got, ui.qa.english.Selected)
	}
	openSpelling(t, ui, "organisation")
	if !strings.HasSuffix(ui.qa.detail.Text, "\nAmerican spelling, as the document’s language en-US says") {
		t.Errorf("the issue reads %q", ui.qa.detail.Text)
	}

	d = testDoc(t) // plain English again: the choice applies, and can be changed
	ui.setDocument(d, "")
	layOut(ui)
	setTarget(t, ui, 0, strings.NewReplacer("behaviour", "behavior", "organisation", "organization", "analysed", "analyzed").Replace(britishEnglish))
	if got := spellingWords(ui); got != "analyzed behavior organization" || ui.qa.english.Disabled() {
		t.Errorf("en with British chosen: flagged %q, select disabled %v", got, ui.qa.english.Disabled())
	}
	test.Tap(ui.qa.english)
	if ui.win.Canvas().Overlays().Top() == nil {
		t.Error("en: the select offers no choices")
	}
}
