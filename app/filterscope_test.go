package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// scopeDoc has five segments whose English holds "deal" (but the new one's), with accents, « » and
// no-break spaces, emoji and a combining accent: drafts 1 and 3, translated 2, new 4, reviewed 5.
func scopeDoc(t *testing.T) (*annotate.Document, []string) {
	t.Helper()
	d := pairDoc("Un accord « salué ».", "Accord ou pas, dit Bové.", "Un ACCORD, café.", "Rien à voir.", "Les termes de l’accord.")
	targets := []string{
		"Jose\u0301 😀 hailed the « Brexit\u00a0deal ».",
		"Deal or no Deal, said Bové.",
		"A DEAL 😀, cafe\u0301.",
		"",
		"The deal’s terms 👍🏽.",
	}
	statuses := []annotate.Status{annotate.StatusDraft, annotate.StatusTranslated, annotate.StatusDraft, annotate.StatusNew, annotate.StatusReviewed}
	for i, seg := range d.Segments {
		seg.Target, seg.Status = targets[i], statuses[i]
	}
	return d, targets
}

// filterContaining applies "Containing the text…" with text, as typing it and Enter do.
func filterContaining(ui *UI, text string) {
	ui.filter.text.SetText(text)
	ui.filter.apply(showContaining)
}

// TestReplaceAllKeepsToTheShownSegments: under a filter, Replace all changes the shown segments only,
// says so and how many matches the hidden ones keep, and one Ctrl+Z takes it all back; with "Only the
// shown segments" unchecked it changes every segment, as without a filter.
func TestReplaceAllKeepsToTheShownSegments(t *testing.T) {
	for _, c := range []struct {
		name      string
		filter    func(ui *UI)
		shownOnly bool
		changed   []int // the segments whose English changes
		status    string
	}{
		{"drafts", func(ui *UI) { ui.filter.apply(showDrafts) }, true, []int{0, 2},
			"2 replacements in 2 shown segments; 3 hidden matches left alone (uncheck “Only the shown segments” to replace them too)"},
		{"containing Bové", func(ui *UI) { filterContaining(ui, "bove") }, true, []int{1},
			"2 replacements in shown segment 2; 3 hidden matches left alone (uncheck “Only the shown segments” to replace them too)"},
		{"drafts, whole document", func(ui *UI) { ui.filter.apply(showDrafts) }, false, []int{0, 1, 2, 4},
			"5 replacements in 4 segments; 1 reviewed segment is translated again"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, before := scopeDoc(t)
			ui, _ := newTestUI(t, d, false)
			c.filter(ui)
			shown := shownSegments(ui)
			openReplace(t, ui, "deal", "agreement")
			if !ui.find.rep.shownOnly.Visible() || !ui.find.rep.shownOnly.Checked {
				t.Fatalf("under a filter, “Only the shown segments” shown %v, checked %v; want both", ui.find.rep.shownOnly.Visible(), ui.find.rep.shownOnly.Checked)
			}
			ui.find.rep.shownOnly.SetChecked(c.shownOnly)
			ui.find.entry.TypedShortcut(custom(fyne.KeyReturn, ctrl|alt))
			want := map[int]string{
				0: "Jose\u0301 😀 hailed the « Brexit\u00a0agreement ».",
				1: "Agreement or no Agreement, said Bové.",
				2: "A AGREEMENT 😀, cafe\u0301.",
				4: "The agreement’s terms 👍🏽.",
			}
			for i, seg := range d.Segments {
				w := before[i]
				if slices.Contains(c.changed, i) {
					w = want[i]
				}
				if seg.Target != w {
					t.Errorf("segment %d: %q, want %q", i+1, seg.Target, w)
				}
			}
			if !strings.HasPrefix(ui.status.Text, c.status) {
				t.Errorf("status %q, want it to start %q", ui.status.Text, c.status)
			}
			if got := shownSegments(ui); !slices.Equal(got, shown) {
				t.Errorf("Replace all changed the segments shown: %v, were %v", got, shown)
			}
			pressShortcut(ui, &fyne.ShortcutUndo{})
			for i, seg := range d.Segments {
				if seg.Target != before[i] {
					t.Errorf("after one Ctrl+Z, segment %d: %q, want %q", i+1, seg.Target, before[i])
				}
			}
		})
	}
}

