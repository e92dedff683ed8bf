package formats

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func toLatin1(t *testing.T, s string) string {
	t.Helper()
	b, err := charmap.ISO8859_1.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Latin-1 letters in JSON used to become U+FFFD with exit status 0; each JSON format refuses them with
// the file, the line and the byte offset in the file, and says how to convert.
func TestJSONImportsRefuseInvalidUTF8(t *testing.T) {
	doccano := `{"id": 1, "text": "Emmanuel Macron est à Paris, l'Élysée.", "entities": [{"id": 1, "label": "PER", "start_offset": 0, "end_offset": 15}]}`
	glose := `{"format": "glose/1", "id": "d", "title": "à Paris", "source": {"lang": "fr", "text": "Il est à Paris."}, "target": {"lang": "en"}, "segments": [], "spans": [], "links": [], "entities": []}`
	ls := `[{"data": {"text": "Il est à Paris."}, "annotations": []}]`
	tests := []struct {
		name, data string
		want       string
	}{
		{"l1.jsonl", "{\"id\": 0, \"text\": \"ok\", \"entities\": []}\n" + toLatin1(t, doccano), "l1.jsonl: line 2, byte offset %d: invalid UTF-8 (byte 0xe0)"},
		{"l1.json", toLatin1(t, glose), "l1.json: line 1, byte offset %d: invalid UTF-8 (byte 0xe0)"},
		{"corpus.jsonl", toLatin1(t, glose) + "\n", "corpus.jsonl: line 1, byte offset %d: invalid UTF-8"},
		{"tasks.json", toLatin1(t, ls), "tasks.json: line 1, byte offset %d: invalid UTF-8"},
	}
	for _, tc := range tests {
		_, _, err := Read(tc.name, []byte(tc.data), ReadOptions{})
		tc.want = fmt.Sprintf(tc.want, strings.IndexByte(tc.data, 0xe0))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "iconv -f latin1 -t utf-8") {
			t.Errorf("%s: error %v; want %q and the iconv command", tc.name, err, tc.want)
		}
	}
}
