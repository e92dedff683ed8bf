package annotate

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// codeTarget is an English with accents, « » with no-break spaces, an emoji and e + U+0301 around
// the places of the codes, so that a byte and a code point differ everywhere.
const codeTarget = "Café «\u00a0Sergei Lavrov\u00a0» 😀 said e\u0301 now."

// codeDoc is testDoc with codeTarget as the English of s2 and a code wrapping "Sergei Lavrov" placed.
func codeDoc(t *testing.T) (*Document, *Editor) {
	t.Helper()
	d := testDoc(t)
	d.Segment("s2").Target = codeTarget
	e := NewEditor(d)
	a := strings.Index(codeTarget, "Sergei")
	b := a + len("Sergei Lavrov")
	if err := e.PlaceCodes("s2", CodePlace{Code: 0, Tag: `<pc id="1">`, At: a}, CodePlace{Code: 0, Tag: `<pc id="1">`, Close: true, At: b},
		CodePlace{Code: 1, Tag: `<ph id="2"/>`, At: len(codeTarget)}); err != nil {
		t.Fatal(err)
	}
	return d, e
}

// wrapped is the English between code 0's markers, or "?" when they are not both placed in order.
func wrapped(s *Segment) string {
	o, ok1 := s.PlacedCode(0, false)
	c, ok2 := s.PlacedCode(0, true)
	if !ok1 || !ok2 || o.At > c.At {
		return "?"
	}
	return s.Target[o.At:c.At]
}

// TestCodePlacesFollowEdits: typing before a code shifts it, typing at its opening goes inside it and
// at its closing after it, replacing exactly the words it wraps keeps it around the new words, and a
// deletion around a marker removes it; undo and redo bring each state back.
func TestCodePlacesFollowEdits(t *testing.T) {
	tests := []struct {
		name      string
		edit      func(tg string) (a, b int, text string)
		wantWraps string
		markers   int
	}{
		{"type before", func(tg string) (int, int, string) { return 0, 0, "Ô " }, "Sergei Lavrov", 3},
		{"type at opening", func(tg string) (int, int, string) { i := strings.Index(tg, "Sergei"); return i, i, "M. " }, "M. Sergei Lavrov", 3},
		{"type at closing", func(tg string) (int, int, string) {
			i := strings.Index(tg, "Lavrov") + len("Lavrov")
			return i, i, "’s"
		}, "Sergei Lavrov", 3},
		{"type inside", func(tg string) (int, int, string) { i := strings.Index(tg, " Lavrov"); return i, i, " V." }, "Sergei V. Lavrov", 3},
		{"replace the wrapped words", func(tg string) (int, int, string) {
			i := strings.Index(tg, "Sergei")
			return i, i + len("Sergei Lavrov"), "Lavrov ☃"
		}, "Lavrov ☃", 3},
		{"delete around the opening", func(tg string) (int, int, string) {
			i := strings.Index(tg, "Sergei")
			return i - 2, i + 3, ""
		}, "?", 2},
		{"delete after the emoji", func(tg string) (int, int, string) { i := strings.Index(tg, "said"); return i, i + 5, "" }, "Sergei Lavrov", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, e := codeDoc(t)
			s := d.Segment("s2")
			before := append([]CodePlace(nil), s.Codes...)
			a, b, text := tt.edit(s.Target)
			if _, err := e.ReplaceTarget("s2", a, b, text); err != nil {
				t.Fatal(err)
			}
			if got := wrapped(s); got != tt.wantWraps {
				t.Errorf("wraps %q, want %q (English %q, markers %+v)", got, tt.wantWraps, s.Target, s.Codes)
			}
			if len(s.Codes) != tt.markers {
				t.Errorf("%d markers, want %d: %+v", len(s.Codes), tt.markers, s.Codes)
			}
			if ph, ok := s.PlacedCode(1, false); ok && ph.At != len(s.Target) {
				t.Errorf("the placeholder at the end moved to %d of %d", ph.At, len(s.Target))
			}
			after := append([]CodePlace(nil), s.Codes...)
			e.Undo()
			if s.Target != codeTarget || !slices.Equal(s.Codes, before) {
				t.Errorf("undo: %q %+v, want %q %+v", s.Target, s.Codes, codeTarget, before)
			}
			e.Redo()
			if !slices.Equal(s.Codes, after) {
				t.Errorf("redo: %+v, want %+v", s.Codes, after)
			}
		})
	}
}

