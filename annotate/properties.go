package annotate

import (
	"errors"
	"fmt"
	"maps"
	"strings"
	"unicode"

	"golang.org/x/text/language"
)

// A document's properties: its ID, title and languages, which the app's Document properties dialog
// and glose-cli set change. The languages are written into every export that carries them (XLIFF
// srcLang and trgLang, TMX xml:lang…) and decide the English spelling the spelling check reads
// (en-GB British, en-US American); entities keep their names under the languages' tags, which a change
// of language carries over.

// StepProperties names the undo step of SetProperties.
const StepProperties = "document properties"

// Properties are what a document says of itself, apart from its text and annotations.
type Properties struct {
	ID, Title              string
	SourceLang, TargetLang string // BCP 47 tags
}

// Properties returns the document's properties.
func (d *Document) Properties() Properties {
	return Properties{ID: d.ID, Title: d.Title, SourceLang: d.SourceLang, TargetLang: d.TargetLang}
}

// LanguageError says why a language tag was refused.
type LanguageError struct {
	Tag    string // as given
	Reason string // "empty", "malformed" (not a BCP 47 tag) or "undetermined" (und: names no language)
}

func (e *LanguageError) Error() string {
	switch e.Reason {
	case "empty":
		return "no language tag: expected one like fr, en-GB or fr-CA"
	case "undetermined":
		return fmt.Sprintf("%q names no language: expected a tag like fr, en-GB or fr-CA", e.Tag)
	}
	return fmt.Sprintf("%q is not a BCP 47 language tag: expected a language and, if need be, a region, like fr, en-GB or fr-CA", e.Tag)
}

// ParseLanguage checks a language tag typed by a person and returns it in its canonical form: the
// case BCP 47 recommends ("en-gb" gives "en-GB"), an underscore read as a hyphen ("en_US"), deprecated
// codes replaced ("en-UK" gives "en-GB", "iw" "he"). It refuses what is not a well-formed tag with a
// known language, and "und" (no language).
func ParseLanguage(tag string) (string, error) {
	s := strings.ReplaceAll(strings.TrimSpace(tag), "_", "-")
	if s == "" {
		return "", &LanguageError{Tag: tag, Reason: "empty"}
	}
	t, err := language.Parse(s)
	if err != nil || !langRE.MatchString(s) || !langRE.MatchString(t.String()) {
		return "", &LanguageError{Tag: tag, Reason: "malformed"}
	}
	if _, conf := t.Base(); conf != language.Exact { // und, und-GB: Base only guesses
		return "", &LanguageError{Tag: tag, Reason: "undetermined"}
	}
	return t.String(), nil
}

// PropertiesError says which property SetProperties refused and why.
type PropertiesError struct {
	Field string // "id", "source.lang" or "target.lang", as in Glose JSON
	Err   error  // a *LanguageError for a language, else the reason
}

func (e *PropertiesError) Error() string { return e.Field + ": " + e.Err.Error() }

func (e *PropertiesError) Unwrap() error { return e.Err }

// ErrSameLanguages is the reason SetProperties refuses a target language equal to the source's:
// entities keep a name per language, and the two would be one.
var ErrSameLanguages = errors.New("the target language is the source's: a translation needs two")

// ErrNoID is the reason SetProperties refuses an empty ID.
var ErrNoID = errors.New("empty: every document needs an ID")

// Check returns p as SetProperties would store it (ID and title trimmed, tags canonical), or the
// first property it refuses: an empty ID or one with a control character, a bad language tag, the
// same language on both sides.
func (p Properties) Check() (Properties, error) {
	p.ID, p.Title = strings.TrimSpace(p.ID), strings.TrimSpace(p.Title)
	switch {
	case p.ID == "":
		return p, &PropertiesError{"id", ErrNoID}
	case strings.ContainsFunc(p.ID, unicode.IsControl):
		return p, &PropertiesError{"id", fmt.Errorf("%q holds a control character (a tab or line break)", p.ID)}
	case strings.ContainsFunc(p.Title, func(r rune) bool { return unicode.IsControl(r) && r != '\t' }):
		return p, &PropertiesError{"title", fmt.Errorf("holds a line break: a title is one line")}
	}
	var err error
	if p.SourceLang, err = ParseLanguage(p.SourceLang); err != nil {
		return p, &PropertiesError{"source.lang", err}
	}
	if p.TargetLang, err = ParseLanguage(p.TargetLang); err != nil {
		return p, &PropertiesError{"target.lang", err}
	}
	if p.SourceLang == p.TargetLang {
		return p, &PropertiesError{"target.lang", ErrSameLanguages}
	}
	return p, nil
}

// SetProperties gives the document the properties p (see Check), as one undo step, or nothing when
// they are its own. An entity's names follow a change of language: its name under the old tag is
// now under the new one ("en" → "en-GB"), as every part of Glose looks a name up by the document's
// tag.
func (e *Editor) SetProperties(p Properties) error {
	p, err := p.Check()
	if err != nil {
		return err
	}
	d := e.Doc
	if p == d.Properties() {
		return nil
	}
	cs := []change{setVal(&d.ID, p.ID), setVal(&d.Title, p.Title),
		setVal(&d.SourceLang, p.SourceLang), setVal(&d.TargetLang, p.TargetLang)}
	retag := map[string]string{}
	if d.SourceLang != p.SourceLang {
		retag[d.SourceLang] = p.SourceLang
	}
	if d.TargetLang != p.TargetLang {
		retag[d.TargetLang] = p.TargetLang
	}
	if len(retag) > 0 {
		for _, ent := range d.Entities {
			if names, changed := retagNames(ent.Names, retag); changed {
				cs = append(cs, setVal(&ent.Names, names))
			}
		}
	}
	e.apply(StepProperties, cs...)
	return nil
}

// retagNames returns names with the names under the old tags of retag moved to the new ones, and
// whether anything moved. A name under a new tag that no old one replaces is kept.
func retagNames(names, retag map[string]string) (map[string]string, bool) {
	out := maps.Clone(names)
	changed := false
	for old := range retag {
		if _, ok := names[old]; ok {
			delete(out, old)
			changed = true
		}
	}
	for old, tag := range retag {
		if n, ok := names[old]; ok {
			out[tag] = n
		}
	}
	return out, changed
}
