package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate/spell"
)

// prefEnglish is the preferences key of the English spelling the spelling check reads in documents
// whose target language names no region (en): spell.AnyEnglish (the default), American or British.
const prefEnglish = "qa.english"

// varietyLabels are the choices of the English spelling select, in the order of spell.Varieties.
func varietyLabels() []string {
	return []string{lang.L("American or British"), lang.L("American"), lang.L("British")}
}

// newVarietyRow makes the English spelling select of the Checks section, with the line under it that
// says which documents it applies to, or why the open document's language decides instead.
func (p *qaPanel) newVarietyRow() fyne.CanvasObject {
	p.english = newChoiceSelect(varietyLabels(), nil)
	p.english.OnChanged = func(label string) {
		i := slices.Index(varietyLabels(), label)
		if i < 0 || p.english.Disabled() {
			return
		}
		if v := spell.Varieties()[i]; v != p.preferredVariety() {
			p.ui.app.Preferences().SetString(prefEnglish, string(v))
			p.runNow()
		}
	}
	p.englishNote = newFluidText("").styled(fyne.TextStyle{Italic: true})
	// the quotation marks first (qa_quotes.go): the note under the form is the spelling's
	form := widget.NewForm(widget.NewFormItem(lang.L("Quotation marks"), p.newQuoteStyleSelect()),
		widget.NewFormItem("", p.newSmartQuotesCheck()), // under the style it follows (smartquotes.go)
		widget.NewFormItem(lang.L("English spelling"), p.english))
	return container.NewVBox(form, p.englishNote)
}

// preferredVariety is the English spelling the user chose for documents in plain English.
func (p *qaPanel) preferredVariety() spell.Variety {
	v, err := spell.ParseVariety(p.ui.app.Preferences().StringWithFallback(prefEnglish, string(spell.AnyEnglish)))
	if err != nil {
		return spell.AnyEnglish
	}
	return v
}

// variety is the English spelling the spelling check reads in the open document: the one its target
// language names (en-GB British, en-US American: spell.VarietyOf), else the user's choice; and
// whether the language decided.
func (p *qaPanel) variety() (spell.Variety, bool) {
	if p.ui.doc != nil {
		if v := spell.VarietyOf(p.ui.doc.TargetLang); v != "" {
			return v, true
		}
	}
	return p.preferredVariety(), false
}

// showVariety shows the spelling read in the open document: the select holds the user's choice, or,
// greyed, the one the document's language names.
func (p *qaPanel) showVariety() {
	v, byTag := p.variety()
	// greyed before it shows the document's spelling: selecting it while open would take it for
	// the user's choice (OnChanged), and every document in plain English would then read it
	p.english.Disable()
	p.english.SetSelectedIndex(slices.Index(spell.Varieties(), v))
	if !byTag {
		p.english.Enable()
	}
	p.englishNote.SetText(p.varietyNote())
}

// varietyNote says which spelling the spelling check reads in the open document, and what decides it.
func (p *qaPanel) varietyNote() string {
	v, byTag := p.variety()
	if byTag {
		args := map[string]any{"Tag": p.ui.doc.TargetLang}
		if v == spell.British {
			return lang.L("British spelling, as the document's language {{.Tag}} says", args)
		}
		return lang.L("American spelling, as the document's language {{.Tag}} says", args)
	}
	return lang.L("For documents in English with no region (en); en-GB, en-US… follow their language")
}

// spellingNote says, under an opened spelling issue, which spelling it was read against.
func (p *qaPanel) spellingNote() string {
	v, byTag := p.variety()
	if byTag {
		return p.varietyNote()
	}
	switch v {
	case spell.British:
		return lang.L("British spelling, as chosen under Checks")
	case spell.American:
		return lang.L("American spelling, as chosen under Checks")
	}
	return lang.L("American or British spelling, as chosen under Checks")
}
