package preannotate

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestTextReadsCRLFAsLF: a text whose lines end with CRLF (a gold file saved on Windows) gets the
// quotations, speakers and mentions of the same text with LF, at the same places in its own text:
// paragraph breaks, which quotation detection and attribution read, are the same. The texts are the
// development articles and the sample article.
func TestTextReadsCRLFAsLF(t *testing.T) {
	var texts []string
	paths, err := filepath.Glob("testdata/wikinews-quotes-dev-*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := ReadGold(f, p)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			texts = append(texts, d.Text)
		}
	}
	sample, err := os.ReadFile("../../assets/sample-article.fr.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts, string(sample))
	for _, lf := range texts {
		crlf := strings.ReplaceAll(lf, "\n", "\r\n")
		toLF := func(o int) int { return o - strings.Count(crlf[:o], "\r") }
		a, err := Text(lf, Options{})
		if err != nil {
			t.Fatal(err)
		}
		b, err := Text(crlf, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := describeResult(b, toLF), describeResult(a, func(o int) int { return o }); !slices.Equal(got, want) {
			t.Errorf("%.40q…: with CRLF\n%q\nwant\n%q", lf, got, want)
		}
	}
}

// describeResult lists the quotes (with their speaker and cue) and the mentions of res, their offsets
// taken through at.
func describeResult(res *Result, at func(int) int) []string {
	var out []string
	for _, m := range res.Mentions {
		out = append(out, fmt.Sprintf("mention %d %d %s", at(m.Start), at(m.End), m.Label))
	}
	for _, q := range res.Quotes {
		s := fmt.Sprintf("quote %d %d cue %d %d speaker %d", at(q.Start), at(q.End), at(q.Cue.Start), at(q.Cue.End), q.Speaker)
		out = append(out, s)
	}
	return out
}