// TestReplaceNextKeepsToTheShownSegments: under a filter, Next and Replace go from shown match to
// shown match, wrapping around without showing a hidden segment; a search whose matches are all
// hidden says how many and how to reach them; unchecked, Next goes to a hidden match and shows it.
func TestReplaceNextKeepsToTheShownSegments(t *testing.T) {
	d, _ := scopeDoc(t)
	ui, _ := newTestUI(t, d, false)
	ui.filter.apply(showDrafts)
	openReplace(t, ui, "deal", "pact")
	var went []int
	for range 3 {
		pressKey(ui, fyne.KeyReturn)
		went = append(went, ui.find.last.seg)
	}
	if !slices.Equal(went, []int{0, 2, 0}) {
		t.Errorf("Enter went to segments %v, want [0 2 0] (by index: the drafts, wrapping around)", went)
	}
	if got := shownSegments(ui); !slices.Equal(got, []int{0, 2}) {
		t.Errorf("segments shown %v after Next, want [0 2]", got)
	}
	pressShortcut(ui, custom(fyne.KeyReturn, ctrl)) // Replace, in the bar: the match shown, then the next
	if got, w := d.Segments[0].Target, "Jose\u0301 😀 hailed the « Brexit\u00a0pact »."; got != w {
		t.Errorf("Replace made segment 1 %q, want %q", got, w)
	}
	if ui.find.last.seg != 2 {
		t.Errorf("Replace went on to segment %d, want 3", ui.find.last.seg+1)
	}

	ui.find.entry.SetText("no Deal")
	pressKey(ui, fyne.KeyReturn)
	if w := "“no Deal” is in none of the shown segments’ English; 1 match in a hidden segment (uncheck “Only the shown segments” to reach it)"; ui.status.Text != w {
		t.Errorf("status %q, want %q", ui.status.Text, w)
	}
	ui.find.rep.shownOnly.SetChecked(false)
	pressKey(ui, fyne.KeyReturn)
	if ui.find.last.seg != 1 || ui.list.hidden(1) {
		t.Errorf("unchecked, Next went to segment %d (segment 2 hidden %v), want segment 2 shown", ui.find.last.seg+1, ui.list.hidden(1))
	}
}

// TestShownOnlyCheckFollowsTheFilter: the check is there only while a filter is on, checked again
// each time one comes on.
func TestShownOnlyCheckFollowsTheFilter(t *testing.T) {
	d, _ := scopeDoc(t)
	ui, _ := newTestUI(t, d, false)
	check := ui.find.rep.shownOnly
	openReplace(t, ui, "deal", "pact")
	if check.Visible() {
		t.Error("“Only the shown segments” is there without a filter")
	}
	ui.filter.apply(showDrafts)
	if !check.Visible() || !check.Checked {
		t.Fatalf("filter on: check shown %v, checked %v; want both", check.Visible(), check.Checked)
	}
	check.SetChecked(false)
	ui.filter.apply(showDrafts) // applied again: the user's choice holds
	if check.Checked {
		t.Error("applying the filter again checked the box the user unchecked")
	}
	ui.filter.apply(showAll)
	if check.Visible() {
		t.Error("“Only the shown segments” is still there once the filter is off")
	}
	ui.filter.apply(showToTranslate)
	if !check.Visible() || !check.Checked {
		t.Errorf("filter on again: check shown %v, checked %v; want both", check.Visible(), check.Checked)
	}
}

// TestNextUntranslatedKeepsToTheShownSegments: under a filter, Ctrl+U goes to the next shown segment
// left to translate, passing hidden ones by; when no shown one is left, it stays and the status line
// says how many are hidden and how to show them, the filter untouched.
func TestNextUntranslatedKeepsToTheShownSegments(t *testing.T) {
	ui, _ := newTestUI(t, filterDoc(30), false)
	ui.filter.apply(showDrafts) // segments 2, 5, 8…: the new ones 3, 6, 9… are hidden
	ui.focusSegment(1, annotate.Target)
	pressShortcut(ui, ctrlKey(fyne.KeyU))
	if ui.cur != 4 || ui.list.hidden(2) == false {
		t.Errorf("Ctrl+U from segment 2 went to %d (segment 3 hidden %v), want 5, the next draft", ui.cur+1, ui.list.hidden(2))
	}
	filterContaining(ui, "« done »") // the translated segments alone
	ui.focusSegment(3, annotate.Target)
	shown := shownSegments(ui)
	pressShortcut(ui, ctrlKey(fyne.KeyU))
	if ui.cur != 3 || !slices.Equal(shownSegments(ui), shown) {
		t.Errorf("Ctrl+U with no shown segment to translate went to segment %d, showing %v", ui.cur+1, shownSegments(ui))
	}
	w := "No segment shown is left to translate, but 20 hidden by the filter are: choose “Not translated” in the filter (Ctrl+Shift+F) to show them"
	if ui.status.Text != w {
		t.Errorf("status %q, want %q", ui.status.Text, w)
	}
}

