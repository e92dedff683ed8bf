package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// The export dialog's names for the choice of what to do with untranslated segments, in the order
// of formats.Untranslated.
func untranslatedName() string { return lang.L("Untranslated segments") }
func untranslatedChoices() []string {
	return []string{lang.L("Refuse the export and list them"), lang.L("Keep their French"), lang.L("Leave them out")}
}

// confirmedSegmentsHint says, under "Only confirmed segments", which segments are confirmed and what
// becomes of the others: the choice for untranslated segments, below it, applies to them.
func confirmedSegmentsHint() string {
	return lang.L("Translated or reviewed: the others count as untranslated (see below)")
}

func newUntranslatedSelect() *formSelect {
	s := newFormSelect(untranslatedChoices())
	s.SetSelectedIndex(int(formats.RefuseUntranslated))
	return s
}

// untranslatedChoice shows the choice for untranslated segments where the format writes the
// translation as a text, with the one made before, which it keeps while another format is chosen.
func (f *exportForm) untranslatedChoice(format formats.Format) {
	f.shown[untrItem] = format.Uses(formats.OptionUntranslated)
	if f.shown[untrItem] {
		f.untr.SetSelectedIndex(f.untrIndex)
	}
}

// translationRefusal is why the translation of d cannot be exported as a text with opts, in the
// user's language, before anything is asked or written: segments without English the user chose to
// refuse, or Markdown asked of a document whose French was not Markdown; "" when it can.
func translationRefusal(d *annotate.Document, f formats.Format, opts formats.WriteOptions) string {
	if !f.Translation {
		return ""
	}
	if f.Name == "markdown" && !d.Layout.Markdown {
		return lang.L("The French of this document was not imported from Markdown (or was imported before Glose kept its markup): there is no Markdown layout to follow. Export to plain text, or import the .md file again.")
	}
	if opts.Untranslated != formats.RefuseUntranslated {
		return ""
	}
	if missing := formats.UntranslatedSegments(d, opts.Confirmed); len(missing) > 0 {
		return untranslatedText(&formats.UntranslatedError{Doc: d.ID, Numbers: missing, Total: len(d.Segments), Confirmed: opts.Confirmed})
	}
	return ""
}

// untranslatedText says an UntranslatedError in the user's language, naming the dialog's choices.
func untranslatedText(e *formats.UntranslatedError) string {
	a := map[string]any{"N": len(e.Numbers), "Total": e.Total, "Numbers": numberList(e.Numbers),
		"Choice": untranslatedName(), "Keep": untranslatedChoices()[formats.KeepSource], "Omit": untranslatedChoices()[formats.OmitUntranslated]}
	if e.Confirmed {
		return lang.XN("export.unconfirmed", "{{.N}} of {{.Total}} segments have no confirmed English (translated or reviewed): {{.Numbers}}. Translate and confirm them, or choose “{{.Keep}}” or “{{.Omit}}” under “{{.Choice}}”.", len(e.Numbers), a)
	}
	return lang.XN("export.untranslated", "{{.N}} of {{.Total}} segments have no English: {{.Numbers}}. Translate them, or choose “{{.Keep}}” or “{{.Omit}}” under “{{.Choice}}”.", len(e.Numbers), a)
}

// exportError is err as the export says it: an untranslated refusal in the user's language (the
// document may have changed between the dialog's check and the export).
func exportError(err error) error {
	var ue *formats.UntranslatedError
	if errors.As(err, &ue) {
		return errors.New(untranslatedText(ue))
	}
	return err
}

// translationStem is the name the translation as a text is proposed under, without extension: the
// document's, with the English's language tag in place of the French's ("article.fr" gives
// "article.en") or after it ("article.en"), so that the deliverable says its language and is never
// the French file it was imported from.
func (ui *UI) translationStem() string {
	stem := strings.TrimSuffix(ui.suggestedName(".txt"), ".txt")
	if src := "." + ui.doc.SourceLang; len(stem) > len(src) && strings.EqualFold(stem[len(stem)-len(src):], src) {
		stem = stem[:len(stem)-len(src)]
	}
	return stem + "." + ui.doc.TargetLang
}
