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

// BenchmarkWordDiff measures the diff of a long segment (60 words) of which a reviewer changed a few:
// the app runs it when it shows a changed segment's row.
func BenchmarkWordDiff(b *testing.B) {
	old := strings.Repeat("The former Ukip leader said politicians had to « feel the heat » 😀 from Eurosceptics. ", 5)
	new := strings.Replace(strings.Replace(old, "said", "claimed", 2), "heat", "pressure", 1)
	for b.Loop() {
		WordDiff(old, new)
	}
}
