package app

import (
	"strings"
	"testing"
)

// TestConcordanceSaysTheMemoryIsEmpty: a search in a memory that holds nothing says so and how it
// fills, where "0 units in the memory" and other words to try read as though the words were wrong;
// a search in a memory with units but not these words does not.
func TestConcordanceSaysTheMemoryIsEmpty(t *testing.T) {
	const empty = "The translation memory is empty: it fills as you confirm segments (Ctrl+Enter)"
	ui := suggestUI(t, pairDoc("Le Parlement gallois a voté."), nil, nil)
	v := ui.showConcordance()
	v.query.SetText("parlement gallois")
	if !strings.Contains(v.count.Text, empty) {
		t.Errorf("empty memory: %q, want it to say %q", v.count.Text, empty)
	}
	ui = suggestUI(t, pairDoc("Le Parlement gallois a voté."), ntrex(t), nil)
	v = ui.showConcordance()
	v.query.SetText("zzzgallois")
	if strings.Contains(v.count.Text, "is empty") || !strings.Contains(v.count.Text, "Nothing found") {
		t.Errorf("a memory with units, nothing found: %q", v.count.Text)
	}
}
