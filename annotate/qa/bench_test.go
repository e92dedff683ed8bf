package qa

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/assets"
)

// BenchmarkRun1MB checks a 1 MB pre-annotated document (the sample article repeated) whose every other
// segment has an English text with quotes, names and numbers.
func BenchmarkRun1MB(b *testing.B) {
	sample := string(assets.SampleArticle())
	text := strings.Repeat(sample+"\n\n", (1<<20)/len(sample))
	d, err := plaintext.Import("big.txt", []byte(text), plaintext.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if err := preannotate.Run(d, preannotate.Options{}); err != nil {
		b.Fatal(err)
	}
	for i, s := range d.Segments {
		if i%2 == 0 {
			s.Target = "“Our dialogue is free,” said Sergei Lavrov in Moscow on 3 May, with 1,000 people."
			s.Status = "translated"
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if issues := Run(d, Config{}); len(issues) == 0 {
			b.Fatal("no issues found")
		}
	}
	b.ReportMetric(float64(len(d.Segments)), "segments")
}
