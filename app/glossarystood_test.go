package app

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/glose-app/glose/annotate"
)

// assemblyText is a sentence with « », a no-break space, an emoji and two confirmed names, one of
// which the lists know (Arabie saoudite), one projection can only guess (Assemblée), one an acronym
// the English writes in the plural (MWP).
const assemblyText = "« L’Assemblée a tranché », a dit l’élu 🙂 en Arabie saoudite à propos des MWP."

// assemblyDoc is assemblyText with its three names confirmed in the French, without English names:
// projection gives them theirs.
func assemblyDoc(t *testing.T) *annotate.Document {
	t.Helper()
	d := pairDoc(assemblyText)
	d.ID = "assemblee"
	return withNames(t, d, [3]string{"Assemblée", "", "ORG"}, [3]string{"Arabie saoudite", "", "LOC"}, [3]string{"MWP", "", "MISC"})
}

// withNames gives d an entity e1, e2... per name (French, English or "", type), each with a confirmed
// French mention on the name's first occurrence in d's text.
func withNames(t *testing.T, d *annotate.Document, names ...[3]string) *annotate.Document {
	t.Helper()
	ed := annotate.NewEditor(d)
	for i, n := range names {
		at := strings.Index(d.Text, n[0])
		sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len(n[0]), Label: n[2]}
		must(t, ed.AddSpan(sp))
		e := &annotate.Entity{ID: fmt.Sprintf("e%d", i+1), Type: n[2], Names: map[string]string{"fr": n[0]}, Mentions: []string{sp.ID}}
		if n[1] != "" {
			e.Names["en"] = n[1]
		}
		must(t, ed.AddEntity(e))
	}
	return d
}

// englishMention returns the English mention of entity id in segment 0.
func englishMention(t *testing.T, ui *UI, id string) *annotate.Span {
	t.Helper()
	for _, sp := range ui.doc.TargetSpans(ui.doc.Segments[0].ID) {
		if e := ui.doc.EntityOf(sp.ID); e != nil && e.ID == id {
			return sp
		}
	}
	t.Fatalf("entity %s has no English mention: %q", id, ui.doc.Segments[0].Target)
	return nil
}

// TestGlossaryLearnsNoProjectedBounds follows a translator who confirms a segment (Ctrl+Enter) and
// then every suggestion at once (Accept all): the English mentions projection guessed ("Assembly
// Commission" for "Assemblée", "MWPs" for "MWP") become confirmed along with the rest, but nobody
// checked their words, so the shared glossary learns only the name the lists give (Arabie saoudite →
// Saudi Arabia). Correcting a mention's bounds, or accepting one by itself, is standing behind it.
func TestGlossaryLearnsNoProjectedBounds(t *testing.T) {
	ui, _ := newTestUI(t, assemblyDoc(t), false)
	step := func(what, want string) {
		t.Helper()
		if got := storedTerms(t, ui); got != want {
			t.Fatalf("%s: the glossary holds %q, want %q", what, got, want)
		}
	}
	r := typeEnglish(t, ui, 0, "“The Assembly Commission has ruled,” said the e\u0301lected official 🙂 in Saudi Arabia about the MWPs.")
	r.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	for id, want := range map[string]string{"e1": "Assembly Commission", "e2": "Saudi Arabia", "e3": "MWPs"} {
		if got := ui.doc.SpanText(englishMention(t, ui, id)); got != want {
			t.Fatalf("projection placed %s on %q, want %q (the test's premise)", id, got, want)
		}
	}
	step("after confirming the segment", "")
	ui.acceptAll()
	if sp := englishMention(t, ui, "e1"); !sp.Accepted() || ui.doc.Entity("e1").Names["en"] != "Assembly Commission" {
		t.Fatalf("Accept all left %q %s, named %q", ui.doc.SpanText(sp), sp.Origin, ui.doc.Entity("e1").Names["en"])
	}
	step("after Accept all", "Arabie saoudite → Saudi Arabia")

	// Accepting one mention by itself: MWPs is what this translator wants for MWP.
	ui.undoStep()
	step("after undoing Accept all", "")
	pressOnSpan(ui, englishMention(t, ui, "e3").ID, fyne.KeyA)
	step("after accepting MWPs by itself", "MWP → MWPs")
	ui.acceptAll()
	step("after Accept all", "Arabie saoudite → Saudi Arabia; MWP → MWPs")

	// The translator marks where the name is: "Assembly", the words they selected.
	seg := ui.doc.Segments[0]
	at := strings.Index(seg.Target, "Assembly")
	r = visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.entry)
	selectInEntry(r.entry, utf8.RuneCountInString(seg.Target[:at]), len("Assembly"), false)
	if !ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierAlt}) {
		t.Fatal("Alt+O is not bound")
	}
	if got := ui.doc.Entity("e1").Names["en"]; got != "Assembly" {
		t.Fatalf("after correcting the bounds, e1's English name is %q, want Assembly", got)
	}
	step("after correcting the bounds of Assembly", "Arabie saoudite → Saudi Arabia; Assemblée → Assembly; MWP → MWPs")
}

