package qa

import (
	"testing"

	"github.com/glose-app/glose/annotate"
)

// ignoreSrc is French with accents, « » inside no-break spaces, an emoji and e + U+0301 (which the
// import makes é), its first sentence one a translator may judge no fault: "10 ans plus tard" read
// "years later", a free translation without the number.
const ignoreSrc = "10 ans plus tard, Zoé a dit «\u00a0c’est fini\u00a0» 😀.\n10 ans plus tard, e\u0301lise est partie."

// numberIssue returns the number check's issue of segment seg, and whether there is one.
func numberIssue(issues []Issue, seg string) (Issue, bool) {
	for _, is := range issues {
		if is.Check == NumberMismatch && is.Segment == seg {
			return is, true
		}
	}
	return Issue{}, false
}

// TestIgnoredIssue: an ignored number issue is marked Ignored while the check finds the same thing
// in its segment, whatever else of the English changes, and comes back as a new issue once its number
// changes; the same issue of another segment stays raised; a run counts it out.
func TestIgnoredIssue(t *testing.T) {
	cfg := Config{Disabled: map[string]bool{Spelling: true}}
	d := doc(t, ignoreSrc, []string{
		"Years later, Zoé said “it’s over” 😀.",
		"Years later, e\u0301lise left.",
	})
	is, ok := numberIssue(Run(d, cfg), "s1")
	if !ok || About(is, d.Segment("s1").Target) != "missing: 10" || is.Ignored || !Ignorable(is) {
		t.Fatalf("s1's number issue: %+v (found %v), want one about \"missing: 10\", not ignored", is, ok)
	}
	e := annotate.NewEditor(d)
	if err := e.SetQAIgnored("s1", Ignore(is, d.Segment("s1").Target), true); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, english string
		ignored       bool
		about         string
	}{
		{"as it was", "Years later, Zoé said “it’s over” 😀.", true, "missing: 10"},
		{"another word changed", "Years on, Zoé said «\u00a0it’s over\u00a0» 😀.", true, "missing: 10"},
		{"the number changed", "11 years later, Zoé said “it’s over” 😀.", false, "extra: 11; missing: 10"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d.Segment("s1").Target = c.english
			issues := Run(d, cfg)
			got, ok := numberIssue(issues, "s1")
			if !ok || got.Ignored != c.ignored || About(got, c.english) != c.about {
				t.Errorf("s1: %+v (found %v), want ignored %v about %q", got, ok, c.ignored, c.about)
			}
			if other, _ := numberIssue(issues, "s2"); other.Ignored {
				t.Error("s2's issue, not ignored, is marked ignored")
			}
			kept, n := Unignored(issues)
			if want := btoi(c.ignored); n != want || len(kept) != len(issues)-want {
				t.Errorf("Unignored left out %d of %d, want %d", n, len(issues), want)
			}
		})
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestAbout: what an issue is about names its variant and arguments, the volatile ones left out, and
// falls back on the English; errors, notes and spelling are not ignorable.
func TestAbout(t *testing.T) {
	cases := []struct {
		is        Issue
		want      string
		ignorable bool
	}{
		{Issue{Check: FrenchTypography, Key: "qa.french-typography.space", Severity: Warning, Args: map[string]string{"mark": ";"}}, "space; mark: ;", true},
		{Issue{Check: NameInconsistent, Key: "qa.name-inconsistent", Severity: Warning, Args: map[string]string{"source": "Zoé", "target": "Zoe", "usual": "Zoé", "segments": "3, 4"}}, "source: Zoé; target: Zoe; usual: Zoé", true},
		{Issue{Check: SymbolMissing, Key: "qa.symbol-missing", Severity: Warning, Args: map[string]string{"items": "😀, e\u0301"}}, "items: 😀, e\u0301", true},
		{Issue{Check: SameAsSource, Key: "qa.same-as-source", Severity: Warning}, "english: «\u00a0Zoé\u00a0»", true},
		{Issue{Check: Untranslated, Key: "qa.untranslated", Severity: Error}, "english: «\u00a0Zoé\u00a0»", false},
		{Issue{Check: PendingSuggestions, Key: "qa.pending-suggestions", Severity: Info, Args: map[string]string{"count": "2"}}, "english: «\u00a0Zoé\u00a0»", false},
		{Issue{Check: Spelling, Key: "qa.spelling", Severity: Warning, Args: map[string]string{"word": "Zoé", "suggestions": "Zoe"}}, "word: Zoé", false},
	}
	for _, c := range cases {
		if got := About(c.is, "«\u00a0Zoé\u00a0»"); got != c.want {
			t.Errorf("%s: About = %q, want %q", c.is.Key, got, c.want)
		}
		if got := Ignorable(c.is); got != c.ignorable {
			t.Errorf("%s: Ignorable = %v, want %v", c.is.Key, got, c.ignorable)
		}
	}
}
