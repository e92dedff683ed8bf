package annotate

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzTexts are seeds shared by the fuzz targets of this file: French news with guillemets, dashes,
// both apostrophes, no-break spaces, emoji outside the BMP, combining marks and invalid bytes.
var fuzzTexts = []string{
	"« Je pense que c'est fini », a déclaré Sergueï Lavrov à Moscou.",
	"— Non\u202f! dit-elle — et l’on se tut.\u00a0»",
	"Le café 😀 x\u0301 e\u0301tait fermé.\n\nPARIS, 3 mai (AFP) -",
	"\xff\xfe« \xc3",
	"",
	"«\u00a0Oui\u202f», dit-il 🇫🇷🇺🇦 👨🏽‍💻 👩‍👩‍👧 e\u0301te\u0301.\r\nSuite\u00a0:\r\n",
	strings.Repeat("« Le café 😀 de l’e\u0301té\u00a0», dit-il\u202f; ", 120),
}

// FuzzUnmarshal checks that the decoder returns an error or a valid document, and that a document it
// accepts survives a round trip through Marshal unchanged.
func FuzzUnmarshal(f *testing.F) {
	d := testDoc(f)
	data, err := Marshal(d)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	line, _ := MarshalLine(d)
	f.Add(line)
	f.Add(bytes.Replace(data, []byte(`"end": 7`), []byte(`"end": 700`), 1))
	rejectSome(f, d)
	withRejections, err := Marshal(d)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(withRejections)
	f.Add([]byte(`{"format":"glose/1","id":"x","source":{"lang":"fr","text":"a\u0301 😀"},"target":{"lang":"en"}}`))
	f.Add([]byte("{\"format\":\"glose/1\",\"source\":{\"text\":\"\xff\"}}"))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Unmarshal(data, "fuzz.json")
		if err != nil {
			return
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("Unmarshal accepted an invalid document: %v", err)
		}
		out, err := Marshal(d)
		if err != nil {
			t.Fatalf("Marshal of a decoded document: %v", err)
		}
		d2, err := Unmarshal(out, "again.json")
		if err != nil {
			t.Fatalf("Unmarshal of Marshal output: %v\n%s", err, out)
		}
		if out2, _ := Marshal(d2); !bytes.Equal(out, out2) {
			t.Fatalf("round trip changed the document:\n%s\n%s", out, out2)
		}
	})
}

// FuzzOffsets checks conversions between bytes, code points and UTF-16 units against a direct count:
// every conversion either fails or lands on the same character boundary, and converts back.
func FuzzOffsets(f *testing.F) {
	for i, s := range fuzzTexts {
		f.Add(s, i*3, uint8(i%3), uint8((i+1)%3))
	}
	f.Fuzz(func(t *testing.T, s string, off int, from, to uint8) {
		u, v := Unit(from%3), Unit(to%3)
		o := NewOffsets(s)
		for _, w := range []Unit{Bytes, CodePoints, UTF16} {
			if o.Len(w) != Count(s, w) {
				t.Fatalf("Len(%d) = %d, Count = %d", w, o.Len(w), Count(s, w))
			}
		}
		got, err := o.Convert(off, u, v)
		want, wantErr := ConvertString(s, off, u, v)
		if (err == nil) != (wantErr == nil) || got != want && err == nil {
			t.Fatalf("Convert(%d, %d, %d) = %d, %v; ConvertString = %d, %v", off, u, v, got, err, want, wantErr)
		}
		if err != nil {
			return
		}
		if got < 0 || got > o.Len(v) {
			t.Fatalf("Convert(%d, %d, %d) = %d outside [0, %d]", off, u, v, got, o.Len(v))
		}
		if back, err := o.Convert(got, v, u); err != nil || back != off {
			t.Fatalf("Convert back of %d = %d, %v; want %d", got, back, err, off)
		}
	})
}

// FuzzDiff checks that Diff's replacement rebuilds the new text, never splits a character, and is the
// smallest one on whole characters: when both sides are left something, they differ in their first
// and in their last character (else Diff would have kept it).
func FuzzDiff(f *testing.F) {
	for i, s := range fuzzTexts {
		f.Add(s, fuzzTexts[(i+1)%len(fuzzTexts)])
		f.Add(s, strings.Replace(s, "é", "e\u0301", 1))
	}
	for _, p := range [][2]string{
		{"🇫🇷 France", "🇫🇮 France"}, {"👩‍👩‍👧", "👩‍👩‍👦"}, {"«\u00a0Oui\u00a0»", "«\u202fOui\u202f»"},
		{"a\r\nb\r\n", "a\nb\n"}, {"e\u0301", "e\u0300"},
		{fuzzTexts[len(fuzzTexts)-1], strings.Replace(fuzzTexts[len(fuzzTexts)-1], "😀", "😁", 60)},
	} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, old, new string) {
		a, b, c := Diff(old, new)
		if a < 0 || a > b || b > len(old) || a > c || c > len(new) {
			t.Fatalf("Diff(%q, %q) = %d, %d, %d: out of range", old, new, a, b, c)
		}
		if got := old[:a] + new[a:c] + old[b:]; got != new {
			t.Fatalf("Diff(%q, %q) = %d, %d, %d rebuilds %q", old, new, a, b, c, got)
		}
		if utf8.ValidString(old) && utf8.ValidString(new) {
			for _, p := range []struct {
				s string
				i int
			}{{old, a}, {old, b}, {new, a}, {new, c}} {
				if p.i < len(p.s) && !utf8.RuneStart(p.s[p.i]) {
					t.Fatalf("Diff(%q, %q) = %d, %d, %d splits a character", old, new, a, b, c)
				}
			}
			checkSmallest(t, old[a:b], new[a:c])
		}
	})
}