// TestPretranslateAsksItsScopeUnderAFilter: under a filter hiding segments without English,
// pre-translation asks; Enter fills the shown ones alone and says how many hidden ones it left, in one
// undo step; unchecked, it fills every one. Without a filter it asks nothing.
func TestPretranslateAsksItsScopeUnderAFilter(t *testing.T) {
	pairs := ntrex(t)
	for _, c := range []struct {
		name      string
		filter    bool
		shownOnly bool
		filled    []int
	}{
		{"shown only", true, true, []int{0, 2}},
		{"whole document", true, false, []int{0, 1, 2, 3}},
		{"no filter", false, false, []int{0, 1, 2, 3}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := pairDoc(pairs[0].FR, pairs[1].FR, pairs[2].FR, pairs[3].FR)
			ui := suggestUI(t, d, pairs, nil)
			if c.filter {
				filterContaining(ui, "membres de l’assemblee") // segments 1 and 3
			}
			ui.pretranslate()
			if c.filter {
				if d.Segments[0].Target != "" {
					t.Fatal("under a filter, pre-translation ran before asking")
				}
				check := dialogCheck(t, ui)
				if check.Text != "Only the shown segments" || !check.Checked {
					t.Fatalf("dialog's check %q checked %v", check.Text, check.Checked)
				}
				if !c.shownOnly {
					test.Tap(check)
				}
				pressKey(ui, fyne.KeyReturn)
			}
			for i, seg := range d.Segments {
				if filled := seg.Target != ""; filled != slices.Contains(c.filled, i) {
					t.Errorf("segment %d: %q %s", i+1, seg.Target, seg.Status)
				}
			}
			left := strings.Contains(ui.status.Text, "2\u00a0segments without English hidden by the filter were left alone")
			if left != (c.filter && c.shownOnly) {
				t.Errorf("status %q", ui.status.Text)
			}
			ui.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) // the report
			ui.undoStep()
			for i, seg := range d.Segments {
				if seg.Target != "" {
					t.Errorf("after one undo, segment %d: %q", i+1, seg.Target)
				}
			}
		})
	}
}

// dialogCheck returns the check of the dialog on top of the window.
func dialogCheck(t *testing.T, ui *UI) *formCheck {
	t.Helper()
	for _, o := range test.LaidOutObjects(ui.win.Canvas().Overlays().Top()) {
		if c, ok := o.(*formCheck); ok {
			return c
		}
	}
	t.Fatal("no check in the dialog")
	return nil
}

// dialogMessage returns the text of the message in the dialog on top.
func dialogMessage(t *testing.T, ui *UI) string {
	t.Helper()
	for _, o := range test.LaidOutObjects(ui.win.Canvas().Overlays().Top()) {
		if m, ok := o.(*messageText); ok {
			return m.Text
		}
	}
	t.Fatal("no message in the dialog")
	return ""
}

// TestFilterScopeInFrench: the check and the messages of Replace all, Ctrl+U and pre-translation
// under a filter, in French, with its no-break spaces before « ; » and inside « ». Pre-translation's
// question with no shown segment to fill read "Aucun segment affiché n’est sans anglais, mais 1
// segment masqué par le filtre l’est", a double negative.
func TestFilterScopeInFrench(t *testing.T) {
	useLanguage(t, "fr")
	d, _ := scopeDoc(t)
	ui, _ := newTestUI(t, d, false)
	ui.filter.apply(showDrafts)
	openReplace(t, ui, "deal", "accord")
	if got, w := ui.find.rep.shownOnly.Text, "Segments affichés seulement"; got != w {
		t.Errorf("check %q, want %q", got, w)
	}
	ui.find.entry.TypedShortcut(custom(fyne.KeyReturn, ctrl|alt))
	w := "2 remplacements dans 2 segments affichés\u00a0; 3 occurrences masquées non remplacées (décochez «\u00a0Segments affichés seulement\u00a0» pour les remplacer)"
	if ui.status.Text != w {
		t.Errorf("status %q, want %q", ui.status.Text, w)
	}
	ui.find.hide()
	filterContaining(ui, "bove") // segment 2, translated: the drafts 1 and 3 and the new 4 are hidden
	pressShortcut(ui, ctrlKey(fyne.KeyU))
	w = "Aucun segment affiché n’est à traduire, mais 3 segments masqués par le filtre le sont\u00a0: choisissez «\u00a0Non traduits\u00a0» dans le filtre (Ctrl+Maj+F) pour les afficher"
	if ui.status.Text != w || ui.cur != 1 {
		t.Errorf("Ctrl+U: segment %d, status %q; want segment 2 still, and %q", ui.cur+1, ui.status.Text, w)
	}
	ui.askPretranslationScope(func([]bool) {}) // segment 4, hidden, has no English; segment 2 has
	w = "Chaque segment affiché a déjà son anglais, mais 1 segment masqué par le filtre n’en a pas."
	if got := dialogMessage(t, ui); got != w {
		t.Errorf("pre-translation's question %q, want %q", got, w)
	}
}

// TestReplacedMessageSaysHiddenFirst: the matches the filter hid were named last, after the confirmed
// and locked segments left alone, past the end of the status line in French at 1280 units; they come
// right after the replacements made, whatever else the message says.
func TestReplacedMessageSaysHiddenFirst(t *testing.T) {
	useLanguage(t, "fr")
	plan := annotate.ReplacePlan{Segments: []annotate.SegmentReplace{{Index: 0, Ranges: [][2]int{{0, 4}}, With: []string{"deal"}}},
		Skipped: 2, Locked: 1, OutOfScope: 3}
	got := replacedMessage("pact", plan, 1, true)
	w := "1 remplacement dans le segment affiché 1\u00a0; 3 occurrences masquées non remplacées ("
	if !strings.HasPrefix(got, w) {
		t.Errorf("status %q, want it to start %q", got, w)
	}
}