// TestPlaceCodesRefuses: a marker placed twice, one inside a character or outside the English, and
// one in a locked segment are refused, leaving the markers as they were; UnplaceCode removes a code's
// two markers in one undo step.
func TestPlaceCodesRefuses(t *testing.T) {
	d, e := codeDoc(t)
	s := d.Segment("s2")
	emoji := strings.Index(codeTarget, "😀")
	for _, m := range []CodePlace{
		{Code: 0, Tag: `<pc id="1">`, At: 0},
		{Code: 2, Tag: `<ph id="3"/>`, At: emoji + 1},
		{Code: 2, Tag: `<ph id="3"/>`, At: len(codeTarget) + 1},
		{Code: 2, Tag: "", At: 0},
		{Code: -1, Tag: `<ph id="3"/>`, At: 0},
	} {
		if err := e.PlaceCodes("s2", m); err == nil {
			t.Errorf("placing %+v: no error", m)
		}
	}
	if len(s.Codes) != 3 {
		t.Fatalf("refused placements changed the markers: %+v", s.Codes)
	}
	s.Locked = true
	if err := e.PlaceCodes("s2", CodePlace{Code: 2, Tag: `<ph id="3"/>`}); err == nil {
		t.Error("a locked segment took a code")
	}
	s.Locked = false
	if err := e.UnplaceCode("s2", 0); err != nil {
		t.Fatal(err)
	}
	if len(s.Codes) != 1 || s.Codes[0].Code != 1 {
		t.Errorf("after removing code 0: %+v", s.Codes)
	}
	e.Undo()
	if wrapped(s) != "Sergei Lavrov" {
		t.Errorf("undoing the removal: %+v", s.Codes)
	}
}

// TestCodePlacesRoundTrip: the markers are written in their segment's codes in code points of the
// English, validate against the schema, read back in bytes as they were and survive a clone; a
// document without any writes no key (older files read and write as before), and a marker outside
// its English is refused on reading, naming its place.
func TestCodePlacesRoundTrip(t *testing.T) {
	plain, err := Marshal(testDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(plain, []byte(`"codes"`)) {
		t.Error("a document without placed codes has a \"codes\" key")
	}
	d, _ := codeDoc(t)
	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ValidateJSON(data, "codes.json"); err != nil {
		t.Fatalf("schema: %v", err)
	}
	cpAt := len([]rune(codeTarget[:strings.Index(codeTarget, "Sergei")]))
	if want := `"at": ` + strconv.Itoa(cpAt); !bytes.Contains(data, []byte(want)) {
		t.Errorf("the opening is not written at code point %d:\n%s", cpAt, data)
	}
	back, err := Unmarshal(data, "codes.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, dd := range []*Document{back, back.Clone()} {
		if got, want := dd.Segment("s2").Codes, d.Segment("s2").Codes; !slices.Equal(got, want) {
			t.Errorf("read back %+v, want %+v", got, want)
		}
	}
	c := back.Clone()
	c.Segment("s2").Codes[0].At = 1
	if back.Segment("s2").Codes[0].At == 1 {
		t.Error("a clone shares its markers with the document")
	}
	bad := bytes.Replace(data, []byte(`"at": `+strconv.Itoa(cpAt)), []byte(`"at": 999`), 1)
	if _, err := Unmarshal(bad, "codes.json"); err == nil || !strings.Contains(err.Error(), "segments[1].codes[0]") {
		t.Errorf("a marker outside its English: %v", err)
	}
}
