package annotate

import (
	"strings"
	"testing"
)

func TestPlural(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want string
	}{
		{0, "0 links have"},
		{1, "1 link has"},
		{2, "2 links have"},
		{11, "11 links have"},
		{-1, "-1 links have"},
	} {
		if got := Plural(tt.n, "link has", "links have"); got != tt.want {
			t.Errorf("Plural(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

// TestRangeErrorsAgreeWithTheLength: the errors that give a text's length say "1 byte", not "1 bytes".
func TestRangeErrorsAgreeWithTheLength(t *testing.T) {
	for _, tt := range []struct {
		text, want string
	}{
		{"a", "(1 byte)"},
		{"ab", "(2 bytes)"},
	} {
		err := checkRange(tt.text, 0, 5, false, "source")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("range over %q: %v, want it to say %s", tt.text, err, tt.want)
		}
	}
}
