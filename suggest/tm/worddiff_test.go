package tm

import (
	"fmt"
	"strings"
	"testing"
)

// show writes a word diff as text: [-removed-] and {+added+}.
func show(ps []Piece) string {
	var b strings.Builder
	for _, p := range ps {
		switch p.Kind {
		case Removed:
			fmt.Fprintf(&b, "[-%s-]", p.Text)
		case Added:
			fmt.Fprintf(&b, "{+%s+}", p.Text)
		default:
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

// TestWordDiff: the words a reviewer removed and added are marked whole, in order, with accents,
// « » and no-break spaces, emoji and e + U+0301 (which matches its precomposed é: no change), and the
// text both share is kept as the new version writes it.
func TestWordDiff(t *testing.T) {
	for _, c := range []struct{ name, old, new, want string }{
		{"same", "It is over.", "It is over.", "It is over."},
		{"replaced", "“I think it's over,” he said.", "“I think it's finished,” he said.", "“I think it's [-over-] {+finished+},” he said."},
		{"inserted", "The café closed.", "The small café closed.", "The {+small+} café closed."},
		{"removed", "The small café closed.", "The café closed.", "The [-small-] café closed."},
		{"removed first", "Well the café closed.", "The café closed.", "[-Well the-] {+The+} café closed."},
		{"guillemets", "He called it «\u00a0une honte\u00a0».", "He called it «\u00a0a disgrace\u00a0».", "He called it «\u00a0[-une honte-]\u00a0{+a disgrace+}\u00a0»."},
		{"emoji", "Great 😀 news", "Great 😢 news", "Great [-😀-] {+😢+} news"},
		{"combining", "The e\u0301te\u0301 ended.", "The été ended.", "The été ended."},
		{"combining changed", "The e\u0301te\u0301 ended.", "The hiver ended.", "The [-e\u0301te\u0301-] {+hiver+} ended."},
		{"from nothing", "", "New text.", "{+New text.+}"},
	} {
		got := show(WordDiff(c.old, c.new))
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestWordDiffMarks: where only punctuation and spacing changed between two words both versions keep,
// the pieces are exactly the characters that changed, never half a cluster, and the words stay
// whole and unmarked; a change of letters beside them is still a change of the whole word.
func TestWordDiffMarks(t *testing.T) {
	for _, c := range []struct{ name, old, new, want string }{
		{"comma added", "On Wednesday Donald Trump", "On Wednesday, Donald Trump", "On Wednesday{+,+} Donald Trump"},
		{"no-break space", "Is it free ? Yes", "Is it free\u00a0? Yes", "Is it free[- -]{+\u00a0+}? Yes"},
		{"double space", "his top diplomat", "his top  diplomat", "his top {+ +}diplomat"},
		{"space removed", "«\u00a0Oui\u00a0»", "«Oui»", "«[-\u00a0-]Oui[-\u00a0-]»"},
		{"apostrophe", "Trump's team", "Trump’s team", "Trump[-'-]{+’+}s team"},
		{"guillemets", "He said «\u00a0no\u00a0».", "He said “no”.", "He said [-«\u00a0-]{+“+}no[-\u00a0»-]{+”+}."},
		{"dash", "the President - and his men", "the President – and his men", "the President [---]{+–+} and his men"},
		{"full stop dropped", "men of action.", "men of action", "men of action[-.-]"},
		{"number", "1 000 people", "1\u00a0000 people", "1[- -]{+\u00a0+}000 people"},
		{"accents and emoji kept", "Great 😀, e\u0301te\u0301 !", "Great 😀 été\u00a0!", "Great 😀[-,-] été[- -]{+\u00a0+}!"},
		{"skin tone", "Top 👍🏽 !", "Top 👍🏽\u00a0!", "Top 👍🏽[- -]{+\u00a0+}!"},
		{"word beside", "It is over.", "It is finished!", "It is [-over.-] {+finished!+}"},
	} {
		got := show(WordDiff(c.old, c.new))
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// BenchmarkWordDiff measures the diff of a long segment (60 words) of which a reviewer changed a few:
// the app runs it when it shows a changed segment's row.
func BenchmarkWordDiff(b *testing.B) {
	old := strings.Repeat("The former Ukip leader said politicians had to « feel the heat » 😀 from Eurosceptics. ", 5)
	new := strings.Replace(strings.Replace(old, "said", "claimed", 2), "heat", "pressure", 1)
	for b.Loop() {
		WordDiff(old, new)
	}
}
