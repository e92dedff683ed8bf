// Package dict looks up French words in a FreeDict dictionary in dictd format (the .index file of
// base64 offsets and the .dict or dictzip .dict.dz data file, as installed by Debian's
// dict-freedict-fra-eng), reading the files in place: the GPL dictionary is never embedded. Inflected
// forms are found through a cheap lemmatiser (plurals, feminines, common verb endings).
package dict

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"unicode"

	"github.com/glose-app/glose/suggest/token"
	"golang.org/x/text/unicode/norm"
)

// DefaultPath is where Debian's dict-freedict-fra-eng installs the French–English dictionary
// (without the .index / .dict.dz extension).
const DefaultPath = "/usr/share/dictd/freedict-fra-eng"

// Entry is a dictionary article.
type Entry struct {
	Headword      string   // the word as the dictionary writes it
	Pronunciation string   // IPA, when given
	Grammar       string   // e.g. "n, masc", when given
	Senses        []string // the translations, one per line of the article
	Text          string   // the whole article
	Form          string   // the looked-up form when it differs from the headword ("chats")
}

// Dict is a dictd dictionary opened lazily: the index is read on the first look-up. It is safe
// for concurrent use.
type Dict struct {
	path string

	once   sync.Once
	err    error
	index  map[string][]location // by lower-cased headword
	folded map[string][]string   // folded headword → lower-cased headwords
	data   dictData
}

type location struct {
	headword  string
	off, size int64
}

// Open returns the dictionary at path: the common prefix of its files (DefaultPath if empty), or
// the .index file's path. Files are read on first use, so errors come from Lookup.
func Open(path string) *Dict {
	if path == "" {
		path = DefaultPath
	}
	return &Dict{path: strings.TrimSuffix(path, ".index")}
}

// Close releases the data file.
func (d *Dict) Close() error {
	if d.data != nil {
		return d.data.Close()
	}
	return nil
}

func (d *Dict) load() error {
	d.once.Do(func() { d.err = d.readIndex() })
	return d.err
}

func (d *Dict) readIndex() error {
	path := d.path + ".index"
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("opening dictionary index: %w (install dict-freedict-fra-eng or set the dictionary path)", err)
	}
	defer f.Close()
	d.index = make(map[string][]location)
	d.folded = make(map[string][]string)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		loc, err := parseIndexLine(sc.Text())
		if err != nil {
			return fmt.Errorf("%s line %d: %w", path, line, err)
		}
		key := lowerKey(loc.headword)
		if strings.HasPrefix(key, "00database") || strings.HasPrefix(key, "00-database") {
			continue
		}
		if len(d.index[key]) == 0 {
			fk := token.Fold(key)
			d.folded[fk] = append(d.folded[fk], key)
		}
		d.index[key] = append(d.index[key], loc)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	return d.openDataFile()
}

func (d *Dict) openDataFile() error {
	for _, ext := range []string{".dict.dz", ".dict"} {
		p := d.path + ext
		if _, err := os.Stat(p); err != nil {
			continue
		}
		if ext == ".dict" {
			f, err := os.Open(p)
			if err != nil {
				return err
			}
			d.data = plainData{f}
			return nil
		}
		data, err := openData(p)
		if err != nil {
			return err
		}
		d.data = data
		return nil
	}
	return fmt.Errorf("dictionary data not found: neither %s.dict.dz nor %s.dict exists", d.path, d.path)
}

func lowerKey(s string) string { return norm.NFC.String(strings.ToLower(strings.TrimSpace(s))) }

// parseIndexLine reads "headword TAB offset TAB length" with base64 numbers.
func parseIndexLine(s string) (location, error) {
	parts := strings.Split(s, "\t")
	if len(parts) < 3 {
		return location{}, errors.New("expected headword, offset and length separated by tabs")
	}
	off, err := decode64(parts[1])
	if err != nil {
		return location{}, fmt.Errorf("offset: %w", err)
	}
	size, err := decode64(parts[2])
	if err != nil {
		return location{}, fmt.Errorf("length: %w", err)
	}
	return location{headword: parts[0], off: off, size: size}, nil
}

