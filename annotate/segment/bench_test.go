package segment

import (
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkSplitAdversarial splits 1 MB repetitions of patterns that stress the look-back, quotation
// matching and line handling, to catch quadratic behaviour.
func BenchmarkSplitAdversarial(b *testing.B) {
	for _, c := range []struct{ name, unit string }{
		{"dothash", "a.#"}, {"quotes", "“"}, {"guil", "« “ »"}, {"lines", "a\n"}, {"etcs", "etc. Le "},
		{"closers", ". » "}, {"nodots", "aaaaaaaaaa "}, {"dashes", "3 mai - "}, {"init", "A. "}, {"str", "\" "},
	} {
		text := strings.Repeat(c.unit, (1<<20)/len(c.unit))
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Split(text)
			}
		})
	}
}

// BenchmarkSplit1MB splits about 1 MB of Wikinews text.
func BenchmarkSplit1MB(b *testing.B) {
	data := sharedData(b)
	if data == "" {
		b.Skip("../shared/data not found")
	}
	var sb strings.Builder
	for _, f := range []string{"ner-wikinews-dev.jsonl", "ner-wikinews-train.jsonl"} {
		for _, d := range readGold(b, filepath.Join(data, f)) {
			if sb.Len() >= 1<<20 {
				break
			}
			sb.WriteString(d.Text)
			sb.WriteString("\n\n")
		}
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Split(text)
	}
}
