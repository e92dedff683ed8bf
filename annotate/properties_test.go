package annotate

import (
	"errors"
	"maps"
	"testing"
)

// TestParseLanguage: a typed tag is taken in its canonical form, and what is no language tag refused
// with a reason.
func TestParseLanguage(t *testing.T) {
	for in, want := range map[string]string{
		"en-GB": "en-GB", " en-gb ": "en-GB", "EN-us": "en-US", "en_CA": "en-CA", "en-UK": "en-GB",
		"fr": "fr", "fr-ch": "fr-CH", "zh-hant-tw": "zh-Hant-TW", "es-419": "es-419",
	} {
		if got, err := ParseLanguage(in); err != nil || got != want {
			t.Errorf("ParseLanguage(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for in, reason := range map[string]string{
		"": "empty", "  ": "empty", "english": "malformed", "e": "malformed", "en-": "malformed",
		"x-foo": "malformed", "und-GB": "undetermined", "fr CA": "malformed", "und": "undetermined", "en-GB!": "malformed",
	} {
		_, err := ParseLanguage(in)
		var le *LanguageError
		if !errors.As(err, &le) || le.Reason != reason {
			t.Errorf("ParseLanguage(%q): error %v, want reason %s", in, err, reason)
		}
	}
}

// TestSetProperties: a change of the title, ID and languages is one undo step, undone and redone
// whole; the entities' names follow the languages (the English name under en-GB once the target is
// en-GB), so that the document still validates and shows every name; a document written and read
// back keeps the new tags; bad values are refused naming the field, the document unchanged.
func TestSetProperties(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	was := d.Properties()
	lavrov := maps.Clone(d.Entities[0].Names)
	want := Properties{ID: "lavrov-uk", Title: "Lavrov, for a British client", SourceLang: "fr-FR", TargetLang: "en-GB"}
	if err := e.SetProperties(Properties{ID: " lavrov-uk ", Title: want.Title, SourceLang: "fr-fr", TargetLang: "en_gb"}); err != nil {
		t.Fatal(err)
	}
	if got := d.Properties(); got != want {
		t.Fatalf("properties %+v, want %+v", got, want)
	}
	if e.UndoName() != StepProperties {
		t.Errorf("undo step %q, want %q", e.UndoName(), StepProperties)
	}
	if n := d.Entities[0].Names; n["en-GB"] != "Sergei Lavrov" || n["fr-FR"] != "Sergueï Lavrov" || len(n) != 2 {
		t.Errorf("names after the change: %v", n)
	}
	if err := d.Validate(); err != nil {
		t.Errorf("validate: %v", err)
	}
	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Unmarshal(data, "uk.json")
	if err != nil || back.Properties() != want {
		t.Errorf("read back: %+v, %v", back.Properties(), err)
	}
	if err := e.SetProperties(want); err != nil || e.CanRedo() || e.UndoName() != StepProperties {
		t.Errorf("the same properties again: %v", err)
	}
	e.Undo()
	if d.Properties() != was || !maps.Equal(d.Entities[0].Names, lavrov) {
		t.Errorf("undone: %+v %v", d.Properties(), d.Entities[0].Names)
	}
	if e.CanUndo() {
		t.Errorf("one undo left %q to undo: the change was more than one step", e.UndoName())
	}
	e.Redo()
	if d.Properties() != want || d.Entities[1].Names["en-GB"] != "Moscow" {
		t.Errorf("redone: %+v %v", d.Properties(), d.Entities[1].Names)
	}
	for _, c := range []struct {
		p     Properties
		field string
	}{
		{Properties{ID: "", SourceLang: "fr", TargetLang: "en"}, "id"},
		{Properties{ID: "a\tb", SourceLang: "fr", TargetLang: "en"}, "id"},
		{Properties{ID: "a", Title: "two\nlines", SourceLang: "fr", TargetLang: "en"}, "title"},
		{Properties{ID: "a", SourceLang: "french", TargetLang: "en"}, "source.lang"},
		{Properties{ID: "a", SourceLang: "fr", TargetLang: "en-"}, "target.lang"},
		{Properties{ID: "a", SourceLang: "en-GB", TargetLang: "en-uk"}, "target.lang"},
	} {
		err := e.SetProperties(c.p)
		var pe *PropertiesError
		if !errors.As(err, &pe) || pe.Field != c.field {
			t.Errorf("%+v: error %v, want one on %s", c.p, err, c.field)
		}
	}
	if d.Properties() != want || e.CanRedo() {
		t.Errorf("a refused change changed the document: %+v", d.Properties())
	}
}

// TestSwapLanguages: swapping the two languages swaps the entities' names with them.
func TestSwapLanguages(t *testing.T) {
	d := testDoc(t)
	if err := NewEditor(d).SetProperties(Properties{ID: d.ID, SourceLang: "en", TargetLang: "fr"}); err != nil {
		t.Fatal(err)
	}
	if n := d.Entities[1].Names; n["en"] != "Moscou" || n["fr"] != "Moscow" {
		t.Errorf("names %v", n)
	}
}
