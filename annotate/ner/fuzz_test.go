package ner

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fuzzSeeds are French news with guillemets, dashes, both apostrophes, no-break spaces, emoji and
// combining marks.
var fuzzSeeds = []string{
	"« Je pense que c’est fini », a déclaré Sergueï Lavrov à Moscou.",
	"Emmanuel Macron 😀 e\u0301té a rencontré l’ONU à New York — selon l'AFP.",
	"À Bruxelles, l’Union européenne 🇪🇺 et les Nations unies 🇺🇳 ; Angela Merkel 👩\u200d⚕\ufe0f 👍🏽 1\ufe0f\u20e3.",
	"PARIS, 3 mai (AFP) - La Maison-Blanche 👩‍👩‍👧 a\u00a0« déclaré »\u202f: Jean-Luc Mélenchon.",
	"M. ", "L'", "—", "",
}

// checkMention fails unless m is a non-empty range of text on character boundaries.
func checkMention(t *testing.T, text string, m Mention) {
	t.Helper()
	if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
		t.Fatalf("mention [%d, %d) outside %q", m.Start, m.End, text)
	}
	if !utf8.RuneStart(text[m.Start]) || m.End < len(text) && !utf8.RuneStart(text[m.End]) {
		t.Fatalf("mention [%d, %d) splits a character of %q", m.Start, m.End, text)
	}
}

// checkClusters fails unless m starts and ends on grapheme cluster boundaries of text (bounds, from
// clusterBoundaries).
func checkClusters(t *testing.T, text string, bounds map[int]bool, m Mention) {
	t.Helper()
	if !bounds[m.Start] || !bounds[m.End] {
		t.Fatalf("mention %q [%d, %d) cuts a grapheme cluster of %q", text[m.Start:m.End], m.Start, m.End, text)
	}
}

// FuzzRecognize runs the default model over arbitrary NFC text (the importer guarantees NFC): no
// panic, mentions inside the text, on grapheme cluster boundaries, ordered and not overlapping, with a
// confidence in [0, 1].
func FuzzRecognize(f *testing.F) {
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))
		ms := m.Recognize(s)
		bounds := clusterBoundaries(s)
		for i, x := range ms {
			checkMention(t, s, x)
			checkClusters(t, s, bounds, x)
			if i > 0 && x.Start < ms[i-1].End {
				t.Fatalf("mentions [%d, %d) and [%d, %d) overlap or are out of order in %q", ms[i-1].Start, ms[i-1].End, x.Start, x.End, s)
			}
			if x.Confidence < 0 || x.Confidence > 1 {
				t.Fatalf("mention %+v: confidence out of [0, 1]", x)
			}
			m.EnglishName(s[x.Start:x.End], x.Label)
		}
	})
}

// FuzzReadDoccano reads arbitrary bytes as doccano JSONL: an error, or examples whose spans lie inside
// their text on character boundaries.
func FuzzReadDoccano(f *testing.F) {
	f.Add([]byte(`{"text":"« Oui », dit Zoé 😀 à Paris.","entities":[{"id":1,"label":"PER","start_offset":13,"end_offset":16},{"id":2,"label":"LOC","start_offset":21,"end_offset":26}]}` + "\n\n"))
	f.Add([]byte(`{"text":"e\u0301","label":[[0,2,"MISC"]]}`))
	f.Add([]byte(`{"text":"ab","entities":[{"label":"PER","start_offset":1,"end_offset":9}]}`))
	f.Add([]byte("{\"text\":\"\xff\xfe\",\"entities\":[]}"))
	f.Add([]byte(`{"text":"ab","entities":[{"label":"PER","start_offset":-1,"end_offset":1}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		exs, err := ReadDoccano(bytes.NewReader(data), "fuzz.jsonl")
		if err != nil {
			return
		}
		for _, ex := range exs {
			for _, sp := range ex.Spans {
				checkMention(t, ex.Text, sp)
			}
		}
	})
}
