package app

import (
	"encoding/json"

	"fyne.io/fyne/v2"
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
}

// keepExportChoice remembers c for the rest of the session and in the settings.
func (ui *UI) keepExportChoice(c exportChoice) {
	ui.lastExport = &c
	data, err := json.Marshal(exportChoiceSetting{c.format, c.side, c.mentions, c.unit, c.untranslated, c.confirmed, c.plain, c.paras})
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
	c := exportChoice{s.Format, s.Side, s.Mentions, s.Unit, s.Untranslated, s.Confirmed, s.Plain, s.Paragraphs}
	known := false
	for _, format := range f.fmts {
		known = known || format.Name == c.format
	}
	in := func(i int, options []string) bool { return i >= 0 && i < len(options) }
	if !known || !in(c.side, f.side.Options) || !in(c.mentions, f.mentions.Options) || !in(c.unit, f.unit.Options) || !in(c.untranslated, f.untr.Options) {
		return nil
	}
	return &c
}
