package formats

import (
	"fmt"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// clientDoc3000 is a document imported from a client's XLIFF file of 3,000 units, each with inline
// codes in its French, translated.
func clientDoc3000(b *testing.B) *annotate.Document {
	b.Helper()
	var x strings.Builder
	x.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en"><file id="f1">`)
	for i := range 3000 {
		fmt.Fprintf(&x, `<unit id="u%d"><segment><source>Selon <pc id="1">Sergueï Lavrov</pc>, le <pc id="2">patron</pc><ph id="3"/> refuse %d.</source></segment></unit>`, i, i)
	}
	x.WriteString("</file></xliff>\n")
	docs, _, err := Read("client.xlf", []byte(x.String()), ReadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	for i, s := range docs[0].Segments {
		s.Target, s.Status = fmt.Sprintf("According to Sergei Lavrov, the boss refuses %d.", i), annotate.StatusTranslated
	}
	return docs[0]
}

// BenchmarkSourceCodes3000 reads the codes of every segment's French from the client's file, as the
// app does once per document for its rows' code marks.
func BenchmarkSourceCodes3000(b *testing.B) {
	d := clientDoc3000(b)
	b.ResetTimer()
	for range b.N {
		if _, err := SourceCodes(d.Meta.Original); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEstimatedCodes3000 finds the codes the export would place by estimate, as the QA check
// codes-placed does at each run.
func BenchmarkEstimatedCodes3000(b *testing.B) {
	d := clientDoc3000(b)
	var cache EstimateCache
	b.ResetTimer()
	for range b.N {
		if _, err := EstimatedCodes(d, &cache); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEstimatedCodes3000Typing is QA's rerun after the translator typed in one segment: the
// run should cost that segment, not the file.
func BenchmarkEstimatedCodes3000Typing(b *testing.B) {
	d := clientDoc3000(b)
	var cache EstimateCache
	if _, err := EstimatedCodes(d, &cache); err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		s := d.Segments[i%len(d.Segments)]
		s.Target = fmt.Sprintf("According to Sergei Lavrov, the boss refuses %d again.", i)
		i++
		if _, err := EstimatedCodes(d, &cache); err != nil {
			b.Fatal(err)
		}
	}
}
