// Package spell checks the spelling of English text against a word list: SCOWL's American or British
// English list, or both, as Debian ships them (wamerican, wbritish), embedded in Glose
// (assets/english-words.gz), with the user's own words besides. It tokenises English as a translator
// writes it (contractions and possessives with ' or ’, hyphenated words, numbers, web and e-mail
// addresses, initialisms), leaves alone the words of the names it is given, and suggests corrections
// by edit distance. Offsets are
// byte offsets into the text checked, as the spans of a segment's English count them.
package spell

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Dictionary is a set of words in their own case: "house" stands for "house", "House" and "HOUSE",
// "Paris" for "Paris" and "PARIS" but not "paris". It is safe for concurrent use once built.
type Dictionary struct {
	words map[string]struct{}
	list  []string // the words, for suggestions

	once  sync.Once
	index *deleteIndex // built at the first Suggest

	plainOnce sync.Once
	plain     unaccentedIndex // the accented words by their unaccented form, built at the first Suggest
}

// NewDictionary returns a dictionary of words (normalised: NFC, ’ as ').
func NewDictionary(words []string) *Dictionary {
	d := &Dictionary{words: make(map[string]struct{}, len(words))}
	for _, w := range words {
		d.add(w)
	}
	return d
}

func (d *Dictionary) add(w string) {
	w = normalize(strings.TrimSpace(w))
	if w == "" {
		return
	}
	if _, ok := d.words[w]; !ok {
		d.words[w] = struct{}{}
		d.list = append(d.list, w)
	}
}

// Len returns the number of words.
func (d *Dictionary) Len() int { return len(d.words) }

// Has reports whether word is in the dictionary as written: exactly, or capitalised or in capitals
// from a lower-case entry, or in capitals from a capitalised one.
func (d *Dictionary) Has(word string) bool {
	w := normalize(word)
	if _, ok := d.words[w]; ok {
		return true
	}
	lower := strings.ToLower(w)
	if _, ok := d.words[lower]; ok && (w == title(lower) || w == strings.ToUpper(w)) {
		return true
	}
	if w == strings.ToUpper(w) { // PARIS, from Paris
		_, ok := d.words[title(lower)]
		return ok
	}
	return false
}

// Load reads a word list, one word a line, gzip-compressed or not; blank lines and lines starting with
// # are skipped.
func Load(r io.Reader) (*Dictionary, error) {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("reading the word list: %w", err)
		}
		defer zr.Close()
		br = bufio.NewReader(zr)
	}
	var words []string
	sc := bufio.NewScanner(br)
	for line := 1; sc.Scan(); line++ {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		if !utf8.ValidString(w) {
			return nil, fmt.Errorf("reading the word list: line %d is not UTF-8", line)
		}
		words = append(words, w)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading the word list: %w", err)
	}
	return NewDictionary(words), nil
}

// normalize puts a word in the form the dictionary keeps: NFC, typographic apostrophes as '.
func normalize(w string) string {
	if isASCII(w) {
		return w
	}
	if strings.ContainsAny(w, "’ʼ") {
		w = apostrophes.Replace(w)
	}
	return norm.NFC.String(w)
}

var apostrophes = strings.NewReplacer("’", "'", "ʼ", "'")

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// title returns lower with its first letter in upper case.
func title(lower string) string {
	r, n := utf8.DecodeRuneInString(lower)
	if n == 0 {
		return lower
	}
	return strings.ToUpper(string(r)) + lower[n:]
}
