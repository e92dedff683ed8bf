package annotate

import (
	"bytes"
	"strings"
	"testing"
)

// TestOriginalRoundTrip: the translation tool's file a document came from (merge-back) survives
// Glose JSON byte for byte, « », emoji and a combining accent included; the schema and the reader
// refuse an original of a format Glose does not merge back into.
func TestOriginalRoundTrip(t *testing.T) {
	d := NewDocument("d", "", "Zoé.", "fr", "en")
	d.AddSegment(0, len(d.Text), 0, KindSentence)
	data := []byte("<?xml version=\"1.0\"?>\n<xliff><!-- « Rene\u0301e » 😀 --></xliff>\n")
	d.Meta.Original = &Original{Format: OriginalXLIFF, Name: "client.xlf", File: 1, Data: data}
	js, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ValidateJSON(js, "d.json")
	if err != nil {
		t.Fatal(err)
	}
	o := back.Meta.Original
	if o == nil || !bytes.Equal(o.Data, data) || o.Name != "client.xlf" || o.File != 1 || o.Format != OriginalXLIFF {
		t.Fatalf("original read back as %+v", o)
	}
	v12 := strings.Replace(string(js), `"format": "xliff"`, `"format": "xliff12"`, 1)
	if back, err := ValidateJSON([]byte(v12), "d.json"); err != nil || back.Meta.Original.Format != OriginalXLIFF12 {
		t.Errorf("an XLIFF 1.2 original read with error %v", err)
	}
	bad := strings.Replace(string(js), `"format": "xliff"`, `"format": "tmx"`, 1)
	if _, err := Unmarshal([]byte(bad), "d.json"); err == nil || !strings.Contains(err.Error(), "meta.original.format") {
		t.Errorf("an original in TMX read with error %v", err)
	}
	if _, err := ValidateJSON([]byte(bad), "d.json"); err == nil {
		t.Error("the schema takes an original in TMX")
	}
}
