package update

import "testing"

// TestExcerptsShowTheChange: a correction at the end of a long English shows in the summary, from
// the word where the two start to differ; a change near the start, or in short English, shows the
// beginning as before.
func TestExcerptsShowTheChange(t *testing.T) {
	for _, c := range []struct{ old, new, wantOld, wantNew string }{
		{"Grégory Doucet presented his project to the city council on Tuesday.",
			"Grégory Doucet presented his project to the city council on Tuesday evening.",
			"…council on Tuesday.", "…council on Tuesday evening."},
		{"Cycling associations remain cautious.", "Cyclists’ associations remain cautious.",
			"Cycling associations remain cautious.", "Cyclists’ associations remain cautious."},
		{"", "The city council will vote on 15 December.", "", "The city council will vote on 15 December."},
	} {
		gotOld, gotNew := Excerpts(c.old, c.new, 50)
		if gotOld != c.wantOld || gotNew != c.wantNew {
			t.Errorf("Excerpts(%q, %q) = %q, %q; want %q, %q", c.old, c.new, gotOld, gotNew, c.wantOld, c.wantNew)
		}
		if gotOld == gotNew && c.old != c.new {
			t.Errorf("the change from %q to %q does not show: %q twice", c.old, c.new, gotOld)
		}
	}
}
