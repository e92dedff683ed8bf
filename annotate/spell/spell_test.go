package spell

import (
	"slices"
	"strings"
	"testing"
)

func englishChecker(t testing.TB) *Checker {
	t.Helper()
	d, err := English(American)
	if err != nil {
		t.Fatal(err)
	}
	return NewChecker(d)
}

// misspelt returns the words Check flags in text.
func misspelt(c *Checker, text string, names ...Names) []string {
	var out []string
	for _, m := range c.Check(text, names...) {
		if text[m.Start:m.End] != m.Word {
			return []string{"offsets do not hold the word " + m.Word}
		}
		out = append(out, m.Word)
	}
	return out
}

func TestCheckTokenisation(t *testing.T) {
	c := englishChecker(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"I don't know, and she doesn’t either; it's fine.", nil},
		{"The students’ union and the president’s speech", nil},
		{"A well-known, long-term, state-of-the-art plan", nil},
		{"A well-knwon plan", []string{"knwon"}},
		{"A co-operation and non-binding ex-president", nil},
		{"In 2024, 3,5 % rose by 12.5% to €4bn; the 1990s, a 3-year-old, G7, COVID-19", nil},
		{"A 3-yaer-old", []string{"yaer"}},
		{"See https://www.lemonde.fr/international/artcle or www.bbc.co.uk/nwes and lemonde.fr", nil},
		{"Write to jean.dupont@exmaple.fr or @glosse_app #Frnace", nil},
		{"The U.S. and the U.N., e.g. NATO, UNESCO and the EU", nil},
		{"THE SENATE VOTED", nil},
		{"iPhone and YouTube", nil},
		{"They recieve teh letter", []string{"recieve", "teh"}},
		{"Recieve it", []string{"Recieve"}},
		{"He went to Paris and PARIS; not paris", []string{"paris"}},
		{"A café and a cafe\u0301", nil},
		{"A caffé", []string{"caffé"}},
		{"Rock ‘n’ roll, ‘quoted’ and “quoted”", nil},
		{"Lavrov's trip", []string{"Lavrov"}},
		{"Lavrov’s trip", []string{"Lavrov"}},
	} {
		if got := misspelt(c, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: misspelt %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestNamesAreNotMisspelt(t *testing.T) {
	c := englishChecker(t)
	names := Names{}
	for _, n := range []string{"Sergei Lavrov", "Kim Jong-un", "Volodymyr Zelensky"} {
		names.Add(n)
	}
	text := "Sergei Lavrov’s talks with Kim Jong-un; Lavrov and Zelensky's aides. Lavorv left."
	if got := misspelt(c, text, names); !slices.Equal(got, []string{"Lavorv"}) {
		t.Errorf("misspelt %q, want only Lavorv", got)
	}
}

// TestOffsetsAfterEmojiAndCombiningAccents: offsets are bytes of the text, whatever precedes the word,
// and a word spelt with a combining accent is read as the precomposed one.
func TestOffsetsAfterEmojiAndCombiningAccents(t *testing.T) {
	c := englishChecker(t)
	text := "The 👨‍👩‍👧‍👦 family of José\u0301 is in the cafe\u0301 🇫🇷 and wrtes 👍🏽 letetrs"
	ms := c.Check(text, Names{"José\u0301": {}})
	var got []string
	for _, m := range ms {
		got = append(got, text[m.Start:m.End])
	}
	if !slices.Equal(got, []string{"wrtes", "letetrs"}) {
		t.Fatalf("misspelt %q", got)
	}
	if ms[0].Start != strings.Index(text, "wrtes") {
		t.Errorf("offset %d, want %d", ms[0].Start, strings.Index(text, "wrtes"))
	}
	text = "A word: re\u0301sume\u0301e" // a decomposed misspelling keeps its marks inside its offsets
	ms = c.Check(text)
	if len(ms) != 1 || text[ms[0].Start:] != "re\u0301sume\u0301e" {
		t.Errorf("got %+v", ms)
	}
}

func TestSuggest(t *testing.T) {
	c := englishChecker(t)
	for _, tc := range []struct{ word, first string }{
		{"recieve", "receive"},
		{"Recieve", "Receive"},
		{"goverment", "government"},
		{"definately", "definitely"},
		{"accomodate", "accommodate"},
		{"teh", "the"},
		{"paris", "Paris"},
		{"Washingtn", "Washington"},
		{"RECIEVE", "RECEIVE"},
	} {
		got := c.Suggest(tc.word, 5)
		if len(got) == 0 || got[0] != tc.first {
			t.Errorf("Suggest(%q) = %q, want %q first", tc.word, got, tc.first)
		}
	}
	if got := c.Suggest("presidnet", 5); len(got) < 2 || got[0] != "president" || got[1] == "President" {
		t.Errorf("Suggest(presidnet) = %q, want president once, first", got)
	}
	if got := c.Suggest("zzxqwv", 5); len(got) != 0 {
		t.Errorf("Suggest(zzxqwv) = %q, want nothing that far", got)
	}
	// Longer than any word: nothing near it. It ran for minutes (found by qa's FuzzRun).
	if got := c.Suggest("M"+strings.Repeat("e", 3000)+"onde", 5); len(got) != 0 {
		t.Errorf("Suggest of a 3,005-letter word = %q, want nothing", got)
	}
}

func TestUserDictionary(t *testing.T) {
	d, _ := English(American)
	c := NewChecker(d, NewDictionary([]string{"Glose", "reannotate"}))
	if got := misspelt(c, "Glose can reannotate, but not glose."); !slices.Equal(got, []string{"glose"}) {
		t.Errorf("misspelt %q", got)
	}
	if got := c.Suggest("reanotate", 1); !slices.Equal(got, []string{"reannotate"}) {
		t.Errorf("Suggest = %q", got)
	}
}

// TestUserDictionaryLongWord: a user's word list holding a 300-letter word (a pasted link) does not
// bring back suggestions for words that long, which cost about a second each, on every run of the
// checks: a 290-letter word has none, while ordinary words and the user's own still get theirs.
func TestUserDictionaryLongWord(t *testing.T) {
	d, _ := English(American)
	c := NewChecker(d, NewDictionary([]string{strings.Repeat("ab", 150), "reannotate"}))
	long := strings.Repeat("ba", 145)
	if got := misspelt(c, "A "+long+" here."); !slices.Equal(got, []string{long}) {
		t.Errorf("misspelt = %q, want the 290-letter word", got)
	}
	if got := c.Suggest(long, 5); len(got) != 0 {
		t.Errorf("Suggest of a 290-letter word = %q, want nothing", got)
	}
	if got := c.Suggest(strings.Repeat("ab", 149)+"a", 5); len(got) != 0 { // one deletion from the user's word
		t.Errorf("Suggest of a 299-letter word one letter from the user's = %q, want nothing", got)
	}
	for word, want := range map[string]string{"recieve": "receive", "reanotate": "reannotate", "goverment": "government"} {
		if got := c.Suggest(word, 1); !slices.Equal(got, []string{want}) {
			t.Errorf("Suggest(%q) = %q, want %q", word, got, want)
		}
	}
	at := strings.Repeat("x", MaxSuggestLength-1) // the longest a user's word may be and still be suggested
	c = NewChecker(d, NewDictionary([]string{at + "y"}))
	if got := c.Suggest(at+"z", 1); !slices.Equal(got, []string{at + "y"}) {
		t.Errorf("Suggest of a %d-letter word = %q, want the user's word of that length", MaxSuggestLength, got)
	}
}

// TestNewsEnglishIsMostlyRight: on real news English, with no names given, the check flags names
// (capitalised) and few lower-case words: under one in 200 words, most of them British spellings
// (behaviour, organisation), which an American dictionary flags, and the text's own misspelling.
// Reading either spelling (the default for plain English) leaves the British ones alone.
func TestNewsEnglishIsMostlyRight(t *testing.T) {
	news := newsEnglish(t)
	lower := func(c *Checker) []string {
		var out []string
		for _, m := range c.Check(news) {
			if m.Word == strings.ToLower(m.Word) {
				out = append(out, m.Word)
			}
		}
		return out
	}
	us := lower(englishChecker(t))
	if words := len(Words(news)); len(us)*200 > words || !slices.Contains(us, "temperment") || !slices.Contains(us, "behaviour") {
		t.Errorf("%d lower-case words of %d flagged: %q", len(us), words, us)
	}
	either := lower(varietyChecker(t, AnyEnglish))
	if len(either) >= len(us) || !slices.Contains(either, "temperment") || slices.ContainsFunc(either, func(w string) bool {
		return slices.Contains([]string{"behaviour", "organisation", "metres", "criticised"}, w)
	}) {
		t.Errorf("either spelling: %d flagged, %q", len(either), either)
	}
}
