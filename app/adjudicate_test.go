package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/curate"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/annotate/qa"
)

const adjudicateText = "« C’est un succès 👍 », a déclaré Zoé Müller à Genève.\n\nL’ONU a salué Samuel Dupré à Paris. M. Dupré a remercié Zoé Müller.\n"

// reviewerDoc is one reviewer's confirmed annotation of adjudicateText: spans "label:words" (the
// first occurrence; "label:words#2" the second), entities as groups of those spans' indexes, and the
// quotation's speaker, the first span.
func reviewerDoc(t *testing.T, spans []string, groups [][]int) *annotate.Document {
	t.Helper()
	d, err := plaintext.Import("t.txt", []byte(adjudicateText), plaintext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ed := annotate.NewEditor(d)
	var ids []string
	for _, s := range spans {
		label, w, _ := strings.Cut(s, ":")
		w, nth, _ := strings.Cut(w, "#")
		at := strings.Index(d.Text, w)
		if nth == "2" {
			at += len(w) + strings.Index(d.Text[at+len(w):], w)
		}
		sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len(w), Label: label, Origin: annotate.Human, Confidence: 1}
		must(t, ed.AddSpan(sp))
		ids = append(ids, sp.ID)
	}
	for _, g := range groups {
		e := &annotate.Entity{Type: spans[g[0]][:strings.Index(spans[g[0]], ":")], Names: map[string]string{"fr": d.SpanText(d.Span(ids[g[0]]))}}
		for _, i := range g {
			e.Mentions = append(e.Mentions, ids[i])
		}
		must(t, ed.AddEntity(e))
	}
	quote := d.Span(ids[len(ids)-1])
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote.ID, To: ids[0], Origin: annotate.Human, Confidence: 1}))
	return d
}

// TestAdjudicateFromTheKeyboard walks the settling of a curated document in French with the keys
// alone: alice tagged Genève LOC, bob ORG; alice tagged Paris, bob did not; alice filed "M. Dupré"
// with Samuel Dupré, bob apart. Ctrl+J stops on each disputed span, the status line saying what each
// reviewer gave; o relabels Genève as bob did, a accepts Paris; Alt+G then Enter splits "M. Dupré"
// off as bob did; the grouping note deleted, the QA check disputed lists nothing and the document is
// valid.
func TestAdjudicateFromTheKeyboard(t *testing.T) {
	useLanguage(t, "fr")
	common := []string{"PER:Zoé Müller", "ORG:L’ONU", "PER:Samuel Dupré", "PER:M. Dupré", "PER:Zoé Müller#2"}
	alice := reviewerDoc(t, append(append([]string{}, common...), "LOC:Genève", "LOC:Paris", "QUOTE:« C’est un succès 👍 »"),
		[][]int{{0, 4}, {1}, {2, 3}, {5}, {6}})
	bob := reviewerDoc(t, append(append([]string{}, common...), "ORG:Genève", "QUOTE:« C’est un succès 👍 »"),
		[][]int{{0, 4}, {1}, {2}, {3}, {5}})
	res, err := curate.MergeWith([]curate.Reviewer{{Name: "alice", Doc: alice}, {Name: "bob", Doc: bob}}, curate.Options{Lang: "fr"})
	must(t, err)
	d := res.Doc
	ui, _ := newTestUI(t, d, false)
	c := ui.win.Canvas()
	press := func(r rune) {
		t.Helper()
		if f := c.Focused(); f != nil {
			f.TypedRune(r)
		} else {
			ui.runeWithoutFocus(r)
		}
	}
	next := func(words, said string) {
		t.Helper()
		ui.handleShortcut(custom(fyne.KeyJ, ctrl))
		sp := d.Span(ui.selSpan)
		if sp == nil || d.SpanText(sp) != words {
			t.Fatalf("Ctrl+J selected %+v, want %q", sp, words)
		}
		if !strings.Contains(ui.status.full, said) {
			t.Errorf("status line %q does not say %q", ui.status.full, said)
		}
	}
	next("Genève", "désaccord des relecteurs\u00a0: alice\u00a0: LOC\u00a0; bob\u00a0: ORG")
	press('o')
	if sp := d.Span(ui.selSpan); sp == nil || sp.Label != annotate.LabelORG || sp.Origin != annotate.Human {
		t.Fatalf("o on Genève: %+v, want ORG, confirmed", sp)
	}
	if d.Segments[0].Target != "" {
		t.Fatalf("o typed into the English: %q", d.Segments[0].Target)
	}
	next("Paris", "désaccord des relecteurs\u00a0: alice\u00a0: LOC\u00a0; bob\u00a0: aucun")
	press('a')
	ui.handleShortcut(custom(fyne.KeyJ, ctrl))
	if !strings.HasPrefix(ui.status.Text, "Plus rien à confirmer") {
		t.Errorf("after the last dispute, Ctrl+J says %q", ui.status.Text)
	}

	mr := spanWords(t, d, "M. Dupré")
	i := d.SegmentAt(mr.Start)
	r := visibleRow(t, ui, i)
	c.Focus(r.src)
	caretTo(t, r, mr.Start-d.Segments[i].Start+1)
	ui.handleShortcut(custom(fyne.KeyG, alt))
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if e := d.EntityOf(mr.ID); e == nil || len(e.Mentions) != 1 {
		t.Fatalf("Alt+G, Enter left M. Dupré in %+v, want an entity of its own", e)
	}
	for len(d.Notes) > 0 { // the grouping note, settled (Notes…, Delete)
		if !strings.HasPrefix(d.Notes[0].Text, "Entités regroupées autrement") {
			t.Errorf("unexpected note %q", d.Notes[0].Text)
		}
		must(t, ui.ed.RemoveNote("", 0))
	}
	for _, is := range qa.Run(d, qa.Config{}) {
		if is.Check == qa.Disputed {
			t.Errorf("still disputed: %s", is.Message)
		}
	}
	if err := d.Validate(); err != nil {
		t.Error(err)
	}
}

// spanWords returns the span whose text is words, or fails.
func spanWords(t *testing.T, d *annotate.Document, words string) *annotate.Span {
	t.Helper()
	for _, sp := range d.Spans {
		if d.SpanText(sp) == words {
			return sp
		}
	}
	t.Fatalf("no span %q", words)
	return nil
}
