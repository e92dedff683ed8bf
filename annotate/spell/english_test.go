package spell

import (
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/assets"
)

func varietyChecker(t testing.TB, v Variety) *Checker {
	t.Helper()
	d, err := English(v)
	if err != nil {
		t.Fatal(err)
	}
	return NewChecker(d)
}

const (
	britishText  = "The organisation's behaviour in the centre of the programme: they travelled, and its defence of colour, was analysed."
	americanText = "The organization's behavior in the center of the program: they traveled, and its defense of color, was analyzed."
)

// TestVarieties: each variety accepts its own spelling and flags the other's; any accepts both.
func TestVarieties(t *testing.T) {
	for _, tc := range []struct {
		v          Variety
		text, want string
	}{
		{British, britishText, ""},
		{British, americanText, "organization behavior center traveled defense color analyzed"},
		{American, americanText, ""},
		{American, britishText, "organisation behaviour centre defence colour analysed"}, // SCOWL's American list has programme, travelled
		{AnyEnglish, britishText, ""},
		{AnyEnglish, americanText, ""},
	} {
		if got := strings.Join(misspelt(varietyChecker(t, tc.v), tc.text), " "); got != tc.want {
			t.Errorf("%s, %q: misspelt %q, want %q", tc.v, tc.text, got, tc.want)
		}
	}
}

// TestSuggestionsOfTheVariety: a misspelling is corrected in the spelling of the variety checked.
func TestSuggestionsOfTheVariety(t *testing.T) {
	for v, want := range map[Variety]string{British: "behaviour", American: "behavior"} {
		if got := varietyChecker(t, v).Suggest("behavour", 1); !slices.Equal(got, []string{want}) {
			t.Errorf("%s: Suggest(behavour) = %q, want %q", v, got, want)
		}
	}
	if got := varietyChecker(t, AnyEnglish).Suggest("behavour", 2); !slices.Contains(got, "behaviour") || !slices.Contains(got, "behavior") {
		t.Errorf("any: Suggest(behavour) = %q, want both spellings", got)
	}
}

func TestVarietyOf(t *testing.T) {
	for tag, want := range map[string]Variety{
		"en-GB": British, "en_gb": British, "EN-UK": British, "en-IE": British, "en-AU": British, "en-NZ": British,
		"en-ZA": British, "en-IN": British, "en-Latn-GB": British, "en-US": American, "en-us-posix": American,
		"en": "", "": "", "en-CA": "", "en-001": "", "en-GB-oxendict": "", "fr-GB": "", "de": "",
	} {
		if got := VarietyOf(tag); got != want {
			t.Errorf("VarietyOf(%q) = %q, want %q", tag, got, want)
		}
	}
}

func TestParseVariety(t *testing.T) {
	for s, want := range map[string]Variety{"us": American, "GB": British, " any ": AnyEnglish} {
		if got, err := ParseVariety(s); err != nil || got != want {
			t.Errorf("ParseVariety(%q) = %q, %v", s, got, err)
		}
	}
	if _, err := ParseVariety("uk"); err == nil || !strings.Contains(err.Error(), `expected us, gb or any, got "uk"`) {
		t.Errorf("ParseVariety(uk): %v", err)
	}
	if _, err := English("fr"); err == nil {
		t.Error("English(fr) gave a dictionary")
	}
}

// TestPackKeepsBothLists: the words both lists have are stored once, and each list comes back whole,
// without possessives or repeats, in NFC.
func TestPackKeepsBothLists(t *testing.T) {
	us := "color\ncenter\nParis\nParis's\nthe\ncafe\u0301\nzebra\nthe\n"
	gb := "colour\ncentre\nParis\nthe\ncafé\nzebra\naeroplane\n"
	data, common, nus, ngb, err := Pack([]byte(us), []byte(gb))
	if err != nil || common != 4 || nus != 2 || ngb != 3 {
		t.Fatalf("Pack: %d common, %d us, %d gb, %v", common, nus, ngb, err)
	}
	l, err := unpack(data)
	if err != nil {
		t.Fatal(err)
	}
	for v, want := range map[Variety]string{
		American: "Paris café center color the zebra", British: "Paris aeroplane café centre colour the zebra",
		AnyEnglish: "Paris aeroplane café center centre color colour the zebra",
	} {
		if got := strings.Join(l.words(v), " "); got != want {
			t.Errorf("%s: %q, want %q", v, got, want)
		}
	}
	if _, _, _, _, err := Pack([]byte("ok\n"), []byte("\xff\n")); err == nil || !strings.Contains(err.Error(), "British list: not UTF-8") {
		t.Errorf("a list that is not UTF-8: %v", err)
	}
}

// TestEmbeddedListsAreDebians: the embedded lists are what tools/mkwords makes of the installed
// wamerican and wbritish, and give each list back word for word (skipped where they are not
// installed, as on a machine that never regenerates them).
func TestEmbeddedListsAreDebians(t *testing.T) {
	us, err := os.ReadFile("/usr/share/dict/american-english")
	if err != nil {
		t.Skip("wamerican is not installed:", err)
	}
	gb, err := os.ReadFile("/usr/share/dict/british-english")
	if err != nil {
		t.Skip("wbritish is not installed:", err)
	}
	data, _, _, _, err := Pack(us, gb)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(data, assets.EnglishWords()) {
		t.Error("assets/english-words.gz is not tools/mkwords' output from the installed lists: run go run ./tools/mkwords")
	}
	l, err := unpack(assets.EnglishWords())
	if err != nil {
		t.Fatal(err)
	}
	for v, list := range map[Variety][]byte{American: us, British: gb} {
		want, _ := listWords(list)
		if got := l.words(v); !slices.Equal(got, want) || len(want) < 70000 {
			t.Errorf("%s: the embedded list has %d words, the installed one %d", v, len(got), len(want))
		}
		if d, _ := English(v); d.Len() != len(NewDictionary(append(want, accentedEnglish...)).words) {
			t.Errorf("%s: the dictionary has %d words, the list %d and %d accented loanwords", v, d.Len(), len(want), len(accentedEnglish))
		}
	}
}

// TestAccentedLoanwords: English words written with their accents (naïve, rôle, résumé, written
// composed or decomposed, capitalised) are right in every variety; French words left in the English
// are still flagged, accented or not.
func TestAccentedLoanwords(t *testing.T) {
	text := "A naïve Rôle in her résumés, the pâté and the cre\u0300me brûlée, vis-à-vis the façade; pre\u0301sident, être, état, député."
	for _, v := range Varieties() {
		if got := norm.NFC.String(strings.Join(misspelt(varietyChecker(t, v), text), " ")); got != "président être état député" {
			t.Errorf("%s: misspelt %q, want the French words only", v, got)
		}
	}
}
