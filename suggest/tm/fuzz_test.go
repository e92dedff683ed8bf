package tm

import (
	"bytes"
	"errors"
	"io"
	"math"
	"testing"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate/infile"
)

// fuzzSentences are French news sentences with guillemets, dashes, both apostrophes, no-break spaces,
// numbers, emoji and combining marks.
var fuzzSentences = []string{
	"« Je pense que c’est fini », a déclaré Sergueï Lavrov à Moscou le 3 mai 2017.",
	"« Je pense que c'est fini », a dit M. Lavrov à Moscou le 4 mai 2017.",
	"— Non\u202f! 1 000,5 € et 3.5 % — l'ONU 😀 e\u0301té 👩‍👩‍👧 aujourd’hui-même",
	"présidentes 1,000 12\u00a0345,67", "\xff« \xc3", "",
}

// checkRanges fails unless rs are ordered, non-overlapping, non-empty ranges of s.
func checkRanges(t *testing.T, what, s string, rs []Range) {
	t.Helper()
	prev := 0
	for _, r := range rs {
		if r.Start < prev || r.End > len(s) || r.Start >= r.End {
			t.Fatalf("%s range %+v out of order or outside %q", what, r, s)
		}
		if utf8.ValidString(s) && (!utf8.RuneStart(s[r.Start]) || r.End < len(s) && !utf8.RuneStart(s[r.End])) {
			t.Fatalf("%s range %+v splits a character of %q", what, r, s)
		}
		prev = r.End
	}
}

// FuzzScore scores and diffs a query against a memory source as Lookup does: scores are percentages,
// identical texts score 100 and only they, the cheap upper bound is never below the score, and the
// diff ranges lie inside their texts.
func FuzzScore(f *testing.F) {
	for i, s := range fuzzSentences {
		f.Add(s, fuzzSentences[(i+1)%len(fuzzSentences)])
	}
	f.Fuzz(func(t *testing.T, q, src string) {
		qa := analyse("fr", q)
		ma := analyse("fr", src)
		m := score(qa, Unit{SourceLang: "fr", TargetLang: "en", Source: src, Target: "x"}, ma)
		for _, v := range []float64{m.Score, m.ScoreStem, m.ScoreNoStem, m.ScoreVerbatim} {
			if math.IsNaN(v) || v < 0 || v > 100 {
				t.Fatalf("score %v of %q against %q outside [0, 100]", v, q, src)
			}
		}
		if q == src && (m.Score != 100 || m.ScoreVerbatim != 100 || m.NumbersDiffer) {
			t.Fatalf("%q against itself: %+v", q, m)
		}
		if (m.Score == 100) != (spaced(q) == spaced(src)) || m.Score > m.ScoreStem {
			t.Fatalf("%q against %q: score %v, stemmed %v", q, src, m.Score, m.ScoreStem)
		}
		c := lookupCache{words: map[string]int32{}}
		mb := c.unitBag(foldedWords(src))
		if b := upperBound(c.queryBag(qa.folded), mb); b < m.Score {
			t.Fatalf("%q against %q: bound %v below the score %v", q, src, b, m.Score)
		}
		inMatch, inQuery := diff(qa, analyse("fr", src))
		checkRanges(t, "match", src, inMatch)
		checkRanges(t, "query", q, inQuery)
	})
}

