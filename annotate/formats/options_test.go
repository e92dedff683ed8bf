package formats

import (
	"bytes"
	"slices"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestFormatUsesItsOptions checks the metadata the command line refuses options with and the app's
// Export dialog greys them by: an option a format does not use changes none of its bytes, and one
// it uses changes them (on a document with an emoji outside the BMP, a combining mark, « », spans
// and two paragraphs).
func TestFormatUsesItsOptions(t *testing.T) {
	doc := func() []*annotate.Document {
		d := fuzzDoc(t)
		d.Segments[0].Status = annotate.StatusTranslated
		return []*annotate.Document{d}
	}
	sets := map[string]WriteOptions{
		OptionUnit:       {Unit: "utf16"},
		OptionParagraphs: {Paragraphs: true},
		OptionNoMarkers:  {NoMarkers: true},
	}
	for _, f := range All() {
		if !f.CanWrite() {
			continue
		}
		plain, _, err := Write(f.Name, doc(), WriteOptions{})
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		for opt, opts := range sets {
			files, _, err := Write(f.Name, doc(), opts)
			if err != nil {
				t.Fatalf("%s --%s: %v", f.Name, opt, err)
			}
			same := len(files) == len(plain)
			for i := 0; same && i < len(files); i++ {
				same = bytes.Equal(files[i].Data, plain[i].Data)
			}
			if same == f.Uses(opt) {
				t.Errorf("%s: Uses(%q) = %v, but the option changes its export: %v", f.Name, opt, f.Uses(opt), !same)
			}
			if unused := f.UnusedOptions(opts); slices.Contains(unused, opt) == f.Uses(opt) {
				t.Errorf("%s: UnusedOptions(--%s) = %v", f.Name, opt, unused)
			}
		}
		if u := f.UnusedOptions(WriteOptions{Confirmed: true, Labels: []string{"PER"}, Mentions: AllMentions}); u != nil {
			t.Errorf("%s: options every format uses reported unused: %v", f.Name, u)
		}
	}
	for opt, want := range map[string][]string{
		OptionUnit:       {"doccano", "labelstudio"},
		OptionParagraphs: {"tmx"},
		OptionNoMarkers:  {"xliff", "xliff12"},
	} {
		if got := FormatsUsing(opt); !slices.Equal(got, want) {
			t.Errorf("FormatsUsing(%q) = %v, want %v", opt, got, want)
		}
	}
}
