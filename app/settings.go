package app

import (
	"errors"
	"os"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/dict"
	"github.com/glose-app/glose/suggest/glossary"
	"github.com/glose-app/glose/suggest/mt"
	"github.com/glose-app/glose/suggest/tm"
)

// Preferences keys of the translation-help settings (Fyne's preferences file, in the user's
// configuration directory). The API key goes to the system keyring (secret.go); prefMTKey holds it
// only when there is none, or from versions before the keyring. It never goes into documents,
// exports or messages.
const (
	prefTMPath    = "suggest.tm"
	prefDictPath  = "suggest.dict"
	prefProvider  = "suggest.mt.provider"
	prefMTURL     = "suggest.mt.url"
	prefMTModel   = "suggest.mt.model"
	prefMTKey     = "suggest.mt.key"
	prefThreshold = "suggest.threshold"
	prefAutoMT    = "suggest.mt.auto"
	prefPropose   = "annotate.threshold"
)

// settings configure the translation-help sources and pre-annotation. Their defaults come from the
// environment (the variables mt.FromEnv reads, XDG_DATA_HOME for the memory); saved preferences
// override them.
type settings struct {
	TMPath      string  // the SQLite file of the memory and the glossary
	DictPath    string  // the dictd dictionary, without extension
	Provider    string  // "", mt.LibreTranslate, mt.DeepL or mt.OpenAI
	URL         string  // the provider's server; "" for its default
	Model       string  // OpenAI-compatible servers' model name
	Key         string  // the provider's API key, if it wants one
	Threshold   float64 // lowest memory score pre-translation uses, percent
	AutoMT      bool    // fetch machine translation for each segment shown
	Propose     float64 // lowest confidence of the annotations pre-annotation proposes, percent
	EntityModel string  // the entity model file, from glose-cli train; "" for the built-in one

	timeout time.Duration // GLOSE_MT_TIMEOUT, not editable in the app
}

// envSettings returns the defaults the environment gives, with the problems it has.
func envSettings(getenv func(string) string) (settings, error) {
	s := settings{DictPath: dict.DefaultPath, Threshold: 75, Propose: 100 * preannotate.DefaultMinConfidence}
	path, errTM := tm.DefaultPath(getenv)
	s.TMPath = path
	c, errMT := mt.FromEnv(getenv)
	s.Provider, s.timeout = c.Provider, c.Timeout
	switch c.Provider {
	case mt.LibreTranslate:
		s.URL, s.Key = c.LibreTranslateURL, c.LibreTranslateKey
	case mt.DeepL:
		s.URL, s.Key = c.DeepLURL, c.DeepLKey
	case mt.OpenAI:
		s.URL, s.Model, s.Key = c.OpenAIURL, c.OpenAIModel, c.OpenAIKey
	}
	return s, errors.Join(errTM, errMT)
}

// loadSettings reads the settings: the environment's defaults overridden by the preferences, and
// the key by the one keys holds (with keys nil, the environment's key only).
func loadSettings(p fyne.Preferences, getenv func(string) string, keys *keyStore) (settings, error) {
	s, err := envSettings(getenv)
	s.TMPath = p.StringWithFallback(prefTMPath, s.TMPath)
	s.DictPath = p.StringWithFallback(prefDictPath, s.DictPath)
	s.Provider = p.StringWithFallback(prefProvider, s.Provider)
	s.URL = p.StringWithFallback(prefMTURL, s.URL)
	s.Model = p.StringWithFallback(prefMTModel, s.Model)
	if keys != nil {
		s.Key = keys.load(p, s.Provider, s.Key)
	}
	s.Threshold = p.FloatWithFallback(prefThreshold, s.Threshold)
	s.AutoMT = p.BoolWithFallback(prefAutoMT, s.AutoMT)
	s.Propose = proposeFrom(p)
	s.EntityModel = modelFrom(p)
	return s, err
}

