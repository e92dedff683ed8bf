package app

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/dict"
	"github.com/glose-app/glose/suggest/token"
)

// nameCase decides which entity names match case as glossary terms. The glossary finds terms case
// aside, which is right for "union européenne" at the start of a sentence, but an entity "Union" (the
// European one) whose English is European Union then underlines the common noun in "d'une union", and
// offers "European Union" for it. A capitalised name whose lower-case form is a common French word
// is therefore found only in its case (glossary.Entity.MatchCase), as the document's term and once
// learned. A word is common when the document itself writes it in lower case (a proof that needs no
// list, and the one that counts most: the words the article uses), or when the FreeDict dictionary
// (Settings' dictionary, Debian's dict-freedict-fra-eng) has it as a headword in lower case, as
// written or in the plural or feminine ("Verts": vert; "Tours": tour). FreeDict is small (8,500
// headwords, "union" not among them); without it the document alone decides, the same way every
// time. Names written in lower case already, and names nothing shows to be common words (Paris,
// Lavrov, OTAN), match in any case as before: "Otan" and "OTAN" stay one name.
type nameCase struct {
	dict  *dict.Dict      // nil: no dictionary
	lower map[string]bool // the words the document writes in lower case
	words []string        // the document's words in order, for names of several words
	memo  map[string]bool // by name, as decided
}

// newNameCase reads d's words for deciding the case of its names, with dictionary dc (nil: none).
func newNameCase(d *annotate.Document, dc *dict.Dict) *nameCase {
	c := &nameCase{dict: dc, lower: map[string]bool{}, memo: map[string]bool{}}
	for _, tk := range token.Tokenize(norm.NFC.String(d.Text)) {
		if tk.Kind != token.Word {
			continue
		}
		c.words = append(c.words, tk.Text)
		if token.Lower(tk.Text) == tk.Text {
			c.lower[tk.Text] = true
		}
	}
	return c
}

// matchCase reports whether name is to match case (see nameCase).
func (c *nameCase) matchCase(name string) bool {
	if c == nil {
		return false
	}
	name = norm.NFC.String(strings.TrimSpace(name))
	low := token.Lower(name)
	if low == name || name == "" {
		return false
	}
	v, ok := c.memo[name]
	if !ok {
		v = c.writtenLower(low) || c.headword(low)
		c.memo[name] = v
	}
	return v
}

// writtenLower reports whether the document writes the words of low, in lower case, one after another.
func (c *nameCase) writtenLower(low string) bool {
	var want []string
	for _, tk := range token.Tokenize(low) {
		if tk.Kind == token.Word {
			want = append(want, tk.Text)
		}
	}
	if len(want) == 0 || !c.lower[want[0]] {
		return false
	}
	for i := 0; i+len(want) <= len(c.words); i++ {
		if c.words[i] == want[0] && equalWords(c.words[i:i+len(want)], want) {
			return true
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// headword reports whether the dictionary has low as a headword in lower case, or low is such a
// headword's plural or feminine. Other forms its look-up finds (an accent aside, a verb's ending) are
// not taken: "Perez" is no form of "périr".
func (c *nameCase) headword(low string) bool {
	if c.dict == nil {
		return false
	}
	es, err := c.dict.Lookup(low)
	if err != nil {
		return false // no dictionary installed: the document alone decides
	}
	for _, e := range es {
		h := norm.NFC.String(e.Headword)
		if h != token.Lower(h) || !strings.HasPrefix(low, h) {
			continue
		}
		switch low[len(h):] {
		case "", "s", "x", "e", "es":
			return true
		}
	}
	return false
}
