package plaintext

import "testing"

// FuzzImportSubtitles imports arbitrary bytes as subtitles: an error, or a valid document whose
// segments are ordered ranges of its text, none over a timing line.
func FuzzImportSubtitles(f *testing.F) {
	f.Add([]byte("1\n00:00:01,000 --> 00:00:04,000\n« Oui », dit-il 😀.\n\n2\n00:00:04,500 --> 00:00:06,000\ncafe\u0301\n"))
	f.Add([]byte("\ufeffWEBVTT\n\nNOTE x\n\nid\n00:01.000 --> 00:02.000 align:start\n<v A>Bonjour.\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Import("fuzz.srt", data, Options{})
		if err != nil {
			return
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("Import(%q) gave an invalid document: %v", data, err)
		}
		prev := 0
		for _, s := range d.Segments {
			if s.Start < prev || s.Start >= s.End || s.End > len(d.Text) {
				t.Fatalf("segment %s [%d, %d) out of order or outside the text %q", s.ID, s.Start, s.End, d.Text)
			}
			prev = s.End
		}
	})
}
