package annotate

import (
	"fmt"
	"strings"
	"testing"
)

// TestClusterSplits: spans cutting a grapheme cluster (a flag, a ZWJ sequence, a skin tone, a keycap, a
// letter and its mark, CR LF) are listed, edge by edge, and still pass Validate, as imported gold data
// must; spans on whole clusters, « guillemets » with their U+202F included, are not listed.
func TestClusterSplits(t *testing.T) {
	text := "l’Union européenne 🇪🇺 🇫🇷, la famille 👨\u200d👩\u200d👧 👍🏽 1\ufe0f\u20e3 g\u0303 «\u202fOui\u202f»\r\nfin"
	d := NewDocument("doc", "", text, "fr", "en")
	d.AddSegment(0, len(text), 0, KindSentence)
	at := func(s string) int {
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("%q not in the text", s)
		}
		return i
	}
	tests := []struct {
		name       string
		start, end int
		want       string // the edges listed, "" for none
	}{
		{"whole words", at("Union"), at(" 🇪🇺"), ""},
		{"a whole flag", at("🇪🇺"), at(" 🇫🇷"), ""},
		{"two whole flags", at("🇪🇺"), at(","), ""},
		{"half a flag", at("Union"), at("🇪🇺") + len("🇪"), "end"},
		{"the second half of a flag", at("🇫🇷") + len("🇫"), at(","), "start"},
		{"inside a family", at("👨"), at("👨") + len("👨\u200d"), "end"},
		{"a hand without its skin tone", at("👍"), at("🏽"), "end"},
		{"a skin tone alone", at("🏽"), at("🏽") + len("🏽"), "start"},
		{"a keycap without its selector", at("1\ufe0f"), at("1\ufe0f") + 1, "end"},
		{"a letter without its mark", at("g\u0303"), at("g\u0303") + 1, "end"},
		{"a mark alone and half a keycap", at("\ufe0f\u20e3"), at("\u0303"), "start end"},
		{"guillemets with their narrow spaces", at("«"), at("\r\n"), ""},
		{"between CR and LF", at("Oui"), at("\nfin"), "end"},
	}
	for i, tt := range tests {
		d.Spans = append(d.Spans, &Span{ID: fmt.Sprint("t", i), Side: Source, Start: tt.start, End: tt.end,
			Label: LabelMISC, Origin: Human, Confidence: 1})
	}
	if err := d.Validate(); err != nil {
		t.Fatalf("Validate refused spans cutting clusters, which imports must accept: %v", err)
	}
	got := map[string][]string{}
	for _, e := range d.ClusterSplits() {
		path, edge, _ := strings.Cut(e.Path, ".")
		got[path] = append(got[path], edge)
		if !strings.Contains(e.Msg, "falls inside the character") {
			t.Errorf("%s: message %q does not say what is wrong", e.Path, e.Msg)
		}
	}
	for i, tt := range tests {
		path := fmt.Sprintf("spans[%d]", i)
		if g := strings.Join(got[path], " "); g != tt.want {
			t.Errorf("%s (%s): edges %q listed, want %q", tt.name, path, g, tt.want)
		}
	}
}
