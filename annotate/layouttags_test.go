package annotate

import (
	"slices"
	"strings"
	"testing"
)

// TestLayoutTagsInJSON: the tags taken out of subtitles are saved with their places in code points and
// read back as they were; a place out of the text, tags out of order, or a tag that is none are
// refused, naming the path.
func TestLayoutTagsInJSON(t *testing.T) {
	d := NewDocument("s", "", "«\u00a0Zoé 🎉\u00a0» \u00e9", "fr", "en")
	d.Layout.Tags = []Tag{{0, "<i>"}, {len("«\u00a0Zoé 🎉\u00a0»"), "</i>"}, {len(d.Text), "{\\an8}"}}
	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "\"at\": 9,\n") {
		t.Errorf("the closing tag's place is not in code points:\n%s", data)
	}
	back, err := Unmarshal(data, "s.json")
	if err != nil || !slices.Equal(back.Layout.Tags, d.Layout.Tags) {
		t.Fatalf("read back: %v %v, want %v", back.Layout.Tags, err, d.Layout.Tags)
	}
	for _, c := range []struct{ from, to, says string }{
		{`"at": 9`, `"at": 99`, "source.layout.tags[1].at"},
		{`"tag": "</i>"`, `"tag": "</i"`, "source.layout.tags[1].tag"},
		{`"at": 0`, `"at": 10`, "source.layout.tags[1].at"},
	} {
		bad := strings.Replace(string(data), c.from, c.to, 1)
		if bad == string(data) {
			t.Fatalf("%q not in\n%s", c.from, data)
		}
		if _, err := Unmarshal([]byte(bad), "s.json"); err == nil || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s → %s: %v, want an error naming %s", c.from, c.to, err, c.says)
		}
	}
}
