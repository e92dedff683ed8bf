package project_test

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
)

// TestEnglishQuoteMarks covers the English quotations projection missed on the NTREX dev articles:
// single quotes (‘ ’ and ' ', as headlines and British papers write them), told from apostrophes, and
// the end of a quotation running over segments closed by a straight quote.
func TestEnglishQuoteMarks(t *testing.T) {
	const twoSentences = "« Ma femme lui a envoyé une chose qu'elle ne voulait pas dire.\n\nNous ne sommes pas racistes », a dit Joel."
	cases := []struct {
		name    string
		src     string
		targets []string
		quote   string
		want    []string
	}{
		{"straight single quotes in a headline", "La Corée du Nord dit « aucun cas » sans confiance.",
			[]string{"North Korea says 'no way' will disarm unilaterally without trust"}, "« aucun cas »", []string{"'no way'"}},
		{"curly single quotes", "La Corée du Nord dit « aucun cas » sans confiance.",
			[]string{"North Korea says ‘no way’ will disarm without trust"}, "« aucun cas »", []string{"‘no way’"}},
		{"apostrophes are no quotation", "Waters dénonce des « mensonges dangereux ».",
			[]string{"Waters denies staffers' leak, blasts senators' 'dangerous lies'"}, "« mensonges dangereux »",
			[]string{"'dangerous lies'"}},
		{"apostrophes inside", "Il a dit « c'est fini ».", []string{"He said ‘it’s over, isn’t it’."}, "« c'est fini »",
			[]string{"‘it’s over, isn’t it’"}},
		{"straight quote closing the second segment", twoSentences,
			[]string{"\"My wife had sent her something that she didn't mean to say.", "We're not racist people,\" husband Joel said."},
			"« Ma femme lui a envoyé une chose qu'elle ne voulait pas dire.\n\nNous ne sommes pas racistes »",
			[]string{"\"My wife had sent her something that she didn't mean to say.", "We're not racist people,\""}},
		{"single quotes over two segments", twoSentences,
			[]string{"He said: 'My wife had sent her something she didn't mean to say.", "We're not racists,' Joel said."},
			"« Ma femme lui a envoyé une chose qu'elle ne voulait pas dire.\n\nNous ne sommes pas racistes »",
			[]string{"'My wife had sent her something she didn't mean to say.", "We're not racists,'"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, spans := small(t, c.src, c.targets, [2]string{annotate.LabelQuote, c.quote})
			if _, err := project.Document(annotate.NewEditor(d), project.Options{}); err != nil {
				t.Fatal(err)
			}
			if got := english(d, spans[0]); strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
