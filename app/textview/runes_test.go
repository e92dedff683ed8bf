package textview

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWordBounds(t *testing.T) {
	const s = "reçu à la Maison-Blanche Sergueï, aujourd'hui l’État « 10\u00a0000 » 😀 e\u0301te\u0301 -x- 'a qu'Ammar d'Iskandariya presqu'île"
	tests := []struct {
		at   string // text whose first byte is tapped, found with strings.Index
		skip int    // bytes after that
		want string
	}{
		{"Maison", 0, "Maison-Blanche"},
		{"-Blanche", 0, "Maison-Blanche"},
		{"Blanche", 3, "Maison-Blanche"},
		{" Sergueï", 0, "Maison-Blanche"}, // just after the word
		{"Sergueï", len("Sergu"), "Sergueï"},
		{"aujourd'hui", len("aujourd"), "aujourd'hui"},
		{"jourd'hui", 0, "aujourd'hui"},
		{"l’État", 0, "l"}, // an elided article is a word of its own
		{"État", 2, "État"},
		{"qu'Ammar", 0, "qu"},
		{"Ammar", 1, "Ammar"},
		{"d'Iskandariya", len("d'Isk"), "Iskandariya"},
		{"presqu'île", len("pres"), "presqu'île"},
		{"reçu", 3, "reçu"},
		{"😀", 0, "😀"},
		{"e\u0301te\u0301", 1, "e\u0301te\u0301"},
		{"-x-", 0, "-"},
		{"x-", 0, "x"},
		{"'a", 0, "'"},
		{"« 1", 0, "«"},
	}
	for _, tt := range tests {
		i := strings.Index(s, tt.at)
		if i < 0 {
			t.Fatalf("%q not in text", tt.at)
		}
		start, end := wordBounds(s, i+tt.skip)
		if got := s[start:end]; got != tt.want {
			t.Errorf("wordBounds at %q+%d = %q, want %q", tt.at, tt.skip, got, tt.want)
		}
	}
}

func TestClusters(t *testing.T) {
	tests := []struct {
		s    string
		want []string
	}{
		{"abc", []string{"a", "b", "c"}},
		{"e\u0301t\u00e9", []string{"e\u0301", "t", "\u00e9"}},
		{"😀👍🏽x", []string{"😀", "👍🏽", "x"}},
		{"👩\u200d💻!", []string{"👩\u200d💻", "!"}},
		{"❤\ufe0f", []string{"❤\ufe0f"}},
		{"UE 🇪🇺🇫🇷🇺", []string{"U", "E", " ", "🇪🇺", "🇫🇷", "🇺"}}, // flags pair from the left
		{"1\ufe0f\u20e3 👨\u200d👩\u200d👧 q\u0307", []string{"1\ufe0f\u20e3", " ", "👨\u200d👩\u200d👧", " ", "q\u0307"}},
		{"a\r\nb", []string{"a", "\r\n", "b"}},
	}
	for _, tt := range tests {
		var got []string
		for i := 0; i < len(tt.s); {
			j := nextCluster(tt.s, i)
			got = append(got, tt.s[i:j])
			if p := prevCluster(tt.s, j); p != i {
				t.Errorf("%q: prevCluster(%d) = %d, want %d", tt.s, j, p, i)
			}
			for k := i; k < j; k++ {
				if sn := snapCluster(tt.s, k); sn != i {
					t.Errorf("%q: snapCluster(%d) = %d, want %d", tt.s, k, sn, i)
				}
			}
			i = j
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("clusters of %q = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestWordMovement(t *testing.T) {
	const s = "Il a dit : « aujourd'hui » ."
	var ends []string
	for off := 0; off < len(s); {
		off = nextWordEnd(s, off)
		ends = append(ends, s[:off])
	}
	want := []string{"Il", "Il a", "Il a dit", "Il a dit : « aujourd'hui", s}
	if strings.Join(ends, "|") != strings.Join(want, "|") {
		t.Errorf("nextWordEnd stops at %q, want %q", ends, want)
	}
	var starts []int
	for off := len(s); off > 0; {
		off = prevWordStart(s, off)
		starts = append(starts, off)
	}
	wantStarts := []int{strings.Index(s, "aujourd"), strings.Index(s, "dit"), 3, 0}
	if len(starts) != len(wantStarts) {
		t.Fatalf("prevWordStart stops at %v, want %v", starts, wantStarts)
	}
	for i := range starts {
		if starts[i] != wantStarts[i] {
			t.Errorf("prevWordStart stop %d = %d, want %d", i, starts[i], wantStarts[i])
		}
	}
}

func TestBreakSpaces(t *testing.T) {
	tests := []struct {
		r    rune
		want bool
	}{
		{' ', true}, {'\t', true}, {'\u2003', true}, {'\u3000', true},
		{'\u00a0', false}, {'\u202f', false}, {'\u2007', false}, {'\n', false}, {'a', false},
	}
	for _, tt := range tests {
		if got := isBreakSpace(tt.r); got != tt.want {
			t.Errorf("isBreakSpace(%U) = %v, want %v", tt.r, got, tt.want)
		}
	}
	if got := displayText("a\tb\r\n"); got != "a b \n" || !utf8.ValidString(got) {
		t.Errorf("displayText = %q", got)
	}
}