const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// decode64 reads dictd's base64 numbers: big-endian digits in the base64 alphabet.
func decode64(s string) (int64, error) {
	if s == "" || len(s) > 10 {
		return 0, fmt.Errorf("bad base64 number %q", s)
	}
	var v int64
	for _, c := range []byte(s) {
		i := strings.IndexByte(b64, c)
		if i < 0 {
			return 0, fmt.Errorf("bad base64 digit %q in %q", c, s)
		}
		v = v*64 + int64(i)
	}
	return v, nil
}

// Lookup returns the articles for word: exact (case-insensitive), then accent-insensitive, then
// for the lemmas that Lemmas proposes (CompoundLemmas for a compound: "pommes de terre"). It returns no entries and no error when nothing is found.
func (d *Dict) Lookup(word string) ([]Entry, error) {
	if err := d.load(); err != nil {
		return nil, err
	}
	key := lowerKey(word)
	cands := CompoundLemmas(key)
	if cands == nil {
		cands = Lemmas(key)
	}
	for _, cand := range append([]string{key}, cands...) {
		locs := d.locations(cand)
		if len(locs) == 0 {
			continue
		}
		var out []Entry
		for _, loc := range locs {
			e, err := d.entry(loc)
			if err != nil {
				return nil, err
			}
			if lowerKey(e.Headword) != key {
				e.Form = strings.TrimSpace(word)
			}
			out = append(out, e)
		}
		return out, nil
	}
	return nil, nil
}

// locations returns where the articles of key are: its own, else those of the headwords that fold
// to the same key, else (for "États-Unis", "aujourd'hui", "arc-en-ciel") those of the headword dictd's
// index writes without the hyphens and apostrophes.
func (d *Dict) locations(key string) []location {
	keys := []string{key}
	if k := indexKey(key); k != key {
		keys = append(keys, k)
	}
	for _, key := range keys {
		if locs := d.index[key]; len(locs) > 0 {
			return locs
		}
		var out []location
		for _, k := range d.folded[token.Fold(key)] {
			out = append(out, d.index[k]...)
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// indexKey writes a lower-cased headword as dictd's index does: without the hyphens, apostrophes and
// other punctuation ("états-unis" → "étatsunis", "aujourd'hui" → "aujourdhui"); spaces stay
// ("pomme de terre").
func indexKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) || r == ' ' {
			return r
		}
		return -1
	}, s)
}

func (d *Dict) entry(loc location) (Entry, error) {
	b, err := d.data.read(loc.off, loc.size)
	if err != nil {
		return Entry{}, err
	}
	return parseEntry(loc.headword, string(b)), nil
}

// parseEntry reads a FreeDict article: "headword /ipa/ <grammar>" then one translation a line. The
// headword is the article's own when the index wrote it without its punctuation ("etatsunis" for
// "Etats-Unis").
func parseEntry(headword, text string) Entry {
	e := Entry{Headword: headword, Text: text}
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	first := lines[0]
	if written := articleHeadword(first); written != headword && indexKey(lowerKey(written)) == lowerKey(headword) {
		e.Headword = written
	}
	if i := strings.Index(first, " /"); i >= 0 {
		if j := strings.Index(first[i+2:], "/"); j >= 0 {
			e.Pronunciation = first[i+2 : i+2+j]
		}
	}
	if i := strings.LastIndex(first, "<"); i >= 0 && strings.HasSuffix(first, ">") {
		e.Grammar = first[i+1 : len(first)-1]
	}
	for _, l := range lines[1:] {
		if l = strings.TrimSpace(l); l != "" {
			e.Senses = append(e.Senses, l)
		}
	}
	return e
}

// articleHeadword returns the headword an article's first line writes before its pronunciation or
// grammar.
func articleHeadword(first string) string {
	for _, sep := range []string{" /", " <"} {
		if i := strings.Index(first, sep); i >= 0 {
			first = first[:i]
		}
	}
	return strings.TrimSpace(first)
}
