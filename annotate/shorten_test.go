package annotate

import "testing"

func TestShorten(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"« Ça ira. »", 20, "« Ça ira. »"},
		{"« Tout le monde.\nIls disaient »", 40, "« Tout le monde. Ils disaient »"},
		{"un  deux\t\ttrois", 40, "un deux trois"},
		{"😀 e\u0301tait là", 4, "😀 e\u0301…"},
		{"abcdef", 3, "abc…"},
	} {
		if got := Shorten(tt.in, tt.n); got != tt.want {
			t.Errorf("Shorten(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
