package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// TestUndoSaysWhatItTookBack: Undo and Redo name what they took back or brought again, in the
// user's terms, the quotation's words shortened, in English and in French; "Undone: new annotation"
// or "annotation confirmation" left the analyst to find what had changed. The French names what it
// speaks of (citation, annotation, mention, entité), so that its participle agrees with it and not
// with a speaker's sex ("Marie-Françoise … lié" was wrong); the speaker in guillemets, as one with
// no entity is named by its words ("attribuée à Le patron" was wrong). A step of many changes
// (Accept all), or a merge of namesakes, is still named by its kind.
func TestUndoSaysWhatItTookBack(t *testing.T) {
	const name = "Marie-Françoise Delacroix-Beauregard"
	quoteOf := func(d *annotate.Document) string { return d.Spans[1].ID }
	perOf := func(d *annotate.Document) string { return d.Spans[0].ID }
	unlinked := func(t *testing.T) *annotate.Document {
		d := longQuoteDoc(t, name)
		must(t, annotate.NewEditor(d).RemoveLink(d.Links[0].ID))
		return d
	}
	twoPersons := func(t *testing.T) *annotate.Document {
		d, pro := speakerDoc(t)
		must(t, annotate.NewEditor(d).AddEntity(&annotate.Entity{ID: "e2", Type: annotate.LabelPER,
			Names: map[string]string{"fr": "Pablo Dana"}, Mentions: []string{pro.ID}}))
		return d
	}
	for _, c := range []struct {
		name, language string
		doc            func(*testing.T) *annotate.Document
		do             func(*testing.T, *UI)
		undone, redone string
	}{
		{"quote accepted", "en", func(t *testing.T) *annotate.Document { return longQuoteDoc(t, name) },
			func(t *testing.T, ui *UI) { ui.selectSpan(quoteOf(ui.doc)); must(t, ui.acceptSelected()) },
			"Undone: quote « Ceux qui pensent que la Russie cédera… » accepted",
			"Redone: quote « Ceux qui pensent que la Russie cédera… » accepted"},
		{"quote accepted", "fr", func(t *testing.T) *annotate.Document { return longQuoteDoc(t, name) },
			func(t *testing.T, ui *UI) { ui.selectSpan(quoteOf(ui.doc)); must(t, ui.acceptSelected()) },
			"Annulé\u00a0: citation « Ceux qui pensent que la Russie cédera… » acceptée",
			"Rétabli\u00a0: citation « Ceux qui pensent que la Russie cédera… » acceptée"},
		{"speaker linked", "en", unlinked,
			func(t *testing.T, ui *UI) { must(t, ui.linkSpeaker(quoteOf(ui.doc), perOf(ui.doc))) },
			"Undone: speaker of « Ceux qui pensent que la Russie cédera… » set to " + name,
			"Redone: speaker of « Ceux qui pensent que la Russie cédera… » set to " + name},
		{"speaker linked", "fr", unlinked,
			func(t *testing.T, ui *UI) { must(t, ui.linkSpeaker(quoteOf(ui.doc), perOf(ui.doc))) },
			"Annulé\u00a0: citation « Ceux qui pensent que la Russie cédera… » attribuée à «\u00a0" + name + "\u00a0»",
			"Rétabli\u00a0: citation « Ceux qui pensent que la Russie cédera… » attribuée à «\u00a0" + name + "\u00a0»"},
		{"mention split off", "en", func(t *testing.T) *annotate.Document { d, _ := speakerDoc(t); return d },
			func(t *testing.T, ui *UI) {
				ui.selectSpan(ui.doc.Spans[1].ID)
				must(t, entitiesTab(ui).newFromSelected())
			},
			"Undone: PER “il” split off “Sergueï Lavrov”", "Redone: PER “il” split off “Sergueï Lavrov”"},
		{"mention split off", "fr", func(t *testing.T) *annotate.Document { d, _ := speakerDoc(t); return d },
			func(t *testing.T, ui *UI) {
				ui.selectSpan(ui.doc.Spans[1].ID)
				must(t, entitiesTab(ui).newFromSelected())
			},
			"Annulé\u00a0: mention PER «\u00a0il\u00a0» détachée de «\u00a0Sergueï Lavrov\u00a0»",
			"Rétabli\u00a0: mention PER «\u00a0il\u00a0» détachée de «\u00a0Sergueï Lavrov\u00a0»"},
		{"span relabelled", "en", func(t *testing.T) *annotate.Document { return longQuoteDoc(t, name) },
			func(t *testing.T, ui *UI) { must(t, ui.ed.Relabel(perOf(ui.doc), annotate.LabelORG)) },
			"Undone: PER “" + name + "” relabelled ORG", "Redone: PER “" + name + "” relabelled ORG"},
		{"span relabelled", "fr", func(t *testing.T) *annotate.Document { return longQuoteDoc(t, name) },
			func(t *testing.T, ui *UI) { must(t, ui.ed.Relabel(perOf(ui.doc), annotate.LabelORG)) },
			"Annulé\u00a0: étiquette de PER «\u00a0" + name + "\u00a0» changée en ORG",
			"Rétabli\u00a0: étiquette de PER «\u00a0" + name + "\u00a0» changée en ORG"},
		{"span removed", "en", func(t *testing.T) *annotate.Document { return longQuoteDoc(t, name) },
			func(t *testing.T, ui *UI) {
				must(t, ui.ed.Accept(perOf(ui.doc)))
				ui.selectSpan(perOf(ui.doc))
				must(t, ui.removeSelectedSpan())
			},
			"Undone: PER “" + name + "” removed", "Redone: PER “" + name + "” removed"},
		{"span removed", "fr", func(t *testing.T) *annotate.Document { return longQuoteDoc(t, name) },
			func(t *testing.T, ui *UI) {
				must(t, ui.ed.Accept(perOf(ui.doc)))
				ui.selectSpan(perOf(ui.doc))
				must(t, ui.removeSelectedSpan())
			},
			"Annulé\u00a0: annotation PER «\u00a0" + name + "\u00a0» supprimée",
			"Rétabli\u00a0: annotation PER «\u00a0" + name + "\u00a0» supprimée"},
		{"entities merged", "en", twoPersons,
			func(t *testing.T, ui *UI) { must(t, ui.ed.MergeEntities("e1", "e2")) },
			"Undone: “Pablo Dana” merged into “Sergueï Lavrov”", "Redone: “Pablo Dana” merged into “Sergueï Lavrov”"},
		{"entities merged", "fr", twoPersons,
			func(t *testing.T, ui *UI) { must(t, ui.ed.MergeEntities("e1", "e2")) },
			"Annulé\u00a0: entité «\u00a0Pablo Dana\u00a0» fusionnée avec «\u00a0Sergueï Lavrov\u00a0»",
			"Rétabli\u00a0: entité «\u00a0Pablo Dana\u00a0» fusionnée avec «\u00a0Sergueï Lavrov\u00a0»"},
		// the English name alone, the Entities tab's most frequent rename, was "entity rename"
		{"English name given", "en", func(t *testing.T) *annotate.Document { d, _ := speakerDoc(t); return d },
			func(t *testing.T, ui *UI) {
				must(t, entitiesTab(ui).renameTo("e1", "Sergueï Lavrov", "Sergei Lavrov"))
			},
			"Undone: English name of “Sergueï Lavrov” set to “Sergei Lavrov”",
			"Redone: English name of “Sergueï Lavrov” set to “Sergei Lavrov”"},
		{"English name given", "fr", func(t *testing.T) *annotate.Document { d, _ := speakerDoc(t); return d },
			func(t *testing.T, ui *UI) {
				must(t, entitiesTab(ui).renameTo("e1", "Sergueï Lavrov", "Sergei Lavrov"))
			},
			"Annulé\u00a0: nom anglais «\u00a0Sergei Lavrov\u00a0» donné à l’entité «\u00a0Sergueï Lavrov\u00a0»",
			"Rétabli\u00a0: nom anglais «\u00a0Sergei Lavrov\u00a0» donné à l’entité «\u00a0Sergueï Lavrov\u00a0»"},
		{"English name changed", "fr", func(t *testing.T) *annotate.Document { d, _ := speakerDoc(t); return d },
			func(t *testing.T, ui *UI) {
				must(t, entitiesTab(ui).renameTo("e1", "Sergueï Lavrov", "Sergey Lavrov"))
				must(t, entitiesTab(ui).renameTo("e1", "Sergueï Lavrov", "Sergei Lavrov"))
			},
			"Annulé\u00a0: nom anglais de l’entité «\u00a0Sergueï Lavrov\u00a0» changé de «\u00a0Sergey Lavrov\u00a0» en «\u00a0Sergei Lavrov\u00a0»",
			"Rétabli\u00a0: nom anglais de l’entité «\u00a0Sergueï Lavrov\u00a0» changé de «\u00a0Sergey Lavrov\u00a0» en «\u00a0Sergei Lavrov\u00a0»"},
		{"English name removed", "en", func(t *testing.T) *annotate.Document { d, _ := speakerDoc(t); return d },
			func(t *testing.T, ui *UI) {
				must(t, entitiesTab(ui).renameTo("e1", "Sergueï Lavrov", "Sergei Lavrov"))
				must(t, entitiesTab(ui).renameTo("e1", "Sergueï Lavrov", ""))
			},
			"Undone: English name “Sergei Lavrov” of “Sergueï Lavrov” removed",
			"Redone: English name “Sergei Lavrov” of “Sergueï Lavrov” removed"},
		{"all accepted", "en", testDoc,
			func(t *testing.T, ui *UI) { ui.acceptAll() },
			"Undone: annotation confirmation", "Redone: annotation confirmation"},
	} {
		t.Run(c.name+"/"+c.language, func(t *testing.T) {
			useLanguage(t, c.language)
			ui, _ := newTestUI(t, c.doc(t), false)
			c.do(t, ui)
			for _, step := range []struct {
				run  func()
				want string
			}{{ui.undoStep, c.undone}, {ui.redoStep, c.redone}} {
				step.run()
				if got, _, _ := strings.Cut(ui.status.Text, " — "); got != step.want {
					t.Errorf("status %q, want %q", got, step.want)
				}
			}
		})
	}
}

