package formats

import (
	"bytes"
	"regexp"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestHandCodesUnchangedKeepBytes: a client's file whose targets already hold their codes, the
// translator placing by hand the same codes at the same places in the same English (beside accents,
// « » with no-break spaces, an emoji and x + U+0301) and changing nothing else, comes back byte for
// byte as it was, in XLIFF 2 and 1.2: a final target stays final, not reviewed, and is not written again.
func TestHandCodesUnchangedKeepBytes(t *testing.T) {
	tests := []struct{ file, format, final string }{
		{"codes.xlf", "xliff", `(<unit id="accents">\s*<segment) state="translated"`},
		{"codes12.xlf", "xliff12", `(<trans-unit id="accents">\s*<source>.*?</source>\s*<target) state="translated"`},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			_, out, _ := exportHand(t, tt.file, tt.format)
			re := regexp.MustCompile(tt.final)
			client := re.ReplaceAll(out, []byte(`$1 state="final"`))
			if bytes.Equal(client, out) {
				t.Fatalf("no accents unit made final in\n%s", out)
			}
			docs, _, err := Read(tt.file, client, ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			d2 := docs[0]
			statuses := map[string]annotate.Status{}
			for _, s := range d2.Segments {
				statuses[s.ID] = s.Status
			}
			placeHand(t, d2, tt.format == "xliff12")
			ed := annotate.NewEditor(d2)
			for _, s := range d2.Segments { // placeHand made them translated: as the file says, again
				mustDo(t, ed.SetStatus(s.ID, statuses[s.ID]))
			}
			again, _, err := Write(tt.format, []*annotate.Document{d2}, WriteOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if got := again[0].Data; !bytes.Equal(got, client) {
				t.Errorf("exported again:\n%s\nwant the client's file as it was:\n%s", got, client)
			}
		})
	}
}
