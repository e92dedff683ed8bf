package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// untranslatedSelect returns the export dialog's choice for untranslated segments.
func untranslatedSelect(t *testing.T, ui *UI) *formSelect {
	t.Helper()
	return shownChoice(t, ui, untranslatedChoices()[formats.KeepSource])
}

// TestExportDialogTranslationText drives the Export dialog for the translation as plain text: the
// choice for untranslated segments applies to it only; by default the export is refused before any
// file is asked for, with a message naming how many segments and which; keeping their French writes
// the text laid out as the French (beside the document, as article.en.txt), and leaving them out
// replaces it, the previous one kept as a backup.
func TestExportDialogTranslationText(t *testing.T) {
	ui, path, _ := savedTestDoc(t)
	const en = "Sergei Lavrov said: “The dialogue 😀 is free”."
	ui.doc.Segments[0].Target, ui.doc.Segments[0].Status = en, annotate.StatusTranslated
	text, _ := formats.Lookup("text")

	format, _ := exportDialogSelects(t, ui)
	format.SetSelected("XLIFF 2.1")
	if isShown(ui.win.Canvas().Overlays().Top(), ui.exportForm.untr) {
		t.Error("the choice for untranslated segments is shown for XLIFF")
	}
	format.SetSelected(formatTitle(text))
	untr := untranslatedSelect(t, ui)
	if untr.Disabled() || untr.SelectedIndex() != int(formats.RefuseUntranslated) {
		t.Fatalf("plain text: the untranslated choice is disabled %v, on %q; want enabled, on refusing", untr.Disabled(), untr.Selected)
	}
	ui.win.Canvas().Focus(format)
	pressKey(ui, fyne.KeyReturn)
	want := "2 of 3 segments have no English: 2–3. Translate them, or choose “Keep their French” or “Leave them out” under “Untranslated segments”."
	if shownMessage(ui.win.Canvas().Overlays().Top(), want) == nil || !ui.exportForm.preview.refused {
		t.Fatalf("the dialog does not say %q, with Export greyed", want)
	}
	if _, asked := ui.win.Canvas().Focused().(*nameEntry); asked {
		t.Fatal("the refused export asked for a file")
	}

	untranslatedSelect(t, ui).SetSelectedIndex(int(formats.KeepSource)) // in the same dialog
	if delivered := "2 of 3 segments have no English and are delivered in French: 2–3."; !previewSays(ui, delivered) {
		t.Errorf("with their French kept, the dialog does not say %q", delivered)
	}
	if box := exportNameBox(t, ui); box.Text != "article.en.txt" {
		t.Errorf("the text export is proposed as %q, want article.en.txt", box.Text)
	}
	saveExport(t, ui, false)
	exported := filepath.Join(filepath.Dir(path), "article.en.txt")
	kept := en + " " + sampleText[strings.Index(sampleText, "Donald"):]
	if got := readFile(exported); got != kept {
		t.Errorf("with their French kept, the text is\n%q\nwant\n%q", got, kept)
	}

	exportDialogSelects(t, ui)
	untranslatedSelect(t, ui).SetSelectedIndex(int(formats.OmitUntranslated))
	exportNameBox(t, ui)
	saveExport(t, ui, true)
	if got := readFile(exported); got != en {
		t.Errorf("with them left out, the text is %q, want %q", got, en)
	}
	if got := readFile(exported + ".bak"); got != kept {
		t.Errorf("the backup holds %q, want the text exported before", got)
	}
}

// TestTranslationRefusalInFrench: the refusal is said in the interface's language, with the
// dialog's own names for its choices; Markdown is refused for a document whose French was not.
func TestTranslationRefusalInFrench(t *testing.T) {
	useLanguage(t, "fr")
	d := testDoc(t)
	text, _ := formats.Lookup("text")
	md, _ := formats.Lookup("markdown")
	got := translationRefusal(d, text, formats.WriteOptions{Confirmed: true})
	want := "3 segments sur 3 n’ont pas d’anglais validé (traduit ou relu)\u00a0: 1–3. Traduisez-les et validez-les, ou choisissez «\u00a0Garder leur français\u00a0» ou «\u00a0Les omettre\u00a0» sous «\u00a0Segments non traduits\u00a0»."
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if got := translationRefusal(d, md, formats.WriteOptions{Untranslated: formats.KeepSource}); !strings.Contains(got, "Markdown") {
		t.Errorf("Markdown of a plain text: %q, want a refusal", got)
	}
	if got := translationRefusal(d, text, formats.WriteOptions{Untranslated: formats.OmitUntranslated}); got != "" {
		t.Errorf("leaving them out: %q, want no refusal", got)
	}
}

