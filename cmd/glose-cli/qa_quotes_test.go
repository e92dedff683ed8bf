package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate/qa"
)

// quoteStyleQA runs glose-cli qa with only the quotation style check and returns its lines.
func quoteStyleQA(t *testing.T, args ...string) []string {
	t.Helper()
	var off []string
	for _, c := range qa.Checks() {
		if c.ID != qa.QuotationStyle {
			off = append(off, c.ID)
		}
	}
	var stdout, stderr bytes.Buffer
	if err := cmdQA(append([]string{"--fail-on", "never", "--disable", strings.Join(off, ",")}, args...), &stdout, &stderr); err != nil {
		t.Fatalf("qa %q: %v\n%s", args, err, stderr.String())
	}
	return strings.FieldsFunc(stdout.String(), func(r rune) bool { return r == '\n' })
}

// TestQAQuotes: the sample's English is curly but for one straight apostrophe, which the default
// style flags; --quotes straight flags the curly marks instead; a style it does not know is refused.
func TestQAQuotes(t *testing.T) {
	doc := "../../annotate/qa/testdata/sample-translated.json"
	want := "s17\twarning\tquote-style\tThe translation of s17 has straight marks (') where the style is curly: “ ” ‘ ’."
	if got := quoteStyleQA(t, doc); len(got) != 1 || got[0] != want {
		t.Errorf("curly: %q, want %q", got, want)
	}
	got := quoteStyleQA(t, "--quotes", "straight", doc)
	if len(got) < 5 || !strings.Contains(strings.Join(got, "\n"), "has curly marks (“ ”) where the style is straight") {
		t.Errorf("straight: %q", got)
	}
	var stdout, stderr bytes.Buffer
	err := cmdQA([]string{"--quotes", "smart", doc}, &stdout, &stderr)
	if err == nil || !strings.Contains(err.Error(), `--quotes: unknown quotation style "smart": want curly or straight`) {
		t.Errorf("--quotes smart: %v", err)
	}
}