// TestGlossaryLearnsNoSpeakerConfirmedAlong: accepting an English quotation confirms its speaker's
// English mention with it (annotate's Accept), a judgement on who spoke, not on the mention's words:
// the glossary learns no name from it.
func TestGlossaryLearnsNoSpeakerConfirmedAlong(t *testing.T) {
	d := pairDoc("« Le dialogue 🙂 est libre », a dit l’Assemblée.")
	withNames(t, d, [3]string{"Assemblée", "", "ORG"})
	ed := annotate.NewEditor(d)
	q := &annotate.Span{Side: annotate.Source, Start: 0, End: strings.Index(d.Text, "»") + len("»"), Label: annotate.LabelQuote}
	must(t, ed.AddSpan(q))
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: q.ID, To: d.Entity("e1").Mentions[0]}))
	ui, _ := newTestUI(t, d, false)
	r := typeEnglish(t, ui, 0, "“The dialogue 🙂 is free,” said the Assembly Commission.")
	r.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	var quote *annotate.Span
	for _, sp := range ui.doc.TargetSpans(ui.doc.Segments[0].ID) {
		if sp.Label == annotate.LabelQuote {
			quote = sp
		}
	}
	speaker := englishMention(t, ui, "e1")
	if quote == nil || ui.doc.LinkFrom(quote.ID, annotate.LinkSpeaker) == nil {
		t.Fatalf("no English quotation linked to its speaker: %v", quote)
	}
	pressOnSpan(ui, quote.ID, fyne.KeyA)
	if !speaker.Accepted() || ui.doc.SpanText(speaker) != "Assembly Commission" {
		t.Fatalf("the speaker's mention %q is %s after accepting the quotation", ui.doc.SpanText(speaker), speaker.Origin)
	}
	if got := storedTerms(t, ui); got != "" {
		t.Errorf("the glossary learned %q from a speaker confirmed along with the quotation", got)
	}
}

// TestGlossaryLearnsFromAReopenedDocument: what a person confirmed by itself is in the document, not
// in the session. The translator of TestGlossaryLearnsNoProjectedBounds accepts "MWPs" alone, then
// everything at once, and saves; the file, opened in another copy of Glose with an empty glossary
// (a colleague's, or after a restart), teaches what the session did, and still not the projected
// "Assembly Commission" confirmed only along with the rest.
func TestGlossaryLearnsFromAReopenedDocument(t *testing.T) {
	ui, _ := newTestUI(t, assemblyDoc(t), false)
	r := typeEnglish(t, ui, 0, "“The Assembly Commission has ruled,” said the e\u0301lected official 🙂 in Saudi Arabia about the MWPs.")
	r.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	pressOnSpan(ui, englishMention(t, ui, "e3").ID, fyne.KeyA)
	ui.acceptAll()
	const want = "Arabie saoudite → Saudi Arabia; MWP → MWPs"
	if got := storedTerms(t, ui); got != want {
		t.Fatalf("the session taught %q, want %q (the test's premise)", got, want)
	}
	data, err := annotate.Marshal(ui.doc)
	must(t, err)
	saved, err := annotate.Unmarshal(data, "assemblee.json")
	must(t, err)
	other, _ := newTestUI(t, saved, false) // another memory, empty
	if got := storedTerms(t, other); got != want {
		t.Errorf("the document opened again taught %q, want %q", got, want)
	}
}
