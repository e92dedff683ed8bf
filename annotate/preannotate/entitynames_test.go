package preannotate

import "testing"

// TestStripTitles names entities without the titles before a person's name, and keeps the first
// word of another name that happens to be a title's: "Premier League" is not "League".
func TestStripTitles(t *testing.T) {
	for _, tt := range []struct {
		name   string
		person bool
		want   string
	}{
		{"M. Lavoisier", true, "Lavoisier"},
		{"le président Dufresne", true, "Dufresne"},
		{"Premier League", false, "Premier League"},
		{"General Turbines", false, "General Turbines"},
		{"la Maison-Blanche", false, "Maison-Blanche"},
		{"La Paz", false, "La Paz"},
	} {
		if got := stripTitles(tt.name, tt.person); got != tt.want {
			t.Errorf("stripTitles(%q, %v) = %q, want %q", tt.name, tt.person, got, tt.want)
		}
	}
}
