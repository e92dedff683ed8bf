package app

import (
	"os"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/annotate/project"
	"github.com/glose-app/glose/suggest/glossary"
)

// prefModel is the preference naming an entity model file trained with glose-cli train; empty for the
// built-in model.
const prefModel = "annotate.model"

// entityModels loads the entity model the settings name, once per file version: loading takes a
// noticeable moment, and pre-annotation may run often.
type entityModels struct {
	mu   sync.Mutex
	path string
	mod  time.Time
	m    *ner.Model
}

// get returns the model at path (the built-in one when path is empty), reloading it when the file
// changed since the last call.
func (c *entityModels) get(path string) (*ner.Model, error) {
	if path == "" {
		return ner.Default()
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, failed(lang.L("Could not read the entity model {{.Name}}.", map[string]any{"Name": quoteName(path)}), err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m != nil && c.path == path && c.mod.Equal(info.ModTime()) {
		return c.m, nil
	}
	m, err := ner.LoadFile(path)
	if err != nil {
		return nil, failed(lang.L("Could not read the entity model {{.Name}}.", map[string]any{"Name": quoteName(path)}), err)
	}
	c.path, c.mod, c.m = path, info.ModTime(), m
	return m, nil
}

// annotateOptions are the pre-annotation options the user's settings give: the threshold and the
// entity model. It may load the model: call it off the UI goroutine.
func (ui *UI) annotateOptions() (preannotate.Options, error) {
	p := ui.app.Preferences()
	m, err := ui.models.get(p.String(prefModel))
	return preannotate.Options{MinConfidence: proposeFrom(p) / 100, NER: m, Now: time.Now}, err
}

// userGlossary returns the user's glossary for pre-annotation to name entities in English by: the
// stored terms (imported, or learned from names a person confirmed), not the open document's own
// names. That is the glossary of the memory the Proposals tab has open when it is French to
// English, the pair pre-annotation names entities in; else, while that memory is still opening (a
// file given on the command line is opened at once) or open for another pair, the French-to-English
// glossary of the memory file the settings name, read on first use. It is nil when no memory file is
// set or there is none yet. Call it on the UI goroutine and hand the result to the background work.
func (ui *UI) userGlossary() userTerms {
	p := ui.sugg
	if p == nil {
		return nil
	}
	if p.src != nil && p.src.eng.Glossary != nil &&
		primaryLanguage(p.src.eng.SourceLang) == "fr" && primaryLanguage(p.src.eng.TargetLang) == "en" {
		return p.src.eng.Glossary
	}
	path := p.settings().TMPath
	if info, err := os.Stat(path); path == "" || err != nil || info.IsDir() {
		return nil
	}
	return &storedGlossary{path: path}
}

// userTerms is the user's glossary as pre-annotation (the English names of entities) and the QA tab
// (the English a name should read) consult it.
type userTerms interface {
	preannotate.Glossary
	project.Glossary
}

// storedGlossary is the French-to-English glossary kept in the memory file at path, read on first
// use, off the UI goroutine: the terms stay in memory and the file is closed at once. A file that
// cannot be read gives no names (the built-in ones then stand), as a glossary never stops
// pre-annotation.
type storedGlossary struct {
	path string
	once sync.Once
	g    *glossary.Glossary
}

// EnglishName is glossary.Glossary.EnglishName, once the file is read.
func (s *storedGlossary) EnglishName(fr, label string) (string, bool) {
	if s.read() == nil {
		return "", false
	}
	return s.g.EnglishName(fr, label)
}

// Lookup is glossary.Glossary.Lookup, once the file is read: what the QA tab checks names against.
func (s *storedGlossary) Lookup(fr string) []string {
	if s.read() == nil {
		return nil
	}
	return s.g.Lookup(fr)
}

// MatchCase is glossary.Glossary.MatchCase, once the file is read: the QA tab then holds the English
// of an entry that matches case to its case (project.CaseGlossary).
func (s *storedGlossary) MatchCase(fr, en string) bool {
	if s.read() == nil {
		return false
	}
	return s.g.MatchCase(fr, en)
}

func (s *storedGlossary) read() *glossary.Glossary {
	s.once.Do(func() {
		if g, err := glossary.Open(s.path, "fr", "en"); err == nil {
			s.g = g
			_ = g.Close()
		}
	})
	return s.g
}

// primaryLanguage is a BCP 47 tag's language subtag, lower-cased: "en" for "en-GB".
func primaryLanguage(tag string) string {
	base, _, _ := strings.Cut(strings.ReplaceAll(tag, "_", "-"), "-")
	return strings.ToLower(strings.TrimSpace(base))
}

// modelFrom returns the model path the preferences hold.
func modelFrom(p fyne.Preferences) string { return p.String(prefModel) }
