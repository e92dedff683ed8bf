package formats

import (
	"slices"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// FuzzSubtitlesRoundTrip imports arbitrary bytes as subtitles and exports the French as its own
// translation: the file written imports again as the same text with the same tags at the same places,
// so that no tag is lost, doubled or moved by the export.
func FuzzSubtitlesRoundTrip(f *testing.F) {
	f.Add([]byte(taggedSRT))
	f.Add([]byte("WEBVTT\n\n00:01.000 --> 00:04.000\n<v Anne><i>«\u00a0Oui\u00a0»</i>, dit-elle 👍🏽.<00:02.000> e<b>\u0301</b> q\u0307<u>\u0301</u>\n"))
	f.Add([]byte("1\n00:00:01,000 --> 00:00:02,000\n</i>Fin.<i>\n\n2\n00:00:02,000 --> 00:00:03,000\n<i></i>\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, _, err := Read("fuzz.srt", data, ReadOptions{})
		if err != nil || len(docs) != 1 {
			return
		}
		d := docs[0]
		if err := d.Validate(); err != nil {
			t.Fatalf("Read(%q) gave an invalid document: %v", data, err)
		}
		files, _, err := Write("text", []*annotate.Document{d}, WriteOptions{Untranslated: KeepSource})
		if err != nil {
			t.Fatalf("exporting %q: %v", data, err)
		}
		again, _, err := Read("fuzz.srt", files[0].Data, ReadOptions{})
		if err != nil {
			t.Fatalf("reading the export %q of %q: %v", files[0].Data, data, err)
		}
		if again[0].Text != d.Text || !slices.Equal(again[0].Layout.Tags, d.Layout.Tags) {
			t.Fatalf("%q exported as %q reads as %q with tags %v, want %q with %v", data, files[0].Data, again[0].Text, again[0].Layout.Tags, d.Text, d.Layout.Tags)
		}
	})
}
