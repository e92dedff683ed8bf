package plaintext

import (
	"testing"
	"unicode/utf8"
)

// FuzzImport imports arbitrary bytes as plain text and as Markdown: an error, or a valid document whose
// segments are ordered, non-empty ranges of its text.
func FuzzImport(f *testing.F) {
	for _, s := range []string{
		"# Titre « ici »\n\n« Je pense que c’est fini », a déclaré *Sergueï* Lavrov.\n— Non\u202f! dit-elle.",
		"\ufeffPARIS, 3 mai (AFP) -\r\n\r\n[lien](http://x) ![img](y.png) 😀 e\u0301té l'été\u00a0»",
		"> cité\n- liste\n1. un\n```\ncode\n```\n`x` __gras__", "- a\n\n  | Zoé | « b » |\n  |---|---:|\n  | 😀 | e\u0301 |\n\n> x\n>\n> | a |\n> |---|\n",
		"<table>\n<tr><th>Parti</th><td>Les <b>Verts</b> 🌿</td></tr>\n</table>\n", "\xff\xfe« \xc3", "\n\n", "#", "[", "",
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, md bool) {
		d, err := Import("fuzz.txt", data, Options{Markdown: md})
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("imported text is not valid UTF-8: %q", d.Text)
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("Import(%q, markdown %v) gave an invalid document: %v", data, md, err)
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