// checkSmallest fails when the replaced text x and its replacement y, both non-empty, start or end
// with the same character: a replacement one character smaller did the same.
func checkSmallest(t *testing.T, x, y string) {
	t.Helper()
	if x == "" || y == "" {
		return
	}
	r0, _ := utf8.DecodeRuneInString(x)
	r1, _ := utf8.DecodeRuneInString(y)
	l0, _ := utf8.DecodeLastRuneInString(x)
	l1, _ := utf8.DecodeLastRuneInString(y)
	if r0 == r1 || l0 == l1 {
		t.Fatalf("replacing %q by %q is not the smallest replacement", x, y)
	}
}

// FuzzAdjust checks that Adjust keeps a span inside the edited text, not empty, and in order; that it
// drops only a span the edit swallowed; and that the span keeps the text it had: every byte of the
// old text the edit left in place is in the adjusted span exactly when it was in the span, and the new
// text is in it when it replaced some of the span's or was inserted strictly inside it.
func FuzzAdjust(f *testing.F) {
	f.Add(2, 5, 3, 3, 4, 10)
	f.Add(2, 5, 0, 10, 1, 10)
	f.Add(2, 5, 5, 5, 2, 5)
	f.Add(0, 1, 0, 0, 0, 1)
	f.Fuzz(func(t *testing.T, start, end, a, b, n, length int) {
		if start < 0 || end <= start || a < 0 || b < a || n < 0 || length < max(end, b) || length > 1<<30 || n > 1<<30 {
			return // not an edit the editor can make
		}
		ns, ne, keep := Adjust(start, end, a, b, n)
		if swallowed := a < b && start >= a && end <= b; keep == swallowed {
			t.Fatalf("Adjust(%d, %d, %d, %d, %d) keeps the span: %v", start, end, a, b, n, keep)
		}
		if !keep {
			return
		}
		newLen := length - (b - a) + n
		if ns < 0 || ns >= ne || ne > newLen {
			t.Fatalf("Adjust(%d, %d, %d, %d, %d) = [%d, %d) in a text of %d bytes", start, end, a, b, n, ns, ne, newLen)
		}
		for _, p := range []int{start - 1, start, end - 1, end, a - 1, a, b - 1, b} {
			q := p // where the byte at p of the old text is after the edit
			if p >= b {
				q = p + n - (b - a)
			}
			if p < 0 || p >= length || p >= a && p < b {
				continue // no such byte, or replaced
			}
			if was, is := p >= start && p < end, q >= ns && q < ne; was != is {
				t.Fatalf("Adjust(%d, %d, %d, %d, %d) = [%d, %d): byte %d (now %d) in the span %v, after %v", start, end, a, b, n, ns, ne, p, q, was, is)
			}
		}
		inserted := a < end && b > start || a == b && a > start && a < end
		for _, q := range []int{a, a + n - 1} {
			if is := q >= ns && q < ne; n > 0 && is != inserted {
				t.Fatalf("Adjust(%d, %d, %d, %d, %d) = [%d, %d): new byte %d in the span %v, want %v", start, end, a, b, n, ns, ne, q, is, inserted)
			}
		}
	})
}

