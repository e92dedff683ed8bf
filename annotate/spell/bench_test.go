package spell

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/glose-app/glose/assets"
)

// newsEnglish returns the English of the NTREX-128 news articles that annotate/project tests with
// (real news English, CC BY-SA 4.0), about 150 KB.
func newsEnglish(tb testing.TB) string {
	tb.Helper()
	f, err := os.Open("../project/testdata/ntrex-en-gold-dev.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var doc struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			tb.Fatal(err)
		}
		b.WriteString(doc.Text + "\n")
	}
	return b.String()
}

// BenchmarkCheck4MB checks 4 MB of news English, split into sentence-sized segments as the app and
// the CLI check them (the dictionary is loaded before the timer starts).
func BenchmarkCheck4MB(b *testing.B) {
	c := englishChecker(b)
	news := newsEnglish(b)
	text := strings.Repeat(news, (4<<20)/len(news)+1)
	segs := strings.Split(text, "\n")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	n := 0
	for range b.N {
		n = 0
		for _, s := range segs {
			n += len(c.Check(s))
		}
	}
	b.ReportMetric(float64(n), "misspellings")
}

// BenchmarkSuggest suggests corrections for misspellings of several kinds, the first one building the
// index (BenchmarkSuggestFirst measures that).
func BenchmarkSuggest(b *testing.B) {
	c := englishChecker(b)
	c.Suggest("warmup", 1)
	words := []string{"recieve", "goverment", "definately", "Washingtn", "teh", "accomodate", "zzxqwv", "internationl"}
	b.ResetTimer()
	for i := range b.N {
		c.Suggest(words[i%len(words)], 5)
	}
}

// BenchmarkLoadAndIndex loads the embedded lists, makes the dictionary of both varieties and builds
// its suggestion index: what the first suggestion of a session costs.
func BenchmarkLoadAndIndex(b *testing.B) {
	for range b.N {
		l, err := unpack(assets.EnglishWords())
		if err != nil {
			b.Fatal(err)
		}
		NewChecker(NewDictionary(l.words(AnyEnglish))).Suggest("recieve", 1)
	}
}

// BenchmarkSuggestLongWord suggests for a 290-letter word with a user dictionary holding a 300-letter
// one (a pasted link added to the dictionary): the length of the longest word a user adds must not
// decide how long a word suggestions are looked for. A word of MaxSuggestLength letters, the longest
// looked for, measures what the cap lets through.
func BenchmarkSuggestLongWord(b *testing.B) {
	d, err := English(American)
	if err != nil {
		b.Fatal(err)
	}
	c := NewChecker(d, NewDictionary([]string{strings.Repeat("ab", 150)}))
	c.Suggest("warmup", 1)
	for _, word := range []string{strings.Repeat("ba", 145), strings.Repeat("ba", MaxSuggestLength/2)} {
		b.Run(fmt.Sprint(len(word)), func(b *testing.B) {
			for range b.N {
				c.Suggest(word, 5)
			}
		})
	}
}
