package qa

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/assets"
)

// bigDoc is a 1 MB pre-annotated document (the sample article repeated) whose every other segment has
// an English text with quotes, names and numbers.
func bigDoc(b *testing.B) *annotate.Document {
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
	return d
}

// BenchmarkRun1MB checks the 1 MB document.
func BenchmarkRun1MB(b *testing.B) {
	d := bigDoc(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if issues := Run(d, Config{}); len(issues) == 0 {
			b.Fatal("no issues found")
		}
	}
	b.ReportMetric(float64(len(d.Segments)), "segments")
}

// BenchmarkRun1MBRenamed checks it after Lavrov's entity is renamed Sergey in English: every translated
// segment still says Sergei, so the entity-name check projects each segment that mentions him.
func BenchmarkRun1MBRenamed(b *testing.B) {
	d := bigDoc(b)
	for _, e := range d.Entities {
		if e.Names["en"] == "Sergei Lavrov" {
			e.Names["en"] = "Sergey Lavrov"
		}
	}
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		n = 0
		for _, is := range Run(d, Config{}) {
			if is.Key == "qa.name-inconsistent.entity" {
				n++
			}
		}
	}
	if n == 0 {
		b.Fatal("the rename raised no issue")
	}
	b.ReportMetric(float64(n), "issues")
}

// BenchmarkTagChecks1MB runs the checks of the tags on the 1 MB document, every suggestion accepted
// (the checks read confirmed names and quotations), as the QA tab runs them a second after each change.
func BenchmarkTagChecks1MB(b *testing.B) {
	d := bigDoc(b)
	for _, sp := range d.Spans {
		sp.Origin, sp.Confidence = annotate.Human, 1
	}
	off := map[string]bool{}
	for _, c := range Checks() {
		off[c.ID] = !annotationCheck(c.ID)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Run(d, Config{Disabled: off})
	}
}
