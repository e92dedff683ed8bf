package formats

import (
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestCoNLLDocumentIDs: a CoNLL export of a corpus had no document IDs, so its documents could not be
// matched back to their articles. Each -DOCSTART- line now holds its document's ID in the place of
// the chunk column, which reads back (white space and "%" included); the line keeps CoNLL-2003's four
// fields with "O" last, so that readers taking the last column as the tag (spaCy) or skipping lines
// that start with -DOCSTART- (Hugging Face, flair) read the file as before.
func TestCoNLLDocumentIDs(t *testing.T) {
	ids := []string{"article-1", "mon article 2", "100% vrai", "été\u00a02024"}
	var docs []*annotate.Document
	for _, id := range ids {
		text := "Anne Hidalgo est à Lyon."
		d := annotate.NewDocument(id, id, text, "fr", "en")
		d.AddSegment(0, len(text), 0, annotate.KindSentence)
		if err := annotate.NewEditor(d).AddSpan(&annotate.Span{Side: annotate.Source, Start: 0, End: len("Anne Hidalgo"), Label: annotate.LabelPER}); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	files, _, err := Write("conll", docs, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	data := files[0].Data
	if got := CoNLLDocumentIDs(data); !slices.Equal(got, ids) {
		t.Errorf("IDs read back %q, want %q", got, ids)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "-DOCSTART-") {
			continue
		}
		if f := strings.Fields(line); len(f) != 4 || f[1] != "-X-" || f[3] != "O" {
			t.Errorf("%q: want -DOCSTART- -X- ID O", line)
		}
	}
	if got := CoNLLDocumentIDs([]byte("-DOCSTART- -X- -X- O\n\nParis\tB-LOC\n")); !slices.Equal(got, []string{""}) {
		t.Errorf("CoNLL-2003's own line: %q, want one document without ID", got)
	}
}
