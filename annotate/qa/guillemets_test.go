package qa

import (
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestGuillemetFixes: French guillemets copied into the English become the English marks of their
// level and lose the spaces inside them (no-break, narrow no-break, ordinary or none), keep those
// outside, and turn the quotation marks inside them down a level; a quotation opened or closed in
// another segment keeps its level; the result needs no further fix. The straight style gives " and '.
func TestGuillemetFixes(t *testing.T) {
	for _, c := range []struct{ in, curly string }{
		{"He said «\u00a0good\u00a0».", "He said “good”."},
		{"«\u202fZoe\u0301 🙂\u202f», she said.", "“Zoe\u0301 🙂”, she said."},
		{"A «café» and « tea » and «\u2009🙏🏽\u2009».", "A “café” and “tea” and “🙏🏽”."},
		{"He said:\u00a0« yes », then left.", "He said:\u00a0“yes”, then left."},
		{"« He said “no” to them. »", "“He said ‘no’ to them.”"},
		{`« He said "no" to Zoé's son »`, "“He said ‘no’ to Zoé’s son”"},
		{`« Il dit : "n’est-ce pas" »`, "“Il dit : ‘n’est-ce pas’”"},
		{"« He said ‹\u00a0non\u00a0› »", "“He said ‘non’”"},
		{"“He said « no », then « yes ».”", "“He said ‘no’, then ‘yes’.”"},
		{"« First sentence, and it's long.", "“First sentence, and it’s long."},
		{"Then “no” and «\u00a0cafe\u0301\u00a0» »\u00a0.", "Then ‘no’ and ‘cafe\u0301’”\u00a0."},
		{"A stray ” then « tea ».", "A stray ” then “tea”."},
		{"Empty « » here, 5'10\" tall.", "Empty “” here, 5'10\" tall."},
	} {
		if got := Apply(c.in, QuoteFixes(c.in, Curly)); got != c.curly {
			t.Errorf("curly %q:\n got %q\nwant %q", c.in, got, c.curly)
		}
		straight := strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'").Replace(c.curly)
		if got := Apply(c.in, QuoteFixes(c.in, Straight)); got != straight {
			t.Errorf("straight %q:\n got %q\nwant %q", c.in, got, straight)
		}
		if fixes := QuoteFixes(c.curly, Curly); len(fixes) > 0 {
			t.Errorf("the curly %q still has fixes %v", c.curly, fixes)
		}
	}
}

// TestSingleMarksTurned: ‘ typed for the apostrophe and ’ opening a quotation are turned round, in
// text with accents, e + U+0301, emoji and no-break spaces; what English writes so on purpose stays:
// ’90s, rock ’n’ roll, ’tis, ‘ ’ nested in “ ”, a quotation opened in one paragraph and closed in
// the next, a mark after a digit.
func TestSingleMarksTurned(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"We don‘t know the company‘s plans.", "We don’t know the company’s plans."},
		{"Zoe\u0301‘s café and the students‘ union 🙂", "Zoe\u0301’s café and the students’ union 🙂"},
		{"He said\u00a0’Zoé 🙂‘.", "He said\u00a0‘Zoé 🙂’."},
		{"’word‘ and ’another‘", "‘word’ and ‘another’"},
		{"‘Yes.‘ she said.", "‘Yes.’ she said."},
		{"‘Tis the season of rock ‘n’ roll, as in the ‘90s.", "’Tis the season of rock ’n’ roll, as in the ’90s."},
		{"In the ’90s, rock ’n’ roll; ’tis ’em.", ""},
		{"“He said ‘no’ to Zoé’s café.”", ""},
		{"‘One thing.", ""},
		{"‘90 per cent of them,’ he said.", ""},
		{"He is 5‘10 and 6’2.", ""},
		{"‘Hello,’ she said, ‘it’s me.’", ""},
		{"’bout time", ""},
		{"Il dit : ‘n’est-ce pas merveilleux’.", ""},
	} {
		want := c.want
		if want == "" {
			want = c.in
		}
		if got := Apply(c.in, QuoteFixes(c.in, Curly)); got != want {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, want)
		}
		if fixes := QuoteFixes(want, Curly); len(fixes) > 0 {
			t.Errorf("the fixed %q still has fixes %v", want, fixes)
		}
	}
}

// TestGuillemetsOneIssue: guillemets in the English are the quotation style check's, which can fix
// them, and no longer also French typography's; with that check off, French typography still flags
// them. A locked segment's, which nobody may change, neither flags.
func TestGuillemetsOneIssue(t *testing.T) {
	d := annotate.NewDocument("d", "D", "Il a dit « bien ».", "fr", "en")
	d.AddSegment(0, len(d.Text), 0, annotate.KindSentence)
	d.Segments[0].Target = "He said «\u202fgood\u202f»."
	keys := func(cfg Config) []string {
		var out []string
		for _, is := range Run(d, cfg) {
			out = append(out, is.Key)
		}
		return out
	}
	if got, want := keys(Config{}), []string{"qa.quote-style.guillemets"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	off := Config{Disabled: map[string]bool{QuotationStyle: true}}
	if got, want := keys(off), []string{"qa.french-typography.guillemets"}; !slices.Equal(got, want) {
		t.Errorf("quote-style off: got %v, want %v", got, want)
	}
	d.Segments[0].Locked = true
	for _, cfg := range []Config{{}, off} {
		if got := keys(cfg); len(got) > 0 {
			t.Errorf("locked (quote-style off: %v): got %v, want none", cfg.Disabled[QuotationStyle], got)
		}
	}
}

// TestGuillemetPartners: the segments holding the other guillemet of a quotation opened or closed
// across segments are found both ways, past segments without guillemets and those whose guillemets
// pair among themselves, and not past a locked segment.
func TestGuillemetPartners(t *testing.T) {
	en := []string{"He said «\u00a0one, «\u202fZoe\u0301\u202f».", "Nothing 🙂 here.", "Two\u00a0», and « three ».", "Fin «", "» end", "« Un » café."}
	d := annotate.NewDocument("d", "D", strings.Repeat("x. ", len(en)), "fr", "en")
	for i, s := range en {
		d.AddSegment(3*i, 3*i+2, i, annotate.KindSentence)
		d.Segments[i].Target = s
	}
	d.Segments[3].Locked = true
	for i, want := range [][]int{{2}, nil, {0}, nil, nil, nil} {
		if got := GuillemetPartners(d, i); !slices.Equal(got, want) {
			t.Errorf("segment %d: partners %v, want %v", i+1, got, want)
		}
	}
	d.Segments[3].Locked = false
	if got := GuillemetPartners(d, 4); !slices.Equal(got, []int{3}) {
		t.Errorf("unlocked: partners %v", got)
	}
}
