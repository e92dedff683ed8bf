package annotate

import (
	"errors"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// The text every offset test uses: accents, guillemets with no-break spaces, an emoji outside the BMP and
// a combining acute accent.
const tricky = "Café « très » 😀 e\u0301té — fin"

func TestOffsetsConvert(t *testing.T) {
	o := NewOffsets(tricky)
	tests := []struct {
		name          string
		b, cp, u16    int
		wantTextAfter string
	}{
		{"start", 0, 0, 0, "Café"},
		{"after é", len("Café"), 4, 4, " « très"},
		{"after «", len("Café «"), 6, 6, " très"},
		{"emoji", strings.Index(tricky, "😀"), 14, 14, "😀"},
		{"after emoji", strings.Index(tricky, "😀") + 4, 15, 16, " e"},
		{"combining mark is its own code point", strings.Index(tricky, "\u0301"), 17, 18, "\u0301té"},
		{"end", len(tricky), utf8.RuneCountInString(tricky), len(utf16.Encode([]rune(tricky))), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.HasPrefix(tricky[tc.b:], tc.wantTextAfter) {
				t.Fatalf("test table wrong: text at byte %d is %q", tc.b, tricky[tc.b:])
			}
			for _, c := range []struct {
				from, to Unit
				in, want int
			}{
				{Bytes, CodePoints, tc.b, tc.cp}, {Bytes, UTF16, tc.b, tc.u16},
				{CodePoints, Bytes, tc.cp, tc.b}, {CodePoints, UTF16, tc.cp, tc.u16},
				{UTF16, Bytes, tc.u16, tc.b}, {UTF16, CodePoints, tc.u16, tc.cp},
			} {
				got, err := o.Convert(c.in, c.from, c.to)
				if err != nil || got != c.want {
					t.Errorf("Convert(%d, %v, %v) = %d, %v; want %d", c.in, c.from, c.to, got, err, c.want)
				}
			}
		})
	}
}

func TestOffsetsErrors(t *testing.T) {
	o := NewOffsets(tricky)
	emoji := strings.Index(tricky, "😀")
	tests := []struct {
		name   string
		off    int
		from   Unit
		inside bool
	}{
		{"negative", -1, CodePoints, false},
		{"past the end", utf8.RuneCountInString(tricky) + 1, CodePoints, false},
		{"inside é", len("Caf") + 1, Bytes, true},
		{"inside the emoji's bytes", emoji + 2, Bytes, true},
		{"between the emoji's surrogates", 15, UTF16, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := o.Convert(tc.off, tc.from, CodePoints)
			var oe *OffsetError
			if !errors.As(err, &oe) || oe.Inside != tc.inside {
				t.Fatalf("Convert(%d, %v) error = %v; want OffsetError with Inside=%v", tc.off, tc.from, err, tc.inside)
			}
		})
	}
}

// TestOffsetsRandom checks conversions against a naive count on long random texts that cross blocks.
func TestOffsetsRandom(t *testing.T) {
	alphabet := []rune("ab é«»\u00a0\u202f😀🇫🇷\u0301\n—’")
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20; n++ {
		rs := make([]rune, rng.Intn(2000))
		for i := range rs {
			rs[i] = alphabet[rng.Intn(len(alphabet))]
		}
		s := string(rs)
		o := NewOffsets(s)
		b, u := 0, 0
		for cp, r := range append(rs, 0) {
			gotB, err := o.Convert(cp, CodePoints, Bytes)
			if err != nil || gotB != b {
				t.Fatalf("text %d: code point %d → byte %d, %v; want %d", n, cp, gotB, err, b)
			}
			gotU, err := o.Convert(b, Bytes, UTF16)
			if err != nil || gotU != u {
				t.Fatalf("text %d: byte %d → UTF-16 %d, %v; want %d", n, b, gotU, err, u)
			}
			if cp < len(rs) {
				b += utf8.RuneLen(r)
				u += len(utf16.Encode([]rune{r}))
			}
		}
		if Count(s, UTF16) != u || Count(s, CodePoints) != len(rs) || o.Len(Bytes) != len(s) {
			t.Fatalf("text %d: lengths disagree", n)
		}
	}
}

func BenchmarkOffsetsConvert1MB(b *testing.B) {
	s := strings.Repeat(tricky+"\n", 1<<20/len(tricky))
	o := NewOffsets(s)
	n := o.Len(CodePoints)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := o.Convert((i*7919)%n, CodePoints, Bytes); err != nil {
			b.Fatal(err)
		}
	}
}
