package formats

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestExportOfChangesNotAccepted: a segment a reviewer changed, the changes neither accepted nor
// rejected, goes out with its English as it is now (the reviewer's, « » and emoji included) in every
// export of the translation, merge-back into the client's XLIFF 2 and 1.2 files too, never with the
// translator's version; each says how many such segments and which.
func TestExportOfChangesNotAccepted(t *testing.T) {
	const now, before = "The café « Chez Zoé » opens again 😀", "The café « Chez Zoé » reopens 😀"
	plain := annotate.NewDocument("a", "", "Le café rouvre. Merci.", "fr", "en")
	plain.AddSegment(0, len("Le café rouvre."), 0, annotate.KindSentence)
	plain.AddSegment(len("Le café rouvre. "), len(plain.Text), 0, annotate.KindSentence)
	plain.Segments[0].Target, plain.Segments[0].Status, plain.Segments[0].TranslatorTarget = now, annotate.StatusReviewed, before
	plain.Segments[1].Target, plain.Segments[1].Status = "Thanks.", annotate.StatusTranslated
	_, client := readClient(t)
	translateClient(t, client)
	_, client12 := readClient12(t)
	translateClient12(t, client12)
	for _, d := range []*annotate.Document{client, client12} {
		for _, s := range d.Segments { // translated in Glose, edited since: all but one accepted
			s.TranslatorTarget = ""
		}
		seg := clientSeg(t, d, "tu1", "Le café")
		seg.TranslatorTarget, seg.Target = before, now // as the reviewer's edit leaves it
	}
	for _, tc := range []struct {
		format, numbers string
		doc             *annotate.Document
	}{
		{"text", "1", plain}, {"xliff", "1", plain}, {"xliff12", "1", plain}, {"tmx", "1", plain},
		{"xliff", "", client}, {"xliff12", "", client12},
	} {
		files, warns, err := Write(tc.format, []*annotate.Document{tc.doc}, WriteOptions{})
		if err != nil {
			t.Fatalf("%s of %s: %v", tc.format, tc.doc.ID, err)
		}
		out := string(files[0].Data)
		if !strings.Contains(out, "opens again") || strings.Contains(out, "reopens") {
			t.Errorf("%s of %s does not write the English as it is now:\n%s", tc.format, tc.doc.ID, out)
		}
		n := 0
		for _, w := range warns {
			if w.Code == WarnChangesNotAccepted {
				n++
				if w.Args["N"] != 1 || tc.numbers != "" && w.Args["Numbers"] != tc.numbers {
					t.Errorf("%s of %s: %v", tc.format, tc.doc.ID, w)
				}
			}
		}
		if n != 1 {
			t.Errorf("%s of %s: %d warnings of changes not accepted, want 1: %v", tc.format, tc.doc.ID, n, warns)
		}
	}
	plain.Segments[0].TranslatorTarget = ""
	if _, warns, _ := Write("text", []*annotate.Document{plain}, WriteOptions{}); len(warns) != 0 {
		t.Errorf("a translation without changes warns: %v", warns)
	}
}
