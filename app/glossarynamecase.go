package app

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/dict"
	"github.com/glose-app/glose/suggest/token"
)

// nameCase decides which entity names match case as glossary terms. The glossary finds terms case
// aside, which is right for "union européenne" at the start of a sentence, but an entity "Union" (the
// European one) whose English is European Union then underlines the common noun in "d'une union", and
// offers "European Union" for it. A capitalised name whose lower-case form is a common French word
// is therefore found only in its case (glossary.Entity.MatchCase), as the document's term, and so are
// the names the glossary learned from any document while this one is open (glossary.SetNameCase): the
// decision is each document's, never frozen in the entry. A word is common when the document itself
// writes it in lower case (a proof that needs no list, and the one that counts most: the words the
// article uses), or when the FreeDict dictionary
// (Settings' dictionary, Debian's dict-freedict-fra-eng) has it as a headword in lower case, as
// written or in the plural or feminine ("Verts": vert; "Tours": tour). FreeDict is small (8,500
// headwords, "union" not among them); without it the document alone decides, the same way every
// time. Names written in lower case already, and names nothing shows to be common words (Paris,
// Lavrov, OTAN), match in any case as before: "Otan" and "OTAN" stay one name.
//
// The same rule decides, while the document is open, which names the glossary learned from other
// documents match case (glossary.SetNameCase), so it is safe for concurrent use: the glossary applies
// it when it reloads, off the UI goroutine.
type nameCase struct {
	dict  *dict.Dict // nil: no dictionary
	text  string     // the document's French (NFC, as the model keeps it)
	mu    sync.Mutex
	lower map[string]struct{} // the words text writes in lower case, read at the first name
	memo  map[string]bool     // by name as asked, as decided
}

// newNameCase decides the case of d's names with dictionary dc (nil: none).
func newNameCase(d *annotate.Document, dc *dict.Dict) *nameCase {
	return &nameCase{dict: dc, text: d.Text, memo: map[string]bool{}}
}

// matchCase reports whether name is to match case (see nameCase).
func (c *nameCase) matchCase(name string) bool {
	if c == nil {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.memo[name]; ok { // asked again for every entity after every edit (syncGlossary)
		return v
	}
	raw := name
	name = norm.NFC.String(strings.TrimSpace(name))
	low := token.Lower(name)
	v := false
	if low != name && name != "" {
		v = c.writtenLower(low) || c.headword(low)
	}
	c.memo[raw] = v
	return v
}

// writtenLower reports whether the document writes low, in lower case, as whole words: each of its
// words is one of the text's lower-case words (a set read once, at the first name), and a name of
// several words is then looked for in the text.
func (c *nameCase) writtenLower(low string) bool {
	if c.lower == nil {
		c.lower = map[string]struct{}{}
		eachWord(c.text, func(w string) {
			if !strings.ContainsFunc(w, unicode.IsUpper) {
				c.lower[w] = struct{}{}
			}
		})
	}
	n, known := 0, true
	eachWord(low, func(w string) {
		_, ok := c.lower[w]
		n, known = n+1, known && ok
	})
	if n == 0 || !known {
		return false
	}
	return n == 1 || c.wholeWords(low)
}

// eachWord calls f with each run of letters, digits and combining marks of s, in order.
func eachWord(s string, f func(string)) {
	start := -1
	for i, r := range s {
		switch word := token.IsWordRune(r); {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			f(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		f(s[start:])
	}
}

// wholeWords reports whether the text holds low as whole words.
func (c *nameCase) wholeWords(low string) bool {
	for from := 0; from < len(c.text); {
		i := strings.Index(c.text[from:], low)
		if i < 0 {
			return false
		}
		at := from + i
		if end := at + len(low); !wordRuneBefore(c.text, at) && !wordRuneAfter(c.text, end) {
			return true
		}
		_, size := utf8.DecodeRuneInString(c.text[at:])
		from = at + size
	}
	return false
}

// wordRuneBefore reports whether a letter, digit or combining mark ends s[:at].
func wordRuneBefore(s string, at int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:at])
	return at > 0 && token.IsWordRune(r)
}

// wordRuneAfter reports whether a letter, digit or combining mark starts s[at:] (e + U+0301: the
// accent makes "unioń" another word).
func wordRuneAfter(s string, at int) bool {
	r, _ := utf8.DecodeRuneInString(s[at:])
	return at < len(s) && token.IsWordRune(r)
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
