package qa

import (
	"slices"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
)

// TestQuoteMissingWhenTheEnglishQuotes: a French quotation in « » translated as an English one in
// “ ”, ‘ ’ or " " is no missing quotation, whether projection would pair the two or not (a quotation
// moved in the sentence, a title quoted besides, British single quotes), before projection tags the
// English and after, and after the annotator rejected the English tag; an English that quotes
// nothing, or fewer times than the French, is flagged.
func TestQuoteMissingWhenTheEnglishQuotes(t *testing.T) {
	const q = "« Nous ne céderons pas »"
	for _, c := range []struct {
		name, src, en string
		quotes        []string
		missing       bool
	}{
		{"curly quotes", q + ", a déclaré le ministre.", "“We will not give in,” the minister said.", []string{q}, false},
		{"straight quotes", q + ", a déclaré le ministre.", `"We will not give in," the minister said.`, []string{q}, false},
		{"single quotes", "Le ministre a déclaré : " + q + ".", "The minister said: ‘We will not give in.’", []string{q}, false},
		{"single quotes and an apostrophe", "Le ministre a déclaré : « Nous ne céderons pas ».", "The minister said: ‘We won’t give in.’", []string{q}, false},
		{"moved, with a title quoted besides", q + ", a répondu le ministre dans un entretien au quotidien Rodong Sinmun.",
			`The minister told the daily "Rodong Sinmun" in an interview: "We will not give in."`, []string{q}, false},
		{"reported speech", q + ", a déclaré le ministre.", "The minister said they would not give in.", []string{q}, true},
		{"one of two quoted", q + ", a déclaré le ministre, « jamais ».", "“We will not give in,” the minister said, never.", []string{q, "« jamais »"}, true},
		{"apostrophe only", q + ", a déclaré le ministre.", "The minister’s answer: they won’t give in.", []string{q}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			var spans [][2]string
			for _, s := range c.quotes {
				spans = append(spans, [2]string{"QUOTE", s})
			}
			d := doc(t, c.src, []string{c.en}, spans...)
			check := func(when string) {
				t.Helper()
				got := slices.Contains(checksOf(Run(d, Config{Disabled: map[string]bool{PendingSuggestions: true}})), "s1:quote-missing")
				if got != c.missing {
					t.Errorf("%s: quote-missing %v, want %v", when, got, c.missing)
				}
			}
			check("before projection")
			e := annotate.NewEditor(d)
			if _, err := project.Segment(e, d.Segments[0].ID, project.Options{}); err != nil {
				t.Fatal(err)
			}
			check("after projection")
			for _, sp := range d.TargetSpans(d.Segments[0].ID) {
				if sp.Label == annotate.LabelQuote {
					if err := e.Reject(sp.ID); err != nil {
						t.Fatal(err)
					}
				}
			}
			check("after the English quotation was rejected")
		})
	}
}

// TestQuotations finds the quotations of an English text, its apostrophes aside.
func TestQuotations(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"He said “yes” and ‘no’.", []string{"“yes”", "‘no’"}},
		{"‘We won’t go,’ she said.", []string{"‘We won’t go,’"}},
		{"It’s the minister’s.", nil},
		{`"A "B" C" and "D"`, []string{`"A "`, `" C"`, `"D"`}}, // straight quotes alternate
		{"over,” he said. “And", []string{"over,”", "“And"}},
		{"the students’ union", nil},
	} {
		var got []string
		for _, q := range quotations(c.in) {
			got = append(got, c.in[q.start:q.end])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("quotations(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
