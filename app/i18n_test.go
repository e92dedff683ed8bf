package app

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
	"github.com/glose-app/glose/translations"
)

// usedKeys parses the package's Go files and returns the keys of every lang.L, lang.X, lang.N and
// lang.XN call whose key is a string literal, with the place of each.
func usedKeys(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]string{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "lang" || !slices.Contains([]string{"L", "X", "N", "XN"}, sel.Sel.Name) {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				t.Errorf("%s: lang.%s with a key that is not a string literal", fset.Position(call.Pos()), sel.Sel.Name)
				return true
			}
			key, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			keys[key] = fset.Position(call.Pos()).String()
			return true
		})
	}
	return keys
}

// readTranslations returns the messages of a translation file: a plain string, or the plural forms
// of a count message ({"one": …, "other": …}) joined by a newline, "one" first.
func readTranslations(t *testing.T, name string) map[string]string {
	t.Helper()
	data, err := translations.FS.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	m := make(map[string]string, len(raw))
	for k, v := range raw {
		var s string
		if json.Unmarshal(v, &s) == nil {
			m[k] = s
			continue
		}
		var forms struct{ One, Other string }
		if err := json.Unmarshal(v, &forms); err != nil || forms.One == "" || forms.Other == "" {
			t.Errorf("%s %q: neither a string nor the plural forms one and other", name, k)
		}
		m[k] = forms.One + "\n" + forms.Other
	}
	return m
}

func TestTranslationsCoverEveryKey(t *testing.T) {
	en, fr := readTranslations(t, "en.json"), readTranslations(t, "fr.json")
	for k := range en {
		if _, ok := fr[k]; !ok {
			t.Errorf("fr.json lacks %q", k)
		}
	}
	for k := range fr {
		if _, ok := en[k]; !ok {
			t.Errorf("en.json lacks %q", k)
		}
	}
	used := usedKeys(t)
	if len(used) < 50 {
		t.Errorf("found only %d keys in the sources: is the parser looking at the right files?", len(used))
	}
	var missing []string
	for k, pos := range used {
		if en[k] == "" || fr[k] == "" {
			missing = append(missing, pos+": "+strconv.Quote(k))
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("untranslated: %s", m)
	}
	for k, v := range fr {
		if strings.Count(v, "{{") != strings.Count(en[k], "{{") { // en[k] is k but for lang.X keys and plurals
			t.Errorf("fr.json %q: the placeholders differ from en.json's", k)
		}
	}
}

// useLanguage loads the app's translations for language (as LANGUAGE=fr would at start) until the
// end of the test, then goes back to English.
func useLanguage(t *testing.T, language string) {
	t.Helper()
	t.Setenv("LANGUAGE", language)
	must(t, LoadTranslations())
	t.Cleanup(func() {
		os.Setenv("LANGUAGE", "en")
		_ = LoadTranslations()
	})
}

// TestPlurals: counts take the singular or the plural by the rules of each language: French counts 0
// and 1 as singular, English only 1.
func TestPlurals(t *testing.T) {
	ui, _ := newTestUI(t, nil, false) // one window opens each document: each case says something else
	for _, c := range []struct {
		language      string
		n             int
		want, pending string
	}{
		{"en", 0, "0 segments, 0 spans", "0 suggestions awaiting review."},
		{"en", 1, "1 segment, 1 span", "1 suggestion awaiting review."},
		{"en", 2, "2 segments, 2 spans", "2 suggestions awaiting review."},
		{"fr", 0, "0 segment, 0 annotation", "0 suggestion à vérifier."},
		{"fr", 1, "1 segment, 1 annotation", "1 suggestion à vérifier."},
		{"fr", 2, "2 segments, 2 annotations", "2 suggestions à vérifier."},
	} {
		t.Run(fmt.Sprintf("%s-%d", c.language, c.n), func(t *testing.T) {
			useLanguage(t, c.language)
			d := annotate.NewDocument("d", "D", "Un. Deux.", "fr", "en")
			ed := annotate.NewEditor(d)
			for i := 0; i < c.n; i++ {
				d.AddSegment(i*4, i*4+3, 0, annotate.KindSentence)
				must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: i * 4, End: i*4 + 2, Label: annotate.LabelPER}))
			}
			ui.setDocument(d, "")
			if ui.status.Text != c.want {
				t.Errorf("status %q, want %q", ui.status.Text, c.want)
			}
			is := qa.Issue{Key: "qa.pending-suggestions", Args: map[string]string{"count": strconv.Itoa(c.n)}}
			if msg := issueMessage(is); msg != c.pending {
				t.Errorf("pending suggestions: %q, want %q", msg, c.pending)
			}
		})
	}
}

