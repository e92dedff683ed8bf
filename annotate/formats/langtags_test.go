package formats

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestExportsCarryTheLanguages: a document whose languages a person set (Canadian French into British
// English) is exported with those tags: XLIFF 2 srcLang and trgLang (valid against the XLIFF 2
// schema), XLIFF 1.2 source-language and target-language, TMX srclang and each variant's xml:lang;
// and each reads back with them.
func TestExportsCarryTheLanguages(t *testing.T) {
	d := genDoc(t, 3)
	for _, s := range d.Segments {
		if s.Target == "" {
			s.Target = "Translated « text » 👍🏽."
		}
		s.Status = annotate.StatusTranslated
	}
	ed := annotate.NewEditor(d)
	mustDo(t, ed.SetProperties(annotate.Properties{ID: d.ID, SourceLang: "fr-ca", TargetLang: "en-GB"}))
	for _, c := range []struct {
		format string
		want   []string
	}{
		{"xliff", []string{`srcLang="fr-CA"`, `trgLang="en-GB"`}},
		{"xliff12", []string{`source-language="fr-CA"`, `target-language="en-GB"`}},
		{"tmx", []string{`srclang="fr-CA"`, `<tuv xml:lang="fr-CA">`, `<tuv xml:lang="en-GB">`}},
	} {
		files, _, err := Write(c.format, []*annotate.Document{d}, WriteOptions{Side: BothSides})
		if err != nil {
			t.Fatalf("%s: %v", c.format, err)
		}
		out := string(files[0].Data)
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: no %s in\n%.600s", c.format, w, out)
			}
		}
		if rest := strings.Replace(out, `adminlang="en"`, "", 1); strings.Contains(rest, `"en"`) || strings.Contains(rest, `"fr"`) {
			t.Errorf("%s: a plain fr or en left:\n%.600s", c.format, out)
		}
		if c.format == "xliff" {
			xmllintXLIFF(t, files[0].Data)
		}
		back, _, err := Read("back."+map[string]string{"xliff": "xlf", "xliff12": "xlf", "tmx": "tmx"}[c.format], files[0].Data, ReadOptions{})
		if err != nil {
			t.Fatalf("%s read back: %v", c.format, err)
		}
		if back[0].SourceLang != "fr-CA" || back[0].TargetLang != "en-GB" {
			t.Errorf("%s read back as %s→%s", c.format, back[0].SourceLang, back[0].TargetLang)
		}
	}
}

// TestMergeBackKeepsTheClientsLanguages: a client's XLIFF (2 and 1.2) says fr-FR→en-GB; the
// translator sets the document to American English. The file merged back keeps the client's tags,
// which the client's tool expects, and the export says the two disagree, naming both; with the
// client's languages, or the same written in another case, nothing is said.
func TestMergeBackKeepsTheClientsLanguages(t *testing.T) {
	for _, c := range []struct {
		format string
		read   func(*testing.T) ([]byte, *annotate.Document)
		keep   []string
	}{
		{"xliff", readClient, []string{`srcLang="fr-FR" trgLang="en-GB"`}},
		{"xliff12", readClient12, []string{`source-language="fr-FR" target-language="en-GB"`}},
	} {
		_, d := c.read(t)
		ed := annotate.NewEditor(d)
		export := func() (string, []Warning) {
			files, warns, err := Write(c.format, []*annotate.Document{d}, WriteOptions{})
			if err != nil {
				t.Fatalf("%s: %v", c.format, err)
			}
			return string(files[0].Data), warns
		}
		if _, warns := export(); hasCode(warns, WarnMergeBackLanguage) {
			t.Errorf("%s: warned with the client's own languages", c.format)
		}
		mustDo(t, ed.SetProperties(annotate.Properties{ID: d.ID, Title: d.Title, SourceLang: "fr-FR", TargetLang: "en-US"}))
		out, warns := export()
		for _, k := range c.keep {
			if !strings.Contains(out, k) {
				t.Errorf("%s: the client's %s rewritten", c.format, k)
			}
		}
		if strings.Contains(out, "en-US") {
			t.Errorf("%s: en-US written into the client's file", c.format)
		}
		var got *Warning
		for i := range warns {
			if warns[i].Code == WarnMergeBackLanguage {
				got = &warns[i]
			}
		}
		if got == nil || got.Args["Target"] != "en-US" || got.Args["FileTarget"] != "en-GB" || !strings.Contains(got.Msg, "fr-FR→en-GB") {
			t.Errorf("%s: warning %+v, want one naming en-US and the file's en-GB", c.format, got)
		}
	}
}

func hasCode(warns []Warning, code WarningCode) bool {
	for _, w := range warns {
		if w.Code == code {
			return true
		}
	}
	return false
}

// otherLanguageMerge returns the warnings of the client's XLIFF 2 merged back from a document in
// another target language.
func otherLanguageMerge(t *testing.T) []Warning {
	_, d := readClient(t)
	mustDo(t, annotate.NewEditor(d).SetProperties(annotate.Properties{ID: d.ID, SourceLang: "fr", TargetLang: "en-US"}))
	_, warns, err := Write("xliff", []*annotate.Document{d}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return warns
}
