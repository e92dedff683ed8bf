package glossary

import (
	"errors"
	"testing"
)

// TestParseTSV reads tab-separated lines as --glossary takes them: comments and blank lines
// skipped, everything after the first tab the target, Windows-1252 and UTF-16 decoded as for CSV.
func TestParseTSV(t *testing.T) {
	for _, tt := range []struct {
		name string
		data string
		want []Entry
	}{
		{"UTF-8", "# fr\ten\n\n « Élysée »\tElysee Palace 🇫🇷 \nZoe\u0301\tZoé\t(note)\r\n", []Entry{{Source: "« Élysée »", Target: "Elysee Palace 🇫🇷"}, {Source: "Zoe\u0301", Target: "Zoé\t(note)"}}},
		{"Windows-1252", "\xc9lys\xe9e\t\xabpalais\xbb\n", []Entry{{Source: "Élysée", Target: "«palais»"}}},
		{"UTF-16", "\xff\xfe\xc9\x00\t\x00\x3d\xd8\x4d\xdc\n\x00", []Entry{{Source: "É", Target: "👍"}}},
	} {
		got, err := ParseTSV([]byte(tt.data))
		if err != nil || len(got) != len(tt.want) {
			t.Errorf("%s: %v, %v; want %v", tt.name, got, err, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: entry %d = %+v, want %+v", tt.name, i, got[i], tt.want[i])
			}
		}
	}
	_, err := ParseTSV([]byte("Moscou\tMoscow\n\n« sans tabulation »\n"))
	if te := (*TSVError)(nil); !errors.As(err, &te) || te.Line != 3 {
		t.Errorf("a line without a tab: %v, want a TSVError on line 3", err)
	}
}