// loadEnglish loads the English translations before the tests run (TestMain), as the app does at
// start: the count messages need their plural forms.
func loadEnglish() {
	os.Setenv("LANGUAGE", "en")
	if err := LoadTranslations(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}

// TestFrenchTypography: in fr.json a no-break space (U+00A0, or the narrow U+202F) comes before
// : ; ! ? and » and after «, so that the sign never starts a line of its own. A colon inside a word
// (a time, a URL) needs none. The apostrophe is the typographic one (’), as everywhere else in the
// interface, never the straight one.
func TestFrenchTypography(t *testing.T) {
	noBreak := func(r rune) bool { return r == '\u00a0' || r == '\u202f' }
	for k, v := range readTranslations(t, "fr.json") {
		rs := []rune(v)
		for i, r := range rs {
			var before, after rune = '\n', '\n'
			if i > 0 {
				before = rs[i-1]
			}
			if i+1 < len(rs) {
				after = rs[i+1]
			}
			switch {
			case strings.ContainsRune(":;!?»", r) && !noBreak(before) && (unicode.IsSpace(after) || strings.ContainsRune(".,)", after)):
				t.Errorf("fr.json %q: %q needs a no-break space before %q", k, v, r)
			case r == '«' && !noBreak(after):
				t.Errorf("fr.json %q: %q needs a no-break space after «", k, v)
			case r == '\'':
				t.Errorf("fr.json %q: %q has a straight apostrophe: write ’", k, v)
			}
		}
	}
}

// TestFrenchTermsConsistent: the French interface says each thing one way, in the menus, dialogs,
// help and status messages alike. Each rule names the term kept and the variants refused: "pré"
// joined without a hyphen (the 1990 spelling), as « prétraduire » already was; one name for the
// quality checks (the QA tab's); a menu path written with ›, as the menus' own paths are; one word for
// the autosave and for confirming a segment (Ctrl+Entrée).
func TestFrenchTermsConsistent(t *testing.T) {
	for _, rule := range []struct {
		kept    string
		refused *regexp.Regexp
	}{
		{"préannoter, prétraduire", regexp.MustCompile(`(?i)pré-(annot|tradu)`)},
		{"Contrôles (the QA tab, its list of checks, Lancer les contrôles)", regexp.MustCompile(`Vérifications|contrôle qualité|"Vérifier"`)},
		{"Outils › Réglages", regexp.MustCompile(`(Fichier|Édition|Outils|Affichage|Aide|Segment|Étiqueter) →|Paramètres|Préférences`)},
		{"enregistrement automatique", regexp.MustCompile(`(?i)sauvegarde`)},
		{"valider un segment", regexp.MustCompile(`Rien à confirmer|copié dans l’anglais et confirmé|(?i)segments?( \{\{\.N\}\})? confirmés?|anglais (que personne n’a )?confirmé|confirmez-les?\b|sans le confirmer|vous confirmez des segments`)},
		{"rechercher", regexp.MustCompile(`^Chercher`)},
		{"courriel", regexp.MustCompile(`(?i)\be-?mail`)},
	} {
		for k, v := range readTranslations(t, "fr.json") {
			if m := rule.refused.FindString(v); m != "" {
				t.Errorf("fr.json %q says %q: write %s", k, m, rule.kept)
			}
		}
	}
}
