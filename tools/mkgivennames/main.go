// Command mkgivennames makes annotate/ner/given-names.txt, the given names the entity recogniser's
// rules know beside its hand-written list, from the training data's persons: the first word of every
// PER mention of two words or more of ner-wikinews-train.jsonl (WiNER-fr: text CC BY 2.5,
// fr.wikinews.org; annotations CC BY 4.0, github.com/YoannDupont/WiNER-fr). Never from the dev or
// held-out files. A word is kept when it is written like a given name (a capital, then lower-case
// letters, three at least; hyphenated parts so too: "Jean-Eudes"), the training text never writes it
// in lower case nor anywhere but at the start of a gold PER mention (no surname, no place's or body's
// word: "Karabatic", "Perito", "Rothschild"), and the English dictionary does not hold it in lower case (no "Summer",
// "Hope", "From"). Names come out sorted, one a line, so the same data always gives the same file.
//
//	go run ./tools/mkgivennames --train ../shared/data/ner-wikinews-train.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/glose-app/glose/annotate/spell"
)

// record is a doccano relation-JSONL line, offsets in code points.
type record struct {
	Text     string `json:"text"`
	Entities []struct {
		Label string `json:"label"`
		Start int    `json:"start_offset"`
		End   int    `json:"end_offset"`
	} `json:"entities"`
}

// givenShape is a capital, lower-case letters, maybe hyphenated parts written so.
var givenShape = regexp.MustCompile(`^\p{Lu}\p{Ll}{2,}(-\p{Lu}\p{Ll}+)*$`)

func main() {
	train := flag.String("train", "../shared/data/ner-wikinews-train.jsonl", "the training data (doccano relation-JSONL)")
	out := flag.String("o", "annotate/ner/given-names.txt", "the list to write")
	flag.Parse()
	names, err := learn(*train)
	if err != nil {
		fail(err)
	}
	if err := os.WriteFile(*out, []byte(strings.Join(names, "\n")+"\n"), 0o644); err != nil {
		fail(err)
	}
	fmt.Printf("%d given names → %s\n", len(names), *out)
}

// learn reads the training file and returns the given names described above, sorted.
func learn(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	first, elsewhere, lower := map[string]bool{}, map[string]bool{}, map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		text := []rune(r.Text)
		perStart := map[int]bool{}
		for _, e := range r.Entities {
			if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
				return nil, fmt.Errorf("%s:%d: entity [%d, %d) outside the text of %d characters", path, line, e.Start, e.End, len(text))
			}
			if words := strings.Fields(string(text[e.Start:e.End])); e.Label == "PER" {
				perStart[e.Start] = true
				if len(words) >= 2 {
					first[words[0]] = true
				}
			}
		}
		for start, w := range words(text) {
			if strings.ToLower(w) == w {
				lower[w] = true
			} else if !perStart[start] {
				elsewhere[w] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	dict, err := spell.English(spell.AnyEnglish)
	if err != nil {
		return nil, err
	}
	var names []string
	for w := range first {
		l := strings.ToLower(w)
		if givenShape.MatchString(w) && !lower[l] && !elsewhere[w] && !dict.Has(l) {
			names = append(names, w)
		}
	}
	slices.Sort(names)
	return names, nil
}

// words returns the words of text (letters and hyphens) by the offset, in code points, they start at.
func words(text []rune) map[int]string {
	out := map[int]string{}
	for i := 0; i < len(text); {
		if !inWord(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && inWord(text[j]) {
			j++
		}
		out[i] = string(text[i:j])
		i = j
	}
	return out
}

func inWord(r rune) bool { return unicode.IsLetter(r) || r == '-' }

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mkgivennames:", err)
	os.Exit(1)
}
