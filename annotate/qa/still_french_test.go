package qa

import (
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestEnglishStillFrench: an English left in French (machine translation echoing its source, a copy
// nobody translated) is one same-as-source issue, not a spelling warning for each of its words; a
// segment of names and numbers, a title or a name tagged in the French, an English of cognates and
// an English quoting the French are what a translator keeps, and are not flagged.
func TestEnglishStillFrench(t *testing.T) {
	const retraites = "Le gouvernement a annoncé mardi une réforme des retraites très contestée 😀."
	cases := []struct {
		name, src, en string
		spans         [][2]string
		key           string // of the same-as-source issue, "" for none
	}{
		{"MT echo", retraites, "The gouvernement a annoncé mardi une réforme des retraites très contestée 😀.", nil, "qa.same-as-source.french"},
		{"echo with combining marks", retraites, "Le gouvernement a annonce\u0301 Tuesday une re\u0301forme des retraites très contestée.", nil, "qa.same-as-source.french"},
		{"copy", "« C’est fini », a dit Zoé à la presse\u00a0!", "« C’est fini », a dit Zoé à la presse\u00a0!", nil, "qa.same-as-source"},
		{"names and numbers", "Emmanuel Macron et Olaf Scholz, 12 mars 2024.", "Emmanuel Macron et Olaf Scholz, 12 mars 2024.", nil, ""},
		{"title tagged", "À la recherche du temps perdu", "À la recherche du temps perdu", [][2]string{{"MISC", "À la recherche du temps perdu"}}, ""},
		{"name tagged", "Parti communiste révolutionnaire de France", "Parti communiste révolutionnaire de France", [][2]string{{"ORG", "Parti communiste révolutionnaire de France"}}, ""},
		{"cognates", "Le plan national en six points a été adopté.", "The national plan on six points was adopted.", nil, ""},
		{"quotation kept in French", "Il a dit « c’est la fin du monde » à la presse.", "He said “c’est la fin du monde” to the press.", nil, ""},
		{"translated", retraites, "On Tuesday the government announced a much-contested pension reform 😀.", nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := doc(t, c.src, []string{c.en}, c.spans...)
			var key string
			spelling := 0
			for _, is := range Run(d, onlyChecks(SameAsSource, Spelling)) {
				switch is.Check {
				case SameAsSource:
					key = is.Key
				case Spelling:
					spelling++
				}
			}
			if key != c.key {
				t.Errorf("%q: same-as-source %q, want %q", c.en, key, c.key)
			}
			if c.key != "" && spelling > 0 {
				t.Errorf("%q: %d spelling warnings besides the one issue", c.en, spelling)
			}
		})
	}
}

// TestStillFrenchSpellingOff: with same-as-source off, nothing says the English is French, so the
// spelling check flags its words as before; a locked copy (translate="no") is flagged by neither.
func TestStillFrenchSpellingOff(t *testing.T) {
	src := "Le gouvernement a annoncé mardi une réforme des retraites."
	d := doc(t, src, []string{"The gouvernement a annoncé mardi une réforme des retraites."})
	if got := checksOf(Run(d, onlyChecks(Spelling))); len(got) < 3 {
		t.Errorf("same-as-source off: spelling %v, want the French words flagged", got)
	}
	d.Segments[0].Target, d.Segments[0].Locked = src, true
	if got := Run(d, onlyChecks(SameAsSource, Spelling)); len(got) > 0 {
		t.Errorf("locked copy: %v", checksOf(got))
	}
}

// TestStillFrenchKeptBetweenRuns: with a cache, as the app runs the checks after each pause in
// typing, the issue goes once the English is translated and comes back with the French, and a title
// tagged since the last run is left alone at once.
func TestStillFrenchKeptBetweenRuns(t *testing.T) {
	src := "À la recherche du temps perdu, « roman » 😀"
	d := doc(t, src, []string{src})
	cfg := onlyChecks(SameAsSource)
	cfg.Cache = &Cache{}
	flagged := func() bool { return len(Run(d, cfg)) > 0 }
	if !flagged() {
		t.Fatal("a copy is not flagged")
	}
	d.Segments[0].Target = "In Search of Lost Time, a “novel” 😀"
	if flagged() {
		t.Error("translated, still flagged")
	}
	d.Segments[0].Target = src
	if !flagged() {
		t.Error("the copy again, not flagged")
	}
	title := "À la recherche du temps perdu"
	if err := annotate.NewEditor(d).AddSpan(&annotate.Span{Side: annotate.Source, Start: 0, End: len(title), Label: annotate.LabelMISC}); err != nil {
		t.Fatal(err)
	}
	if flagged() {
		t.Error("the title tagged, still flagged")
	}
}
