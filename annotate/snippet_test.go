package annotate

import "testing"

// TestQuotedSnippet: a snippet wholly in its own quotation marks, or cut before its closing mark,
// is told apart from one without marks and one whose quotation closes before its end; the cut one
// is closed again with its own mark.
func TestQuotedSnippet(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"« Ceux qui pensent »", "« Ceux qui pensent »", true},
		{"«\u00a0Ceux qui pensent…", "«\u00a0Ceux qui pensent…\u00a0»", true},
		{"“Those who think…", "“Those who think…”", true},
		{"“Those who think”", "“Those who think”", true},
		{"« Il a dit « non » hier »", "« Il a dit « non » hier »", true},
		{"Ceux qui pensent…", "", false},
		{"« Non », a-t-il dit", "", false},
		{"« Non, a-t-il", "", false}, // neither closed nor cut by Shorten
		{"«", "", false},
		{"", "", false},
	} {
		got, ok := QuotedSnippet(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("QuotedSnippet(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
