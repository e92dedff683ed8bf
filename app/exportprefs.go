package app

import (
	"encoding/json"
	"maps"
	"slices"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate/formats"
)

// prefExport is the settings key of the Export dialog's choices, kept from one session to the next:
// an analyst exporting confirmed doccano with every mention each evening chose them again after each
// start, the session's memory (UI.lastExport) going with it.
const prefExport = "export.choice"

// exportChoiceSetting is exportChoice as the settings keep it, as JSON in one string.
type exportChoiceSetting struct {
	Format       string `json:"format"`
	Side         int    `json:"side"`
	Mentions     int    `json:"mentions"`
	Unit         int    `json:"unit"`
	Untranslated int    `json:"untranslated"`
	Confirmed    bool   `json:"confirmed"`
	Plain        bool   `json:"plain"`
	Paragraphs   bool   `json:"paragraphs"`
	// Excel is the table's layout chosen; absent in the settings of earlier versions, whose
	// dialog starts from this computer's (exportChoice.excel -1).
	Excel *int `json:"excel,omitempty"`
	// Purposes is the format last chosen for each purpose (exportPurposes), which its button chooses.
	Purposes map[string]string `json:"purposes,omitempty"`
}

// keepExportChoice remembers c for the rest of the session and in the settings.
func (ui *UI) keepExportChoice(c exportChoice) {
	ui.lastExport = &c
	excel := c.excel
	data, err := json.Marshal(exportChoiceSetting{c.format, c.side, c.mentions, c.unit, c.untranslated, c.confirmed, c.plain, c.paras, &excel, c.purposes})
	if err == nil {
		ui.app.Preferences().SetString(prefExport, string(data))
	}
}

// exportChoiceFor returns the choice the Export dialog form f starts from: the session's last, else
// the one the settings kept, if f can show it (nil otherwise: a setting edited by hand, or naming a
// format this Glose no longer writes, leaves the dialog on its defaults).
func (ui *UI) exportChoiceFor(f *exportForm) *exportChoice {
	if ui.lastExport != nil {
		return ui.lastExport
	}
	return keptExportChoice(ui.app.Preferences(), f)
}

func keptExportChoice(p fyne.Preferences, f *exportForm) *exportChoice {
	var s exportChoiceSetting
	if err := json.Unmarshal([]byte(p.String(prefExport)), &s); err != nil {
		return nil
	}
	c := exportChoice{s.Format, s.Side, s.Mentions, s.Unit, s.Untranslated, -1, s.Confirmed, s.Plain, s.Paragraphs, s.Purposes}
	if s.Excel != nil {
		c.excel = *s.Excel
	}
	known := false
	for _, format := range f.fmts {
		known = known || format.Name == c.format
	}
	in := func(i int, options []string) bool { return i >= 0 && i < len(options) }
	if !known || !in(c.side, f.side.Options) || !in(c.mentions, f.mentions.Options) || !in(c.unit, f.unit.Options) || !in(c.untranslated, f.untr.Options) ||
		c.excel >= len(f.excel.Options) {
		return nil
	}
	return &c
}

// exportChoice is what the export dialog was left showing, which the next one of the session starts
// from (Cancel included: the person chose a format, then went to look at something first).
type exportChoice struct {
	format                  string // Format.Name
	side, mentions, unit    int    // the places of the choices, kept too where greyed
	untranslated            int    // formats.Untranslated
	excel                   int    // the place in excelChoices; -1: this computer's default (excelDefault)
	confirmed, plain, paras bool
	purposes                map[string]string // exportForm.byPurpose
}

// remembered returns what the form shows, with the choices kept while greyed.
func (f *exportForm) remembered() exportChoice {
	c := exportChoice{unit: f.unitIndex, confirmed: f.confirmed.Checked, plain: f.plain.Checked, paras: f.paras.Checked,
		side: f.side.SelectedIndex(), mentions: f.mentions.SelectedIndex(), untranslated: f.untrIndex, excel: f.excelIndex,
		purposes: maps.Clone(f.byPurpose)}
	if i := f.format.SelectedIndex(); i >= 0 {
		c.format = f.fmts[i].Name
	}
	if c.side < 0 {
		c.side = f.kept[f.side]
	}
	if c.mentions < 0 {
		c.mentions = f.kept[f.mentions]
	}
	return c
}

// restore shows choice c again: its format, then its options over the format's defaults.
func (f *exportForm) restore(c exportChoice) {
	i := slices.IndexFunc(f.fmts, func(format formats.Format) bool { return format.Name == c.format })
	if i < 0 {
		return // a format this Glose no longer writes
	}
	for p, name := range c.purposes {
		f.byPurpose[p] = name // a name this Glose no longer writes leaves the purpose on its first format
	}
	f.format.SetSelectedIndex(i)
	f.unitIndex = c.unit
	if !f.unit.Disabled() {
		f.unit.SetSelectedIndex(c.unit)
	}
	f.plain.SetChecked(c.plain) // greys or brings back the span choices
	for _, s := range []struct {
		s *formSelect
		i int
	}{{f.side, c.side}, {f.mentions, c.mentions}} {
		if s.s.Disabled() {
			f.kept[s.s] = s.i
		} else {
			s.s.SetSelectedIndex(s.i)
		}
	}
	f.confirmed.SetChecked(c.confirmed)
	f.paras.SetChecked(c.paras)
	f.untrIndex = c.untranslated
	if !f.untr.Disabled() {
		f.untr.SetSelectedIndex(c.untranslated)
	}
	if c.excel >= 0 {
		f.excelIndex = c.excel
		if !f.excel.Disabled() {
			f.excel.SetSelectedIndex(c.excel)
		}
	}
	f.layOut()
}