// FuzzReplaceTarget edits a target text with arbitrary ranges: the editor must refuse bad ones with an
// error, apply good ones exactly, keep the document valid and undo back to where it was.
func FuzzReplaceTarget(f *testing.F) {
	f.Add("“I think it's over,” said Sergei Lavrov in Moscow.", 0, 3, "« ", 15, 28)
	f.Add("Café 😀 x\u0301", 5, 7, "", 0, 4)
	f.Add("Café 😀 x\u0301", -1, 2, "a", 6, 10)
	f.Add("abc", 1, 1, "\xff", 0, 3)
	f.Add("", 0, 0, "new", 0, 0)
	f.Fuzz(func(t *testing.T, target string, a, b int, text string, s0, s1 int) {
		if !utf8.ValidString(target) {
			return // targets come from a text field: always valid UTF-8
		}
		d := NewDocument("fuzz", "", "Texte « source ».", "fr", "en")
		d.AddSegment(0, len(d.Text), 0, KindSentence)
		d.Segments[0].Target = target
		e := NewEditor(d)
		if s0 >= 0 && s1 > s0 && s1 <= len(target) && utf8.ValidString(target[s0:s1]) && (s1 == len(target) || utf8.RuneStart(target[s1])) {
			if err := e.AddSpan(&Span{Side: Target, Segment: "s1", Start: s0, End: s1, Label: LabelQuote}); err != nil {
				t.Fatalf("AddSpan [%d, %d) of %q: %v", s0, s1, target, err)
			}
			// A rejected suggestion at the same place: its rejection must follow the edit and its undo.
			auto := &Span{Side: Target, Segment: "s1", Start: s0, End: s1, Label: LabelMISC, Origin: Auto, Confidence: 0.5}
			if err := errors.Join(e.AddSpan(auto), e.Reject(auto.ID)); err != nil || len(d.Rejected) != 1 {
				t.Fatalf("rejecting [%d, %d) of %q: %v (%d rejections)", s0, s1, target, err, len(d.Rejected))
			}
		}
		before, err := Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		_, err = e.ReplaceTarget("s1", a, b, text)
		if err != nil {
			if after, _ := Marshal(d); !bytes.Equal(before, after) {
				t.Fatalf("a refused edit changed the document: %v", err)
			}
			return
		}
		if want := target[:a] + text + target[b:]; d.Segments[0].Target != want {
			t.Fatalf("target %q, want %q", d.Segments[0].Target, want)
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("ReplaceTarget(%d, %d, %q) on %q left an invalid document: %v", a, b, text, target, err)
		}
		if !e.Undo() {
			t.Fatal("nothing to undo after an edit")
		}
		if after, _ := Marshal(d); !bytes.Equal(before, after) {
			t.Fatalf("undo did not restore the document:\n%s\n%s", before, after)
		}
	})
}

// runeSlice returns the code points [a, b) of s, or alt when the range does not fit.
func runeSlice(s string, a, b int, alt string) string {
	rs := []rune(s)
	if a < 0 || b < a || b > len(rs) {
		return alt
	}
	return string(rs[a:b])
}

// FuzzDecodeFields feeds the decoder well-formed JSON with arbitrary texts, offsets and references
// (which random bytes rarely reach): an error or a valid document that survives a round trip.
func FuzzDecodeFields(f *testing.F) {
	f.Add("« Oui », dit Zoé 😀 e\u0301.", "“Yes,” said Zoé 😀.", 0, 20, 0, 7, 13, 16, "PER", "t2", "s1")
	f.Add("a\xffb", "", 0, 3, 1, 2, 0, 0, "QUOTE", "t1", "s9")
	f.Add("😀😀", "x\u0301y", -1, 2, 2, 1, 1, 3, "", "t3", "")
	f.Fuzz(func(t *testing.T, text, target string, s0, s1, a0, a1, b0, b1 int, label, to, seg string) {
		text = NFC(text) // a text that is not NFC is refused up front
		w := wireDoc{
			Format: Format, Offsets: OffsetUnitName, ID: "fuzz", Title: "t",
			Source:   wireSource{Lang: "fr", Text: text},
			Target:   wireTarget{Lang: "en"},
			Segments: []wireSegment{{ID: "s1", Start: s0, End: s1, Target: target, Status: StatusDraft}},
			Spans: []wireSpan{
				{ID: "t1", Side: Source, Start: a0, End: a1, Label: label, Text: runeSlice(text, a0, a1, label), Origin: Auto, Confidence: new(0.5)},
				{ID: "t2", Side: Target, Segment: seg, Start: b0, End: b1, Label: LabelPER, Text: runeSlice(target, b0, b1, ""), Origin: Human, Confidence: new(1.0)},
			},
			Links:    []wireLink{{ID: "l1", Type: LinkTranslation, From: "t1", To: to, Origin: Human, Confidence: 1}},
			Entities: []wireEntity{{ID: "e1", Type: LabelPER, Names: map[string]string{"fr": label}, Mentions: []string{to}}},
		}
		data, err := json.Marshal(w)
		if err != nil {
			return
		}
		d, err := Unmarshal(data, "fuzz.json")
		if err != nil {
			return
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("Unmarshal accepted an invalid document: %v\n%s", err, data)
		}
		out, err := Marshal(d)
		if err != nil {
			t.Fatalf("Marshal of a decoded document: %v", err)
		}
		if _, err := Unmarshal(out, "again.json"); err != nil {
			t.Fatalf("Unmarshal of Marshal output: %v\n%s", err, out)
		}
	})
}
