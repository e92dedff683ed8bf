package annotate

import (
	"strings"
	"testing"
)

// TestPersonsSpanWithoutConfidence: a span another tool wrote as a person's (origin human) without a
// confidence, as a review script or a converter writes one, is valid and read with confidence 1, as
// Glose writes a span a person tagged; it was refused by validate yet read by every other command as
// 0, and written back so (a confirmed quotation at 0 in the quotations CSV). A suggestion (origin
// auto) still needs its confidence.
func TestPersonsSpanWithoutConfidence(t *testing.T) {
	doc := func(origin string) []byte {
		return []byte(`{"format": "glose/1", "offsets": "unicode-code-points", "id": "a", "title": "",
 "source": {"lang": "fr", "text": "Élise Dupont est à Besançon."}, "target": {"lang": "en"},
 "segments": [{"id": "s1", "start": 0, "end": 28, "paragraph": 0, "kind": "sentence", "target": "", "status": "new"}],
 "spans": [{"id": "t1", "side": "source", "start": 0, "end": 12, "label": "PER", "text": "Élise Dupont", "origin": "` + origin + `"}],
 "links": [], "entities": []}`)
	}
	d, err := ValidateJSON(doc("human"), "a.json")
	if err != nil {
		t.Fatalf("a person's span without confidence: %v; want it valid", err)
	}
	if got := d.Spans[0].Confidence; got != 1 {
		t.Errorf("a person's span without confidence read as %v, want 1", got)
	}
	out, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `"confidence": 1`) {
		t.Errorf("written back:\n%s\nwant its confidence, 1", out)
	}
	if _, err := ValidateJSON(doc("auto"), "a.json"); err == nil || !strings.Contains(err.Error(), "confidence") {
		t.Errorf("a suggestion without confidence: %v; want it refused for its confidence", err)
	}
}