// save writes the settings to the preferences, and the key to keys.
func (s settings) save(p fyne.Preferences, keys *keyStore) {
	p.SetString(prefTMPath, s.TMPath)
	p.SetString(prefDictPath, s.DictPath)
	p.SetString(prefProvider, s.Provider)
	p.SetString(prefMTURL, s.URL)
	p.SetString(prefMTModel, s.Model)
	keys.save(p, s.Provider, s.Key)
	p.SetFloat(prefThreshold, s.Threshold)
	p.SetBool(prefAutoMT, s.AutoMT)
	p.SetFloat(prefPropose, s.Propose)
	p.SetString(prefModel, s.EntityModel)
}

// proposeFrom is the confidence, in percent, from which pre-annotation proposes annotations.
func proposeFrom(p fyne.Preferences) float64 {
	return min(max(p.FloatWithFallback(prefPropose, 100*preannotate.DefaultMinConfidence), proposeMin), proposeMax)
}

// The bounds of the pre-annotation threshold: under 5 % nearly nothing proposed is right, and over
// 95 % only the surest quotations would be left.
const (
	proposeMin = 5
	proposeMax = 95
)

// mtConfig is the machine translation configuration the settings describe.
func (s settings) mtConfig() mt.Config {
	c := mt.Config{Provider: s.Provider, Timeout: s.timeout}
	switch s.Provider {
	case mt.LibreTranslate:
		c.LibreTranslateURL, c.LibreTranslateKey = s.URL, s.Key
	case mt.DeepL:
		c.DeepLURL, c.DeepLKey = s.URL, s.Key
	case mt.OpenAI:
		c.OpenAIURL, c.OpenAIModel, c.OpenAIKey = s.URL, s.Model, s.Key
	}
	return c
}

// sources are the translation-help sources the settings describe, for one language pair. Any of
// them may be missing; the reasons are kept for the Suggestions panel to show.
type sources struct {
	set    settings
	eng    *suggest.Engine // TM and Glossary are nil when the memory could not be opened
	mem    *tm.Memory      // owns the database the glossary shares
	memErr error           // why the memory and the glossary are unavailable
	mtErr  error           // why machine translation is unavailable although a provider is set
}

// openSources opens the memory and its glossary in the database at s.TMPath, the dictionary
// (lazily: its errors come with the first look-up) and the machine translation provider.
func openSources(s settings, src, tgt string) *sources {
	o := &sources{set: s, eng: &suggest.Engine{SourceLang: src, TargetLang: tgt}}
	o.memErr = o.openMemory(s.TMPath, src, tgt)
	if strings.TrimSpace(s.DictPath) != "" {
		o.eng.Dict = dict.Open(s.DictPath)
	}
	t, err := mt.New(s.mtConfig())
	o.eng.MT, o.mtErr = t, err
	return o
}

// openMemory opens the memory at path and the glossary sharing its database.
func (o *sources) openMemory(path, src, tgt string) error {
	if path == "" {
		return errors.New(lang.L("no memory file is set (Tools › Settings)"))
	}
	m, err := tm.Open(path)
	if err != nil {
		return err
	}
	g, err := glossary.New(m.DB(), path, src, tgt)
	if err != nil {
		_ = m.Close()
		return err
	}
	o.mem, o.eng.TM, o.eng.Glossary = m, m, g
	return nil
}

// close releases the database and the dictionary.
func (o *sources) close() {
	if o == nil {
		return
	}
	if o.eng.Dict != nil {
		_ = o.eng.Dict.Close()
	}
	if o.mem != nil {
		_ = o.mem.Close()
	}
}

// settingsForm is the settings dialog's content.
type settingsForm struct {
	tmPath, dictPath, url, model *nameEntry // Escape cancels the dialog from any of them
	key                          *nameEntry
	keyNote                      *messageText      // the key is in the settings file, for want of a keyring
	keys                         map[string]string // the key typed or stored for each provider chosen
	keyFor                       string            // the provider whose key the field shows
	provider                     *choiceSelect
	threshold                    *widget.Slider
	thresholdLabel               *widget.Label
	propose                      *widget.Slider
	proposeLabel                 *widget.Label
	entityModel                  *nameEntry
	auto                         *widget.Check
	timeout                      time.Duration
	// form shows the fields under their labels, which it greys with them only when it is refreshed
	form *widget.Form
}

