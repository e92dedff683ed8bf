package qa

import (
	"slices"
	"testing"
)

// TestQuoteFixes: straight marks become the curly ones their place says, in text with no-break
// spaces, emoji and accents written e + U+0301; primes after a digit stay; a mark turned the wrong
// way is turned round; the straight style undoes the curly one.
func TestQuoteFixes(t *testing.T) {
	for _, c := range []struct{ in, curly, straight string }{
		{`He said "it's over" in Paris.`, "He said “it’s over” in Paris.", `He said "it's over" in Paris.`},
		{`"Zoe` + "\u0301" + `'s café," she said 🙂.`, "“Zoe\u0301’s café,” she said 🙂.", `"Zoe` + "\u0301" + `'s café," she said 🙂.`},
		{`"🙏" and "🙏🏽"`, "“🙏” and “🙏🏽”", `"🙏" and "🙏🏽"`},
		{"He said:\u00a0'no' to the students' union.", "He said:\u00a0‘no’ to the students’ union.", "He said:\u00a0'no' to the students' union."},
		{`In the '90s, rock 'n' roll; 'tis (quote "“inner”").`, "In the ’90s, rock ’n’ roll; ’tis (quote ““inner””).", `In the '90s, rock 'n' roll; 'tis (quote ""inner"").`},
		{`He is 5'10" with a 12" screen.`, `He is 5'10" with a 12" screen.`, `He is 5'10" with a 12" screen.`},
		{"He said ”no“ twice.", "He said “no” twice.", `He said "no" twice.`},
		{"—\"Yes,\" (\"no\")", "—“Yes,” (“no”)", "—\"Yes,\" (\"no\")"},
		{`""Peppa the pig," yes."`, "““Peppa the pig,” yes.”", `""Peppa the pig," yes."`},
	} {
		if got := Apply(c.in, QuoteFixes(c.in, Curly)); got != c.curly {
			t.Errorf("curly %q:\n got %q\nwant %q", c.in, got, c.curly)
		}
		if got := Apply(c.curly, QuoteFixes(c.curly, Straight)); got != c.straight {
			t.Errorf("straight %q:\n got %q\nwant %q", c.curly, got, c.straight)
		}
		if fixes := QuoteFixes(c.curly, Curly); len(fixes) > 0 {
			t.Errorf("the curly %q still has fixes %v", c.curly, fixes)
		}
	}
}

// TestQuoteStyleIssues: the check says which marks are out of style, in the style chosen, with the
// English message and the key and arguments the app translates, French guillemets left in the
// English among them.
func TestQuoteStyleIssues(t *testing.T) {
	src := "Il a dit « bien ».\n\nElle a dit « non ».\n\nIl a ri 😀.\n\nCafé « noir »."
	en := []string{`He said "good" and didn't stay.`, "She said “no”.", "He laughed 😀.", "Cafe\u0301 « black »."}
	d := doc(t, src, en)
	only := func(st QuoteStyle) []Issue {
		off := map[string]bool{}
		for _, c := range Checks() {
			off[c.ID] = c.ID != QuotationStyle
		}
		return Run(d, Config{Disabled: off, Quotes: st})
	}
	type f struct{ seg, key, marks, msg string }
	got := func(issues []Issue) []f {
		var out []f
		for _, is := range issues {
			out = append(out, f{is.Segment, is.Key, is.Args["marks"], is.Message})
		}
		return out
	}
	guillemets := f{"s4", "qa.quote-style.guillemets", "« »", "The translation of s4 has French guillemets (« ») where the style is curly: “ ” ‘ ’."}
	want := []f{{"s1", "qa.quote-style.straight", `" '`, `The translation of s1 has straight marks (" ') where the style is curly: “ ” ‘ ’.`}, guillemets}
	for _, st := range []QuoteStyle{"", Curly} {
		if g := got(only(st)); !slices.Equal(g, want) {
			t.Errorf("style %q: got %q, want %q", st, g, want)
		}
	}
	want = []f{{"s2", "qa.quote-style.curly", "“ ”", `The translation of s2 has curly marks (“ ”) where the style is straight: " '.`},
		{"s4", "qa.quote-style.guillemets-straight", "« »", `The translation of s4 has French guillemets (« ») where the style is straight: " '.`}}
	if g := got(only(Straight)); !slices.Equal(g, want) {
		t.Errorf("straight: got %q, want %q", g, want)
	}
	d.Segments[1].Target = "She said ”no“."
	want = []f{{"s1", "qa.quote-style.straight", `" '`, `The translation of s1 has straight marks (" ') where the style is curly: “ ” ‘ ’.`},
		{"s2", "qa.quote-style.direction", "” “", "The translation of s2 has a quotation mark turned the wrong way (” “): “ opens, ” closes."}, guillemets}
	if g := got(only(Curly)); !slices.Equal(g, want) {
		t.Errorf("turned: got %q, want %q", g, want)
	}
	d.Segments[1].Target = "She said ’no‘, didn‘t she?"
	want[1] = f{"s2", "qa.quote-style.single", "’ ‘", "The translation of s2 has an apostrophe or single quotation mark turned the wrong way (’ ‘): ’ is the apostrophe and closes, ‘ opens."}
	if g := got(only(Curly)); !slices.Equal(g, want) {
		t.Errorf("turned: got %q, want %q", g, want)
	}
}

func TestParseQuoteStyle(t *testing.T) {
	for in, want := range map[string]QuoteStyle{"": Curly, "curly": Curly, " Straight ": Straight} {
		if got, err := ParseQuoteStyle(in); err != nil || got != want {
			t.Errorf("ParseQuoteStyle(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseQuoteStyle("smart"); err == nil || err.Error() != `unknown quotation style "smart": want curly or straight` {
		t.Errorf("ParseQuoteStyle(smart): %v", err)
	}
}

// TestMarkAt: one mark at a time gives what QuoteFixes gives for the whole text, apostrophes before
// digits and in elisions, primes and turned curly marks included; a place without a mark says so.
func TestMarkAt(t *testing.T) {
	s := `In the '90s, rock 'n' roll, "don't" 5'10" « 'tis » ”no“ 🙂' e` + "\u0301\""
	var fixes []Fix
	for i := 0; i < len(s); i++ {
		m, ok := MarkAt(s, i, Curly)
		end := markEnd(s, i)
		if ok != (end > 0) {
			t.Fatalf("MarkAt(%d) says %v", i, ok)
		}
		if ok && m != s[i:end] {
			fixes = append(fixes, Fix{i, end, m})
		}
	}
	var marks []Fix // guillemets are not typed: MarkAt leaves them to the check
	for _, f := range QuoteFixes(s, Curly) {
		if markEnd(s, f.Start) == f.End {
			marks = append(marks, f)
		}
	}
	if got, want := Apply(s, fixes), Apply(s, marks); got != want {
		t.Errorf("one at a time %q, all at once %q", got, want)
	}
	for _, i := range []int{-1, 2, len(s)} {
		if _, ok := MarkAt(s, i, Curly); ok {
			t.Errorf("a mark at %d", i)
		}
	}
	if m, _ := MarkAt("“x”", 0, Straight); m != `"` {
		t.Errorf("straight style gives %q", m)
	}
}
