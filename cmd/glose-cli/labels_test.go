package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseLabels(t *testing.T) {
	known := []string{"PER", "ORG", "LOC", "MISC"}
	tests := []struct {
		value string
		want  []string
		err   string
	}{
		{"", nil, ""},
		{"PER,LOC", []string{"PER", "LOC"}, ""},
		{"PER, LOC", []string{"PER", "LOC"}, ""},
		{" per ,Loc,", []string{"PER", "LOC"}, ""},
		{"PER,per", []string{"PER"}, ""},
		{"FOO", nil, `unknown label "FOO" (known: PER, ORG, LOC, MISC)`},
		{"PER,QUOTE", nil, `unknown label "QUOTE"`},
		{" , ", nil, "names no label"},
	}
	for _, tc := range tests {
		got, err := parseLabels(tc.value, known)
		switch {
		case tc.err == "" && (err != nil || !slices.Equal(got, tc.want)):
			t.Errorf("parseLabels(%q) = %q, %v; want %q", tc.value, got, err, tc.want)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("parseLabels(%q): error %v, want one containing %s", tc.value, err, tc.err)
		}
	}
}

// TestLabelsFlag: --labels "PER, LOC" scores and exports LOC too in every command that takes it, and
// a label no file nor model knows is a usage error rather than an empty selection.
func TestLabelsFlag(t *testing.T) {
	const gold = "../../annotate/preannotate/testdata/sample-gold.jsonl"
	code, stdout, stderr := runCLI(t, "eval", "--gold", gold, "--task", "ner", "--labels", "PER, loc", "--json")
	var rep struct {
		Labels map[string]struct{ TP int }
		Micro  struct{ F1 float64 }
	}
	if code != 0 || json.Unmarshal([]byte(stdout), &rep) != nil {
		t.Fatalf("eval: exit %d, %s %s", code, stdout, stderr)
	}
	if len(rep.Labels) != 2 || rep.Labels["LOC"].TP == 0 || rep.Labels["PER"].TP == 0 {
		t.Errorf("eval --labels 'PER, loc' scored %+v; want PER and LOC", rep.Labels)
	}
	code, stdout, stderr = runCLI(t, "agree", "--task", "ner", "--labels", "PER, loc", "--json", gold, gold)
	if code != 0 || !strings.Contains(stdout, `"LOC"`) || !strings.Contains(stdout, `"PER"`) {
		t.Errorf("agree --labels 'PER, loc': exit %d, %s %s", code, stdout, stderr)
	}
	doc := filepath.Join(t.TempDir(), "sample.json")
	if code, _, stderr := runCLI(t, "annotate", "-o", doc, "../../assets/sample-article.fr.txt"); code != 0 {
		t.Fatalf("annotate: %s", stderr)
	}
	code, stdout, stderr = runCLI(t, "export", "--to", "doccano", "--labels", "PER, loc", doc)
	if code != 0 {
		t.Fatalf("export: exit %d, %s", code, stderr)
	}
	var rec struct{ Entities []struct{ Label string } }
	if err := json.Unmarshal([]byte(strings.SplitN(stdout, "\n", 2)[0]), &rec); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, e := range rec.Entities {
		seen[e.Label] = true
	}
	if len(seen) != 2 || !seen["PER"] || !seen["LOC"] {
		t.Errorf("export --labels 'PER, loc' kept %v; want PER and LOC", seen)
	}
	for _, args := range [][]string{
		{"eval", "--gold", gold, "--task", "ner", "--labels", "FOO"},
		{"eval", "--gold", gold, "--task", "quotes", "--labels", "PER"},
		{"agree", "--task", "ner", "--labels", "FOO", gold, gold},
		{"export", "--to", "doccano", "--labels", "FOO", doc},
	} {
		code, _, stderr := runCLI(t, args...)
		if code != 2 || !strings.Contains(stderr, "unknown label") || !strings.Contains(stderr, "known: ") {
			t.Errorf("%v: exit %d, %q; want 2 and the known labels", args, code, stderr)
		}
	}
}