// providerNames pairs the provider choices shown with their mt names.
func providerNames() []struct{ label, name string } {
	return []struct{ label, name string }{
		{lang.L("None"), ""}, {"LibreTranslate", mt.LibreTranslate}, {"DeepL", mt.DeepL},
		{lang.L("OpenAI-compatible"), mt.OpenAI},
	}
}

// newSettingsForm shows s; keys and the preferences p give the stored key of each provider chosen.
func newSettingsForm(s settings, keys *keyStore, p fyne.Preferences) *settingsForm {
	f := &settingsForm{tmPath: newNameEntry(nil), dictPath: newNameEntry(nil), url: newNameEntry(nil),
		model: newNameEntry(nil), key: newPasswordNameEntry(), entityModel: newNameEntry(nil), timeout: s.timeout}
	f.tmPath.SetText(s.TMPath)
	f.dictPath.SetText(s.DictPath)
	f.url.SetText(s.URL)
	f.url.SetPlaceHolder(lang.L("the provider's default"))
	f.model.SetText(s.Model)
	f.key.SetText(s.Key)
	var labels []string
	for _, p := range providerNames() {
		labels = append(labels, p.label)
	}
	f.provider = newChoiceSelect(labels, nil)
	f.provider.SetSelectedIndex(0)
	for i, p := range providerNames() {
		if p.name == s.Provider {
			f.provider.SetSelectedIndex(i)
		}
	}
	f.keys, f.keyFor = map[string]string{s.Provider: s.Key}, s.Provider
	f.provider.OnChanged = func(string) {
		f.switchKey(keys, p)
		f.enableService()
	}
	defer f.enableService()
	keys.check()
	f.keyNote = keyNote(keys)
	f.thresholdLabel = widget.NewLabel("")
	f.threshold = widget.NewSlider(50, 100)
	f.threshold.OnChanged = func(v float64) { f.thresholdLabel.SetText(percent(v / 100)) }
	f.threshold.SetValue(min(max(s.Threshold, 50), 100))
	f.proposeLabel = widget.NewLabel("")
	f.propose = widget.NewSlider(proposeMin, proposeMax)
	f.propose.Step = 5
	f.propose.OnChanged = func(v float64) { f.proposeLabel.SetText(percent(v / 100)) }
	f.propose.SetValue(min(max(s.Propose, proposeMin), proposeMax))
	f.entityModel.SetText(s.EntityModel)
	f.entityModel.SetPlaceHolder(lang.L("the built-in model"))
	f.auto = widget.NewCheck(lang.L("Fetch machine translation for each segment"), nil)
	f.auto.SetChecked(s.AutoMT)
	return f
}

// newForm lays the fields out under their labels, for newFormConfirm.
func (f *settingsForm) newForm() *widget.Form {
	f.form = widget.NewForm(f.items()...)
	return f.form
}

// items are the form's rows.
func (f *settingsForm) items() []*widget.FormItem {
	propose := widget.NewFormItem(lang.L("Pre-annotate from"), container.NewBorder(nil, nil, nil, f.proposeLabel, f.propose))
	propose.HintText = lang.L("lower proposes more, with more to reject")
	return []*widget.FormItem{
		widget.NewFormItem(lang.L("Memory database"), f.tmPath),
		widget.NewFormItem(lang.L("Dictionary"), f.dictPath),
		widget.NewFormItem(lang.L("Machine translation"), f.provider),
		widget.NewFormItem(lang.L("Server URL"), f.url),
		widget.NewFormItem(lang.L("Model"), f.model),
		widget.NewFormItem(lang.L("API key"), newKeyField(f.key, f.keyNote)),
		widget.NewFormItem(lang.L("Pre-translate from"), container.NewBorder(nil, nil, nil, f.thresholdLabel, f.threshold)),
		widget.NewFormItem("", f.auto),
		propose,
		widget.NewFormItem(lang.L("Entity model"), f.entityModel),
	}
}

