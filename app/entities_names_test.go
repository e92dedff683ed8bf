package app

import (
	"slices"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestNamesakesAsTheRowsRead: entities are namesakes, told apart by their first mention's segment,
// when their rows read alike, whatever names make them so.
func TestNamesakesAsTheRowsRead(t *testing.T) {
	cases := []struct {
		name  string
		a, b  [3]string // type, French, English
		twins bool
	}{
		{"same names", [3]string{"LOC", "Europe", "Europe"}, [3]string{"LOC", "Europe", "Europe"}, true},
		{"English as the French, or none", [3]string{"LOC", "Europe", "Europe"}, [3]string{"LOC", "Europe", ""}, true},
		{"another English", [3]string{"LOC", "Géorgie", "Georgia"}, [3]string{"LOC", "Géorgie", ""}, false},
		{"another type", [3]string{"LOC", "Washington", ""}, [3]string{"PER", "Washington", ""}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := annotate.NewDocument("n", "N", "x", "fr", "en")
			for i, e := range [][3]string{c.a, c.b} {
				d.Entities = append(d.Entities, &annotate.Entity{ID: string(rune('a' + i)), Type: e[0], Names: map[string]string{"fr": e[1], "en": e[2]}})
			}
			got := namesakes(d)
			var ids []string
			for id := range got {
				ids = append(ids, id)
			}
			slices.Sort(ids)
			if twins := slices.Equal(ids, []string{"a", "b"}); twins != c.twins || !c.twins && len(ids) > 0 {
				t.Errorf("namesakes %v, want both: %v", ids, c.twins)
			}
		})
	}
}
