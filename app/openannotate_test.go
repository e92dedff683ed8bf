package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
)

// openArticle has quotations with their speakers, names, places, accents, « guillemets » with
// no-break spaces, emoji (one with a skin tone) and a combining accent (e + U+0301).
const openArticle = "Sergueï Lavrov a déclaré\u00a0: «\u00a0Le dialogue 😀 est libre\u00a0», à Moscou.\n\n" +
	"« Nous ne céderons pas », a affirmé Emmanuel Macron à Paris 👍🏽.\n\n" +
	"Angela Merkel a visité la cafe\u0301téria de l’Élysée avec le président."

// openAnnotating opens text, written to a file called name, in ui without waiting for its
// pre-annotation (which runs on its own goroutine all the same), and returns what adds its
// proposals to the window once they are ready: the test decides when they land.
func openAnnotating(t *testing.T, ui *UI, name, text string) (land func()) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	must(t, os.WriteFile(path, []byte(text), 0o644))
	return annotatingWhile(t, ui, func() { ui.Open(path) })
}

// annotatingWhile runs open, which opens a text in ui, without waiting for its pre-annotation, and
// returns what adds its proposals to the window (see openAnnotating).
func annotatingWhile(t *testing.T, ui *UI, open func()) (land func()) {
	t.Helper()
	lands := make(chan func(), 1)
	ui.opts.annotateWait = -1
	ui.opts.landProposals = func(apply func()) { lands <- apply }
	open()
	return func() {
		t.Helper()
		select {
		case apply := <-lands:
			apply()
		case <-time.After(2 * time.Minute): // not a measure: a hung test fails instead of waiting on
			t.Fatal("the pre-annotation never ended")
		}
	}
}

// annotations lists d's spans, links and entities by their places and labels, sorted, IDs aside.
func annotations(d *annotate.Document) []string {
	key := func(id string) string {
		sp := d.Span(id)
		if sp == nil {
			return "missing " + id
		}
		return fmt.Sprintf("%s %s[%d,%d) %s", sp.Side, sp.Segment, sp.Start, sp.End, sp.Label)
	}
	var out []string
	for _, sp := range d.Spans {
		out = append(out, fmt.Sprintf("span %s %s %.3f %s", key(sp.ID), sp.Origin, sp.Confidence, sp.Mention))
	}
	for _, l := range d.Links {
		out = append(out, fmt.Sprintf("link %s %s → %s %s", l.Type, key(l.From), key(l.To), l.Origin))
	}
	for _, e := range d.Entities {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, key(m))
		}
		slices.Sort(ms)
		out = append(out, fmt.Sprintf("entity %s %s/%s %v", e.Type, e.Name("fr"), e.Name("en"), ms))
	}
	slices.Sort(out)
	return out
}

// openedAtOnce returns openArticle as opening it waiting for its pre-annotation gives it (a text
// pre-annotated within annotateBudget): nothing to undo, not modified.
func openedAtOnce(t *testing.T) *annotate.Document {
	t.Helper()
	ui, _ := newTestUI(t, nil, false)
	path := filepath.Join(t.TempDir(), "article.txt")
	must(t, os.WriteFile(path, []byte(openArticle), 0o644))
	ui.Open(path)
	if len(ui.doc.Spans) == 0 {
		t.Fatal("opening the article proposed nothing: the test shows nothing")
	}
	if ui.ed.CanUndo() || ui.dirty {
		t.Errorf("pre-annotated before it showed, the text has %q to undo, modified: %v", ui.ed.UndoName(), ui.dirty)
	}
	return ui.doc
}

