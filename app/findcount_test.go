package app

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestFindSaysWhichMatchOfHowMany: each Enter in the Find bar says which match it shows of how many
// the document holds, counted as Enter visits them (a segment's French, then its English), whatever
// accents, emoji or combining marks come before the match, and so after wrapping round.
func TestFindSaysWhichMatchOfHowMany(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	// Decomposed "é" (e + U+0301), an emoji and « » before the English matches: counting in bytes or
	// runes of the folded text instead of the text would put them out of step.
	setTarget(t, ui, 0, "😀 The Re\u0301sume\u0301: « résumé », then RESUME.")
	setTarget(t, ui, 2, "No match here.")
	if !ui.handleShortcut(custom("F", ctrl)) {
		t.Fatal("Ctrl+F does not open the Find bar")
	}
	ui.find.entry.SetText("resume")
	var got []string
	for range 4 {
		ui.find.entry.OnSubmitted(ui.find.entry.Text)
		s := ui.status.Text
		i := strings.Index(s, "match ")
		if i < 0 {
			t.Fatalf("status %q says no match number", s)
		}
		got = append(got, strings.SplitN(s[i:], " —", 2)[0])
	}
	want := []string{"match 1 of 3", "match 2 of 3", "match 3 of 3", "match 1 of 3"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Enter after Enter: %q, want %q", got, want)
	}
	if !strings.Contains(ui.status.Text, "continued from the top") {
		t.Errorf("status after wrapping %q", ui.status.Text)
	}
	// A query found nowhere still says so, with no count.
	ui.find.entry.SetText("nowhere")
	ui.find.next()
	if strings.Contains(ui.status.Text, "match") {
		t.Errorf("status %q counts matches of a query found nowhere", ui.status.Text)
	}
}

// BenchmarkMatchOrdinal counts the matches of a two-word query in a 4 MB translated document, as
// each Enter in the Find bar does.
func BenchmarkMatchOrdinal(b *testing.B) {
	d := largeTranslatedDoc(b)
	at := findPos{seg: len(d.Segments) / 2, side: annotate.Target}
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		if _, total := matchOrdinal(d, "brexit deal", at); total == 0 {
			b.Fatal("no match")
		}
	}
}
