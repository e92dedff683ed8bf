package formats

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// randomWords are words of French and English text, with accents, an emoji, e + U+0301, « » and
// characters XML escapes.
var randomWords = []string{"Le", "ministre", "Sergueï", "Lavrov", "a", "dit", ":", "«", "Nous", "restons", "!", "»",
	"Rene\u0301e", "😀", "👍🏽", "&", "<b>", "café", "Paris", ".", ",", "the", "minister", "said", "We", "stay", "Sergei"}

// randomContent writes an XLIFF 2 content of n words with random codes: nested <pc>, <ph/>, <sc/>/<ec/>
// pairs (some crossing a <pc>, as XLIFF 2 allows), a <mrk>; some codes may not be reordered
// (canReorder "firstNo" or "no").
func randomContent(r *rand.Rand, n int) string {
	var b strings.Builder
	id, depth := 0, 0
	var openSC []int
	seq := false // the last code written may not be reordered: the next may continue its sequence
	attr := func() string {
		a := reorderAttr(r, seq)
		seq = a != ""
		return a
	}
	for range n {
		switch k := r.Intn(10); {
		case k == 0:
			id++
			fmt.Fprintf(&b, `<pc id="%d"%s>`, id, attr())
			depth++
		case k == 1 && depth > 0:
			b.WriteString("</pc>")
			depth--
		case k == 2:
			id++
			fmt.Fprintf(&b, `<ph id="%d"%s/>`, id, attr())
		case k == 3:
			id++
			fmt.Fprintf(&b, `<sc id="%d"%s/>`, id, attr())
			openSC = append(openSC, id)
		case k == 4 && len(openSC) > 0:
			fmt.Fprintf(&b, `<ec startRef="%d"%s/>`, openSC[0], attr())
			openSC = openSC[1:]
		case k == 5:
			b.WriteString(`<mrk id="m` + fmt.Sprint(r.Intn(1000)) + `" type="term">x</mrk>`)
		}
		w := randomWords[r.Intn(len(randomWords))]
		b.WriteString(escapeTarget(w))
		if r.Intn(3) > 0 {
			b.WriteByte(' ')
		}
	}
	for _, sc := range openSC {
		fmt.Fprintf(&b, `<ec startRef="%d"%s/>`, sc, attr())
	}
	b.WriteString(strings.Repeat("</pc>", depth))
	return b.String()
}

// reorderAttr is no attribute, or a canReorder that starts a sequence of codes that may not be
// reordered or, after a code of one (seq), continues it, as XLIFF 2 has them.
func reorderAttr(r *rand.Rand, seq bool) string {
	switch k := r.Intn(4); {
	case k == 0:
		return ` canCopy="no" canDelete="no" canReorder="firstNo"`
	case k == 1 && seq:
		return ` canCopy="no" canDelete="no" canReorder="no"`
	}
	return ""
}

// TestPlaceCodesRandom: whatever the source's codes and the English, the new target holds the English
// and every code of the source once, well formed, every pair's start before its end.
func TestPlaceCodesRandom(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for i := range 400 {
		src := randomContent(r, 1+r.Intn(14))
		in, err := parseCodes([]byte(src))
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		var en []string
		for range 1 + r.Intn(12) {
			en = append(en, randomWords[r.Intn(len(randomWords))])
		}
		d := annotate.NewDocument("r", "", annotate.NFC(in.text), "fr", "en")
		d.Segments = []*annotate.Segment{{ID: "s1", End: len(d.Text), Target: annotate.NFC(strings.Join(en, " ")), Status: annotate.StatusTranslated}}
		s0 := *d.Segments[0]
		s0.Target = ""
		var former []byte
		if i%4 == 3 { // a former target with codes, its English changed in part
			former = []byte(randomContent(r, 1+r.Intn(10)))
			old, _ := parseCodes(former)
			s0.Target = annotate.NFC(old.text)
			d.Segments[0].Target = s0.Target + " more"
			if len(old.codes) > 0 && s0.Target != "" && s0.Target != d.Text {
				in = old
			}
		}
		m := &merger{d: d}
		content := m.placeIn(d.Segments[0], &s0, []byte(src), former, nil).content
		got, err := parseCodes([]byte(content))
		if err != nil {
			t.Fatalf("source %s, English %q: target %s is not well formed: %v", src, d.Segments[0].Target, content, err)
		}
		if got.text != d.Segments[0].Target {
			t.Errorf("target %s reads %q, want %q", content, got.text, d.Segments[0].Target)
		}
		var want []string
		for _, c := range in.codes {
			want = append(want, c.open)
		}
		slices.Sort(want)
		if !slices.Equal(codeTags(got), want) {
			t.Errorf("source %s: target %s has codes %q, want %q", src, content, codeTags(got), want)
		}
		if a, b := sequenceTags(in), sequenceTags(got); !slices.EqualFunc(a, b, slices.Equal) {
			t.Errorf("source %s, English %q: target %s has the sequences %q, want %q", src, d.Segments[0].Target, content, b, a)
		}
		if len(orphans(got)) > 0 {
			t.Errorf("source %s: target %s has end markers before their starts", src, content)
		}
	}
}