// BenchmarkUndoSaidBig is what naming an annotation step's undo adds in a 1 MB document: the
// annotations taken before and after, then compared.
func BenchmarkUndoSaidBig(b *testing.B) {
	ui := benchUI(b)
	q := ""
	for _, sp := range ui.doc.Spans {
		if isQuote(sp) && sp.Origin != annotate.Human {
			q = sp.ID
			break
		}
	}
	from := annoStateOf(ui.doc)
	must(b, ui.ed.Accept(q))
	b.Logf("%d spans, %d links, %d entities", len(ui.doc.Spans), len(ui.doc.Links), len(ui.doc.Entities))
	b.ResetTimer()
	for range b.N {
		if ui.stepSaid("accept", from, annoStateOf(ui.doc)) == stepWhat("accept") {
			b.Fatal("the step was named by its kind")
		}
	}
}

// TestUndoSaysWhatAProjectionMade: a quote accepted while the English just typed waited for its
// pause, the projection came after the accept, a step of its own that Ctrl+Z takes back first; it
// said "Undone: annotation projection", the accepted quote's name only on the second Ctrl+Z. The
// projection now says how many annotations it made, and each step is named by what it changed.
func TestUndoSaysWhatAProjectionMade(t *testing.T) {
	for _, c := range []struct{ language, projected, accepted string }{
		{"en", "2 annotations projected onto the English", "quote « Le dialogue 😀 est libre » accepted"},
		{"fr", "2 annotations projetées sur l’anglais", "citation « Le dialogue 😀 est libre » acceptée"},
	} {
		t.Run(c.language, func(t *testing.T) {
			useLanguage(t, c.language)
			ui, _ := newTestUI(t, docWithEntities(t), false)
			typeEnglish(t, ui, 0, lavrovEN)
			ui.selectSpan(ui.doc.Spans[0].ID)
			must(t, ui.acceptSelected())
			ui.projectTyped() // the pause in typing, after the accept
			undone := func(what string) string { return lang.L("Undone: {{.What}}", map[string]any{"What": what}) }
			redone := func(what string) string { return lang.L("Redone: {{.What}}", map[string]any{"What": what}) }
			for _, step := range []struct {
				run  func()
				want string
			}{
				{ui.undoStep, undone(c.projected)}, {ui.undoStep, undone(c.accepted)},
				{ui.redoStep, redone(c.accepted)}, {ui.redoStep, redone(c.projected)},
			} {
				step.run()
				if got, _, _ := strings.Cut(ui.status.Text, " — "); got != step.want {
					t.Errorf("status %q, want %q", got, step.want)
				}
			}
		})
	}
}