// TestTranslationNamedInEnglish: the translation of an article imported from a text is proposed
// beside it with the English's tag in place of the French's, never as the French file itself.
func TestTranslationNamedInEnglish(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{"article.txt", "article.en.txt"},
		{"sample-article.fr.txt", "sample-article.en.txt"},
		{"Reportage.FR.md", "Reportage.en.txt"},
	} {
		ui, _ := newTestUI(t, testDoc(t), false)
		ui.origin = filepath.Join(t.TempDir(), c.file)
		text, _ := formats.Lookup("text")
		if got := ui.exportNameFrom(ui.translationStem(), ".txt", formats.WriteOptions{}); got != c.want {
			t.Errorf("%s: the %s export is proposed as %q, want %q", c.file, text.Name, got, c.want)
		}
	}
}

// TestExportDialogMarkdown: an article opened from Markdown exports its translation as Markdown from
// the dialog, with the French's heading and list markup, beside the article as article.en.md.
func TestExportDialogMarkdown(t *testing.T) {
	md := filepath.Join(t.TempDir(), "article.md")
	must(t, os.WriteFile(md, []byte("# Le «\u00a0oui\u00a0» du Sénat\n\n- Un vote 😀.\n- Une re\u0301forme.\n"), 0o644))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(md)
	if len(ui.doc.Segments) != 3 {
		t.Fatalf("%d segments, want 3", len(ui.doc.Segments))
	}
	for i, en := range []string{"The Senate's “yes”", "A vote 😀.", ""} {
		ui.doc.Segments[i].Target = en
	}
	format, _ := exportDialogSelects(t, ui)
	markdown, _ := formats.Lookup("markdown")
	format.SetSelected(formatTitle(markdown))
	untranslatedSelect(t, ui).SetSelectedIndex(int(formats.KeepSource))
	ui.win.Canvas().Focus(format)
	if box := exportNameBox(t, ui); box.Text != "article.en.md" {
		t.Errorf("the Markdown export is proposed as %q, want article.en.md", box.Text)
	}
	saveExport(t, ui, false)
	want := "# The Senate's “yes”\n\n- A vote 😀.\n- Une réforme.\n"
	if got := readFile(filepath.Join(filepath.Dir(md), "article.en.md")); got != want {
		t.Errorf("the Markdown export holds\n%q\nwant\n%q", got, want)
	}
}

// TestExportConfirmedBoxSaysWhatItKeeps: the confirmed box is named for what it does with the format
// chosen, in either language: it leaves the suggestions out of the formats that keep annotations,
// and keeps the English of confirmed segments only in the translation as a text, whose warning
// about drafts names the box as it reads.
func TestExportConfirmedBoxSaysWhatItKeeps(t *testing.T) {
	for _, c := range []struct{ language, spans, segments, drafts string }{
		{"en", "Only confirmed annotations", "Only confirmed segments",
			"3 of 3 segments are written with English nobody confirmed (drafts): 1–3 (tick “Only confirmed segments” to write only the English of translated or reviewed segments)."},
		{"fr", "Annotations confirmées seulement", "Segments validés seulement",
			"3 segments sur 3 sont écrits avec un anglais que personne n’a validé (des brouillons)\u00a0: 1–3 (cochez «\u00a0Segments validés seulement\u00a0» pour n’écrire que l’anglais des segments traduits ou relus)."},
	} {
		t.Run(c.language, func(t *testing.T) {
			useLanguage(t, c.language)
			ui, _, _ := savedTestDoc(t)
			for _, s := range ui.doc.Segments {
				s.Target, s.Status = "Some English.", annotate.StatusDraft
			}
			format, _ := exportDialogSelects(t, ui)
			box, top := ui.exportForm.confirmed, ui.win.Canvas().Overlays().Top()
			for _, name := range []string{"doccano", "text", "conll"} {
				f := mustLookup(t, name)
				format.SetSelected(formatTitle(f))
				want := c.spans
				if f.Translation {
					want = c.segments
				}
				if !isShown(top, box) || box.Text != want {
					t.Errorf("%s: the confirmed box reads %q (shown %v), want %q", name, box.Text, isShown(top, box), want)
				}
				if f.Translation && !previewSays(ui, c.drafts) {
					t.Errorf("%s: the dialog does not say %q", name, c.drafts)
				}
			}
		})
	}
}
