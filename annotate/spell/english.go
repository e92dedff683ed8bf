package spell

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/assets"
)

// Variety is a variety of English spelling, as glose-cli qa --english names it.
type Variety string

// The varieties of the embedded lists: SCOWL's American and British English (size 50), or both.
const (
	AnyEnglish Variety = "any" // a word of either list is right: nobody gets a false alarm
	American   Variety = "us"  // color, organization, center, traveled
	British    Variety = "gb"  // colour, organisation, centre, travelled (the -ise spelling)
)

// Varieties lists the varieties, the default first.
func Varieties() []Variety { return []Variety{AnyEnglish, American, British} }

// ParseVariety reads a variety's name: us, gb or any, in any case.
func ParseVariety(s string) (Variety, error) {
	v := Variety(strings.ToLower(strings.TrimSpace(s)))
	if !slices.Contains(Varieties(), v) {
		return "", fmt.Errorf("expected us, gb or any, got %q", s)
	}
	return v, nil
}

// britishRegions are the regions whose English is spelt the British way, as SCOWL's en_GB and en_AU
// lists and the style guides of their press spell it.
var britishRegions = map[string]bool{"gb": true, "uk": true, "ie": true, "au": true, "nz": true, "za": true, "in": true}

// VarietyOf returns the spelling a BCP 47 language tag asks for: British for the English of Great
// Britain (en-GB, and en-UK as it is often miswritten), Ireland, Australia, New Zealand, South Africa
// and India; American for en-US; "" for any other tag, which leaves the choice to the user: en alone,
// en-CA (Canadian spelling mixes both: colour but organize), en-GB-oxendict (Oxford's -ize, which
// the British list lacks), another region or another language.
func VarietyOf(tag string) Variety {
	parts := strings.FieldsFunc(strings.ToLower(strings.TrimSpace(tag)), func(r rune) bool { return r == '-' || r == '_' })
	if len(parts) < 2 || parts[0] != "en" || slices.Contains(parts, "oxendict") {
		return ""
	}
	region := parts[1]
	if len(region) == 4 && len(parts) > 2 { // a script: en-Latn-GB
		region = parts[2]
	}
	switch {
	case britishRegions[region]:
		return British
	case region == "us":
		return American
	}
	return ""
}

// englishLists are the embedded lists: the words both varieties have, and each one's own.
type englishLists struct {
	common, american, british []string
}

// words returns the words of variety v, sorted.
func (l englishLists) words(v Variety) []string {
	var ws []string
	switch v {
	case American:
		ws = slices.Concat(l.common, l.american)
	case British:
		ws = slices.Concat(l.common, l.british)
	default:
		ws = slices.Concat(l.common, l.american, l.british)
	}
	slices.Sort(ws)
	return ws
}

var embedded = sync.OnceValues(func() (englishLists, error) { return unpack(assets.EnglishWords()) })

var englishDicts = map[Variety]func() (*Dictionary, error){}

func init() {
	for _, v := range Varieties() {
		englishDicts[v] = sync.OnceValues(func() (*Dictionary, error) {
			l, err := embedded()
			if err != nil {
				return nil, err
			}
			return NewDictionary(append(l.words(v), accentedEnglish...)), nil
		})
	}
}

// English returns the embedded dictionary of variety v, loaded once and shared.
func English(v Variety) (*Dictionary, error) {
	f, ok := englishDicts[v]
	if !ok {
		return nil, fmt.Errorf("English spelling: expected us, gb or any, got %q", v)
	}
	return f()
}

// Pack makes the embedded list from SCOWL's American and British lists (see tools/mkwords): each
// list's words without their possessives, NFC, and once each; then one line a word, sorted, the words
// of one list only followed by a tab and "us" or "gb"; gzip-compressed without a time stamp, so
// that the same lists always give the same bytes. The two lists share 97 % of their words, which
// are stored once. It returns the bytes and how many words both lists, the American one alone and
// the British one alone have.
func Pack(american, british []byte) (data []byte, common, us, gb int, err error) {
	a, err := listWords(american)
	if err != nil {
		return nil, 0, 0, 0, fmt.Errorf("the American list: %w", err)
	}
	b, err := listWords(british)
	if err != nil {
		return nil, 0, 0, 0, fmt.Errorf("the British list: %w", err)
	}
	var out strings.Builder
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			out.WriteString(a[i] + "\tus\n")
			i, us = i+1, us+1
		case i == len(a) || b[j] < a[i]:
			out.WriteString(b[j] + "\tgb\n")
			j, gb = j+1, gb+1
		default:
			out.WriteString(a[i] + "\n")
			i, j, common = i+1, j+1, common+1
		}
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, 0, 0, 0, err
	}
	if _, err := io.WriteString(zw, out.String()); err != nil {
		return nil, 0, 0, 0, err
	}
	if err := zw.Close(); err != nil {
		return nil, 0, 0, 0, err
	}
	return buf.Bytes(), common, us, gb, nil
}

// listWords returns the words of a SCOWL list, one a line: without the possessives ("Paris's"), as
// the checker accepts a possessive of any word it knows, NFC, sorted, each once.
func listWords(list []byte) ([]string, error) {
	if !utf8.Valid(list) {
		return nil, fmt.Errorf("not UTF-8")
	}
	var words []string
	for _, w := range strings.Split(string(list), "\n") {
		w = strings.TrimSpace(w)
		if w == "" || strings.HasSuffix(w, "'s") {
			continue
		}
		words = append(words, norm.NFC.String(w))
	}
	slices.Sort(words)
	return slices.Compact(words), nil
}

// unpack reads what Pack made.
func unpack(data []byte) (englishLists, error) {
	var l englishLists
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return l, fmt.Errorf("reading the English word list: %w", err)
	}
	defer zr.Close()
	sc := bufio.NewScanner(zr)
	for line := 1; sc.Scan(); line++ {
		word, tag, _ := strings.Cut(sc.Text(), "\t")
		switch tag {
		case "":
			l.common = append(l.common, word)
		case "us":
			l.american = append(l.american, word)
		case "gb":
			l.british = append(l.british, word)
		default:
			return l, fmt.Errorf("reading the English word list: line %d: expected a word, then nothing, us or gb, got %q", line, tag)
		}
	}
	if err := sc.Err(); err != nil {
		return l, fmt.Errorf("reading the English word list: %w", err)
	}
	return l, nil
}
