package app

import (
	"fmt"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// targetTags returns the English spans of segment s1 as "LABEL words", in order.
func targetTags(d *annotate.Document) []string {
	var out []string
	for _, sp := range d.TargetSpans("s1") {
		out = append(out, sp.Label+" "+d.SpanText(sp))
	}
	return out
}

func sameTags(t *testing.T, when string, d *annotate.Document, want ...string) {
	t.Helper()
	got := targetTags(d)
	if len(got) != len(want) {
		t.Fatalf("%s: tags %q, want %q", when, got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%s: tags %q, want %q", when, got, want)
		}
	}
}

// TestPastedEnglishKeepsTheTranslatorsTags: the whole English selected and replaced by a paste that
// says "Moscow" elsewhere keeps the translator's LOC on it, linked to "Moscou" (it went with the
// old words, unsaid); the PER "Sergei Lavrov" the paste shortens to "Lavrov" goes there, which the
// status line says; one Ctrl+Z gives the English and both tags back, Ctrl+Y the paste with the
// moved tags.
func TestPastedEnglishKeepsTheTranslatorsTags(t *testing.T) {
	ui, fr, en := confirmedLavrov(t)
	d, r := ui.doc, ui.rowFor(0)
	ui.win.Canvas().Focus(r.entry)
	r.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	ui.app.Clipboard().SetContent("In Moscow 🇷🇺, Lavrov arrivé.")
	r.entry.TypedShortcut(&fyne.ShortcutPaste{Clipboard: ui.app.Clipboard()})
	sameTags(t, "pasted", d, "LOC Moscow", "PER Lavrov")
	if now := d.Span(en.ID); now == nil || now.Origin != annotate.Human {
		t.Fatal("the translator's “Moscow” is not the same confirmed span")
	}
	linkedTo(t, "pasted", d, fr, en)
	wantStatus(t, ui, "Your tags PER “Sergei Lavrov” → “Lavrov” moved to the shorter name")
	undoneOnce(t, ui)
	ui.handleShortcut(&fyne.ShortcutRedo{})
	sameTags(t, "after Ctrl+Y", d, "LOC Moscow", "PER Lavrov")
	linkedTo(t, "after Ctrl+Y", d, fr, en)
}

// linkedTo fails unless French span fr is linked to English span en.
func linkedTo(t *testing.T, when string, d *annotate.Document, fr, en *annotate.Span) {
	t.Helper()
	if l := d.LinkFrom(fr.ID, annotate.LinkTranslation); l == nil || l.To != en.ID {
		t.Errorf("%s: “%s” is not linked to English span %s", when, d.SpanText(fr), en.ID)
	}
}

func wantStatus(t *testing.T, ui *UI, want string) {
	t.Helper()
	if ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
}

// undoneOnce presses Ctrl+Z once and fails unless the English and its tags are back as they were.
func undoneOnce(t *testing.T, ui *UI) {
	t.Helper()
	d := ui.doc
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if d.Segments[0].Target != "Sergei Lavrov arrived in Moscow." {
		t.Fatalf("after one Ctrl+Z: %q", d.Segments[0].Target)
	}
	sameTags(t, "after Ctrl+Z", d, "PER Sergei Lavrov", "LOC Moscow")
}

// TestTypingKeepsTagsOnTheirWords: typing before a tag, inside it and after it, emoji, combining
// accents and flags included, keeps each tag on its words with its link; Ctrl+Z gives back the
// English with the tags at their very offsets, Ctrl+Y the typed English with them.
func TestTypingKeepsTagsOnTheirWords(t *testing.T) {
	ui, fr, en := confirmedLavrov(t)
	d, r := ui.doc, ui.rowFor(0)
	orig := spanPlaces(d)
	ui.win.Canvas().Focus(r.entry)
	at := func(s string) int { return utf8.RuneCountInString(s) }
	r.entry.setCaret(0)
	test.Type(r.entry, "🇷🇺 Yesterday ")                                         // before both
	r.entry.setCaret(at("🇷🇺 Yesterday Sergei Lav"))                             // inside the name
	test.Type(r.entry, "e\u0301")                                               // a combining accent
	r.entry.setCaret(at("🇷🇺 Yesterday Sergei Lave\u0301rov arrived in Moscow")) // at the end of "Moscow"
	test.Type(r.entry, " 👍🏽 today")
	if want := "🇷🇺 Yesterday Sergei Lave\u0301rov arrived in Moscow 👍🏽 today."; d.Segments[0].Target != want {
		t.Fatalf("typed %q, want %q", d.Segments[0].Target, want)
	}
	sameTags(t, "typed", d, "PER Sergei Lave\u0301rov", "LOC Moscow")
	linkedTo(t, "typed", d, fr, en)
	typed := spanPlaces(d)
	for ui.ed.CanUndo() && d.Segments[0].Target != "Sergei Lavrov arrived in Moscow." {
		ui.handleShortcut(&fyne.ShortcutUndo{})
	}
	if got := spanPlaces(d); got != orig {
		t.Errorf("after Ctrl+Z: %s, want %s", got, orig)
	}
	for ui.ed.CanRedo() {
		ui.handleShortcut(&fyne.ShortcutRedo{})
	}
	if got := spanPlaces(d); got != typed {
		t.Errorf("after Ctrl+Y: %s, want %s", got, typed)
	}
}

// spanPlaces is the English and its spans' offsets and labels, to compare.
func spanPlaces(d *annotate.Document) string {
	s := d.Segments[0].Target
	for _, sp := range d.TargetSpans("s1") {
		s += " | " + sp.ID + " " + sp.Label + " " + d.SpanText(sp)
		s += fmt.Sprintf(" %d-%d", sp.Start, sp.End)
	}
	return s
}

// TestTypingOverATagRemovesItInOneStep: "Moscow" selected and typed over with "Paris" loses its
// tag and its link, which the status line says; one Ctrl+Z gives back "Moscow", tagged and linked.
func TestTypingOverATagRemovesItInOneStep(t *testing.T) {
	ui, fr, en := confirmedLavrov(t)
	d, r := ui.doc, ui.rowFor(0)
	ui.win.Canvas().Focus(r.entry)
	at := utf8.RuneCountInString("Sergei Lavrov arrived in ")
	r.entry.selectRange(at, at+len("Moscow"))
	test.Type(r.entry, "Paris")
	if d.Segments[0].Target != "Sergei Lavrov arrived in Paris." {
		t.Fatalf("typed %q", d.Segments[0].Target)
	}
	sameTags(t, "typed over", d, "PER Sergei Lavrov")
	if d.LinkFrom(fr.ID, annotate.LinkTranslation) != nil {
		t.Error("“Moscou” still linked to English that is gone")
	}
	wantStatus(t, ui, "Your tags LOC “Moscow” were removed with their words: Ctrl+Z brings them back")
	undoneOnce(t, ui)
	linkedTo(t, "after Ctrl+Z", d, fr, en)
}

// TestRetypedEnglishGetsItsTagsBack: the whole English selected and typed again key by key, in
// another order, loses the tags at the first key and gets each back, with its link, once its words
// are typed and followed by more; the name not typed again stays named on the status line, and
// one Ctrl+Z gives the English and both tags back, Ctrl+Y the typing with the tag it got back.
func TestRetypedEnglishGetsItsTagsBack(t *testing.T) {
	ui, fr, en := confirmedLavrov(t)
	d, r := ui.doc, ui.rowFor(0)
	ui.win.Canvas().Focus(r.entry)
	r.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(r.entry, "In Moscow")
	sameTags(t, "“Moscow” typed, nothing after it", d)
	test.Type(r.entry, ", Lavrov arrived.")
	sameTags(t, "typed again", d, "LOC Moscow")
	linkedTo(t, "typed again", d, fr, en)
	wantStatus(t, ui, "Your tags PER “Sergei Lavrov” were removed with their words: Ctrl+Z brings them back")
	undoneOnce(t, ui)
	linkedTo(t, "after Ctrl+Z", d, fr, en)
	ui.handleShortcut(&fyne.ShortcutRedo{})
	if d.Segments[0].Target != "In Moscow, Lavrov arrived." {
		t.Fatalf("after Ctrl+Y: %q", d.Segments[0].Target)
	}
	sameTags(t, "after Ctrl+Y", d, "LOC Moscow")
	linkedTo(t, "after Ctrl+Y", d, fr, en)
}