// read returns the settings the form shows.
func (f *settingsForm) read() settings {
	s := settings{TMPath: strings.TrimSpace(f.tmPath.Text), DictPath: strings.TrimSpace(f.dictPath.Text),
		URL: strings.TrimSpace(f.url.Text), Model: strings.TrimSpace(f.model.Text), Key: strings.TrimSpace(f.key.Text),
		Threshold: f.threshold.Value, AutoMT: f.auto.Checked, Propose: f.propose.Value,
		EntityModel: strings.TrimSpace(f.entityModel.Text), timeout: f.timeout}
	s.Provider = f.providerName()
	return s
}

// providerName is the mt name of the provider chosen.
func (f *settingsForm) providerName() string {
	if i := f.provider.SelectedIndex(); i >= 0 {
		return providerNames()[i].name
	}
	return ""
}

// enableService greys the machine translation service's fields, and their labels, while no service
// is chosen, and the model but for an OpenAI-compatible server, the only one that takes one. Fyne's
// Form greys a label only when it is refreshed: without that, "Server URL" stayed grey beside the
// field a service had just enabled.
func (f *settingsForm) enableService() {
	name := f.providerName()
	for _, w := range []fyne.Disableable{f.url, f.key, f.auto} {
		setEnabled(w, name != "")
	}
	setEnabled(f.model, name == mt.OpenAI)
	// The note that keys go to the settings file greys with the key's field: in the warnings' colour
	// beside a greyed field, it was the first thing a new user saw in Settings, about a key nobody
	// had to give. Greyed, not hidden, so that the dialog keeps its height.
	note := widget.WarningImportance
	if name == "" {
		note = widget.LowImportance
	}
	f.keyNote.importance(note)
	if f.form != nil {
		f.form.Refresh()
	}
}

// switchKey shows the key of the provider just chosen: the one typed for it earlier in the form, or
// the one keys stores, and keeps the one typed for the provider left.
func (f *settingsForm) switchKey(keys *keyStore, p fyne.Preferences) {
	name := f.providerName()
	if name == f.keyFor {
		return
	}
	f.keys[f.keyFor] = f.key.Text
	key, ok := f.keys[name]
	if !ok && name != "" {
		key = keys.get(p, name)
	}
	f.keyFor = name
	f.key.SetText(key)
	f.keyNote.Hidden = !keys.inPreferences()
	f.keyNote.Refresh()
}

// settingsDialog shows the settings and applies them when saved.
func (ui *UI) settingsDialog() {
	f := newSettingsForm(ui.sugg.settings(), ui.keys, ui.app.Preferences())
	d := ui.newFormConfirm(lang.L("Settings"), lang.L("Save"), lang.L("Cancel"), f.newForm(), func(ok bool) {
		if ok {
			ui.applySettings(f.read())
		}
	})
	d.Resize(fyne.NewSize(620, 0))
	for _, e := range []*nameEntry{f.tmPath, f.dictPath, f.url, f.model, f.key, f.entityModel} {
		e.escape = d.Dismiss                         // Escape cancels, from a field too
		e.OnSubmitted = func(string) { d.Confirm() } // Enter saves, as the default button does
	}
	ui.present(d, d.Dismiss, d.Confirm)
	ui.win.Canvas().Focus(f.tmPath) // the first field, as in every dialog with fields
	// its text selected, the cursor at its end, as desktop dialogs give a field: typing replaces the
	// path, and the arrows keep it (Fyne put the cursor at the start, which hid the file's name)
	f.tmPath.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// applySettings saves s and reopens the sources with it.
func (ui *UI) applySettings(s settings) {
	s.save(ui.app.Preferences(), ui.keys)
	ui.sugg.open(s)
	ui.setStatus(lang.L("Settings saved"))
	if s.EntityModel != "" { // say now, not at the next pre-annotation, that the file is no model
		ui.background(func() func() {
			_, err := ui.models.get(s.EntityModel)
			return func() { ui.showError(err) }
		})
	}
}

// loadUserSettings reads the settings from the preferences and the process's environment.
func (ui *UI) loadUserSettings() (settings, error) {
	return loadSettings(ui.app.Preferences(), os.Getenv, ui.keys)
}
