package textnorm

import "testing"

func TestDifference(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"même texte", "même texte", ""},
		{"Le café\nde la ville 😀", "Le café\nde la cité 😀", "at line 2, column 7: “Le café\\nde la ville 😀” against “Le café\\nde la cité 😀”"},
		{"«\u00a0Élise\u00a0»", "«\u00a0Élyse\u00a0»", "at line 1, column 5: “«\u00a0Élise\u00a0»” against “«\u00a0Élyse\u00a0»”"},
		{"é", "e\u0301", "at line 1, column 1: “é” against “e\u0301”"},         // the first byte of é and e differ
		{"😀 a", "😁 a", "at line 1, column 1: “😀 a” against “😁 a”"},             // the last byte of the emoji differs: its start is named
		{"abc", "abcd", "at line 1, column 4: “abc (the end)” against “abcd”"}, // one text ends
		{"x\r\ny", "x\ny", "at line 1, column 2: “x\\r\\ny” against “x\\ny”"},  // line endings shown
		{"0123456789012345678901234567890123456789", "01234567890123456789X123456789", "at line 1, column 21: “…567890123456789012345678901234…” against “…567890123456789X123456789”"},
	}
	for _, tc := range tests {
		if got := Difference(tc.a, tc.b); got != tc.want {
			t.Errorf("Difference(%q, %q)\n got %s\nwant %s", tc.a, tc.b, got, tc.want)
		}
	}
}
