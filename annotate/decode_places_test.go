package annotate

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// editedDoc is testDoc's JSON with change applied to it as generic JSON.
func editedDoc(t *testing.T, change func(m map[string]any)) []byte {
	t.Helper()
	good, err := Marshal(testDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(good, &m); err != nil {
		t.Fatal(err)
	}
	change(m)
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// A reader fixing the file goes by the message's offsets and cause: they must be the file's code
// points, not the bytes Glose counts in, and the cause the real one.
func TestDecodeErrorsGiveTheFilesPlaceAndCause(t *testing.T) {
	item := func(m map[string]any, key string, i int) map[string]any { return m[key].([]any)[i].(map[string]any) }
	tests := []struct {
		name   string
		change func(m map[string]any)
		code   ErrorCode
		want   []string
	}{
		{"segments out of order, after accents", func(m map[string]any) {
			segs := m["segments"].([]any)
			segs[0], segs[1] = segs[1], segs[0]
		}, InvalidSegmentRange, []string{"segments[1]", "range [0, 63)", "ends at 90"}},
		{"empty span", func(m map[string]any) {
			sp := item(m, "spans", 1)
			sp["start"], sp["end"], sp["text"] = 70, 70, ""
		}, InvalidEmptyRange, []string{"spans[1]", "range [70, 70) is empty"}},
		{"empty rejection", func(m map[string]any) {
			m["rejected"] = []any{map[string]any{"side": "source", "start": 70, "end": 70, "label": "PER", "text": ""}}
		}, InvalidEmptyRange, []string{"rejected[0]", "range [70, 70) is empty"}},
		{"French text not NFC", func(m map[string]any) {
			src := m["source"].(map[string]any)
			src["text"] = strings.Replace(src["text"].(string), "déclaré", "de\u0301clare\u0301", 1)
		}, InvalidNFC, []string{"source.text", "NFC"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Unmarshal(editedDoc(t, tc.change), "bad.json")
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("got %v, want a *ValidationError", err)
			}
			if ve.Code != tc.code {
				t.Errorf("code %q, want %q (%v)", ve.Code, tc.code, err)
			}
			for _, w := range append(tc.want, "bad.json") {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "byte") {
				t.Errorf("error %q counts in bytes, which the file does not", err)
			}
		})
	}
}

// An English rejection whose words the translator deleted since is empty, as the editor leaves it: the
// file Glose saved must open again.
func TestEmptyTargetRejectionOpens(t *testing.T) {
	d := &Document{ID: "saved", Text: "Il a vu Marie.", SourceLang: "fr", TargetLang: "en"}
	d.Segments = []*Segment{{ID: "s1", Start: 0, End: len(d.Text), Kind: KindSentence, Status: "translated", Target: "He saw ."}}
	d.Rejected = []*Rejection{{Side: Target, Segment: "s1", Start: 7, End: 7, Label: LabelPER}}
	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Unmarshal(data, "saved.json")
	if err != nil {
		t.Fatalf("the saved file does not open: %v", err)
	}
	if len(back.Rejected) != 1 || back.Rejected[0].Start != 7 || back.Rejected[0].End != 7 {
		t.Errorf("rejections after reload: %+v", back.Rejected)
	}
}