// FuzzReadTMX parses arbitrary bytes as TMX: the parser ends with an error or io.EOF, and every unit
// it yields is storable.
func FuzzReadTMX(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="fr-FR" datatype="plaintext"/><body>
<tu creationdate="20170503T120000Z"><prop type="x-origin">doc</prop><note>n</note>
<tuv xml:lang="fr-FR"><seg>« Je pense que c’est <bpt i="1">&lt;b&gt;</bpt>fini<ept i="1">&lt;/b&gt;</ept> », a dit <hi>Lavrov</hi>\u00a0😀</seg></tuv>
<tuv xml:lang="en"><seg>“I think it's over,” said e&#x301; Lavrov</seg></tuv></tu>
<tu><tuv lang="fr"><seg>seul</seg></tuv></tu>
</body></tmx>`))
	f.Add([]byte(`<tmx><body><tu><tuv><seg>x</seg></tuv></tu></body></tmx>`))
	f.Add([]byte("<tmx><body><tu><tuv xml:lang=\"fr\"><seg>\xff</seg></tuv>"))
	f.Add([]byte(`<tu/>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, opts := range []ImportOptions{{}, {SourceLang: "fr", TargetLang: "en", Origin: "f.tmx"}} {
			p := tmxParser{dec: infile.NewXMLDecoder("f.tmx", bytes.NewReader(data)), opts: opts}
			for range len(data) + 1 { // each <tu> consumes input: no more units than bytes
				tu, err := p.next()
				if err != nil {
					if !errors.Is(err, io.EOF) && err.Error() == "" {
						t.Fatal("an error without a message")
					}
					break
				}
				if u, ok := p.unit(tu); ok {
					if err := u.validate(); err != nil {
						t.Fatalf("parsed unit %+v is not storable: %v", u, err)
					}
				}
			}
		}
	})
}

// FuzzTargetCodes reads arbitrary stored markup as TargetCodes does: an error, or codes whose places
// are inside the target's plain text, in order, on character boundaries, never a panic. The same
// text as TMX, read by the importer, gives markup that TargetCodes reads back as the unit's target.
func FuzzTargetCodes(f *testing.F) {
	f.Add("«\u00a0According to <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Sergueï Lavrov<ept i=\"1\">&lt;/b&gt;</ept>\u00a0» 😀 café<ph x=\"2\">&lt;br/&gt;</ph>.",
		`Selon <ph x="2"/><bpt i="1" x="1"/>Lavrov<ept i="1"/>`)
	f.Add(`A <bpt i="5">&lt;u&gt;</bpt>test<it pos="end">&lt;/i&gt;</it>, <hi>really <hi>e&#x301;</hi></hi>.`, `Un <bpt i="5"/>essai<it pos="end"/>.`)
	f.Add(`<ept i="1"/>x<bpt i="1"/><ph><sub>y</sub></ph></hi><seg>z</seg>`, `<hi>`)
	f.Fuzz(func(t *testing.T, tgt, src string) {
		text, _, err := segCodes(tgt)
		codes, err2 := unitCodes(text, src, tgt)
		if (err == nil) != (err2 == nil) || err != nil && err.Error() == "" {
			t.Fatalf("markup %q: segCodes %v, unitCodes %v", tgt, err, err2)
		}
		checkCodes(t, tgt, text, codes)
		data := []byte(`<tmx><body><tu><tuv xml:lang="fr"><seg>` + src + `</seg></tuv><tuv xml:lang="en"><seg>` + tgt + `</seg></tuv></tu></body></tmx>`)
		p := tmxParser{dec: infile.NewXMLDecoder("f.tmx", bytes.NewReader(data))}
		tu, err := p.next()
		if err != nil {
			return
		}
		u, ok := p.unit(tu)
		if !ok || u.target == "" {
			return
		}
		codes, err = unitCodes(u.Target, u.source, u.target)
		if err != nil || codes == nil {
			t.Fatalf("imported markup %q of target %q does not read back: %+v, %v", u.target, u.Target, codes, err)
		}
		checkCodes(t, u.target, u.Target, codes)
	})
}

// checkCodes fails unless codes lie inside text, in the order they open, on character boundaries.
func checkCodes(t *testing.T, markup, text string, codes []TargetCode) {
	t.Helper()
	prev := 0
	for _, c := range codes {
		if c.At < prev || c.End < c.At || c.End > len(text) || !c.Wraps && c.At != c.End {
			t.Fatalf("markup %q: code %+v out of order or outside %q", markup, c, text)
		}
		if !utf8.ValidString(text[:c.At]) || !utf8.ValidString(text[c.At:c.End]) {
			t.Fatalf("markup %q: code %+v splits a character of %q", markup, c, text)
		}
		prev = c.At
	}
}