// TestTextShowsBeforeItsPreannotation: a text opens before its pre-annotation ends, the status line
// saying it goes on; its proposals then land as one undo step that leaves the text unmodified, the
// same as opening it waiting for them gives, with the side tabs showing them. Undo takes them away,
// Redo brings them back.
func TestTextShowsBeforeItsPreannotation(t *testing.T) {
	want := annotations(openedAtOnce(t))
	ui, _ := newTestUI(t, nil, false)
	land := openAnnotating(t, ui, "article.txt", openArticle)
	d := ui.doc
	if len(d.Segments) != 3 || len(d.Spans) != 0 || d.Text != norm.NFC.String(openArticle) {
		t.Fatalf("shown: %d segments, %d spans, text %q", len(d.Segments), len(d.Spans), d.Text)
	}
	if ui.status.Text != lang.L("Pre-annotating in the background: you can start translating") {
		t.Errorf("while pre-annotating, the status says %q", ui.status.Text)
	}
	ui.focusSegment(1, annotate.Target) // the segment's state takes the line, and says it too
	if !strings.HasSuffix(ui.status.Text, " — "+lang.L("pre-annotating in the background")) {
		t.Errorf("on segment 2, the status says %q", ui.status.Text)
	}
	if !ui.ShowPanel("1") {
		t.Fatal("no Entities tab")
	}
	land()
	if got := annotations(d); !slices.Equal(got, want) {
		t.Errorf("landed in the background:\n%s\nopened at once:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if n := len(d.Spans); ui.status.Text != preannotatedMessage(n, 0) {
		t.Errorf("after the proposals, the status says %q", ui.status.Text)
	}
	if ui.dirty || strings.HasPrefix(ui.title, "•") {
		t.Errorf("the proposals alone marked the text modified (title %q)", ui.title)
	}
	checkTabsShow(t, ui, d)
	if ui.showState(); strings.Contains(ui.status.Text, lang.L("pre-annotating in the background")) {
		t.Errorf("once the proposals are in, the status says %q", ui.status.Text)
	}
	if ui.ed.UndoName() != "pre-annotate" {
		t.Fatalf("the step to undo is %q, want the pre-annotation", ui.ed.UndoName())
	}
	ui.undoStep()
	if len(d.Spans)+len(d.Links)+len(d.Entities) != 0 || ui.ed.CanUndo() {
		t.Errorf("after Undo: %v, more to undo: %v", annotations(d), ui.ed.CanUndo())
	}
	ui.redoStep()
	if got := annotations(d); !slices.Equal(got, want) {
		t.Errorf("after Redo:\n%s", strings.Join(got, "\n"))
	}
}

// TestPastedTextShowsBeforeItsPreannotation: File › New document from the clipboard shows the text
// pasted before its pre-annotation ends, as opening a text file does, and gives the same proposals.
func TestPastedTextShowsBeforeItsPreannotation(t *testing.T) {
	want := annotations(openedAtOnce(t))
	ui, _ := newTestUI(t, nil, false)
	ui.app.Clipboard().SetContent(openArticle)
	land := annotatingWhile(t, ui, ui.NewFromClipboard)
	d := ui.doc
	if len(d.Segments) != 3 || len(d.Spans) != 0 {
		t.Fatalf("shown: %d segments, %d spans", len(d.Segments), len(d.Spans))
	}
	land()
	if got := annotations(d); !slices.Equal(got, want) {
		t.Errorf("pasted:\n%s\nopened:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// checkTabsShow checks that the Entities tab, shown, lists d's entities and the Quotes tab's title counts its
// quotations.
func checkTabsShow(t *testing.T, ui *UI, d *annotate.Document) {
	t.Helper()
	quotes := 0
	for _, sp := range d.Spans {
		if sp.Label == annotate.LabelQuote {
			quotes++
		}
	}
	for k, p := range ui.panels {
		switch p := p.(type) {
		case *entitiesPanel:
			if len(p.ents) != len(d.Entities) || len(d.Entities) == 0 {
				t.Errorf("the Entities tab lists %d entities, the document has %d", len(p.ents), len(d.Entities))
			}
		case *quotesPanel:
			if want := fmt.Sprintf("(%d)", quotes); ui.tabBadges[k] != want || quotes == 0 {
				t.Errorf("the Quotes tab's count is %q, want %q", ui.tabBadges[k], want)
			}
		}
	}
}

// spanAt returns the span of d labelled label on the French words, or nil.
func spanAt(d *annotate.Document, words, label string) *annotate.Span {
	at := strings.Index(d.Text, words)
	for _, sp := range d.Spans {
		if sp.Side == annotate.Source && sp.Start == at && sp.End == at+len(words) && sp.Label == label {
			return sp
		}
	}
	return nil
}

// tagWords tags the French words of segment i with the label key k, as the keyboard does.
func tagWords(t *testing.T, ui *UI, i int, words string, k rune) {
	t.Helper()
	r := visibleRow(t, ui, i)
	a := strings.Index(ui.doc.SourceText(ui.doc.Segments[i]), words)
	ui.win.Canvas().Focus(r.src)
	r.src.SetSelection(a, a+len(words))
	r.src.TypedRune(k)
	if sp := ui.doc.Span(ui.selSpan); sp == nil || spanAt(ui.doc, words, sp.Label) == nil {
		t.Fatalf("tagging %q did not tag it", words)
	}
}

// TestPreannotationKeepsWhatWasDoneMeanwhile: what the translator does while the text is
// pre-annotated (typing and confirming English, tagging names pre-annotation proposes too, or not,
// running Tools › Pre-annotate and rejecting a proposal) is all there once the proposals land, nothing
// doubled, nothing rejected back, the English confirmed given the proposals' projection; the proposals are one undo step, which takes the document back to
// what the translator left.
func TestPreannotationKeepsWhatWasDoneMeanwhile(t *testing.T) {
	english := "Sergei Lavrov said: “The dialogue 😀 is free”, in Moscow."
	for _, c := range []struct {
		name      string
		meanwhile func(t *testing.T, ui *UI)
		check     func(t *testing.T, d *annotate.Document, landed bool)
		adds      bool // the proposals add anything
	}{
		{"typed, confirmed and tagged", func(t *testing.T, ui *UI) {
			r := typeEnglish(t, ui, 0, english)
			r.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
			tagWords(t, ui, 1, "Emmanuel Macron", 'p') // proposed too
			tagWords(t, ui, 0, "dialogue 😀", 'm')      // not proposed
		}, func(t *testing.T, d *annotate.Document, landed bool) {
			if seg := d.Segments[0]; seg.Target != english || seg.Status != annotate.StatusTranslated {
				t.Errorf("segment 1: %q, %s", seg.Target, seg.Status)
			}
			for _, w := range []struct{ words, label string }{{"Emmanuel Macron", annotate.LabelPER}, {"dialogue 😀", annotate.LabelMISC}} {
				if sp := spanAt(d, w.words, w.label); sp == nil || sp.Origin != annotate.Human {
					t.Errorf("the tag of %q is %+v, want the translator's", w.words, sp)
				}
			}
			if sp := spanAt(d, "Emmanuel Macron", annotate.LabelPER); landed && sp != nil && d.EntityOf(sp.ID) == nil {
				t.Error("the translator's tag of Emmanuel Macron is no mention of the entity proposed")
			}
			var projected []string
			for _, sp := range d.TargetSpans(d.Segments[0].ID) {
				projected = append(projected, sp.Label+" "+d.SpanText(sp))
			}
			slices.Sort(projected)
			if want := []string{"LOC Moscow", "MISC dialogue", "PER Sergei Lavrov", "QUOTE “The dialogue 😀 is free”"}; landed && !slices.Equal(projected, want) {
				t.Errorf("the English confirmed meanwhile has %q projected, want %q", projected, want)
			}
		}, true},
		{"pre-annotated again and a proposal rejected", func(t *testing.T, ui *UI) {
			runMenuItem(t, ui, "Tools", "Pre-annotate the document")
			paris := spanAt(ui.doc, "Paris", annotate.LabelLOC)
			if paris == nil {
				t.Fatal("Tools › Pre-annotate did not propose Paris")
			}
			ui.selectSpan(paris.ID)
			must(t, ui.rejectSelected())
		}, func(t *testing.T, d *annotate.Document, _ bool) {
			if spanAt(d, "Paris", annotate.LabelLOC) != nil {
				t.Error("the proposal rejected meanwhile came back")
			}
		}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			ui, _ := newTestUI(t, nil, false)
			land := openAnnotating(t, ui, "article.txt", openArticle)
			d := ui.doc
			c.meanwhile(t, ui)
			left, undoName, had := annotations(d), ui.ed.UndoName(), len(d.Spans)
			land()
			c.check(t, d, true)
			seen := map[spanKey]bool{}
			for _, sp := range d.Spans {
				if seen[keyOf(sp)] {
					t.Errorf("%s %q twice", sp.Label, d.SpanText(sp))
				}
				seen[keyOf(sp)] = true
			}
			if w := integrityTexts(d); len(w) > 0 {
				t.Errorf("the document is inconsistent: %v", w)
			}
			if !ui.dirty {
				t.Error("the translator's changes are not marked unsaved")
			}
			if !c.adds {
				if ui.ed.UndoName() != undoName || !slices.Equal(annotations(d), left) {
					t.Errorf("nothing new to propose, yet the document changed (step %q)", ui.ed.UndoName())
				}
				return
			}
			if ui.ed.UndoName() != "pre-annotate" || len(d.Spans) <= had {
				t.Fatalf("%d spans, %d before; the step to undo is %q", len(d.Spans), had, ui.ed.UndoName())
			}
			ui.undoStep()
			if got := annotations(d); !slices.Equal(got, left) || ui.ed.UndoName() != undoName {
				t.Errorf("Undo of the pre-annotation left:\n%s\nwant what the translator left:\n%s", strings.Join(got, "\n"), strings.Join(left, "\n"))
			}
			c.check(t, d, false)
		})
	}
}

// TestPreannotationOfATextNoLongerShown: proposals ready once the window shows another document, the
// same file opened again, or is closed, go nowhere: no panic, nothing added to the wrong document.
// The work is given up as soon as its text leaves the window, not left to take a core to its end.
func TestPreannotationOfATextNoLongerShown(t *testing.T) {
	for _, c := range []struct {
		name      string
		meanwhile func(t *testing.T, ui *UI) (landNext func())
	}{
		{"another text opened", func(t *testing.T, ui *UI) func() {
			return openAnnotating(t, ui, "other.txt", "Angela Merkel est arrivée à Berlin.")
		}},
		{"the same text opened again", func(t *testing.T, ui *UI) func() {
			return openAnnotating(t, ui, "article.txt", openArticle)
		}},
		{"the sample opened", func(t *testing.T, ui *UI) func() {
			ui.OpenSample()
			return nil
		}},
		{"the window closed", func(t *testing.T, ui *UI) func() {
			ui.onClose()
			if !ui.closed {
				t.Fatal("the window did not close")
			}
			return nil
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ui, _ := newTestUI(t, nil, false)
			first := openAnnotating(t, ui, "article.txt", openArticle)
			old, work := ui.doc, ui.annotating
			landNext := c.meanwhile(t, ui)
			shown, was := ui.doc, annotations(ui.doc)
			if work == nil || context.Cause(work.ctx) != errAbandoned {
				t.Error("the first text's pre-annotation was not given up")
			}
			if next := ui.annotating; next != nil && context.Cause(next.ctx) == errAbandoned {
				t.Error("the pre-annotation of the text shown was given up")
			}
			first()
			if len(old.Spans) != 0 || !slices.Equal(annotations(shown), was) || ui.doc != shown {
				t.Fatalf("the first text's proposals went somewhere: %d on it, %v on the one shown", len(old.Spans), annotations(shown))
			}
			if landNext == nil {
				return
			}
			landNext()
			if len(shown.Spans) == 0 || ui.dirty {
				t.Errorf("the text shown got %d proposals, modified: %v", len(shown.Spans), ui.dirty)
			}
		})
	}
}

// TestPreannotationInTheBackgroundKeepsGlossaryAndWarnings: a text pre-annotated in the background
// names its entities by the user's glossary, and a user's entity model that cannot be read is said at
// once, with the import's own warnings, not when the proposals land.
func TestPreannotationInTheBackgroundKeepsGlossaryAndWarnings(t *testing.T) {
	d := annotate.NewDocument("first", "First", "Bonjour.", "fr", "en")
	d.AddSegment(0, len("Bonjour."), 0, annotate.KindSentence)
	ui := suggestUI(t, d, nil, nil)
	ui.importGlossary(nopCloser{strings.NewReader("source,target\nSergueï Lavrov,Sergey Lavrov\n")}, "terms.csv")
	junk := filepath.Join(t.TempDir(), "junk.model")
	must(t, os.WriteFile(junk, []byte("not a model"), 0o644))
	ui.app.Preferences().SetString(prefModel, junk)
	land := openAnnotating(t, ui, "article.txt", openArticle)
	_, err := ui.models.get(junk)
	warning := err.Error() + "\n" + lang.L("The built-in entity model was used instead.")
	if len(ui.doc.Spans) != 0 || shownMessage(ui.win.Canvas().Overlays().Top(), warning) == nil {
		t.Errorf("before the proposals (%d spans), no warning %q", len(ui.doc.Spans), warning)
	}
	land()
	if en, _ := entityEnglish(ui.doc, "Sergueï Lavrov"); en != "Sergey Lavrov" {
		t.Errorf("entity Sergueï Lavrov is %q in English, want the glossary's", en)
	}
}

// TestScreenshotWaitsForTheProposals: --screenshot pictures a text with its proposals, not before.
func TestScreenshotWaitsForTheProposals(t *testing.T) {
	ui, _ := newTestUI(t, nil, false)
	ended := 0
	ui.afterLoad = func(err error) {
		must(t, err)
		ended++
	}
	land := openAnnotating(t, ui, "article.txt", openArticle)
	if ended != 0 {
		t.Fatal("the screenshot was taken before the proposals")
	}
	land()
	if ended != 1 || len(ui.doc.Spans) == 0 {
		t.Errorf("after the proposals: %d screenshots, %d spans", ended, len(ui.doc.Spans))
	}
}

// TestProposalsAfterASaveAreUnsaved: a text saved as a Glose file before its proposals land is
// modified once they do: the file does not have them, and closing would otherwise lose them silently.
func TestProposalsAfterASaveAreUnsaved(t *testing.T) {
	ui, _ := newTestUI(t, nil, false)
	land := openAnnotating(t, ui, "article.txt", openArticle)
	saved := filepath.Join(t.TempDir(), "article.json")
	must(t, ui.saveTo(saved))
	if ui.dirty {
		t.Fatal("just saved, the text is marked modified")
	}
	land()
	if len(ui.doc.Spans) == 0 || !ui.dirty || !strings.HasPrefix(ui.title, "•") {
		t.Errorf("after the proposals: %d spans, modified %v, title %q", len(ui.doc.Spans), ui.dirty, ui.title)
	}
}
